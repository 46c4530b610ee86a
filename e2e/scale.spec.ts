/** A 10 000-milestone pair: opens, pans, fits; clusters open to their members; the list holds them all. */
import Database from 'better-sqlite3';
import { test, expect, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';
import { tempDbFile } from '../data/test/temp-db';
import { LARGE_PAIR, writeLargePairDatabase } from '../bench/large-pair';

let app: BrowserModeApp;
let dbFile: string;
test.beforeAll(async () => {
  dbFile = tempDbFile();
  writeLargePairDatabase(dbFile, 10_000);
  app = await startBrowserMode(dbFile);
});
test.afterAll(async () => {
  await app?.stop();
});

async function savedWidth(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('bilateral.view') ?? '{}').state;
    const w = state?.windows?.[state.pairId];
    return w ? w.end - w.start : null;
  });
}

test('a 10 000-item pair opens clustered, pans, fits, and a cluster zooms into its members', async ({ page }) => {
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption(LARGE_PAIR);
  // Ten thousand milestones take a moment to arrive on a busy machine.
  await expect(page.getByTestId('pair-meta')).toContainText('10,000 milestones', { timeout: 30_000 });
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('.vis-item.cluster').first()).toBeVisible();
  // Drawn: far fewer DOM items than milestones.
  expect(await timeline.locator('.vis-item').count()).toBeLessThan(1500);
  await page.screenshot({ path: 'test-results/screenshots/scale-clusters.png' });

  await timeline.focus();
  const opened = await expect.poll(() => savedWidth(page)).not.toBeNull().then(() => savedWidth(page));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('+');
  await expect.poll(() => savedWidth(page)).toBeLessThan(opened!);
  await page.keyboard.press('f');
  // Fit ends at today when that is later than the last milestone: the clock has moved a few seconds since.
  await expect.poll(async () => Math.abs((await savedWidth(page))! - opened!)).toBeLessThan(60_000);

  // Each click zooms to the time a cluster's members span; dense stretches open level by level.
  let width = opened!;
  for (let i = 0; i < 6 && (await timeline.locator('.milestone-label').count()) === 0; i++) {
    const cluster = timeline.locator('.vis-item.cluster').first();
    expect(Number(await cluster.locator('.cluster-label').textContent())).toBeGreaterThan(1);
    await cluster.click();
    await expect.poll(() => savedWidth(page), { timeout: 10_000 }).toBeLessThan(width);
    width = (await savedWidth(page))!;
  }
  await expect(timeline.locator('.milestone-label').first()).toBeVisible();
  expect(width).toBeLessThan(opened! / 10);
  await page.screenshot({ path: 'test-results/screenshots/scale-zoomed.png' });
});

test('the list view holds every milestone of the pair, and opens one from the keyboard', async ({ page }) => {
  const db = new Database(dbFile, { readonly: true });
  const count = db.prepare('SELECT count(*) FROM milestones WHERE pair_id = ?').pluck().get(LARGE_PAIR) as number;
  db.close();
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption(LARGE_PAIR);
  await expect(page.getByTestId('pair-meta')).toContainText('10,000 milestones', { timeout: 30_000 });
  await page.getByRole('button', { name: 'List' }).click();
  const list = page.getByTestId('milestone-list');
  await expect(list.getByTestId('list-count')).toHaveText(`${count.toLocaleString('en')} milestones`);
  await expect(list.getByRole('table')).toHaveAttribute('data-count', String(count));
  const first = list.locator('[data-index="0"]');
  await first.focus();
  await page.keyboard.press('End');
  await expect(list.locator(`[data-index="${count - 1}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scale-list.png' });
});
