/**
 * Practice in the app: a whole round walked with the keyboard, every answer's verdict checked against the
 * data (read through the API, not from the page), the score counted; axe-core finds no serious problem;
 * the overlay looked at in English, Arabic and Chinese at 800×600 … 2560×1440.
 */
import { test, expect, type Page, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serveBrowserMode } from './serve-app';
import type { PairTimeline } from '../shared/domain';
import { parsePartialDate, startInstant, endInstant } from '../shared/dates';

const app = serveBrowserMode();

async function timelineOf(request: APIRequestContext, pairId: string): Promise<PairTimeline> {
  const res = await request.post(`${app.url}api/getPairTimeline`, { headers: { 'x-bilateral-token': app.token }, data: { pairId } });
  return (await res.json()).value as PairTimeline;
}

/** The level in force all through `year`, from the milestones that set levels (independent of the app's code). */
function levelAllYear(tl: PairTimeline, year: number): number | null {
  const setters = tl.milestones.filter((m) => m.levelId !== null).sort((a, b) => startInstant(a.start).getTime() - startInstant(b.start).getTime());
  const before = setters.filter((m) => endInstant(m.start).getTime() <= Date.UTC(year, 0, 1));
  return before.at(-1)?.levelId ?? null;
}

async function seriousProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('.practice').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}

async function openPair(page: Page, pairId: string) {
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption(pairId);
  await expect(page.locator('.milestone-label').first()).toBeVisible();
}

test('a round walked with the keyboard: every verdict matches the data, and the score counts them', async ({ page, request }) => {
  const tl = await timelineOf(request, 'CN-TJ');
  const byId = new Map(tl.milestones.map((m) => [m.id, m]));
  await openPair(page, 'CN-TJ');
  await page.getByTestId('practice-button').focus();
  await page.keyboard.press('Enter');
  const practice = page.getByTestId('practice');
  await expect(practice).toBeVisible();
  // The app behind is out of reach.
  expect(await page.locator('.app').evaluate((el) => (el as HTMLElement).inert)).toBe(true);

  const total = Number(/of (\d+)/.exec((await practice.locator('.practice-progress').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(6);
  let right = 0;
  const kinds = new Set<string>();
  for (let n = 0; n < total; n++) {
    const form = practice.locator('form.practice-question');
    await expect(practice.locator('.practice-progress')).toHaveText(`Question ${n + 1} of ${total}`);
    const kind = (await form.getAttribute('data-kind'))!;
    kinds.add(kind);
    const answerRight = n % 2 === 0;
    if (kind === 'when') {
      const m = byId.get(Number(await form.getAttribute('data-milestone-id')))!;
      const truth = parsePartialDate(m.start)!;
      // Never more precision than the data has: the fields asked are exactly the date's.
      await expect(form.locator('.practice-month')).toHaveCount(truth.precision === 'year' ? 0 : 1);
      await expect(form.locator('.practice-day')).toHaveCount(truth.precision === 'day' ? 1 : 0);
      await expect(form.locator('.practice-year')).toBeFocused();
      await page.keyboard.type(String(answerRight ? truth.year : truth.year - 3));
      if (truth.month !== null) {
        await page.keyboard.press('Shift+Tab');
        await expect(form.locator('.practice-month')).toBeFocused();
        for (let i = 0; i < truth.month; i++) await page.keyboard.press('ArrowDown');
      }
      if (truth.day !== null) {
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.type(String(truth.day));
        await page.keyboard.press('Tab');
      }
      if (truth.month !== null) await page.keyboard.press('Tab');
    } else if (kind === 'level') {
      const year = Number(await form.getAttribute('data-year'));
      const answer = levelAllYear(tl, year);
      expect(answer).not.toBeNull();
      const values = await form.locator('input[type=radio]').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
      expect(values).toContain(answer);
      const target = answerRight ? values.indexOf(answer!) : values.findIndex((v) => v !== answer);
      await expect(form.locator('input[type=radio]').first()).toBeFocused();
      await page.keyboard.press('Space');
      for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    } else {
      const ids = async () => form.locator('.practice-order-item').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.milestoneId)));
      const shown = await ids();
      const sorted = [...shown].sort((a, b) => startInstant(byId.get(a)!.start).getTime() - startInstant(byId.get(b)!.start).getTime());
      const goal = answerRight ? sorted : [...sorted].reverse();
      for (let i = 0; i < goal.length; i++) {
        const at = (await ids()).indexOf(goal[i]);
        await form.locator(`.practice-order-item[data-milestone-id="${goal[i]}"]`).focus();
        for (let k = at; k > i; k--) await page.keyboard.press('Alt+ArrowUp');
      }
      expect(await ids()).toEqual(goal);
    }
    await form.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    const verdict = practice.locator('.practice-verdict');
    await expect(verdict).toHaveText(answerRight ? 'Right.' : 'Not quite.');
    if (answerRight) right++;
    // Feedback: the milestone's detail with its sources, then Next has the focus.
    await expect(practice.locator('.milestone-card').first()).toBeVisible();
    await expect(practice.locator('.milestone-card .source').first()).toBeVisible();
    if (n === 0) {
      expect(await seriousProblems(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/practice-en-feedback-${kind}.png` });
    }
    const next = practice.getByRole('button', { name: n + 1 < total ? 'Next question' : 'See the score' });
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(practice.locator('.practice-score')).toHaveText(`${right} of ${total} right`);
  expect(kinds.size).toBe(3);
  await expect(practice.getByRole('button', { name: 'Practise again' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(practice).toBeHidden();
  await expect(page.getByTestId('practice-button')).toBeFocused();
});

test('a check with nothing entered says what is missing and counts nothing', async ({ page }) => {
  await openPair(page, 'CN-KG');
  await page.getByTestId('practice-button').click();
  const practice = page.getByTestId('practice');
  const form = practice.locator('form.practice-question');
  // An ordering question always has an answer (the order shown): check it and go on to one that can be empty.
  let kind = await form.getAttribute('data-kind');
  while (kind === 'order') {
    await form.getByRole('button', { name: 'Check' }).click();
    await practice.getByRole('button', { name: /Next question|See the score/ }).click();
    kind = await form.getAttribute('data-kind');
  }
  expect(kind).not.toBeNull();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(practice.locator('.practice-problem')).toHaveText(kind === 'when' ? 'Enter a year of four digits, e.g. 2013.' : 'Choose one of the levels.');
  await expect(practice.locator('.practice-verdict')).toHaveCount(0);
});

for (const [lang, button] of [['ar', 'تمرين'], ['zh', '练习']] as const) {
  test(`practice in ${lang}: the interface's words, its direction, and no serious accessibility problem`, async ({ page }) => {
    await openPair(page, 'CN-UZ');
    await page.getByTestId('language-picker').selectOption(lang);
    await page.getByTestId('practice-button').click();
    const practice = page.getByTestId('practice');
    await expect(practice.getByRole('button', { name: button === 'تمرين' ? 'تحقّق' : '检查' })).toBeVisible();
    expect(await practice.evaluate((el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await seriousProblems(page)).toEqual([]);
    for (const [w, h] of [[800, 600], [1024, 768], [1440, 900], [2560, 1440]]) {
      await page.setViewportSize({ width: w, height: h });
      // Nothing runs out sideways at any size.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.screenshot({ path: `test-results/screenshots/practice-${lang}-${w}x${h}.png` });
    }
  });
}

test('practice from a story asks only about the story’s milestones', async ({ page, request }) => {
  const tl = await timelineOf(request, 'CN-TJ');
  const ids = tl.milestones.filter((_, i) => i % 5 === 0).map((m) => m.id);
  const saved = await request.post(`${app.url}api/saveStory`, { headers: { 'x-bilateral-token': app.token }, data: { id: null, name: 'Homework 1', milestoneIds: ids } });
  expect((await saved.json()).ok).toBe(true);
  await openPair(page, 'CN-KG');
  await page.getByRole('button', { name: 'Stories…' }).click();
  await page.getByTestId('story').filter({ hasText: 'Homework 1' }).getByTestId('story-practise').click();
  const practice = page.getByTestId('practice');
  await expect(practice.locator('h2').first()).toHaveText('Practice: Homework 1');
  const total = Number(/of (\d+)/.exec((await practice.locator('.practice-progress').textContent()) ?? '')?.[1]);
  for (let n = 0; n < total; n++) {
    const form = practice.locator('form.practice-question');
    const kind = await form.getAttribute('data-kind');
    if (kind === 'when') expect(ids).toContain(Number(await form.getAttribute('data-milestone-id')));
    if (kind === 'order') for (const id of await form.locator('.practice-order-item').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.milestoneId)))) expect(ids).toContain(id);
    if (kind === 'level') await form.locator('input[type=radio]').first().check();
    if (kind === 'when') {
      await form.locator('.practice-year').fill('1990');
      if (await form.locator('.practice-month').count()) await form.locator('.practice-month').selectOption('1');
      if (await form.locator('.practice-day').count()) await form.locator('.practice-day').fill('1');
    }
    await form.getByRole('button', { name: 'Check' }).click();
    await practice.getByRole('button', { name: n + 1 < total ? 'Next question' : 'See the score' }).click();
  }
  await expect(practice.locator('.practice-score')).toHaveText(new RegExp(`^\\d+ of ${total} right$`));
});
