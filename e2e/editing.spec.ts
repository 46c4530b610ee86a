/**
 * Keeping one's own research: add a milestone with Arabic text, find it without diacritics, edit it,
 * undo and redo, export CSV, import it into a fresh profile and see it there.
 */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { startBrowserMode } from './browser-mode';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

const SHOTS = 'test-results/screenshots';

async function openApp(page: Page, url = app.appUrl): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('pair-picker')).toBeEnabled();
  await expect(page.getByTestId('pair-meta')).toBeVisible();
}

test('add with Arabic, search without diacritics, edit, undo, redo, export CSV, import into a fresh profile', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('pair-picker').selectOption('CN-TJ');
  await expect(page.getByTestId('pair-meta')).toContainText('Tajikistan');

  // Add: a refused save shows its problem at the field and writes nothing.
  await page.getByTestId('add-milestone').click();
  const form = page.getByTestId('milestone-form');
  await form.getByLabel('Title (English)').fill('Test cultural agreement');
  await form.getByLabel('Title in Arabic').fill('اتفاقيّةٌ ثقافيّةٌ تجريبيّة');
  await form.getByLabel('Date', { exact: true }).fill('2023-02-30');
  await form.getByLabel('Summary').fill('<b>not bold</b> and not HTML');
  await form.getByLabel('Publisher').fill('Test Press');
  await form.getByLabel('Title as published').fill('A report');
  await form.getByLabel('Link (http or https)').fill('https://example.org/report');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.locator('#err-start')).toContainText('not a real date');
  await page.screenshot({ path: `${SHOTS}/editing-form-error.png` });
  await form.getByLabel('Date', { exact: true }).fill('2023-02');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Test cultural agreement');
  await expect(panel).toContainText('<b>not bold</b> and not HTML');
  await expect(page.locator('.milestone-title', { hasText: 'Test cultural agreement' })).toBeVisible();

  // Search without tashkeel or taa marbuta: finds it, marks the words as written.
  await page.getByTestId('search-input').fill('اتفاقيه ثقافيه');
  const results = page.getByTestId('search-results');
  await expect(results.locator('mark').first()).toHaveText('اتفاقيّةٌ');
  await page.screenshot({ path: `${SHOTS}/editing-search.png` });
  await results.getByRole('button', { name: /Test cultural agreement|اتفاقيّةٌ/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Test cultural agreement');

  // Edit, then undo and redo with the keyboard.
  await panel.getByTestId('edit-milestone').click();
  await form.getByLabel('Title (English)').fill('Renamed cultural agreement');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Renamed cultural agreement');
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Test cultural agreement');
  await expect(page.locator('.milestone-title', { hasText: 'Test cultural agreement' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Renamed cultural agreement');
  await expect(page.getByTestId('toolbar').getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: Edit “Renamed cultural agreement”');

  // The history lives in the main process: a reload can still undo.
  await page.reload();
  await expect(page.getByTestId('toolbar').getByRole('button', { name: 'Undo' })).toBeEnabled();

  // Export the pair as CSV.
  await page.getByTestId('data-button').click();
  const dialog = page.getByTestId('data-dialog');
  await dialog.getByLabel(/^CSV/).check();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-button').click();
  const file = `${SHOTS}/../editing-export.csv`;
  await (await download).saveAs(file);
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv).toContain(',Renamed cultural agreement,');
  expect(csv).toContain('اتفاقيّةٌ ثقافيّةٌ تجريبيّة');
  await expect(dialog.getByTestId('data-status')).toContainText('exported');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A fresh profile: import the CSV, see the preview, import, find the milestone on its timeline.
  const fresh = await startBrowserMode();
  try {
    await openApp(page, fresh.appUrl);
    await page.getByTestId('data-button').click();
    await dialog.getByRole('tab', { name: 'Import' }).click();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByTestId('import-choose').click();
    await (await chooser).setFiles(file);
    const preview = dialog.getByTestId('import-preview');
    await expect(preview).toContainText('1 milestone to add');
    await expect(preview).toContainText('duplicates (skipped)');
    await page.screenshot({ path: `${SHOTS}/editing-import-preview.png` });
    await preview.getByTestId('import-commit').click();
    await expect(dialog.getByTestId('data-status')).toContainText('1 milestone imported');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('pair-picker').selectOption('CN-TJ');
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(page.locator('.milestone-title', { hasText: 'Renamed cultural agreement' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/editing-imported.png` });
    // The import is one undoable step.
    await page.getByTestId('toolbar').getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.milestone-title', { hasText: 'Renamed cultural agreement' })).toHaveCount(0);
  } finally {
    await fresh.stop();
  }
});

test('filters show as removable chips, narrow the timeline and survive a reload', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('pair-picker').selectOption('CN-KG');
  await expect(page.getByTestId('pair-meta')).toContainText('Kyrgyzstan');
  const all = await page.locator('.milestone-label').count();
  await page.getByRole('button', { name: 'Filters…' }).click();
  const dialog = page.getByTestId('filter-dialog');
  // "Partnership" is a category and, since the world pairs, a level too: the category is meant here.
  await dialog.getByRole('group', { name: 'Categories' }).getByLabel('Partnership', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  const chips = page.getByTestId('filter-bar').locator('.chip');
  await expect(chips).toHaveText(['Partnership×']);
  await expect.poll(() => page.locator('.milestone-label').count()).toBeLessThan(all);
  await page.screenshot({ path: `${SHOTS}/editing-filters.png` });
  await page.reload();
  await expect(chips).toHaveCount(1);
  await chips.getByRole('button').click();
  await expect(chips).toHaveCount(0);
  await expect.poll(() => page.locator('.milestone-label').count()).toBe(all);
});

test('a period filter opens the chart on the period, and the header counts the milestones shown of all', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('pair-picker').selectOption('CN-KG');
  const meta = page.getByTestId('pair-meta');
  await expect(meta).toContainText('Kyrgyzstan');
  const total = Number(/(\d+) milestones/.exec((await meta.textContent())!)![1]);
  await page.getByRole('button', { name: 'Filters…' }).click();
  const dialog = page.getByTestId('filter-dialog');
  await dialog.getByLabel('From', { exact: true }).fill('2013');
  await dialog.getByLabel('To', { exact: true }).fill('2016');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(meta).toContainText('(filtered)');
  // The header says "filtered" as soon as the filters change; the count follows with the refetched timeline.
  const shownNow = async () => Number(/(\d+) of \d+ milestones/.exec((await meta.textContent())!)?.[1]);
  await expect.poll(shownNow).toBeLessThan(total);
  const [, shown, of] = /(\d+) of (\d+) milestones \(filtered\)/.exec((await meta.textContent())!)!.map(Number);
  expect(of).toBe(total);
  expect(shown).toBeLessThan(total);
  expect(shown).toBeGreaterThan(0);
  // The chart's axis runs over the period, not the pair's whole history.
  const years = async () =>
    (await page.locator('.vis-time-axis .vis-text').allTextContents()).map((s) => /^(\d{4})$/.exec(s.trim())?.[1]).filter(Boolean).map(Number);
  await expect.poll(async () => Math.min(...(await years()))).toBeGreaterThanOrEqual(2012);
  expect(Math.max(...(await years()))).toBeLessThanOrEqual(2017);
  // The list agrees with the header.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByTestId('list-count')).toContainText(String(shown));
  await page.screenshot({ path: `${SHOTS}/filters-period.png` });
  await page.getByTestId('filter-bar').locator('.chip').first().getByRole('button').click();
});

test('a malformed import file is refused with its reason; nothing changes', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('data-button').click();
  const dialog = page.getByTestId('data-dialog');
  await dialog.getByRole('tab', { name: 'Import' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('import-choose').click();
  await (await chooser).setFiles('data/exchange/bad-files/impossible-date.csv');
  // The row note is worded by the renderer, its field named as the form names it.
  await expect(dialog.getByTestId('invalid-rows')).toContainText('Line 2: date: not a real date');
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  const chooser2 = page.waitForEvent('filechooser');
  await dialog.getByTestId('import-choose').click();
  await (await chooser2).setFiles('data/exchange/bad-files/truncated.json');
  await expect(dialog.getByTestId('data-error')).toContainText('truncated');
});

test('in Arabic, a refused import file is explained in Arabic, not in the core\'s English', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('language-picker').selectOption('ar');
  await page.getByTestId('data-button').click();
  const dialog = page.getByTestId('data-dialog');
  await dialog.getByRole('tab', { name: 'استيراد' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('import-choose').click();
  await (await chooser).setFiles('data/exchange/bad-files/truncated.json');
  await expect(dialog.getByTestId('data-error')).toHaveText('هذا ليس JSON صالحًا: ينتهي الملف قبل أوانه، فربما كان مبتورًا.');
  // A refused row too: its field and its reason in Arabic, no English from the core.
  const chooser2 = page.waitForEvent('filechooser');
  await dialog.getByTestId('import-choose').click();
  await (await chooser2).setFiles('data/exchange/bad-files/impossible-date.csv');
  const rows = dialog.getByTestId('invalid-rows');
  await expect(rows).toContainText('التاريخ: ');
  await expect(rows).not.toContainText('not a real date');
  await page.screenshot({ path: 'test-results/screenshots/import-row-ar.png' });
  await page.screenshot({ path: 'test-results/screenshots/import-error-ar.png' });
});
