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

/** A call as the page makes it, with the session's token. */
async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${app.url}api/${name}`, { headers: { 'x-bilateral-token': app.token }, data: input });
  const body = (await res.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

test('a backup restores through the dialog: the file is streamed to the server (POST /upload), never sent as base64', async ({ page }) => {
  const dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Backup and restore' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up…' }).click();
  const backupFile = await (await download).path();
  await expect(dialog.getByTestId('data-status')).toContainText('Backup saved as');
  await call(page, 'createMilestone', { milestone: { pairId: 'CN-TJ', category: 'visits', title: 'Written after the backup', start: '2032', sources: [] } });
  const titles = async () => (await call<{ hits: { title: string }[] }>(page, 'search', { query: 'Written after the backup' })).hits.map((h) => h.title);
  expect(await titles()).toContain('Written after the backup');

  const sent: { url: string; bytes: number }[] = [];
  page.on('request', (r) => r.method() === 'POST' && sent.push({ url: new URL(r.url()).pathname + new URL(r.url()).search, bytes: r.postDataBuffer()?.length ?? 0 }));
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(backupFile);
  await dialog.getByRole('alertdialog').getByRole('button', { name: 'Restore', exact: true }).click();
  // A restore that needed no update closes the dialog once the views show the restored database.
  await expect(page.getByTestId('data-dialog')).toBeHidden({ timeout: 30_000 });
  expect(await titles()).not.toContain('Written after the backup');
  const backupBytes = fs.statSync(backupFile).size;
  expect(sent.find((r) => r.url === '/upload?for=backup')).toBeTruthy();
  const restoreCall = sent.find((r) => r.url === '/api/restoreBackup')!;
  // The call names the upload: a few dozen bytes, not the file.
  expect(restoreCall.bytes).toBeLessThan(200);
  expect(backupBytes).toBeGreaterThan(10_000);
});

test('a backup over the limit is refused as it is picked, before anything is sent, in the interface language', async ({ page }, info) => {
  const huge = info.outputPath('huge-backup.sqlite');
  fs.writeFileSync(huge, '');
  fs.truncateSync(huge, 501 * 1024 * 1024); // sparse: no disk used
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-picker')).toBeEnabled();
  for (const [language, tab, restore, message] of [
    ['en', 'Backup and restore', 'Restore from a backup…', 'This backup is too large (501 MB; at most 500 MB).'],
    ['ar', null, null, 'هذه النسخة الاحتياطية كبيرة جدًا (501 ميغابايت؛ الحد الأقصى 500 ميغابايت).'],
  ] as const) {
    await page.getByTestId('language-picker').selectOption(language);
    await page.getByTestId('data-button').click();
    const dialog = page.getByTestId('data-dialog');
    await (tab ? dialog.getByRole('tab', { name: tab }) : dialog.getByRole('tab').nth(2)).click();
    const uploads: string[] = [];
    page.on('request', (r) => r.url().includes('/upload') && uploads.push(r.url()));
    const chooser = page.waitForEvent('filechooser');
    await (restore ? dialog.getByRole('button', { name: restore }) : dialog.locator('.button-row button').nth(1)).click();
    await (await chooser).setFiles(huge);
    await expect(dialog.getByTestId('data-error')).toHaveText(message);
    expect(uploads).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
