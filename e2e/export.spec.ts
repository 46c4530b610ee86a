/** Image export from the app: the dialog draws PNG, SVG and PDF files of what is on screen. */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => {
  app = await startBrowserMode();
});
test.afterAll(async () => {
  await app?.stop();
});

async function exportFile(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('image-export-save').click();
  const file = await download;
  const bytes = fs.readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes };
}

test('exports the pair on screen as SVG, PNG and PDF, with the title typed in the dialog', async ({ page }) => {
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption('CN-TJ');
  await expect(page.getByTestId('pair-meta')).toContainText('China–Tajikistan');
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByTestId('image-export-dialog');
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/export-dialog.png' });

  await dialog.getByLabel('SVG (vector, text stays text)').check();
  await dialog.getByLabel('Whole history').check();
  await page.getByTestId('image-title').fill('Tajikistan and China: from neighbours to partners');
  const svg = await exportFile(page);
  expect(svg.name).toBe('CN-TJ-all.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('>Tajikistan and China: from neighbours to partners</text>');
  expect(text).toContain('>China and Tajikistan establish diplomatic relations</text>');
  await expect(page.getByTestId('image-export-status')).toHaveText('Exported CN-TJ-all.svg.');

  await dialog.getByLabel('PNG image').check();
  await page.getByTestId('image-width').fill('1200');
  const png = PNG.sync.read((await exportFile(page)).bytes);
  expect(png.width).toBe(1200);
  expect(png.height).toBeGreaterThan(300);

  await dialog.getByLabel('PDF document').check();
  const pdf = await exportFile(page);
  expect(pdf.name).toBe('CN-TJ-all.pdf');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('says what is wrong with a bad width or period and exports nothing', async ({ page }) => {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  await page.getByTestId('image-export-button').click();
  const dialog = page.getByTestId('image-export-dialog');
  await dialog.getByLabel('PNG image').check();
  await page.getByTestId('image-width').fill('20000');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('image-export-save').click();
  await expect(page.getByTestId('image-export-error')).toContainText('at most 8000 pixels');

  await page.getByTestId('image-width').fill('1600');
  await dialog.getByLabel('Years').check();
  await dialog.getByLabel('From year').fill('2020');
  await dialog.getByLabel('To year').fill('2010');
  await page.getByTestId('image-export-save').click();
  await expect(page.getByTestId('image-export-error')).toContainText('must end after it starts');
  expect(downloads).toBe(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
