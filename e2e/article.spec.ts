/** From a news article to milestones: paste a seed article, accept three candidates, see them, undo. */
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

const KG = fs.readFileSync('data/extract/test-articles/seed-xinhua-ar-2023-05-18-kyrgyzstan.txt', 'utf8');

test('paste the Kyrgyzstan seed article, accept three candidates, see them with the article as source, undo', async ({ page }) => {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  // The dataset already has railway milestones: count the search hits before and after saving.
  const results = page.getByTestId('search-results');
  const hits = async (title: string) => {
    await page.getByTestId('search-input').fill(''); // the same query again is not searched again
    await page.getByTestId('search-input').fill(title);
    await expect(results).toBeVisible();
    return results.getByRole('button', { name: new RegExp(`^${title}`) }).count();
  };
  await expect.poll(() => hits('China–Kyrgyzstan–Uzbekistan railway')).toBeGreaterThan(0);
  const railways = await hits('China–Kyrgyzstan–Uzbekistan railway');
  await page.getByTestId('search-input').fill('');
  await page.getByTestId('article-button').click();
  const dialog = page.getByTestId('article-dialog');
  await dialog.getByTestId('article-text').fill(KG);
  await dialog.getByTestId('article-find').click();
  const candidates = dialog.getByTestId('candidate');
  await expect(candidates.first()).toBeVisible();
  // The dateline fills the source; the anniversary is a check, not a milestone.
  await expect(dialog.getByLabel('Publisher')).toHaveValue('Xinhua');
  await expect(dialog.locator('#article-date')).toHaveValue('2023-05-18');
  await expect(dialog.getByTestId('anniversary-check')).toContainText('31 years of ties: consistent with relations established 5 January 1992');
  await expect(dialog.locator('[data-kind="partnership"] mark')).toHaveText('شراكة استراتيجية شاملة في العصر الجديد');
  // The talks are in the bundled history already (the dataset may hold more than one near match).
  await expect(dialog.locator('[data-kind="talks"]').getByTestId('duplicate-flag').filter({ hasText: 'Sadyr Japarov hold talks' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/article-candidates.png', fullPage: true });

  // Each candidate says how sure the extractor is and why.
  await expect(dialog.locator('[data-kind="talks"]').first().getByTestId('confidence')).toContainText('%');
  await expect(dialog.locator('[data-kind="talks"]').first().getByTestId('candidate-why')).toContainText('محادثات');
  // The partnership's level can be corrected from the pair's ladder; it starts at the level the text names.
  await expect(dialog.locator('[data-kind="partnership"] select[id^="cand-level-"]')).toHaveValue(/\d+/);
  const candidate = (kind: string) => dialog.locator(`[data-kind="${kind}"]`).first();
  for (const kind of ['agreement', 'project', 'visit']) await candidate(kind).getByRole('checkbox').check();
  for (const kind of ['talks', 'partnership', 'summit']) {
    const all = dialog.locator(`[data-kind="${kind}"]`);
    for (let i = 0; i < (await all.count()); i++) await all.nth(i).getByRole('checkbox').uncheck();
  }
  // The railway is a milestone of both pairs it names: keep the China–Kyrgyzstan one only.
  await dialog.locator('[data-kind="project"]').nth(1).getByRole('checkbox').uncheck();
  // The user can fix the title (and date, precision, pair) before saving.
  await candidate('visit').getByLabel('Milestone title').fill('State visit to China');
  await dialog.getByLabel('Headline').fill('Xi holds talks with Kyrgyz president in Xi’an');
  await dialog.getByTestId('article-save').click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByTestId('pair-picker')).toHaveValue('CN-KG');
  // The pair has dozens of milestones in many lanes: find the new ones by searching, as a user would.
  await expect.poll(() => hits('Joint declaration signed')).toBe(1);
  await expect.poll(() => hits('State visit to China')).toBe(1);
  await expect.poll(() => hits('China–Kyrgyzstan–Uzbekistan railway')).toBe(railways + 1);
  await page.getByTestId('search-input').fill('Joint declaration signed');
  await results.getByRole('button', { name: /^Joint declaration signed/ }).click();
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Joint declaration signed');
  await expect(page.getByTestId('sources')).toContainText('Xi holds talks with Kyrgyz president in Xi’an');
  await expect(page.getByTestId('sources')).toContainText('Xinhua');
  await page.screenshot({ path: 'test-results/screenshots/article-saved.png' });

  await page.getByTestId('toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => hits('Joint declaration signed')).toBe(0);
  await expect.poll(() => hits('State visit to China')).toBe(0);
  await expect.poll(() => hits('China–Kyrgyzstan–Uzbekistan railway')).toBe(railways);
});

test('a web page with scripts is read as text, and runs nothing', async ({ page }) => {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  await page.getByTestId('article-button').click();
  const dialog = page.getByTestId('article-dialog');
  const file = test.info().outputPath('page.html');
  fs.writeFileSync(file, `<html><head><script>window.__ran = 1</script></head><body><p>BISHKEK, June 13, 2019 (Xinhua) -- Xi Jinping held talks with Kyrgyz President Sooronbay Jeenbekov.</p><img src=x onerror="window.__ran = 2"></body></html>`);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Open a .txt or .html file/ }).click();
  await (await chooser).setFiles(file);
  await expect(dialog.getByTestId('article-text')).toHaveValue(/^BISHKEK, June 13, 2019 \(Xinhua\) -- Xi Jinping held talks/);
  await dialog.getByTestId('article-find').click();
  await expect(dialog.locator('[data-kind="talks"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});

test('in Arabic, a candidate is titled in Arabic and saved in all three languages; one the user retitles keeps only that title', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bilateral.language', 'ar'));
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
  await page.getByTestId('article-button').click();
  const dialog = page.getByTestId('article-dialog');
  // With a headline line above the dateline, as a copied page has it.
  await dialog.getByTestId('article-text').fill(`شي يجري محادثات مع رحمن\n\n${fs.readFileSync('data/extract/test-articles/seed-xinhua-ar-2023-05-18-tajikistan.txt', 'utf8')}`);
  await dialog.getByTestId('article-find').click();
  const candidates = dialog.getByTestId('candidate');
  await expect(candidates.first()).toBeVisible();
  for (let i = 0; i < (await candidates.count()); i++) await candidates.nth(i).getByRole('checkbox').uncheck();
  const visit = dialog.locator('[data-kind="visit"]').filter({ has: page.locator('input[id^="cand-title-"][value="زيارة دولة إلى طاجيكستان"]') }).first();
  // The bundled milestone it may repeat is named in Arabic too.
  await expect(visit.getByTestId('duplicate-flag')).toContainText(/«[^»]*[\u0621-\u064a][^»]*»/);
  await visit.getByRole('checkbox').check();
  const summit = dialog.locator('[data-kind="summit"]').first();
  await summit.getByRole('checkbox').check();
  await summit.locator('input[id^="cand-title-"]').fill('قمة شيآن');
  // The headline and the dateline's publisher and date fill the source.
  await expect(dialog.locator('#article-title')).toHaveValue('شي يجري محادثات مع رحمن');
  await expect(dialog.locator('#article-date')).toHaveValue('2023-05-18');
  await dialog.getByTestId('article-save').click();
  await expect(dialog).toHaveCount(0);

  const open = async (query: string) => {
    await page.getByTestId('search-input').fill(query);
    await page.getByTestId('search-results').getByRole('button', { name: new RegExp(query) }).first().click();
  };
  await open('زيارة دولة إلى طاجيكستان');
  const detail = page.getByTestId('detail-panel');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('زيارة دولة إلى طاجيكستان');
  // The other two languages' titles are shown with it.
  await expect(detail).toContainText('State visit to Tajikistan');
  await expect(detail).toContainText('对塔吉克斯坦进行国事访问');
  await open('قمة شيآن');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('قمة شيآن');
  await expect(detail).not.toContainText('峰会');
});
