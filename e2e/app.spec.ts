import { test, expect, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';
import { tiesAge } from '../shared/anniversary';
import { toDayDate } from '../shared/dates';

let app: BrowserModeApp;

test.beforeAll(async () => {
  app = await startBrowserMode();
});
test.afterAll(async () => {
  await app?.stop();
});

async function openApp(page: Page): Promise<void> {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-picker')).toBeEnabled();
}

async function choosePair(page: Page, label: RegExp): Promise<void> {
  const picker = page.getByTestId('pair-picker');
  const value = await picker.locator('option', { hasText: label }).getAttribute('value');
  await picker.selectOption(value as string);
  await expect(page.getByTestId('pair-meta')).toContainText(label);
}

function savedWindow(page: Page): Promise<{ start: number; end: number } | undefined> {
  return page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('bilateral.view') ?? '{}').state;
    return state?.windows?.[state.pairId];
  });
}

/** The remembered window once it has changed from `previous` and stopped changing (zoom and fit animate). */
async function settledWindow(page: Page, previous?: { start: number; end: number }): Promise<{ start: number; end: number }> {
  let last = '';
  const old = JSON.stringify(previous ?? null);
  await expect
    .poll(async () => {
      const now = JSON.stringify((await savedWindow(page)) ?? null);
      const settled = now !== 'null' && now !== old && now === last;
      last = now;
      return settled;
    }, { intervals: [300] })
    .toBe(true);
  return JSON.parse(last);
}

test('China–Tajikistan: lanes, partnership bands, the 2019 state visit, its details and source', async ({ page }) => {
  await openApp(page);
  await choosePair(page, /China–Tajikistan/);
  const timeline = page.getByTestId('timeline');
  for (const lane of ['Diplomatic relations', 'Partnership', 'State visits and summits', 'Agreements', 'Economy and infrastructure', 'Multilateral']) {
    await expect(timeline.locator('.lane-label', { hasText: new RegExp(`\\s${lane}$`) })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Fit all' }).click();
  for (const band of ['Strategic partnership', 'Comprehensive strategic partnership']) {
    await expect(timeline.locator('.band-label', { hasText: new RegExp(`^${band}$`) })).toBeAttached();
  }
  await expect(page.locator('.legend-bands li')).toHaveCount(4);
  const visit = timeline.locator('.milestone-label', { hasText: /^(June )?2019Xi Jinping's state visit to Tajikistan$/ });
  await expect(visit).toBeVisible();
  await expect(visit.locator('.milestone-date')).toHaveText(/^(2019|June 2019|\d+ June 2019)/);
  await visit.click();
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText("Xi Jinping's state visit to Tajikistan");
  await expect(panel.getByTestId('sources')).toContainText('Xinhua');
  await expect(panel).toContainText('community of shared future');
  await page.screenshot({ path: 'test-results/screenshots/cn-tj-detail.png' });
});

test('each of the five bundled pairs opens with its partnership bands and at least 25 milestones', async ({ page }) => {
  await openApp(page);
  for (const country of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']) {
    await choosePair(page, new RegExp(`China–${country}`));
    const meta = page.getByTestId('pair-meta');
    await expect(meta).toContainText(`China–${country}`);
    const count = Number(/(\d+) milestones/.exec((await meta.textContent())!)![1]);
    expect(count, country).toBeGreaterThanOrEqual(25);
    await page.getByRole('button', { name: 'Fit all' }).click();
    const timeline = page.getByTestId('timeline');
    await expect(timeline.locator('.band-label').first(), country).toBeAttached();
    expect(await page.locator('.legend-bands li').count(), country).toBeGreaterThanOrEqual(2);
    // The list view holds every milestone of the pair.
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.getByTestId('milestone-list')).toContainText(`${count} milestones`);
    await page.getByRole('button', { name: 'Chart' }).click();
  }
});

test('China–Kyrgyzstan: the partnership band of 2023 is drawn and named', async ({ page }) => {
  await openApp(page);
  await choosePair(page, /China–Kyrgyzstan/);
  const band = page.getByTestId('timeline').locator('.band-label', { hasText: 'Comprehensive strategic partnership for a new era' });
  await expect(band).toBeAttached();
  await expect(page.locator('.legend-bands')).toContainText('Comprehensive strategic partnership for a new era');
  await page.screenshot({ path: 'test-results/screenshots/cn-kg.png' });
});

test('China–Kyrgyzstan header: years of diplomatic ties today and at the end of the view (31 on 18 May 2023)', async ({ page }) => {
  await openApp(page);
  await choosePair(page, /China–Kyrgyzstan/);
  const today = tiesAge('1992-01-05', toDayDate(new Date()))!;
  await expect(page.getByTestId('ties-age-today')).toHaveText(`${today.max} years of diplomatic ties`);
  await expect(page.getByTestId('ties-age')).toContainText('established 5 January 1992');
  // Let the opening fit be remembered first, or it could overwrite the window written below.
  await settledWindow(page);
  // Remember a window that ends on the day of the Xinhua article, then reload.
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('bilateral.view') ?? '{}');
    saved.state.windows['CN-KG'] = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2023, 4, 18, 12) };
    localStorage.setItem('bilateral.view', JSON.stringify(saved));
  });
  await page.reload();
  await expect(page.getByTestId('ties-age-view-end')).toHaveText(' · at 18 May 2023: 31 years of diplomatic ties');
  await expect(page.locator('.anniversary-label', { hasText: /^30 years$/ })).toBeAttached();
  await page.getByLabel('Round anniversaries').uncheck();
  await expect(page.locator('.anniversary-label')).toHaveCount(0);
});

test('keyboard: Tab to a milestone, Enter opens it, Escape closes it; +/−/F zoom and fit', async ({ page }) => {
  await openApp(page);
  await choosePair(page, /China–Kyrgyzstan/);
  // The pair opens fitted: wait until that window has settled, as the chart redraws its labels until then.
  await settledWindow(page);
  const item = page.locator('.milestone-label', { hasText: 'for a new era' });
  await item.focus();
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-panel')).toContainText('Comprehensive strategic partnership for a new era');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);

  await page.getByTestId('timeline').focus();
  const opened = await settledWindow(page);
  await page.keyboard.press('+');
  const zoomed = await settledWindow(page, opened);
  expect(zoomed.end - zoomed.start).toBeLessThan(opened.end - opened.start);
  await page.keyboard.press('ArrowRight');
  const panned = await settledWindow(page, zoomed);
  expect(panned.start).toBeGreaterThan(zoomed.start);
  await page.keyboard.press('f');
  const fitted = await settledWindow(page, panned);
  expect(fitted.end - fitted.start).toBeGreaterThan(panned.end - panned.start);
  await page.keyboard.press('-');
  const out = await settledWindow(page, fitted);
  expect(out.end - out.start).toBeGreaterThan(fitted.end - fitted.start);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => { const w = await savedWindow(page); return w && Math.round((w.end - w.start) / 86_400_000); }).toBe(Math.round((fitted.end - fitted.start) / 86_400_000));
});

test('zoom buttons change the window, and a reload keeps the pair and the window', async ({ page }) => {
  await openApp(page);
  await choosePair(page, /China–Kyrgyzstan/);
  // A pair opens fitted; wait for that window to be remembered before zooming (a click during an animation races it).
  const before = await settledWindow(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await settledWindow(page, before);
  expect(zoomed.end - zoomed.start).toBeLessThan(before.end - before.start);
  await page.reload();
  await expect(page.getByTestId('pair-meta')).toContainText('China–Kyrgyzstan');
  await expect(page.getByTestId('pair-picker')).toHaveValue('CN-KG');
  await expect.poll(async () => { const w = await savedWindow(page); return w && Math.round((w.end - w.start) / 3_600_000); }).toBe(Math.round((zoomed.end - zoomed.start) / 3_600_000));
});

test('a title made of HTML shows as literal text and runs nothing', async ({ page, request }) => {
  const title = '<img src=x onerror="window.__xss=1">';
  const created = await request.post(`${app.url}api/createMilestone`, {
    headers: { 'x-bilateral-token': app.token },
    // The first lane, in a quiet year: in view without scrolling the lanes.
    data: { milestone: { pairId: 'CN-KG', category: 'diplomatic', title, summary: '<script>window.__xss=2</script>', start: '2010-02-02' } },
  });
  expect((await created.json()).ok).toBe(true);
  await openApp(page);
  await choosePair(page, /China–Kyrgyzstan/);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const item = page.locator('.milestone-title', { hasText: title });
  await expect(item).toHaveText(title);
  await item.click();
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(panel).toContainText('<script>window.__xss=2</script>');
  expect(await page.locator('#root img').count()).toBe(0);
  expect(await page.locator('#root script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.screenshot({ path: 'test-results/screenshots/xss-as-text.png' });
});

test('the API refuses requests without the token or with a foreign Host', async ({ request }) => {
  const noToken = await request.post(`${app.url}api/listPairs`, { data: {} });
  expect(noToken.status()).toBe(401);
  expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  const wrongToken = await request.post(`${app.url}api/listPairs`, { data: {}, headers: { 'x-bilateral-token': 'nope' } });
  expect(wrongToken.status()).toBe(401);
  const rebound = await request.post(`${app.url}api/listPairs`, { data: {}, headers: { 'x-bilateral-token': app.token, host: 'evil.example:80' } });
  expect(rebound.status()).toBe(421);
  const ok = await request.post(`${app.url}api/listPairs`, { data: {}, headers: { 'x-bilateral-token': app.token } });
  expect((await ok.json()).ok).toBe(true);
  const page = await request.get(app.url);
  expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
});
