/** The steps many specs begin with: the app on a pair, then one of the toolbar's dialogs opened by its button. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens the app at `appUrl` on `pairId` (waiting until the header names `pairName`) and the dialog whose
 * button and dialog test ids are `<name>-button` and `<name>-dialog`; returns the dialog.
 */
export async function openDialogOnPair(page: Page, appUrl: string, pairId: string, pairName: string, name: string): Promise<Locator> {
  await page.goto(appUrl);
  await page.getByTestId('pair-picker').selectOption(pairId);
  await expect(page.getByTestId('pair-meta')).toContainText(pairName);
  await page.getByTestId(`${name}-button`).click();
  return page.getByTestId(`${name}-dialog`);
}
