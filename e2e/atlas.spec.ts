/**
 * The atlas (issue 20) in Chromium against the real browser-mode server and its seeded database: the slider
 * recolours a country in the year of its upgrade, a pair opens from the matrix and from the map, the matrix is
 * walked with the keyboard, Arabic lays it out right to left, and axe finds no serious problem.
 */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import AxeBuilder from '@axe-core/playwright';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';
import type { AtlasCountry, AtlasModel } from '../shared/atlas/types';
import { cellColor, NO_SEPARATE_COLOR, NO_SEPARATE_HATCH } from '../shared/atlas/palette';
import { MAP_HEIGHT, MAP_WIDTH, mapProjection, mapShapes } from '../shared/atlas/geo';
import { cellValue } from '../shared/atlas/grid';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../shared/api/http';

let app: BrowserModeApp;
let model: AtlasModel;
test.beforeAll(async () => {
  app = await startBrowserMode();
  // The model as the app's own call serves it, to pick countries and expected colours from real data.
  const res = await fetch(new URL(`${API_PATH_PREFIX}atlasModel`, app.url), { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: app.token }, body: '{}' });
  model = ((await res.json()) as { value: AtlasModel }).value;
});
test.afterAll(async () => {
  await app?.stop();
});

async function openAtlas(page: Page, lang = 'en'): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('bilateral.language', l), lang);
  await page.goto(app.appUrl);
  await page.getByTestId('view-atlas').click();
  await expect(page.getByTestId('atlas')).toBeVisible();
}

const yearOf = (d: string) => Number(d.slice(0, 4));
/** A country drawn on the map whose level changed in a year after its establishment. */
function upgraded(iso2: string): { country: AtlasCountry; year: number } {
  const country = model.countries.find((c) => c.iso2 === iso2)!;
  const year = yearOf(country.rungs.at(-1)!.date);
  return { country, year };
}

async function setYear(page: Page, year: number) {
  await page.getByTestId('atlas-year').fill(String(year));
  await expect(page.getByTestId('atlas-year-value')).toHaveText(String(year));
}

/** Where a point of the map's frame (shared/atlas/geo.ts) is on the page. */
async function onPage(page: Page, [x, y]: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('atlas-map-image').boundingBox())!;
  return { x: box.x + (x / MAP_WIDTH) * box.width, y: box.y + (y / MAP_HEIGHT) * box.height };
}
/** Where a place (longitude, latitude) is drawn on the page, by the map's own projection. */
const place = (page: Page, lon: number, lat: number) => onPage(page, mapProjection()([lon, lat])!);

/** The colour painted at a point of the page (a screenshot of that one pixel), as #rrggbb. */
async function pixel(page: Page, at: { x: number; y: number }): Promise<string> {
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 } }));
  return `#${Array.from(shot.data.subarray(0, 3), (v) => v.toString(16).padStart(2, '0')).join('')}`;
}

test('the slider recolours a country on the map in the year of its upgrade', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  const { country, year } = upgraded('BR');
  // A point well inside Brazil (Mato Grosso).
  const inside = await place(page, -54, -12);
  await setYear(page, year - 1);
  const before = cellColor(cellValue(country, year - 1));
  await expect.poll(() => pixel(page, inside)).toBe(before);
  await setYear(page, year);
  const after = cellColor(cellValue(country, year));
  expect(after).not.toBe(before);
  await expect.poll(() => pixel(page, inside)).toBe(after);
  // Hover names the country, year and level.
  await page.mouse.move(inside.x, inside.y);
  await expect(page.getByTestId('atlas-tooltip')).toContainText(`${country.name.en}, ${year}: ${country.rungs.at(-1)!.name.en}`);
  // The text alternative lists the country under its level that year.
  await page.getByTestId('atlas-map-text').locator('summary').click();
  await expect(page.getByTestId('atlas-map-text')).toContainText(country.name.en);
});

test('repainting year by year leaves the same picture as drawing that year afresh', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  const image = page.getByTestId('atlas-map-image');
  for (let y = 1990; y <= 2015; y++) await setYear(page, y);
  await expect(image).toHaveAttribute('data-year', '2015');
  const stepped = PNG.sync.read(await image.screenshot());
  // Away and back: a new map, drawn whole at 2015.
  await page.getByTestId('atlas-tab-matrix').click();
  await expect(image).toHaveCount(0);
  await page.getByTestId('atlas-tab-map').click();
  await expect(image).toHaveAttribute('data-year', '2015');
  const fresh = PNG.sync.read(await image.screenshot());
  expect([stepped.width, stepped.height]).toEqual([fresh.width, fresh.height]);
  // Clipped antialiasing may round a channel by a step or two; a seam or a stale colour differs by far more.
  let differing = 0;
  for (let i = 0; i < fresh.data.length; i++) if (Math.abs(fresh.data[i] - stepped.data[i]) > 8) differing++;
  expect(differing).toBe(0);
});

test('play walks the years forward', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  await setYear(page, 1990);
  await page.getByTestId('atlas-play').click();
  await expect(page.getByTestId('atlas-year-value')).toHaveText('1992', { timeout: 5000 });
  await page.getByTestId('atlas-play').click();
  const stopped = await page.getByTestId('atlas-year-value').textContent();
  await page.waitForTimeout(1200);
  await expect(page.getByTestId('atlas-year-value')).toHaveText(stopped!);
});

test('a pair opens from the map', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  const au = model.countries.find((c) => c.iso2 === 'AU')!;
  await setYear(page, 2015);
  const inside = await place(page, 134, -25);
  await page.mouse.click(inside.x, inside.y);
  await expect(page.getByTestId('pair-picker')).toHaveValue(au.pairId);
  await expect(page.getByTestId('view-chart')).toHaveAttribute('aria-pressed', 'true');
});

test('a country too small to see is a dot that names and opens its pair', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  const sg = model.countries.find((c) => c.iso2 === 'SG')!;
  const dot = mapShapes().find((s) => s.iso2 === 'SG')!.dot!;
  await setYear(page, 2015);
  const at = await onPage(page, dot);
  await expect.poll(() => pixel(page, at)).toBe(cellColor(cellValue(sg, 2015)));
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('atlas-tooltip')).toContainText(`${sg.name.en}, 2015: `);
  await page.getByTestId('atlas-map-text').locator('summary').click();
  await expect(page.getByTestId('atlas-map-text')).toContainText(/Drawn as dots \(too small at this scale\): .*Singapore/);
  // The open list may bring a scroll bar that narrows the map: its place again.
  const now = await onPage(page, dot);
  await page.mouse.click(now.x, now.y);
  await expect(page.getByTestId('pair-picker')).toHaveValue(sg.pairId);
});

test('Taiwan is drawn as no separate relations, explained in the text alternative', async ({ page }) => {
  await page.setViewportSize({ width: 2560, height: 1440 });
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  expect(model.countries.some((c) => c.iso2 === 'TW')).toBe(false);
  const taipeiBasin = await place(page, 121.0, 23.8);
  // The neutral fill or its stripes: never a tier's, China's or no pair's colour.
  expect([NO_SEPARATE_COLOR, NO_SEPARATE_HATCH]).toContain(await pixel(page, taipeiBasin));
  await page.mouse.move(taipeiBasin.x, taipeiBasin.y);
  await expect(page.getByTestId('atlas-tooltip')).toHaveText('Taiwan: no separate relations (see the map as text)');
  await page.mouse.click(taipeiBasin.x, taipeiBasin.y);
  await expect(page.getByTestId('atlas')).toBeVisible();
  await expect(page.getByTestId('atlas-legend')).toContainText('No separate relations');
  await page.getByTestId('atlas-map-text').locator('summary').click();
  await expect(page.getByTestId('atlas-map-separate')).toContainText('Taiwan has no row of its own.');
});

test('the matrix is walked with the keyboard and a cell opens its pair with Enter', async ({ page }) => {
  await openAtlas(page);
  const cell = page.getByTestId('atlas-cell');
  await cell.focus();
  const first = await cell.getAttribute('data-pair');
  await page.keyboard.press('ArrowDown');
  await expect(cell).toBeFocused();
  const second = await cell.getAttribute('data-pair');
  expect(second).not.toBe(first);
  await page.keyboard.press('Home');
  await expect(cell).toHaveAttribute('data-year', String(model.firstYear));
  await page.keyboard.press('ArrowRight');
  await expect(cell).toHaveAttribute('data-year', String(model.firstYear + 1));
  await page.keyboard.press('End');
  await expect(cell).toHaveAttribute('data-year', String(model.lastYear));
  const country = model.countries.find((c) => c.pairId === second)!;
  await expect(cell).toHaveAttribute('aria-label', new RegExp(`^${country.name.en}, ${model.lastYear}: `));
  await expect(cell).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pair-picker')).toHaveValue(second!);
});

test('a click on a matrix cell opens that pair', async ({ page }) => {
  await openAtlas(page);
  const canvas = page.locator('.atlas-matrix canvas');
  const box = (await canvas.boundingBox())!;
  // Hover shows the row's country; the click opens the same pair.
  await page.mouse.move(box.x + box.width - 4, box.y + 60);
  const tip = await page.getByTestId('atlas-tooltip').textContent();
  const country = model.countries.find((c) => tip!.startsWith(`${c.name.en}, `))!;
  expect(country).toBeTruthy();
  await page.mouse.click(box.x + box.width - 4, box.y + 60);
  await expect(page.getByTestId('pair-picker')).toHaveValue(country.pairId);
});

test('comparisons: the table filters and sorts, the chart counts every tier', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('atlas-tab-compare').click();
  const table = page.getByTestId('atlas-table');
  await expect(table.locator('tbody tr')).toHaveCount(model.countries.length);
  await page.getByTestId('atlas-filter').fill('Pakistan');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  const pk = model.countries.find((c) => c.iso2 === 'PK')!;
  await expect(table.locator('tbody tr').first()).toContainText(pk.rungs.at(-1)!.name.en);
  await page.getByTestId('atlas-filter').fill('');
  await table.getByRole('button', { name: 'Years to first partnership' }).click();
  await expect(table.getByRole('columnheader', { name: 'Years to first partnership' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByTestId('atlas-tier-chart').locator('svg g title')).toHaveCount(model.lastYear - model.firstYear + 1);
});

test('at 800 × 600 the legend folds into one line that opens to every entry', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  const legend = page.getByTestId('atlas-legend');
  const folded = (await legend.boundingBox())!;
  const map = (await page.getByTestId('atlas-map-image').boundingBox())!;
  // One line of text, and the map keeps most of the height below the bar.
  expect(folded.height).toBeLessThan(30);
  expect(map.height).toBeGreaterThan(250);
  await expect(legend.getByText(model.tiers[4].name.en)).toBeHidden();
  await legend.locator('summary').click();
  for (const tier of model.tiers) await expect(legend.getByText(tier.name.en, { exact: true })).toBeVisible();
  await expect(legend.getByText('No separate relations')).toBeVisible();
  // A large window shows the list unfolded.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByTestId('atlas-legend').locator('summary')).toHaveCount(0);
  await expect(page.getByTestId('atlas-legend')).toContainText(model.tiers[4].name.en);
});

test('Arabic: right-to-left bar and legend, Arabic tier names, years still left to right', async ({ page }) => {
  await openAtlas(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const matrixTab = (await page.getByTestId('atlas-tab-matrix').boundingBox())!;
  const mapTab = (await page.getByTestId('atlas-tab-map').boundingBox())!;
  expect(matrixTab.x).toBeGreaterThan(mapTab.x);
  await expect(page.getByTestId('atlas-legend')).toContainText(model.tiers[3].name.ar);
  await expect(page.locator('.atlas-year')).toHaveAttribute('dir', 'ltr');
  const cell = page.getByTestId('atlas-cell');
  await cell.focus();
  await expect(cell).toHaveAttribute('aria-label', /،/);
});

test('Ctrl+Shift+E in the atlas exports the map of the chosen year (SVG, PNG)', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('atlas-tab-map').click();
  await setYear(page, 2015);
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByTestId('atlas-export-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('image-export-dialog')).toHaveCount(0);
  const save = async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('atlas-export-save').click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
  };
  await dialog.getByLabel('SVG (vector, text stays text)').check();
  const svg = await save();
  expect(svg.name).toBe('atlas-map-2015-en.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('partnerships at the end of 2015</text>');
  expect(text).toContain(`>${model.tiers[4].name.en}</text>`);
  await dialog.getByLabel('PNG image').check();
  await page.getByTestId('atlas-export-width').fill('1200');
  expect(PNG.sync.read((await save()).bytes).width).toBe(1200);
});

for (const lang of ['en', 'ar', 'zh']) {
  test(`no serious or critical accessibility problems in the atlas (axe), ${lang}`, async ({ page }) => {
    await openAtlas(page, lang);
    for (const tab of ['matrix', 'map', 'compare']) {
      await page.getByTestId(`atlas-tab-${tab}`).click();
      await page.waitForTimeout(300);
      const { violations } = await new AxeBuilder({ page }).include('[data-testid="atlas"]').analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
      expect(serious, `${lang} ${tab}`).toEqual([]);
    }
  });
}
