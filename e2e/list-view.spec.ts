/**
 * The list view as a table: column headers that sort (by mouse and keyboard, aria-sort said), tooltips
 * on cells cut short; and the toolbar's filter chips, which never run under the Chart/List switch.
 */
import { test, expect, type Page } from '@playwright/test';
import { serveBrowserMode } from './serve-app';

const app = serveBrowserMode();

const SHOTS = 'test-results/screenshots';

async function openApp(page: Page, pairId: string): Promise<void> {
  await page.goto(app.appUrl);
  await expect(page.getByTestId('pair-picker')).toBeEnabled();
  await page.getByTestId('pair-picker').selectOption(pairId);
  await expect(page.getByTestId('pair-meta')).toBeVisible();
}

/** The drawn rows' cells of one column, top to bottom. */
const column = (page: Page, name: 'date' | 'title' | 'category') => page.locator(`.list-row .list-${name}`).allTextContents();

test('the list has column headers that sort by click and by keyboard, say their order, and show cut cells in tooltips', async ({ page }) => {
  await openApp(page, 'CN-KZ');
  await page.getByTestId('view-list').click();
  const table = page.getByTestId('milestone-list').getByRole('table');
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(['Date▲', 'Title', 'Category']);
  await expect(headers.nth(0)).toHaveAttribute('aria-sort', 'ascending');
  const ids = async () => page.locator('.list-row').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.milestoneId)));
  const byDate = await ids();

  // By title, A to Z as the language sorts; the date header no longer claims an order.
  await headers.nth(1).getByRole('button').click();
  await expect(headers.nth(1)).toHaveAttribute('aria-sort', 'ascending');
  await expect(headers.nth(0)).not.toHaveAttribute('aria-sort', /.+/);
  const titles = await column(page, 'title');
  expect(titles.length).toBeGreaterThan(5);
  expect(titles).toEqual([...titles].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
  // Enter on the focused header turns the order round.
  await headers.nth(1).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(headers.nth(1)).toHaveAttribute('aria-sort', 'descending');
  const reversed = await column(page, 'title');
  expect(reversed[0].localeCompare(reversed[reversed.length - 1], 'en', { sensitivity: 'base' })).toBeGreaterThanOrEqual(0);
  // Space on the category header: by category.
  await headers.nth(2).getByRole('button').focus();
  await page.keyboard.press('Space');
  await expect(headers.nth(2)).toHaveAttribute('aria-sort', 'ascending');
  const categories = await column(page, 'category');
  expect(categories).toEqual([...categories].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare));
  // Back to date: the first order again; the rows still open with Enter.
  await headers.nth(0).getByRole('button').click();
  expect(await ids()).toEqual(byDate);
  await page.locator('.list-row').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-panel')).toBeVisible();

  // Narrow, titles are cut: each cut cell carries its whole text in its tooltip.
  await page.setViewportSize({ width: 800, height: 600 });
  const cut = await page.locator('.list-row .list-title').evaluateAll((cells) =>
    cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => ({ text: c.textContent, title: c.getAttribute('title') })),
  );
  expect(cut.length).toBeGreaterThan(0);
  for (const c of cut) expect(c.title).toBe(c.text);

  for (const lng of ['en', 'ar']) {
    await page.getByTestId('language-picker').selectOption(lng);
    if (lng === 'ar') await expect(headers.nth(0)).toHaveText('التاريخ▲');
    for (const size of [{ width: 800, height: 600 }, { width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/list-headers-${lng}-${size.width}.png` });
    }
  }
});

/** Pairs of toolbar parts whose boxes overlap (one inside the other does not count). */
const overlaps = (page: Page) =>
  page.evaluate(() => {
    const parts = [...document.querySelectorAll<HTMLElement>('.view-switch, .chip, .filter-bar > button, .filter-bar > .link-button, .search, .tb-more, [data-tb-item]')].filter(
      (e) => e.offsetParent,
    );
    // What is seen of a part: a chip scrolled within its strip is clipped to it.
    const seen = (e: HTMLElement) => {
      const r = e.getBoundingClientRect();
      const strip = e.closest('.chips')?.getBoundingClientRect();
      return strip ? { left: Math.max(r.left, strip.left), right: Math.min(r.right, strip.right), top: r.top, bottom: r.bottom } : r;
    };
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) {
        if (parts[i].contains(parts[j]) || parts[j].contains(parts[i])) continue;
        const a = seen(parts[i]);
        const b = seen(parts[j]);
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${parts[i].className} × ${parts[j].className}`);
      }
    // Nothing sticks out of the toolbar either.
    const bar = document.querySelector('[data-testid="toolbar"]')!.getBoundingClientRect();
    for (const p of parts) {
      const r = seen(p);
      if (r.left < bar.left - 1 || r.right > bar.right + 1) out.push(`${p.className} outside the toolbar`);
    }
    return out;
  });

test('with a period and categories filtered, the chips never overlap the Chart/List switch, at any width, in English and Arabic', async ({ page }) => {
  await openApp(page, 'CN-KG');
  await page.getByRole('button', { name: 'Filters…' }).click();
  const dialog = page.getByTestId('filter-dialog');
  await dialog.getByLabel('From', { exact: true }).fill('2013');
  await dialog.getByLabel('To', { exact: true }).fill('2016');
  await dialog.getByRole('group', { name: 'Categories' }).getByLabel('State visits and summits', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('filter-bar').locator('.chip')).toHaveCount(3);
  for (const lng of ['en', 'ar']) {
    await page.getByTestId('language-picker').selectOption(lng);
    for (const size of [{ width: 1400, height: 860 }, { width: 1440, height: 900 }, { width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 800, height: 600 }]) {
      await page.setViewportSize(size);
      await expect.poll(() => overlaps(page), { message: `${lng} ${size.width}` }).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/filter-chips-${lng}-${size.width}.png`, clip: { x: 0, y: 0, width: size.width, height: 130 } });
    }
  }
});
