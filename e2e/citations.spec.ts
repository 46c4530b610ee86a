/** Citations from the app: "Copy citation" in the detail panel, and the export dialog's reference list and files. */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { serveBrowserMode } from './serve-app';
import { openDialogOnPair } from './open-dialog';

const app = serveBrowserMode();

async function openBySearch(page: Page, query: string, title: RegExp) {
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId('search-results').getByRole('button', { name: title }).first().click();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
}

test('copies a milestone’s citation in the chosen style, with its sources, as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  await openBySearch(page, 'Tajikistan establish diplomatic relations', /China and Tajikistan establish diplomatic relations/);
  const panel = page.getByTestId('detail-panel');
  const sources = await panel.getByTestId('sources').locator('li').count();
  await panel.getByTestId('cite-style').selectOption('mla');
  await panel.getByTestId('copy-citation').click();
  await expect(panel.getByTestId('cite-milestone')).toContainText(`Copied ${sources + 1} citations.`, { timeout: 20_000 });
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const entries = text.split('\n\n');
  expect(entries).toHaveLength(sources + 1);
  expect(entries[0]).toMatch(/^Bilateral Timelines\. “China and Tajikistan Establish Diplomatic Relations\.” Bilateral Timelines Dataset/);
  await page.screenshot({ path: 'test-results/screenshots/cite-milestone.png' });

  // The choice of style is remembered.
  await page.reload();
  await openBySearch(page, 'Tajikistan establish diplomatic relations', /China and Tajikistan establish diplomatic relations/);
  await expect(page.getByTestId('cite-style')).toHaveValue('mla');
});

test('exports the sources of the pair shown as BibTeX that parses back, and the dataset’s citation as APA', async ({ page }) => {
  const dialog = await openDialogOnPair(page, app.appUrl, 'CN-KZ', 'China–Kazakhstan', 'citations');
  await dialog.getByLabel('BibTeX (.bib)').check();
  await expect(dialog.getByText(/\d+ works cited/)).toBeVisible({ timeout: 20_000 });
  const count = Number((await dialog.getByText(/\d+ works cited/).textContent())?.match(/\d+/)?.[0]);
  const download = page.waitForEvent('download');
  await page.getByTestId('citations-save').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('citations-CN-KZ-bibtex.bib');
  const parsed = new Cite(fs.readFileSync(await file.path(), 'utf8')).data as { title: string }[];
  expect(parsed).toHaveLength(count);
  expect(parsed.every((p) => p.title.length > 0)).toBe(true);

  await dialog.getByLabel('The bundled dataset itself').check();
  await dialog.getByLabel('APA (7th ed.) reference list').check();
  await expect(page.getByTestId('citations-preview')).toHaveValue(/^Bilateral Timelines\. \(\d{4}\)\. Bilateral Timelines dataset: China and its partners \(Version \d+\) \[Dataset\]/);
  await page.screenshot({ path: 'test-results/screenshots/citations-dialog.png' });
});

test('the dialog reads in Arabic, right to left, and a citation with HTML in a title stays text', async ({ page }) => {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('bilateral.language', 'ar'));
  await page.reload();
  await page.getByTestId('citations-button').click();
  const dialog = page.getByTestId('citations-dialog');
  await expect(dialog.getByRole('heading')).toHaveText('تصدير الاستشهادات المرجعية');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await expect(page.getByTestId('citations-preview')).toHaveValue(/\S/, { timeout: 20_000 });
  await page.screenshot({ path: 'test-results/screenshots/citations-dialog-ar.png' });
});
