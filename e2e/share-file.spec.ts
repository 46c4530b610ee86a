/**
 * The shared web page, opened as a student would: a file:// page in Chromium with the network cut off.
 * Written by the export CLI (the same contract call as "Share as web page…") from a real database holding
 * a hostile title; checked in English, Arabic and Chinese.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openAppCore } from '../data/app-core';
import { DATASET_DIR } from '../server/paths';

const ROOT = path.resolve(import.meta.dirname, '..');
const HOSTILE = '<img src=x onerror="window.__pwned=1">Hostile visit';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-share-'));
const dbFile = path.join(dir, 'timelines.sqlite');
const files: Record<string, string> = {};

test.beforeAll(async () => {
  const core = openAppCore({ dbFile, datasetDir: DATASET_DIR, jobs: 'inline' });
  const made = await core.dispatch('createMilestone', {
    milestone: { pairId: 'CN-TJ', category: 'visits', title: HOSTILE, titleAr: HOSTILE, titleZh: HOSTILE, start: '2021-03-15', summary: '<b>bold?</b> <script>window.__pwned=2</script>',
      sources: [{ publisher: '<svg onload="window.__pwned=3">', title: 'Report', language: 'en', url: null }] },
  });
  expect(made.ok ? 'ok' : JSON.stringify(made.error)).toBe('ok');
  core.close();
  for (const lang of ['en', 'ar', 'zh']) {
    files[lang] = path.join(dir, `tj-${lang}.html`);
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/export.ts'), '--format', 'html', '--pair', 'CN-TJ', '--lang', lang, '--db', dbFile, '--out', files[lang]], { cwd: ROOT });
  }
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Opens the file offline; every request and CSP violation is recorded. */
async function openOffline(context: BrowserContext, file: string): Promise<{ page: Page; requests: string[]; violations: () => Promise<string[]> }> {
  await context.setOffline(true);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('.milestone-label').first()).toBeVisible();
  expect(errors).toEqual([]);
  return { page, requests, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

test('the page is one file under 3 MB with a strict CSP and its data in a JSON block', () => {
  for (const lang of ['en', 'ar', 'zh']) {
    const html = fs.readFileSync(files[lang], 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(3 * 1024 * 1024);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toContain('unsafe');
    // No external reference of any kind: every font is a data: URL.
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/)/);
    expect(html).not.toMatch(/url\((?!data:)/);
    // The hostile text is in the data block, escaped: no tag of it anywhere in the markup.
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('\\u003cimg src=x');
  }
});

test('English: the timeline draws, a milestone opens with its sources, presentation steps, nothing is requested', async ({ context }) => {
  const { page, requests, violations } = await openOffline(context, files.en);
  await expect(page.locator('h1')).toHaveText('China–Tajikistan');
  const labels = page.locator('.milestone-label');
  expect(await labels.count()).toBeGreaterThan(40);
  await expect(page.locator('.vis-item.band').first()).toBeVisible();
  await expect(page.locator('.lane-label', { hasText: 'Agreements' })).toBeVisible();

  await page.locator('.milestone-label', { hasText: 'China and Tajikistan establish diplomatic relations' }).click();
  const detail = page.getByTestId('detail');
  await expect(detail.locator('h2')).toHaveText('China and Tajikistan establish diplomatic relations');
  await expect(detail).toContainText('4 January 1992');
  expect(await detail.locator('.source').count()).toBeGreaterThan(1);
  await expect(detail.locator('.source a').first()).toHaveAttribute('href', /^https?:\/\//);
  await page.screenshot({ path: 'test-results/screenshots/share-en-detail.png' });
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // The hostile milestone: its title is text, its markup never became elements or ran.
  const hostile = page.locator('.milestone-label', { hasText: 'Hostile visit' });
  await page.getByRole('button', { name: 'List' }).click();
  await page.locator('.share-list-item', { hasText: 'Hostile visit' }).click();
  await expect(detail.locator('h2')).toHaveText(HOSTILE);
  await expect(detail).toContainText('<script>window.__pwned=2</script>');
  await expect(detail.locator('.source-publisher')).toHaveText('<svg onload="window.__pwned=3">');
  await expect(detail.locator('.source a')).toHaveCount(0);
  expect(await page.locator('img, [onload], [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.getByRole('button', { name: 'Chart' }).click();
  await expect(hostile).toBeVisible();

  await page.getByTestId('present').click();
  const caption = page.getByTestId('presentation');
  await expect(caption).toContainText(/1 \/ \d+/);
  const total = Number(/1 \/ (\d+)/.exec((await caption.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(40);
  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText(`2 / ${total}`);
  await page.keyboard.press('End');
  await expect(caption).toContainText(`${total} / ${total}`);
  await page.keyboard.press('PageUp');
  await expect(caption).toContainText(`${total - 1} / ${total}`);
  // The chart moved to the milestone the caption shows, and selected it.
  const shown = (await caption.locator('h2').textContent()) ?? '';
  await expect(page.locator('.vis-item.vis-selected .milestone-title')).toHaveText([shown]);
  await page.screenshot({ path: 'test-results/screenshots/share-en-present.png' });
  await page.keyboard.press('Escape');
  await expect(caption).toBeHidden();

  expect(await violations()).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  expect(requests).toHaveLength(1);
});

test('Arabic: the page reads right to left in Arabic, with the chart’s time axis left to right', async ({ context }) => {
  const { page, requests, violations } = await openOffline(context, files.ar);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('الصين–طاجيكستان');
  const h1 = await page.locator('h1').boundingBox();
  const width = page.viewportSize()!.width;
  expect(h1!.x + h1!.width).toBeGreaterThan(width - 40);
  await expect(page.getByTestId('timeline')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('present')).toHaveText('عرض تقديمي');
  await page.locator('.milestone-label').first().click();
  const detail = page.getByTestId('detail');
  await expect(detail.locator('h2')).toBeVisible();
  // The panel sits at the reading end: the left in Arabic.
  const box = await detail.boundingBox();
  expect(box!.x).toBeLessThan(width / 2);
  expect(await detail.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans Arabic"', 'الصين'))).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/share-ar-detail.png' });
  const { violations: axe } = await new AxeBuilder({ page }).analyze();
  expect(axe.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(requests).toHaveLength(1);
});

test('Chinese: the interface and titles in Chinese, with the Chinese font from the file', async ({ context }) => {
  const { page, requests, violations } = await openOffline(context, files.zh);
  await expect(page.locator('h1')).toHaveText('中国–塔吉克斯坦');
  await expect(page.getByTestId('present')).toHaveText('演示');
  await expect(page.locator('.lane-label').first()).toContainText('外交关系');
  await page.getByRole('button', { name: '列表' }).click();
  await expect(page.locator('.share-list-item').first()).toContainText('1992年1月4日');
  await page.locator('.share-list-item').first().click();
  await expect(page.getByTestId('detail').locator('h2')).toContainText('中');
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '中国'))).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/share-zh-list.png' });
  expect(await violations()).toEqual([]);
  expect(requests).toHaveLength(1);
});

test.describe('from the app', () => {
  let app: import('./browser-mode').BrowserModeApp;
  test.beforeAll(async () => {
    const { startBrowserMode } = await import('./browser-mode');
    app = await startBrowserMode();
  });
  test.afterAll(async () => {
    await app?.stop();
  });

  test('Share as web page… saves a file that opens offline, presents and practises in the chosen language', async ({ page, browser }) => {
    await page.goto(app.appUrl);
    await page.getByTestId('pair-picker').selectOption('CN-KZ');
    await expect(page.locator('.milestone-label').first()).toBeVisible();
    await page.getByTestId('share-button').click();
    const dialog = page.getByTestId('share-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Chinese').check();
    await page.screenshot({ path: 'test-results/screenshots/share-dialog.png' });
    const download = page.waitForEvent('download');
    await page.getByTestId('share-save').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^bilateral-timelines-CN-KZ-zh-\d{4}-\d{2}-\d{2}\.html$/);
    await expect(page.getByTestId('share-status')).toContainText(file.suggestedFilename());
    const saved = path.join(dir, file.suggestedFilename());
    await file.saveAs(saved);
    expect(fs.statSync(saved).size).toBeLessThan(3 * 1024 * 1024);

    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const { page: shared, requests, violations } = await openOffline(context, saved);
      await expect(shared.locator('h1')).toHaveText('中国–哈萨克斯坦');
      await shared.getByTestId('practise').click();
      const practice = shared.getByTestId('practice');
      await expect(practice.locator('.practice-progress')).toContainText('共');
      const form = practice.locator('form.practice-question');
      // Whatever the first question, checking it gives a verdict with the milestone's detail and sources.
      if ((await form.getAttribute('data-kind')) === 'when') await form.locator('.practice-year').fill('2000');
      if ((await form.getAttribute('data-kind')) === 'when' && (await form.locator('.practice-month').count())) await form.locator('.practice-month').selectOption('1');
      if ((await form.getAttribute('data-kind')) === 'when' && (await form.locator('.practice-day').count())) await form.locator('.practice-day').fill('1');
      if ((await form.getAttribute('data-kind')) === 'level') await form.locator('input[type=radio]').first().check();
      await form.getByRole('button', { name: '检查' }).click();
      await expect(practice.locator('.practice-verdict')).toBeVisible();
      await expect(practice.locator('.milestone-card .source').first()).toBeVisible();
      await shared.screenshot({ path: 'test-results/screenshots/share-zh-practice.png' });
      await shared.keyboard.press('Escape');
      await expect(practice).toHaveCount(0);
      await shared.keyboard.press('F5');
      await expect(shared.getByTestId('presentation')).toContainText('1 / ');
      await shared.keyboard.press('Escape');
      expect(await violations()).toEqual([]);
      expect(requests).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});
