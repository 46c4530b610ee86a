/**
 * Exports and backups in browser mode: the job stages the file on the server, the page saves it through
 * a link (GET /download/<id>), which serves it once; a JSON export of the whole database imports back.
 */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

async function openData(page: Page) {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-picker')).toBeEnabled();
  await page.getByTestId('data-button').click();
  return page.getByTestId('data-dialog');
}

test('the whole database as JSON is downloaded once, by its name, and is the app\'s document', async ({ page }) => {
  const dialog = await openData(page);
  await dialog.getByLabel('The whole database').check();
  await dialog.getByLabel(/^JSON \(complete/).check();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-button').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bilateral-timelines-all-\d{4}-\d\d-\d\d\.json$/);
  const doc = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  expect(doc).toMatchObject({ format: 'bilateral-timelines', version: 1 });
  const milestones = doc.pairs.reduce((n: number, p: { milestones: unknown[] }) => n + p.milestones.length, 0);
  await expect(dialog.getByTestId('data-status')).toContainText(`${milestones} milestones exported`);
  // Served once: the same link now finds nothing.
  const again = await page.request.get(file.url());
  expect(again.status()).toBe(404);
});

test('a backup is downloaded as a SQLite file', async ({ page }) => {
  const dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Backup and restore' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bilateral-timelines-backup-\d{4}-\d\d-\d\d\.sqlite$/);
  expect(fs.readFileSync(await file.path()).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  await expect(dialog.getByTestId('data-status')).toContainText('Backup saved as');
});
