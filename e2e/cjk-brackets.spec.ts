/**
 * Chinese titles break as Chinese readers expect: a book-title bracket 《…》 never ends or starts a line
 * on its own side, and a bracketed name that fits on a line is kept on one line in the detail panel.
 */
import { test, expect, type Page } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

/** The line (by its top, in px) of each character of the element's text. */
function lineTops(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out: { ch: string; top: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) out.push({ ch: text[i], top: Math.round(rect.top) });
      }
    }
    return { chars: out, width: el.getBoundingClientRect().width };
  }, selector);
}

test('a Chinese title keeps its 《》 name together where it fits, and never strands a bracket', async ({ page }) => {
  await page.goto(app.appUrl);
  await page.getByTestId('language-picker').selectOption('zh');
  await page.getByTestId('pair-picker').selectOption('CN-TJ');
  for (const [width, height] of [[800, 600], [1024, 768], [1440, 900], [2560, 1440]]) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('search-input').fill('');
    await page.getByTestId('search-input').fill('中塔国界的补充协定');
    await page.getByTestId('search-results').getByRole('button').first().click();
    const heading = page.getByTestId('detail-panel').getByRole('heading', { level: 2 });
    await expect(heading).toContainText('《中华人民共和国和塔吉克斯坦共和国关于中塔国界的补充协定》');
    const { chars } = await lineTops(page, '[data-testid="detail-panel"] h2');
    const text = chars.map((c) => c.ch).join('');
    const open = text.indexOf('《');
    const close = text.indexOf('》');
    expect(open).toBeGreaterThanOrEqual(0);
    // 《 sits on the line of the character after it, 》 on the line of the one before it.
    expect(chars[open].top, `${width}: 《 stranded`).toBe(chars[open + 1].top);
    expect(chars[close].top, `${width}: 》 stranded`).toBe(chars[close - 1].top);
    await page.screenshot({ path: `test-results/screenshots/cjk-brackets-${width}x${height}.png` });
  }
});
