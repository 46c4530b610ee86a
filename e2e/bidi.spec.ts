/**
 * Right-to-left text reads right, checked by where each character is drawn, not by the text alone:
 * an Arabic chart label's date ("5 يناير 1992" — day, month, year from right to left) and a source
 * line mixing a Latin publisher and title with an Arabic date (each part in its own place, in order).
 */
import { test, expect, type Locator } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

/** The x-centre and top of each character of an element's text, in logical order. */
function charBoxes(el: Locator) {
  return el.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const out: { ch: string; x: number; top: number }[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const text = t.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(t, i);
        range.setEnd(t, i + 1);
        const r = range.getClientRects()[0];
        if (r) out.push({ ch: text[i], x: r.left + r.width / 2, top: Math.round(r.top) });
      }
    }
    return out;
  });
}

test('an Arabic chart label: the date reads day, month, year from right to left, beside its title', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bilateral.language', 'ar'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption('CN-KG');
  const label = page.locator('.milestone-label', { has: page.locator('.milestone-date', { hasText: /^5 يناير 1992$/ }) });
  await expect(label).toHaveCount(1);
  // Read once the chart has settled: the label-width fit redraws the labels a moment after they appear.
  let chars: Awaited<ReturnType<typeof charBoxes>> = [];
  await expect
    .poll(async () => {
      chars = await charBoxes(label.locator('.milestone-date'));
      return chars.map((c) => c.ch).join('');
    })
    .toBe('5 يناير 1992');
  const x = (i: number) => chars[i].x;
  // "5" right of "يناير", which is right of "1992"; the digits of 1992 themselves left to right.
  expect(x(0)).toBeGreaterThan(x(2));
  expect(x(2)).toBeGreaterThan(x(6));
  expect(x(6)).toBeGreaterThan(x(8));
  expect(x(8)).toBeLessThan(x(11));
  // The label reads right to left: the date (first) to the right of the title.
  const date = (await label.locator('.milestone-date').boundingBox())!;
  const title = (await label.locator('.milestone-title').boundingBox())!;
  expect(date.x).toBeGreaterThanOrEqual(title.x + title.width - 1);
});

test('a mixed Arabic/Latin source line: publisher, title and date each in place, in reading order', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bilateral.language', 'ar'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption('CN-KG');
  const candidates = page.locator('.milestone-label', { has: page.locator('.milestone-date', { hasText: '18 مايو 2023' }) });
  await expect(candidates.first()).toBeVisible();
  let source: Locator | null = null;
  for (let i = 0; i < (await candidates.count()); i++) {
    await candidates.nth(i).click();
    const s = page.getByTestId('sources').locator('.source', { hasText: 'Xinhua (Arabic service)' });
    if (await s.count()) {
      source = s.first();
      break;
    }
  }
  expect(source, 'a milestone with the Xinhua Arabic source').not.toBeNull();
  await page.screenshot({ path: 'test-results/screenshots/bidi-source-ar.png' });
  const parts = [source!.locator('.source-publisher'), source!.locator('a, cite').first(), source!.locator('.source-date')];
  const boxes = await Promise.all(parts.map((p) => charBoxes(p)));
  // Logical order → visual order in a right-to-left line: each part starts to the left of (or on a line
  // below) the one before it, and no part's characters are mixed into another's.
  for (let i = 1; i < boxes.length; i++) {
    const prev = boxes[i - 1];
    const next = boxes[i];
    const prevLast = prev[prev.length - 1];
    const nextFirst = next[0];
    if (nextFirst.top === prevLast.top) {
      const prevLeft = Math.min(...prev.filter((c) => c.top === prevLast.top).map((c) => c.x));
      const nextRight = Math.max(...next.filter((c) => c.top === nextFirst.top).map((c) => c.x));
      expect(nextRight, `part ${i} left of part ${i - 1}`).toBeLessThan(prevLeft);
    } else expect(nextFirst.top).toBeGreaterThan(prevLast.top);
  }
  // The Latin publisher reads left to right within itself.
  const pub = boxes[0].filter((c) => c.top === boxes[0][0].top);
  expect(pub[0].x).toBeLessThan(pub[pub.length - 1].x);
  // The Arabic date: day right of month right of year.
  const dateChars = boxes[2];
  const dateText = dateChars.map((c) => c.ch).join('');
  expect(dateText).toMatch(/^\d+ \S+ \d{4}$/);
  const year = dateChars[dateChars.length - 4];
  expect(dateChars[0].x).toBeGreaterThan(year.x);
});
