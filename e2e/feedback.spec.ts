/**
 * What the app says back: a typo's suggestions and the results list from the keyboard; a visible
 * confirmation with Undo after an edit; a required date said as such, focus on the first problem; a
 * drag that cannot move a milestone by years; an import that shows where its milestones went; the
 * article dialog's missing headline worded beside the Headline field.
 */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

const SHOTS = 'test-results/screenshots';
const SIZES = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

async function openApp(page: Page, pairId = 'CN-KZ'): Promise<void> {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-picker')).toBeEnabled();
  await page.getByTestId('pair-picker').selectOption(pairId);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
}

async function arabic(page: Page): Promise<void> {
  await page.getByTestId('language-picker').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

test('a typo finds nothing but suggests the word meant; ↓/↑ and Enter work in the suggestions and the results', async ({ page }) => {
  await openApp(page);
  const input = page.getByTestId('search-input');
  const results = page.getByTestId('search-results');
  await input.fill('Astna');
  await expect(results.getByRole('status')).toHaveText('No milestones found');
  const suggestion = results.getByTestId('search-suggestions').getByRole('button').first();
  await expect(suggestion).toHaveText('Astana');
  await expect(results.getByTestId('search-suggestions')).toContainText('Did you mean:');
  await page.screenshot({ path: `${SHOTS}/search-suggestion.png` });

  // ↓ reaches the suggestion, Enter searches for it; the query becomes the word meant.
  await input.press('ArrowDown');
  await expect(suggestion).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue('Astana');
  await expect(input).toBeFocused();
  const hits = results.locator('.search-hit');
  await expect(hits.first()).toBeVisible();
  expect(await hits.count()).toBeGreaterThan(1);
  await expect(results.getByTestId('search-suggestions')).toHaveCount(0);

  // ↓ ↓ ↑ moves through the results; Enter opens the focused one; ↑ from the first is back in the box.
  await input.press('ArrowDown');
  await expect(hits.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(hits.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await input.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = (await hits.nth(1).locator('.hit-title').textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect(results).toHaveCount(0);
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(second);

  // Enter in the box with nothing found searches for the first suggestion.
  await input.fill('Astna');
  await expect(results.getByTestId('search-suggestions')).toBeVisible();
  await input.press('Enter');
  await expect(input).toHaveValue('Astana');

  // In Arabic, the suggestion is offered in Arabic words.
  await input.fill('');
  await arabic(page);
  await input.fill('Astna');
  await expect(results.getByTestId('search-suggestions')).toContainText('هل تقصد');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/search-suggestion-ar-${size.width}.png` });
  }
});

test('an edit is confirmed on screen with Undo; an empty date is "required", focused first; required fields are marked', async ({ page }) => {
  await openApp(page, 'CN-TJ');
  await page.getByTestId('add-milestone').click();
  const form = page.getByTestId('milestone-form');
  // Title and date are marked required, for screen readers too.
  await expect(form.getByLabel('Title (English)')).toHaveAttribute('aria-required', 'true');
  await expect(form.getByLabel('Date', { exact: true })).toHaveAttribute('aria-required', 'true');
  await expect(form.locator('.required-mark')).toHaveCount(2);
  await form.getByLabel('Title (English)').fill('Feedback test exchange');
  await form.getByLabel('Publisher').fill('Test Press');
  await form.getByLabel('Title as published').fill('A report');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.locator('#err-start')).toHaveText('a date is required');
  await expect(form.getByLabel('Date', { exact: true })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/feedback-required-date.png` });
  await form.getByLabel('Date', { exact: true }).fill('2024-04');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);

  const notice = page.getByTestId('edit-notice');
  await expect(notice.getByRole('status')).toHaveText('Added: \u2068Feedback test exchange\u2069');
  await expect(notice).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    await page.screenshot({ path: `${SHOTS}/feedback-notice-en-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1400, height: 860 });

  // Undo from the notice: the milestone goes, the notice says so and offers Redo.
  await notice.getByTestId('edit-notice-reverse').click();
  await expect(notice.getByRole('status')).toHaveText(/^Undone: /);
  await expect(page.locator('.milestone-title', { hasText: 'Feedback test exchange' })).toHaveCount(0);
  await expect(notice.getByTestId('edit-notice-reverse')).toHaveText('Redo');
  await notice.getByTestId('edit-notice-reverse').click();
  await expect(page.locator('.milestone-title', { hasText: 'Feedback test exchange' })).toBeVisible();

  // An edit, in Arabic: the notice is worded in Arabic, the title isolated.
  await arabic(page);
  await page.locator('.milestone-title', { hasText: 'Feedback test exchange' }).click();
  await page.getByTestId('detail-panel').getByTestId('edit-milestone').click();
  await form.locator('#f-title').fill('Feedback test exchange, renamed');
  await form.locator('button[type="submit"]').click();
  await expect(notice.getByRole('status')).toHaveText('حُفظت: \u2068Feedback test exchange, renamed\u2069');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `${SHOTS}/feedback-notice-ar-${size.width}.png` });
  }
  // Dismissed, it goes.
  await notice.getByRole('button', { name: 'إغلاق' }).click();
  await expect(notice.getByRole('status')).toHaveText('');
});

/** Drags the label of milestone `id` by `dx` pixels, as a mouse does (press, moves, release). */
async function drag(page: Page, id: number, dx: number): Promise<void> {
  const label = page.locator(`.milestone-label[data-milestone-id="${id}"]`);
  await expect(label).toBeVisible();
  // A drag starts on a selected item; once selected and draggable, vis-timeline lays its drag handle over it.
  await label.click({ force: true });
  // Selecting redraws the item (its element is replaced): take the box of the one drawn now.
  let box: { x: number; y: number; width: number; height: number } | null = null;
  await expect.poll(async () => (box = await label.boundingBox()) !== null).toBe(true);
  box = box!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(x + (dx * i) / 12, y);
  await page.mouse.up();
}

test('a 120-pixel drag does not move a milestone by years: whole-history drags pan, a zoomed-in drag moves months', async ({ page }) => {
  await openApp(page, 'CN-KG');
  const chart = page.getByTestId('timeline');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page.locator('.timeline-pane')).toHaveAttribute('data-draggable', 'false');
  await expect(page.locator('.chart-hint')).toContainText('zoom in to a few years to drag a milestone');
  const first = page.locator('.milestone-label').first();
  const id = Number(await first.getAttribute('data-milestone-id'));
  await drag(page, id, 120);
  await expect(page.getByTestId('move-dialog')).toHaveCount(0);

  // Zoomed in to two years around it, the same drag proposes a move of months, not years.
  const at = Number(await page.locator(`.milestone-label[data-milestone-id="${id}"]`).getAttribute('data-start'));
  await chart.evaluate((el, at) => {
    const t = (el as unknown as { bilateralTimeline: { setWindow(a: Date, b: Date, o: object): void } }).bilateralTimeline;
    t.setWindow(new Date(at - 365 * 864e5), new Date(at + 365 * 864e5), { animation: false });
  }, at);
  await expect(page.locator('.timeline-pane')).toHaveAttribute('data-draggable', 'true');
  await expect(page.locator('.chart-hint')).toContainText('drag a selected milestone to a new date');
  await drag(page, id, 120);
  const dialog = page.getByTestId('move-dialog');
  await expect(dialog).toBeVisible();
  const body = dialog.locator('p[data-from]');
  const from = Date.parse(((await body.getAttribute('data-from'))! + '-01-01').slice(0, 10));
  const to = Date.parse(((await body.getAttribute('data-to'))! + '-01-01').slice(0, 10));
  const days = (to - from) / 864e5;
  expect(days).toBeGreaterThan(0);
  expect(days).toBeLessThan(366);
  await page.screenshot({ path: `${SHOTS}/feedback-drag-move.png` });
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByTestId('edit-notice').getByRole('status')).toContainText('Moved:');
});

test('after an import the app opens the pair it went to, marks the new milestones, selects the first, and says how many went where', async ({ page }) => {
  // A projector's window: the detail panel lies over the chart, and must not hide the milestone shown.
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page, 'CN-TJ');
  const file = test.info().outputPath('two-new.csv');
  fs.writeFileSync(
    file,
    'pair,category,start,title,source_1_publisher,source_1_title,source_1_language\n' +
      'CN-UZ,visits,2024-03-10,Imported visit one,Press,Report,en\n' +
      'CN-UZ,agreements,2024-07-02,Imported agreement two,Press,Report,en\n',
  );
  await page.getByTestId('data-button').click();
  const dialog = page.getByTestId('data-dialog');
  await dialog.getByRole('tab', { name: 'Import' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('import-choose').click();
  await (await chooser).setFiles(file);
  await dialog.getByTestId('import-commit').click();
  await expect(dialog.getByTestId('data-status')).toContainText('2 milestones added to \u2068China–Uzbekistan\u2069');
  await expect(page.getByTestId('pair-picker')).toHaveValue('CN-UZ');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('edit-notice').getByRole('status')).toHaveText('2 milestones added to \u2068China–Uzbekistan\u2069');
  // The earliest new one is selected and in view; both are marked.
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Imported visit one');
  const marked = page.locator('.milestone-label.just-added');
  await expect(marked).toHaveCount(2);
  await expect(marked.filter({ hasText: 'Imported visit one' })).toBeInViewport();
  const shown = (await marked.filter({ hasText: 'Imported visit one' }).locator('.milestone-date').boundingBox())!;
  const dock = (await page.getByTestId('detail-dock').boundingBox())!;
  expect(shown.x + shown.width).toBeLessThanOrEqual(dock.x);
  expect(await page.locator('.milestone-label:not(.just-added)').count()).toBeGreaterThan(0);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/feedback-imported-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1400, height: 860 });
  // The list marks them too; opening another pair clears the mark.
  await page.getByTestId('view-list').click();
  await expect(page.locator('.list-row.just-added')).toHaveCount(2);
  await page.getByTestId('view-chart').click();
  await page.getByTestId('pair-picker').selectOption('CN-KZ');
  await expect(page.getByTestId('pair-meta')).toContainText('Kazakhstan');
  await page.getByTestId('pair-picker').selectOption('CN-UZ');
  await expect(page.locator('.milestone-label').first()).toBeVisible();
  await expect(page.locator('.milestone-label.just-added')).toHaveCount(0);
});

test('the article dialog words an empty headline beside the Headline field, in each language, and focuses it', async ({ page }) => {
  await openApp(page, 'CN-KG');
  const text = fs.readFileSync('data/extract/test-articles/seed-xinhua-ar-2023-05-18-kyrgyzstan.txt', 'utf8');
  for (const lng of ['en', 'ar', 'zh'] as const) {
    await page.getByTestId('language-picker').selectOption(lng);
    await page.getByTestId('article-button').click();
    const dialog = page.getByTestId('article-dialog');
    await dialog.getByTestId('article-text').fill(text);
    await dialog.getByTestId('article-find').click();
    await expect(dialog.getByTestId('candidate').first()).toBeVisible();
    await dialog.locator('#article-title').fill('');
    const save = dialog.getByTestId('article-save');
    await expect(save).toBeEnabled();
    await save.click();
    const error = dialog.getByTestId('article-title-error');
    await expect(error).toBeVisible();
    await expect(dialog.locator('#article-title')).toBeFocused();
    await expect(dialog.locator('#article-title')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.locator('#article-title')).toHaveAttribute('aria-describedby', 'article-title-error');
    // Beside the field: under the Headline input, not at the foot of the dialog.
    const field = (await dialog.locator('#article-title').boundingBox())!;
    const message = (await error.boundingBox())!;
    expect(message.y).toBeGreaterThanOrEqual(field.y + field.height - 1);
    expect(message.y).toBeLessThan(field.y + field.height + 40);
    // The text is the language's own "required", and the foot says only to correct the marked fields.
    await expect(error).toHaveText({ en: 'required', ar: 'مطلوب', zh: '必填' }[lng]);
    await expect(dialog.getByTestId('article-error')).toHaveText(
      { en: 'Nothing was saved: correct the fields marked above.', ar: 'لم يُحفظ شيء: صحّح الحقول المشار إليها أعلاه.', zh: '未保存：请更正上方标出的字段。' }[lng],
    );
    await dialog.locator('#article-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/feedback-article-headline-${lng}.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
});
