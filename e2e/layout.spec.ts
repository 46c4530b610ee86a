/**
 * Layout from 800×600 to 2560×1440: the toolbar keeps to one row (icons, then a More menu), the chart
 * gets the room (no empty detail panel; the panel opens beside or over the chart), a bundled pair's
 * whole history fits without an inner scroll at 1440×900, Fit all ends near today, and ↓/↑ on the
 * chart walk the milestones. Screenshots of every size in every language for looking at.
 */
import { test, expect, type Page } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

async function open(page: Page, lang: string, pair = 'CN-KG') {
  await page.addInitScript((l) => localStorage.setItem('bilateral.language', l), lang);
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption(pair);
  await expect(page.locator('.milestone-label').first()).toBeVisible();
}

const SIZES = [
  [800, 600],
  [1024, 768],
  [1440, 900],
  [2560, 1440],
] as const;

for (const lang of ['en', 'ar', 'zh']) {
  test(`toolbar on one row and the chart with the room, at every size (${lang})`, async ({ page }) => {
    await open(page, lang);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(400);
      const toolbar = page.getByTestId('toolbar');
      const box = (await toolbar.boundingBox())!;
      expect(box.height, `${width}×${height}`).toBeLessThan(60);
      // Every visible toolbar control lies inside the toolbar's row.
      const outside = await toolbar.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [...el.querySelectorAll('button, input')].filter((b) => {
          const q = b.getBoundingClientRect();
          return q.width > 0 && (q.left < r.left - 1 || q.right > r.right + 1 || q.top < r.top - 1 || q.bottom > r.bottom + 1) && !b.closest('dialog, .tb-menu, .search-results');
        }).length;
      });
      expect(outside, `${width}×${height}`).toBe(0);
      // No milestone chosen: no detail panel; the chart takes the width.
      await expect(page.getByTestId('detail-panel')).toHaveCount(0);
      const chart = (await page.getByTestId('timeline').boundingBox())!;
      expect(chart.width, `${width}×${height}`).toBeGreaterThan(width * 0.9);
      expect(chart.height, `${width}×${height}`).toBeGreaterThan(height * (height < 700 ? 0.55 : 0.68));
      await page.screenshot({ path: `test-results/screenshots/layout-${lang}-${width}x${height}.png` });
    }
    // Narrow: items not in the row are in the More menu, and work from there.
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForTimeout(300);
    const more = page.getByTestId('toolbar-more');
    if (await more.isVisible()) {
      await more.click();
      await expect(page.getByTestId('toolbar-menu').getByRole('menuitem').first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('toolbar-menu')).toHaveCount(0);
    }
  });
}

test('the detail panel opens over the chart when narrow, beside it when wide, and folds away', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, 'en');
  await page.locator('.milestone-label').nth(2).click();
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toBeVisible();
  const chartBefore = (await page.getByTestId('timeline').boundingBox())!;
  expect(chartBefore.width).toBeGreaterThan(900); // over the chart: the chart keeps its width
  await page.screenshot({ path: 'test-results/screenshots/layout-detail-1024.png' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(300);
  const chart = (await page.getByTestId('timeline').boundingBox())!;
  const side = (await page.getByTestId('detail-dock').boundingBox())!;
  expect(chart.x + chart.width).toBeLessThanOrEqual(side.x + 2); // beside
  await page.getByTestId('detail-fold').click();
  await expect(panel).toHaveCount(0);
  await page.getByTestId('detail-unfold').click();
  await expect(panel).toBeVisible();
});

test('at 1440×900 a bundled pair’s whole history fits without an inner scroll; Fit all ends near today; no axis label cut', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const pair of ['CN-KG', 'CN-TJ', 'CN-KZ', 'CN-UZ', 'CN-TM']) {
    await open(page, 'en', pair);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.waitForTimeout(900);
    const m = await page.getByTestId('timeline').evaluate((c) => {
      const t = (c as unknown as { bilateralTimeline: { itemSet: { props: { height: number } }; props: { centerContainer: { height: number } }; getWindow(): { end: Date } } }).bilateralTimeline;
      const center = c.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const cut = [...c.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text.vis-minor')].filter((el) => {
        if (getComputedStyle(el).visibility === 'hidden') return false;
        const r = el.getBoundingClientRect();
        return r.left < center.left - 0.5;
      }).length;
      return { content: t.itemSet.props.height, visible: t.props.centerContainer.height, end: t.getWindow().end.getTime(), cut };
    });
    expect(m.content, pair).toBeLessThanOrEqual(m.visible + 1);
    expect(m.end, pair).toBeLessThan(Date.now() + 3 * 365 * 86_400_000);
    expect(m.cut, pair).toBe(0);
  }
});

test('Fit all after a zoom takes the width fitted to the whole history before; widths another build fitted are not taken', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, 'en', 'CN-KZ');
  const chart = page.getByTestId('timeline');
  const state = () =>
    chart.evaluate((c) => {
      const t = (c as unknown as { bilateralTimeline: { itemSet: { props: { height: number } }; props: { centerContainer: { height: number } } } }).bilateralTimeline;
      return { width: (c as HTMLElement).style.getPropertyValue('--label-max'), content: t.itemSet.props.height, visible: t.props.centerContainer.height };
    });
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(900);
  const whole = await state();
  expect(whole.content).toBeLessThanOrEqual(whole.visible + 1);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(900);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(900);
  expect(await state()).toEqual(whole);
  // Every chart remembered at the widest width, which the whole history does not fit, by another build:
  // the next start does not take it.
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('bilateral.labelWidthCharts') ?? '[]') as [string, number][]);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept[0][0]).toContain('/assets/');
  await page.evaluate((charts) => {
    localStorage.setItem('bilateral.labelWidthCharts', JSON.stringify(charts.map(([c]) => [c.replace('/assets/', '/assets/older-'), 0])));
    localStorage.setItem('bilateral.labelWidth', '0');
  }, kept);
  await page.reload();
  await page.getByTestId('pair-picker').selectOption('CN-KZ');
  await expect(page.locator('.milestone-label').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(900);
  const again = await state();
  expect(again.width).not.toBe('26rem');
  expect(again.content).toBeLessThanOrEqual(again.visible + 1);
});

test('↓ and ↑ on the focused chart move between milestones in time, and Enter opens one', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, 'en');
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.milestoneId ?? null);
  const startOf = () => page.evaluate(() => Number((document.activeElement as HTMLElement).dataset.start));
  // The label takes focus once vis-timeline has drawn it, which may be a few frames after the key.
  await expect.poll(focused).not.toBeNull();
  const first = await focused();
  const firstStart = await startOf();
  // A new size refits the labels (their elements drawn again): the keyboard stays on the same milestone.
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.waitForTimeout(600);
  expect(await focused()).toBe(first);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).not.toBe(first);
  expect(await startOf()).toBeGreaterThanOrEqual(firstStart);
  await page.keyboard.press('ArrowUp');
  await expect.poll(focused).toBe(first);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-panel')).toBeVisible();
});

test('a label cut short says all of it in a tooltip', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, 'en');
  await page.waitForTimeout(500);
  const result = await page.locator('.milestone-label').evaluateAll((els) =>
    els.map((el) => ({ cut: [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1), title: el.getAttribute('title'), label: el.getAttribute('aria-label') })),
  );
  const cut = result.filter((r) => r.cut);
  expect(cut.length).toBeGreaterThan(0);
  for (const r of cut) expect(r.title).toBe(r.label);
});

test('comparison: one row per pair labelled with its pair, header names the comparison, expandable to lanes; ties axis origin not cut', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, 'en');
  await page.getByTestId('compare-button').click();
  const d = page.getByTestId('compare-dialog');
  for (const name of ['China–Tajikistan', 'China–Uzbekistan']) await d.getByLabel(name).check();
  await d.getByRole('button', { name: 'Compare', exact: true }).click();
  const chart = page.getByTestId('compare-timeline');
  await expect(chart.locator('.vis-label.compare-row')).toHaveCount(4);
  await expect(page.getByTestId('compare-title')).toContainText('China–Tajikistan');
  await expect(chart.locator('.vis-label.compare-row').first()).toContainText('China–');
  // Every milestone of a row carries its category's shape.
  expect(await chart.locator('.milestone-label .category-icon').count()).toBeGreaterThan(10);
  await page.screenshot({ path: 'test-results/screenshots/compare-rows-1440.png' });
  await page.getByTestId('compare-layout-lanes').check();
  expect(await chart.locator('.vis-label').count()).toBeGreaterThan(8);
  await page.getByLabel('Years since diplomatic ties').check();
  await expect(chart.locator('.vis-time-axis .vis-text.vis-minor', { hasText: /^0$/ }).first()).toBeAttached();
  await expect(page.locator('.compare-axis-title')).toHaveText('Years since diplomatic ties');
});

test('search results: ↓ and ↑ move through them, Enter in the box opens the first', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, 'en');
  const box = page.getByTestId('search-input');
  await box.fill('Tashkent');
  const hits = page.getByTestId('search-results').locator('.search-hit');
  await expect(hits.first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(hits.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  const first = (await hits.first().locator('.hit-title').textContent())!;
  await box.press('Enter');
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(first);
});

test('filters: Apply in reach at 1440×900, publishers searchable, period hints that do not look like values', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, 'en');
  await page.getByRole('button', { name: 'Filters…' }).click();
  const dialog = page.getByTestId('filter-dialog');
  const apply = dialog.getByRole('button', { name: 'Apply' });
  await expect(apply).toBeInViewport();
  const rows = dialog.locator('.publisher-list label');
  const before = await rows.count();
  await dialog.getByTestId('publisher-search').fill('xinhua');
  await expect.poll(() => rows.count()).toBeLessThan(before);
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain('xinhua');
  expect(await dialog.getByLabel('From').getAttribute('placeholder')).toMatch(/^e\.g\./);
});

test('milestone form: required fields marked, an empty date is “required”, focus goes to the first problem', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, 'en');
  await page.getByTestId('add-milestone').click();
  const form = page.getByTestId('milestone-form');
  await expect(form.locator('.field-label:has(label[for="f-title"]) .required-mark')).toHaveCount(1);
  await expect(form.locator('#f-start')).toHaveAttribute('aria-required', 'true');
  await form.locator('#f-title').fill('');
  await form.locator('#f-start').fill('');
  await form.locator('button[type="submit"]').click();
  await expect(form.locator('#f-title')).toBeFocused();
  await expect(form.locator('#err-start, [id^="err-start"]').first()).toContainText('required');
  await expect(form).not.toContainText('not a real date');
});
