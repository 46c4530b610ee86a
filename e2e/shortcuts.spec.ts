/**
 * Browser mode's keyboard shortcuts come from the command table: the README's keys do what it says
 * (undo and redo by key: editing.spec.ts; F5: presentation.spec.ts).
 */
import { test, expect } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

test('Ctrl+Shift+O opens "Import from article", once; Ctrl+F goes to the search box', async ({ page }) => {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  await expect(page.getByTestId('article-button')).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+O');

  await page.keyboard.press('Control+F');
  await expect(page.getByTestId('search-input')).toBeFocused();
  // From the search box too: the key is the app's, not the field's.
  await page.keyboard.press('Control+Shift+O');
  const dialog = page.getByTestId('article-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('article-text')).toBeVisible();
  // Inside the dialog the key opens nothing more.
  await page.keyboard.press('Control+Shift+O');
  await expect(dialog).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Cmd on a Mac keyboard does the same.
  await page.keyboard.press('Meta+Shift+O');
  await expect(dialog).toBeVisible();
});
