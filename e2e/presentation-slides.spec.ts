/**
 * Every slide shows what it describes: for each slide of a mixed-pair story and of a comparison, the
 * current milestone is drawn inside the visible chart, highlighted, on its own pair's chart; at 1024×768
 * the caption's type is at least 28 px and the chart's labels at least 18 px.
 */
import { test, expect, type Page } from '@playwright/test';
import { serveBrowserMode } from './serve-app';
import { openDialogOnPair } from './open-dialog';

const app = serveBrowserMode();

/** Checks the slide on screen; returns its pair id and title. */
async function checkSlide(page: Page, n: number) {
  const caption = page.getByTestId('presentation-caption');
  const title = (await caption.getByRole('heading').textContent())!;
  await expect(page.locator('.presentation-chart .vis-item.vis-selected .milestone-title')).toHaveText(title);
  const r = await page.evaluate(() => {
    const chart = document.querySelector<HTMLElement>('[data-testid="presentation-chart"]')!;
    const center = chart.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const el = chart.querySelector('.vis-item.vis-selected .milestone-label')!.getBoundingClientRect();
    return {
      inside: el.left >= center.left - 1 && el.top >= center.top - 1 && el.bottom <= center.bottom + 1 && el.left < center.right - 20,
      chartPair: chart.dataset.pair,
      headPair: document.querySelector<HTMLElement>('[data-testid="presentation-pair"]')!.dataset.pair,
      labelPx: parseFloat(getComputedStyle(chart.querySelector('.vis-item.vis-selected .milestone-title')!).fontSize),
      captionPx: parseFloat(getComputedStyle(document.querySelector('[data-testid="presentation-caption"]')!).fontSize),
    };
  });
  expect(r.inside, `slide ${n}: “${title}” inside the visible chart`).toBe(true);
  expect(r.chartPair, `slide ${n}`).toBe(r.headPair);
  return { ...r, title };
}

const PAIR_NAMES = ['China–Kazakhstan', 'China–Kyrgyzstan', 'China–Tajikistan', 'China–Turkmenistan', 'China–Uzbekistan'];

test('a mixed-pair story: every slide shows its own milestone on its own pair, centred and highlighted', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const dialog = await openDialogOnPair(page, app.appUrl, 'CN-KZ', 'Kazakhstan', 'stories');
  await dialog.getByTestId('story-new').click();
  await dialog.getByTestId('story-name').fill('Across Central Asia');
  // From the pair shown, from another pair, and from a search across all pairs.
  const list = dialog.getByTestId('story-pick-list');
  await list.getByRole('checkbox').nth(3).check();
  await list.getByRole('checkbox').nth(20).check();
  await dialog.getByTestId('story-pick-pair').selectOption('CN-UZ');
  await expect(list).toContainText('Uzbekistan');
  await list.getByRole('checkbox').nth(5).check();
  await list.getByRole('checkbox').last().check();
  await dialog.getByTestId('story-search').fill('Tajikistan');
  await expect(list.locator('label').first()).toContainText('Tajikistan');
  await list.getByRole('checkbox').first().check();
  await dialog.getByTestId('story-search').fill('Turkmenistan');
  await expect(list.locator('label').first()).toContainText('Turkmenistan');
  await list.getByRole('checkbox').nth(1).check();
  const order = dialog.getByTestId('story-order').locator('li');
  await expect(order).toHaveCount(6);
  // Each item says its pair and date (a shared event's home pair, looked up as it is picked).
  await page.waitForLoadState('networkidle');
  const pairsInOrder = await order.locator('.story-meta bdi:first-child').allTextContents();
  expect(new Set(pairsInOrder).size).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/screenshots/story-editor-mixed.png' });
  await dialog.getByTestId('story-save').click();
  await dialog.getByTestId('story').filter({ hasText: 'Across Central Asia' }).getByRole('button', { name: 'Present' }).click();
  const progress = page.getByTestId('presentation-progress');
  for (let i = 0; i < 6; i++) {
    await expect(progress).toHaveText(`${i + 1} / 6`);
    const r = await checkSlide(page, i + 1);
    // The editor named each item's pair as the slide shows it: a shared event (a summit of several pairs) on its home pair.
    expect(PAIR_NAMES).toContain(await page.getByTestId('presentation-pair').textContent());
    await expect(page.getByTestId('presentation-pair')).toHaveText(pairsInOrder[i]);
    expect(r.captionPx).toBeGreaterThanOrEqual(28);
    expect(r.labelPx).toBeGreaterThanOrEqual(18);
    if (i === 2) await page.screenshot({ path: 'test-results/screenshots/presentation-story-1024.png' });
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
});

test('a comparison: every slide is on its own pair’s chart, its milestone in view', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  await page.getByTestId('compare-button').click();
  const d = page.getByTestId('compare-dialog');
  for (const name of ['China–Kyrgyzstan', 'China–Turkmenistan', 'China–Uzbekistan']) await d.getByLabel(name).check();
  await d.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.keyboard.press('F5');
  const progress = page.getByTestId('presentation-progress');
  await expect(progress).toHaveText(/^1 \/ \d+$/);
  const total = Number((await progress.textContent())!.split('/')[1]);
  expect(total).toBeGreaterThan(60);
  const seen = new Set<string>();
  for (let i = 0; i < total; i++) {
    await expect(progress).toHaveText(`${i + 1} / ${total}`);
    const r = await checkSlide(page, i + 1);
    seen.add(r.chartPair!);
    await page.keyboard.press('ArrowRight');
  }
  expect(seen.size).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/screenshots/presentation-compare-1024.png' });
});
