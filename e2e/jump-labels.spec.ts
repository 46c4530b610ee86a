/**
 * A window the app jumps to (Fit all on a pair too large to animate) has its labels fitted at once, not
 * when vis-timeline reports the window settled, which it does only 200 ms after such a jump.
 */
import { test, expect, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';
import { tempDbFile } from '../data/test/temp-db';
import { LARGE_PAIR, writeLargePairDatabase } from '../bench/large-pair';

let app: BrowserModeApp;
test.beforeAll(async () => {
  const dbFile = tempDbFile();
  // More milestones than the chart animates a fit for (DEFAULT_WINDOWING.maxItems), few enough that the
  // whole history still shows some of them as labels among the clusters.
  writeLargePairDatabase(dbFile, 400);
  app = await startBrowserMode(dbFile);
});
test.afterAll(async () => {
  await app?.stop();
});

const labelWidth = (page: Page) => page.getByTestId('timeline').evaluate((c) => (c as HTMLElement).style.getPropertyValue('--label-max'));

test('Fit all on a large pair fits the labels to the whole history without waiting for the chart to report the window settled', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption(LARGE_PAIR);
  await expect(page.getByTestId('pair-meta')).toContainText('400 milestones');
  await expect(page.locator('.milestone-label').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(900);
  const whole = await labelWidth(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  // Zoomed in, the labels have the room for another width than the whole history gives them.
  // (Each zoom animates; on two busy cores the last settles late.)
  await expect.poll(() => labelWidth(page), { timeout: 15_000 }).not.toBe(whole);
  // From here on vis-timeline's "rangechanged" never comes: only the app's own jump can refit the labels.
  await page.getByTestId('timeline').evaluate((c) => {
    const emitter = (c as unknown as { bilateralTimeline: { body: { emitter: { emit(name: string, ...args: unknown[]): void } } } }).bilateralTimeline.body.emitter;
    const emit = emitter.emit.bind(emitter);
    emitter.emit = (name, ...args) => (name === 'rangechanged' ? undefined : emit(name, ...args));
  });
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => labelWidth(page)).toBe(whole);
});
