/** Image export from the app: the dialog draws PNG, SVG and PDF files of what is on screen. */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { serveBrowserMode } from './serve-app';
import { openDialogOnPair } from './open-dialog';

const app = serveBrowserMode();

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
  // Each label starts with its date (isolated from the title, so that neither reorders the other).
  expect(text).toMatch(/>\u200e\u2068\d{1,2} \w+ \d{4}\u2069\u2002\u2068China and Tajikistan establish diplomatic relations\u2069<\/text>/);
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
  await expect(page.getByTestId('image-export-error')).toContainText('the end of the period is before its start');
  expect(downloads).toBe(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

const svgOf = async (page: Page) => {
  const src = (await page.getByTestId('image-export-preview').getByRole('img').getAttribute('src')) ?? '';
  return Buffer.from(src.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');
};

test('previews the image as the choices change: every milestone labelled, the notes where chosen', async ({ page }) => {
  test.setTimeout(180_000); // twelve window sizes and languages, each preview drawn anew
  const dialog = await openDialogOnPair(page, app.appUrl, 'CN-KZ', 'China–Kazakhstan', 'image-export');
  await dialog.getByLabel('PNG image').check();
  await dialog.getByLabel('Whole history').check();
  const preview = page.getByTestId('image-export-preview').getByRole('img');
  await expect(preview).toBeVisible();
  await expect.poll(async () => (await svgOf(page)).includes('>Sources</text>')).toBe(true);
  const milestones = Number(await preview.getAttribute('data-milestones'));
  expect(milestones).toBeGreaterThan(20);
  expect(Number(await preview.getAttribute('data-labelled'))).toBe(milestones);
  // The preview is drawn at its real proportions, inside the dialog.
  const box = (await preview.boundingBox())!;
  const dialogBox = (await dialog.boundingBox())!;
  expect(box.width).toBeGreaterThan(200);
  expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width + 1);

  // Notes left out: the preview, then the file, have one line naming the sources instead of the numbered notes.
  await dialog.getByLabel('Left out (a short line naming the sources)').check();
  await expect.poll(async () => (await svgOf(page)).includes('>Sources</text>')).toBe(false);
  const namesSources = (svg: string) => svg.includes('Sources: ') && svg.slice(svg.indexOf('Sources: ')).includes('China Daily');
  expect(namesSources(await svgOf(page))).toBe(true);
  await dialog.getByLabel('SVG (vector, text stays text)').check();
  const file = (await exportFile(page)).bytes.toString('utf8');
  expect(file).not.toContain('>Sources</text>');
  expect(namesSources(file)).toBe(true);

  // PDF offers a page of its own for the notes; PNG and SVG do not.
  await expect(dialog.getByLabel('On a page of their own')).toHaveCount(0);
  await dialog.getByLabel('PDF document').check();
  await expect(dialog.getByLabel('On a page of their own')).toBeVisible();

  for (const lang of ['en', 'ar', 'zh'] as const) {
    if (lang !== 'en') {
      await page.keyboard.press('Escape');
      await page.getByTestId('language-picker').selectOption(lang);
      await page.getByTestId('image-export-button').click();
    }
    for (const [width, height] of [[800, 600], [1024, 768], [1440, 900], [2560, 1440]]) {
      await page.setViewportSize({ width, height });
      await expect(preview).toBeVisible();
      // The dialog's buttons stay reachable at every size.
      await dialog.getByTestId('image-export-save').scrollIntoViewIfNeeded();
      await expect(dialog.getByTestId('image-export-save')).toBeInViewport();
      await page.screenshot({ path: `test-results/screenshots/export-dialog-${lang}-${width}x${height}.png` });
    }
  }
});
