/** The interface in Arabic (right to left) and Chinese, remembered; accessibility checks in all three languages. */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serveBrowserMode } from './serve-app';
import { tiesAge } from '../shared/anniversary';
import { toDayDate } from '../shared/dates';

const app = serveBrowserMode();

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
  // The time axis speaks the interface language too: Arabic month names or years, never moment's English "Jan".
  const zoomIn = page.locator('.timeline-controls button').first();
  const minor = page.locator('.vis-time-axis .vis-text.vis-minor');
  // Zoomed in until the axis names months.
  await expect(async () => {
    await zoomIn.click();
    expect((await minor.allTextContents()).join(' ')).toMatch(/يناير|أبريل|يوليو|أكتوبر/);
  }).toPass({ timeout: 20_000 });
  expect((await page.locator('.vis-time-axis .vis-text').allTextContents()).join(' ')).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
  await expect(page.getByTestId('ties-age')).toContainText('1992');
  await page.getByLabel('أرقام هندية (٠١٢٣)').check();
  await expect(page.getByTestId('ties-age')).toContainText('١٩٩٢');
  const years = tiesAge('1992-01-04', toDayDate(new Date()))!.min;
  await expect(page.getByTestId('ties-age-today')).toContainText(new Intl.NumberFormat('ar-u-nu-arab').format(years));
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
  await expect(async () => {
    await zoomIn.click();
    expect((await minor.allTextContents()).join(' ')).toMatch(/\d+月/);
  }).toPass({ timeout: 20_000 });
  expect((await page.locator('.vis-time-axis .vis-text').allTextContents()).join(' ')).not.toMatch(/\b(Jan|Apr|Jul|Oct)\b/);
  await page.screenshot({ path: 'test-results/screenshots/i18n-chinese.png' });
});

const summitTitle = JSON.parse(fs.readFileSync(new URL('../data/dataset/translations/CN-KZ.json', import.meta.url), 'utf8')).milestones['cn-kz-2023-05-xian-china-central-asia-summit'].title;
for (const lng of ['ar', 'zh'] as const) {
  const summit: string = summitTitle[lng];
  test(`milestones read in ${lng}: titles on the chart, the detail panel's title and summary marked as the editors' translation, the sources counted`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page);
    await page.getByTestId('pair-picker').selectOption('CN-TM');
    await page.getByTestId('language-picker').selectOption(lng);
    // The first China–Central Asia Summit, a shared event, on Turkmenistan's timeline in the chosen language.
    // Found by a word of its translated title, among Turkmenistan's milestones; opened from the results.
    await page.getByTestId('search-input').fill(lng === 'zh' ? '首届中国' : 'الأولى في شيآن');
    await page.getByTestId('search-results').getByRole('button', { name: new RegExp(summit.slice(0, 8)) }).first().click();
    const panel = page.getByTestId('detail-panel');
    await expect(panel.locator('h2')).toHaveAttribute('lang', lng);
    await expect(panel.locator('h2')).toContainText(summit);
    await expect(panel.getByTestId('summary')).toHaveAttribute('lang', lng);
    await expect(panel.getByTestId('title-origin')).toHaveAttribute('data-origin', 'translated');
    await expect(panel.getByTestId('independent-sources')).toContainText(lng === 'zh' ? '独立来源' : 'مستقل');
    await expect(panel.getByTestId('shared-with')).toBeVisible();
    await expect(panel.getByTestId('source-kind').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/detail-${lng}-1440.png` });
  });
}

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

test('comparing two pairs: both sets of items and bands on one axis, aligned on years of ties, kept on reload', async ({ page }) => {
  await open(page);
  await page.getByTestId('compare-button').click();
  const dialog = page.getByTestId('compare-dialog');
  for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByLabel('China–Tajikistan').check();
  await dialog.getByLabel('China–Kyrgyzstan').check();
  await dialog.getByRole('button', { name: 'Compare' }).click();
  const chart = page.getByTestId('compare-timeline');
  await expect(chart.locator('.milestone-title', { hasText: /^Strategic partnership established$/ })).toBeVisible(); // Tajikistan, 2013
  await expect(chart.locator('.band-label', { hasText: 'Good-neighbourly relations' })).toBeVisible();
  // Kyrgyzstan's lanes are below Tajikistan's: scroll them with the keyboard, as the lane region allows.
  const kgUpgrade = chart.locator('.milestone-title', { hasText: /^Ties upgraded to a strategic partnership$/ }); // 2013
  await chart.locator('.vis-panel.vis-left').focus();
  for (let i = 0; i < 40 && !(await kgUpgrade.isVisible()); i++) await page.keyboard.press('ArrowDown');
  await expect(kgUpgrade).toBeVisible();
  await expect(chart.locator('.band-label', { hasText: 'Comprehensive strategic partnership for a new era' }).first()).toBeAttached();
  await page.screenshot({ path: 'test-results/screenshots/compare-calendar.png' });
  await page.getByLabel('Years since diplomatic ties').check();
  await expect(chart.locator('.vis-time-axis .vis-text', { hasText: /^\+\d+$/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/compare-ties.png' });
  await page.reload();
  await expect(page.getByTestId('compare-pairs')).toContainText('China–Tajikistan, China–Kyrgyzstan');
  await expect(page.getByLabel('Years since diplomatic ties')).toBeChecked();
  await expect(chart.locator('.milestone-title', { hasText: /^Strategic partnership established$/ })).toBeVisible();

  // Presenting the comparison steps through both pairs' milestones in date order, naming each one's pair.
  await page.keyboard.press('F5');
  const progress = page.getByTestId('presentation-progress');
  await expect(progress).toHaveText(/^1 \/ \d+$/);
  const total = Number((await progress.textContent())!.split('/ ')[1]);
  // The pair picker's options carry each pair's milestone count: "China–Tajikistan (39)".
  const count = async (id: string) => Number(/\((\d+)\)/.exec((await page.getByTestId('pair-picker').locator(`option[value="${id}"]`).textContent())!)![1]);
  // A shared event (a China–Central Asia or SCO summit) is on both timelines and is one step.
  const [tj, kg] = [await count('CN-TJ'), await count('CN-KG')];
  expect(total).toBeLessThan(tj + kg);
  expect(total).toBeGreaterThan(Math.max(tj, kg));
  const seen = new Set<string>();
  for (let i = 0; i < total && seen.size < 2; i++) {
    seen.add((await page.getByTestId('presentation-pair').textContent())!);
    await page.keyboard.press('ArrowRight');
  }
  expect([...seen].sort()).toEqual(['China–Kyrgyzstan', 'China–Tajikistan']);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toBeHidden();

  // Exporting it draws both pairs in one image.
  await page.getByTestId('image-export-button').click();
  await page.getByLabel('SVG (vector, text stays text)').check();
  const download = page.waitForEvent('download');
  await page.getByTestId('image-export-save').click();
  const svg = fs.readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('>China–Tajikistan</text>');
  expect(svg).toContain('>China–Kyrgyzstan</text>');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Close comparison' }).click();
  await expect(page.getByTestId('timeline')).toBeVisible();
});

test('keyboard only: from the pair picker to a milestone’s sources', async ({ page }) => {
  await open(page);
  await page.getByTestId('pair-picker').focus();
  await page.keyboard.press('Tab');
  // Tab through the controls to the chart, then to its first milestone.
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('milestone-label'))); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('milestone-label'))).toBe(true);
  const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.milestoneId);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.milestoneId);
  expect(second).not.toBe(first);
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  for (let i = 0; i < 15 && !(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="sources"]'))); i++) await page.keyboard.press('Tab');
  await expect(page.getByTestId('sources').locator('a').first()).toBeFocused();
});

test('Chinese text in the bundled faces: the common characters from the start, the rest of the font once the app is idle', async ({ page }) => {
  await open(page);
  await page.getByTestId('language-picker').selectOption('zh');
  await expect(page.locator('.milestone-label').first()).toBeVisible();
  // The interface's own face draws the chart's Chinese (fonts-sc.css).
  const common = await page.evaluate(async () => (await document.fonts.load('16px "Noto Sans SC"', '中国')).map((f) => f.family));
  expect(common).toContain('Noto Sans SC');
  // A traditional form outside it (a source title's 籲) is drawn by the complete font, added a moment later (fonts-sc-full.ts).
  await expect
    .poll(() => page.evaluate(async () => (await document.fonts.load('16px "Noto Sans SC Full"', '籲')).length), { timeout: 15_000 })
    .toBeGreaterThan(0);
});
