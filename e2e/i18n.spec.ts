/** The interface in Arabic (right to left) and Chinese, remembered; accessibility checks in all three languages. */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => {
  app = await startBrowserMode();
});
test.afterAll(async () => {
  await app?.stop();
});

async function open(page: Page): Promise<void> {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
}

/** Serious and critical accessibility problems on the page as it is, with what axe says about each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
}

test('Arabic: right-to-left layout, translated labels, Arabic names and dates, Arabic-Indic digits; remembered', async ({ page }) => {
  await open(page);
  await page.getByTestId('pair-picker').selectOption('CN-TJ');
  await page.getByTestId('language-picker').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('pair-picker').locator('option:checked')).toContainText('الصين–طاجيكستان');
  await expect(page.getByTestId('timeline')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.lane-label').first()).not.toHaveText('Diplomatic relations');
  await expect(page.getByTestId('ties-age')).toContainText('1992');
  await page.getByLabel('أرقام هندية (٠١٢٣)').check();
  await expect(page.getByTestId('ties-age')).toContainText('١٩٩٢');
  await page.locator('.milestone-label').first().click();
  await expect(page.getByTestId('detail-panel')).toContainText('يناير');
  await page.screenshot({ path: 'test-results/screenshots/i18n-arabic.png' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('language-picker').selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('pair-picker').locator('option:checked')).toContainText('中国–塔吉克斯坦');
  await expect(page.getByTestId('ties-age')).toContainText('1992年');
  await page.screenshot({ path: 'test-results/screenshots/i18n-chinese.png' });
});

for (const lng of ['en', 'ar', 'zh'] as const) {
  test(`no serious or critical accessibility problems (axe), ${lng}`, async ({ page }) => {
    await open(page);
    await page.getByTestId('language-picker').selectOption(lng);
    await page.getByTestId('pair-picker').selectOption('CN-KG');
    await page.locator('.milestone-label').first().click();
    await expect(page.getByTestId('detail-panel')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^(List|قائمة|列表)$/ }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
