/**
 * The exported timeline as one SVG: title, the pairs' partnership bands with their milestones placed by
 * date (labels stacked in rows so that none overlap; those that do not fit are still marked), a time axis,
 * the legend, numbered source notes and the generation line. Laid out under Node with the bundled fonts'
 * metrics, so the same drawing becomes the SVG, the PNG and the PDF's first page.
 * In Arabic the header, legend and notes are mirrored; the time axis runs left to right in every language.
 */
import { CATEGORIES, type Category } from '../../shared/domain';
import { BAND_COLORS, CATEGORY_COLORS, PRINT_BAND_COLORS, bandColorIndex } from '../../shared/palette';
import { LAYOUT_WIDTH, type Background } from '../../shared/image-export';
import type { ChartMilestone, ChartModel } from './model';
import { embeddedFontCss, FONT_STACK } from './fonts';
import { SvgWriter, escapeXml, inDirection, r, textWidth, truncate, wrap, type TextStyle } from './svg-text';

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  milestones: number;
  labelled: number;
  /** The @font-face rules embedded in the SVG (a page showing the SVG inline reuses them). */
  fontCss: string;
  /** Every text drawn, with its weight: which font files a rasteriser needs. */
  texts: { text: string; weight: 400 | 700 }[];
  /** The key's entries (labels of the numbered milestones), in number order: the PDF prints them on its next page. */
  key: string[];
}

const INK = '#1d2330';
const MUTED = '#5b6270';
const LINE = '#c9cdd4';
const M = 48;
const ROW = 22;
const LABEL = 13;
const MAX_NOTES = 120;
/** Numbered milestones listed in the key at most; the rest are marked without a number (said under the key). */
export const MAX_KEY = 150;

/** A small filled shape per category, so that colour is never the only cue (as in the app's lanes). */
export function categoryShape(category: Category, x: number, y: number, s: number, hollow = false): string {
  // Hollow, as the app draws a date known only to the month or year.
  const fill = hollow ? `fill="#fff" stroke="${CATEGORY_COLORS[category]}" stroke-width="2"` : `fill="${CATEGORY_COLORS[category]}" stroke="#fff" stroke-width="1.2"`;
  switch (category) {
    case 'diplomatic':
      return `<path d="M${r(x)} ${r(y - s)}L${r(x + s)} ${r(y)}L${r(x)} ${r(y + s)}L${r(x - s)} ${r(y)}Z" ${fill}/>`;
    case 'partnership': {
      const pts = Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rad = i % 2 ? s * 0.45 : s * 1.1;
        return `${r(x + rad * Math.cos(a))} ${r(y + rad * Math.sin(a))}`;
      });
      return `<path d="M${pts.join('L')}Z" ${fill}/>`;
    }
    case 'visits':
      return `<path d="M${r(x)} ${r(y - s)}L${r(x + s)} ${r(y + s * 0.8)}L${r(x - s)} ${r(y + s * 0.8)}Z" ${fill}/>`;
    case 'agreements':
      return `<rect x="${r(x - s * 0.8)}" y="${r(y - s * 0.8)}" width="${r(s * 1.6)}" height="${r(s * 1.6)}" ${fill}/>`;
    case 'economy': {
      const pts = Array.from({ length: 6 }, (_, i) => `${r(x + s * Math.cos((Math.PI / 3) * i))} ${r(y + s * Math.sin((Math.PI / 3) * i))}`);
      return `<path d="M${pts.join('L')}Z" ${fill}/>`;
    }
    case 'multilateral':
      return `<circle cx="${r(x)}" cy="${r(y)}" r="${r(s * 0.8)}" fill="#fff" stroke="${CATEGORY_COLORS[category]}" stroke-width="${r(s * 0.55)}"/>`;
  }
}

interface Tick {
  at: number;
  label: string;
}

const YEAR_MS = 365.2425 * 86_400_000;

/** Year ticks at a round step that leaves room for their labels (months for short periods). */
function ticks(from: number, to: number, pixels: number, locale: string): Tick[] {
  const out: Tick[] = [];
  const years = (to - from) / YEAR_MS;
  if (years < 2.5) {
    const fmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const step = [1, 2, 3, 6].find((s) => pixels / ((years * 12) / s) >= 90) ?? 12;
    const d = new Date(from);
    let cur = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    for (; cur <= to; cur = Date.UTC(new Date(cur).getUTCFullYear(), new Date(cur).getUTCMonth() + step, 1)) out.push({ at: cur, label: fmt.format(cur) });
    return out;
  }
  const fmt = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => pixels / (years / s) >= 64) ?? 100;
  for (let y = Math.ceil(new Date(from).getUTCFullYear() / step) * step; ; y += step) {
    const at = Date.UTC(y, 0, 1);
    if (at > to) break;
    if (at >= from) out.push({ at, label: fmt.format(at) });
  }
  return out;
}

/** A milestone's label: its date at its precision, then its title, each isolated so that neither reorders the other. */
export function labelText(m: Pick<ChartMilestone, 'date' | 'title'>, rtl: boolean): string {
  return inDirection(`\u2068${m.date}\u2069\u2002\u2068${m.title}\u2069`, rtl);
}

export interface ChartOptions {
  /** Source notes: drawn in the image, one line naming the publishers, or none (the PDF prints them on a page of their own). */
  notes?: 'image' | 'line' | 'none';
  /** Whether the key to numbered milestones is drawn (the PDF prints it as text on the next page). */
  key?: boolean;
  /** Layout width (CSS pixels): narrower for paper, so that its text prints large enough. */
  width?: number;
  maxRows?: number;
}

/** What every section draws with: the writer, the page's width and reading side, the time scale. */
interface Page {
  w: SvgWriter;
  W: number;
  model: ChartModel;
  number: Intl.NumberFormat;
  /** Text from the reading side: `left` is measured from the start edge (header, legend and notes are mirrored in Arabic). */
  put(left: number, baseline: number, text: string, style: TextStyle): number;
  /** From the start edge to an x on the page. */
  at(left: number, width: number): number;
  x0: number;
  x1: number;
  X(ms: number): number;
  clampX(ms: number): number;
}

function pageFor(model: ChartModel, W: number): Page {
  const w = new SvgWriter();
  const at = (left: number, width: number) => (model.rtl ? W - left - width : left);
  const x0 = M;
  const x1 = W - M;
  const X = (ms: number) => x0 + ((ms - model.from) / (model.to - model.from)) * (x1 - x0);
  return {
    w,
    W,
    model,
    number: new Intl.NumberFormat(model.locale),
    at,
    put: (left, baseline, text, style) => w.text(at(left, textWidth(text, style.size, style.weight)), baseline, text, style),
    x0,
    x1,
    X,
    clampX: (ms) => Math.min(x1, Math.max(x0, X(ms))),
  };
}

/** The title (up to three lines) and the subtitle; returns where the chart starts. */
function drawHeader(page: Page, top: number): number {
  let y = top;
  for (const line of wrap(page.model.title, 30, 700, page.W - 2 * M).slice(0, 3)) {
    y += 36;
    page.put(M, y, line, { size: 30, weight: 700, fill: INK });
  }
  y += 26;
  page.put(M, y, page.model.subtitle, { size: 15, fill: MUTED });
  return y + 24;
}

/** A milestone labelled in the key rather than beside its mark, numbered in order. */
interface KeyEntry {
  pair: string;
  label: string;
  refs: string;
  tip: string;
}

const STRIP_H = 24;

/**
 * One pair's milestones in greedy rows, earliest first, from `top`. A label is the date at its precision,
 * then the whole title, right of the mark (left where the edge is near). One too long for a row, or with
 * no row left, gets a number on the chart and its full label in the key; numbers at one place share one
 * mark ("12–15"). Returns the drawing and the rows' height.
 */
function drawMilestones(page: Page, pair: ChartModel['pairs'][number], top: number, maxRows: number, key: KeyEntry[]): { parts: string[]; height: number; unlabelled: number } {
  const { w, number, x0, x1, clampX } = page;
  const maxLabel = page.W * 0.5;
  const rowsEnd: number[] = [];
  const placed: string[] = [];
  const numbered: { entry: { first: number; last: number; at: number }; labelX: number; cy: number }[] = [];
  let lastKeyed: { x: number; row: number; first: number; last: number; at: number } | null = null;
  let unlabelled = 0;
  const rowFor = (occStart: number, extra: boolean) => {
    let row = rowsEnd.findIndex((end) => end <= occStart);
    if (row === -1 && (rowsEnd.length < maxRows || extra)) row = rowsEnd.push(-Infinity) - 1;
    return row;
  };
  const rowY = (row: number) => top + row * ROW + ROW / 2;
  for (const m of [...pair.milestones].sort((a, b) => a.start - b.start)) {
    const x = clampX(m.start);
    const xe = m.end !== null ? clampX(m.end) : x;
    const refs = m.notes.length ? ` ${[...new Set(m.notes)].sort((a, b) => a - b).map((n) => number.format(n)).join(',')}` : '';
    const label = labelText(m, page.model.rtl);
    const labelW = textWidth(label, LABEL) + textWidth(refs, 10);
    /** Right of the mark, else left of it; null where neither side has the room. */
    const place = (width: number) => {
      const right = Math.max(x, xe) + 9;
      const labelX = right + width <= x1 ? right : x - 9 - width >= x0 ? x - 9 - width : null;
      return labelX === null ? null : { labelX, occStart: Math.min(x, labelX) - 6, occEnd: Math.max(xe, labelX + width) + 10 };
    };
    let row = -1;
    let spot = place(labelW);
    if (spot && labelW <= maxLabel) row = rowFor(spot.occStart, false);
    const tip = `${m.date} — ${m.title}${m.sources.length ? `\n${m.sources.join('\n')}` : ''}`;
    const mark = (cy: number) => {
      if (xe > x) placed.push(`<rect x="${r(x)}" y="${r(cy - 3)}" width="${r(xe - x)}" height="6" rx="3" fill="${CATEGORY_COLORS[m.category]}" opacity="0.35"/>`);
      placed.push(categoryShape(m.category, x, cy, 5.5, !m.precise));
    };
    if (spot && row !== -1) {
      rowsEnd[row] = spot.occEnd;
      const cy = rowY(row);
      placed.push(`<g class="milestone" data-category="${m.category}"><title>${escapeXml(tip)}</title>`);
      mark(cy);
      const tw = w.text(spot.labelX, cy + 4.5, label, { size: LABEL, fill: INK }, ' class="label"', placed);
      if (refs) w.text(spot.labelX + tw, cy, refs, { size: 10, fill: MUTED }, ' class="refs"', placed);
      placed.push('</g>');
      continue;
    }
    if (key.length >= MAX_KEY) {
      // Past the key's length a mark stays a mark: a key of thousands of lines is no image (issue 19).
      let at = rowFor(x - 6, false);
      if (at === -1) at = rowsEnd.length ? rowsEnd.length - 1 : rowsEnd.push(-Infinity) - 1;
      else rowsEnd[at] = Math.max(x, xe) + 6;
      const cy = rowY(at);
      placed.push(`<g class="milestone unlabelled" data-category="${m.category}"><title>${escapeXml(tip)}</title>`);
      mark(cy);
      placed.push('</g>');
      unlabelled++;
      continue;
    }
    const n = key.push({ pair: pair.name, label, refs, tip });
    if (lastKeyed && Math.abs(lastKeyed.x - x) < 14) {
      // Same place as the previous numbered mark: it stands for both.
      lastKeyed.last = n;
      continue;
    }
    const markW = textWidth(number.format(n) + '–' + number.format(n + 99), 11, 700);
    spot = place(markW) ?? { labelX: x + 9, occStart: x - 6, occEnd: x + 9 + markW + 10 }; // a number always fits one side
    row = rowFor(spot.occStart, true);
    rowsEnd[row] = spot.occEnd;
    lastKeyed = { x, row, first: n, last: n, at: placed.length };
    placed.push(''); // filled in below, once the numbers it stands for are known
    placed.push(`<g class="milestone keyed" data-category="${m.category}"><title>${escapeXml(tip)}</title>`);
    mark(rowY(row));
    placed.push('</g>');
    numbered.push({ entry: lastKeyed, labelX: spot.labelX, cy: rowY(row) });
  }
  for (const { entry, labelX, cy } of numbered) {
    const text = entry.first === entry.last ? number.format(entry.first) : `${number.format(entry.first)}–${number.format(entry.last)}`;
    const parts: string[] = [];
    w.text(labelX, cy + 4.5, text, { size: 11, weight: 700, fill: MUTED }, ' class="key-number"', parts);
    placed[entry.at] = parts.join('');
  }
  return { parts: placed, height: Math.max(1, rowsEnd.length) * ROW, unlabelled };
}

/** A pair's bands from `top` to `bottom`: a strip with the level's name, and a tint behind the milestones it was in force for. */
function drawBands(page: Page, pair: ChartModel['pairs'][number], background: Background, top: number, bottom: number, into: string[]): void {
  for (const band of pair.bands) {
    const bx = page.clampX(band.start);
    const bw = page.clampX(band.end) - bx;
    if (bw <= 0) continue;
    const i = bandColorIndex(band.order);
    const fill = background === 'white' ? PRINT_BAND_COLORS[i] : BAND_COLORS[i];
    into.push(`<rect class="band" x="${r(bx)}" y="${r(top)}" width="${r(bw)}" height="${r(bottom - top)}" fill="${fill}" opacity="${background === 'white' ? 0.55 : 1}"/>`);
    into.push(`<rect x="${r(bx)}" y="${r(top)}" width="${r(bw)}" height="${STRIP_H}" fill="${fill}"/>`);
    into.push(`<line x1="${r(bx)}" x2="${r(bx)}" y1="${r(top)}" y2="${r(bottom)}" stroke="rgba(0,0,0,0.25)" stroke-width="1.5"/>`);
    // A name that does not fit is cut here and read whole in the tooltip and the legend.
    const name = truncate(band.name, 12, 700, bw - 12);
    if (name) {
      into.push(`<g class="band-name"><title>${escapeXml(band.name)}</title>`);
      page.w.text(bx + 6, top + 16.5, name, { size: 12, weight: 700, fill: '#2f3542' }, ' class="band-label"', into);
      into.push('</g>');
    }
  }
}

/**
 * Every pair's block from `top`: its name (when several), its band strip, its milestone rows, its bands
 * behind them. Returns the drawing, the numbered milestones' key and where the blocks end.
 */
function drawPairs(page: Page, background: Background, top: number, maxRows: number): { bands: string[]; body: string[]; key: KeyEntry[]; unlabelled: number; bottom: number } {
  const { model } = page;
  const bands: string[] = [];
  const body: string[] = [];
  const key: KeyEntry[] = [];
  let unlabelled = 0;
  let bottom = top;
  for (const pair of model.pairs) {
    const nameBaseline = bottom + 22;
    if (model.pairs.length > 1) page.put(M, nameBaseline, pair.name, { size: 17, weight: 700, fill: INK });
    const bandTop = model.pairs.length > 1 ? nameBaseline + 10 : bottom;
    const rowsTop = bandTop + STRIP_H + 12;
    const rows = drawMilestones(page, pair, rowsTop, maxRows, key);
    body.push(...rows.parts);
    unlabelled += rows.unlabelled;
    let end = rowsTop + rows.height;
    if (!pair.milestones.length) {
      page.w.text(page.x0 + 8, bandTop + STRIP_H + 28, model.t('export:image.noMilestones'), { size: 13, fill: MUTED }, '', body);
      end = Math.max(end, bandTop + STRIP_H + 40);
    }
    bottom = end + 8;
    drawBands(page, pair, background, bandTop, bottom, bands);
  }
  return { bands, body, key, unlabelled, bottom };
}

/** Grid and time axis, shared by all pairs, under the chart from `chartTop` to `bottom`; returns where the legend starts. */
function drawAxis(page: Page, chartTop: number, bottom: number, layers: { bands: string[]; body: string[] }): number {
  const { w, model, X, x0, x1 } = page;
  const tickList = ticks(model.from, model.to, x1 - x0, model.locale);
  const axisY = bottom + 4;
  const grid = tickList.map((tk) => `<line x1="${r(X(tk.at))}" x2="${r(X(tk.at))}" y1="${r(chartTop)}" y2="${r(axisY)}" stroke="${LINE}" stroke-width="1" stroke-dasharray="2 4"/>`);
  w.raw(`<g class="bands">${layers.bands.join('')}</g>`);
  w.raw(`<g class="grid">${grid.join('')}</g>`);
  w.raw(`<g class="milestones">${layers.body.join('')}</g>`);
  w.raw(`<line x1="${x0}" x2="${x1}" y1="${r(axisY)}" y2="${r(axisY)}" stroke="${MUTED}" stroke-width="1.5"/>`);
  for (const tk of tickList) {
    const x = X(tk.at);
    w.raw(`<line x1="${r(x)}" x2="${r(x)}" y1="${r(axisY)}" y2="${r(axisY + 6)}" stroke="${MUTED}"/>`);
    const tw = textWidth(tk.label, 12);
    w.text(Math.min(x1 - tw, Math.max(x0, x - tw / 2)), axisY + 22, tk.label, { size: 12, fill: MUTED });
  }
  return axisY + 44;
}

interface LegendEntry {
  mark: (x: number, cy: number) => string;
  markW: number;
  label: string;
}

/** A legend heading and its entries flowing from the reading side, wrapping at the page's edge; returns where it ends. */
function drawLegendRow(page: Page, top: number, heading: string, entries: LegendEntry[]): number {
  let y = top + 4;
  page.put(M, y, heading, { size: 13, weight: 700, fill: INK });
  y += 22;
  let x = M;
  for (const e of entries) {
    const width = e.markW + 6 + textWidth(e.label, 12) + 22;
    if (x + width > page.W - M && x > M) {
      x = M;
      y += 20;
    }
    page.w.raw(e.mark(page.at(x, e.markW), y - 4));
    page.put(x + e.markW + 6, y, e.label, { size: 12, fill: INK });
    x += width;
  }
  return y + 26;
}

/** Legend: category shapes, then each pair's partnership levels. */
function drawLegend(page: Page, top: number): number {
  const { model } = page;
  const { t } = model;
  let y = drawLegendRow(page, top, t('export:image.categories'), CATEGORIES.map((c) => ({ mark: (x, cy) => categoryShape(c, x + 6, cy, 6), markW: 12, label: t(`common:category.${c}`) })));
  for (const pair of model.pairs) {
    if (!pair.levels.length) continue;
    y = drawLegendRow(
      page,
      y,
      model.pairs.length > 1 ? t('export:image.levelsOf', { pair: pair.name }) : t('export:image.levels'),
      pair.levels.map((l) => ({
        mark: (x, cy) => `<rect x="${r(x)}" y="${r(cy - 7)}" width="22" height="14" fill="${PRINT_BAND_COLORS[bandColorIndex(l.order)]}" stroke="rgba(0,0,0,0.25)"/>`,
        markW: 22,
        label: l.name,
      })),
    );
  }
  return y;
}

const GAP = 32;
const NUM_W = 34;
const columnWidth = (W: number) => (W - 2 * M - GAP) / 2;

/** Numbered blocks in two columns, wrapped to the column, balanced by lines; returns where they end. */
function drawColumns(page: Page, top: number, heading: string, blocks: { num: string; lines: string[] }[], size: number, entryClass: string): number {
  const colW = columnWidth(page.W);
  const y = top + 6;
  page.put(M, y, heading, { size: 13, weight: 700, fill: INK });
  const first = y + 8;
  const total = blocks.reduce((n, b) => n + b.lines.length, 0);
  const lineH = size + 4;
  let col = 0;
  let colY = first;
  let used = 0;
  let bottom = first;
  for (const b of blocks) {
    if (col === 0 && used > 0 && used + b.lines.length / 2 > total / 2) {
      col = 1;
      colY = first;
    }
    const left = M + col * (colW + GAP);
    page.w.raw(`<g class="${entryClass}">`);
    b.lines.forEach((line, k) => {
      colY += lineH;
      if (k === 0 && b.num) page.put(left, colY, b.num, { size, weight: 700, fill: MUTED });
      // A note is a sentence of the image's language, even where it starts with a title in another script.
      page.put(left + NUM_W, colY, inDirection(line, page.model.rtl), { size, fill: INK });
    });
    page.w.raw('</g>');
    colY += 3;
    used += b.lines.length;
    bottom = Math.max(bottom, colY);
  }
  return bottom + 14;
}

/** Source notes, numbered as on the labels, in two columns; or one line naming the publishers; or none. */
function drawNotes(page: Page, top: number, notes: NonNullable<ChartOptions['notes']>): number {
  const { model } = page;
  const colW = columnWidth(page.W);
  if (notes === 'image' && model.notes.length) {
    const blocks = model.notes.slice(0, MAX_NOTES).map((note, i) => ({ num: `${page.number.format(i + 1)}.`, lines: wrap(note, 11, 400, colW - NUM_W) }));
    if (model.notes.length > MAX_NOTES) blocks.push({ num: '', lines: [model.t('export:image.moreSources', { count: model.notes.length - MAX_NOTES })] });
    return drawColumns(page, top, model.t('export:image.sources'), blocks, 11, 'note');
  }
  if (notes === 'line' && model.publishers.length) {
    const listSep = model.language === 'zh' ? '、' : model.language === 'ar' ? '، ' : ', ';
    let y = top;
    for (const line of wrap(model.t('export:image.sourceLine', { publishers: model.publishers.join(listSep) }), 11, 400, page.W - 2 * M)) {
      y += 15;
      page.put(M, y, inDirection(line, model.rtl), { size: 11, fill: INK });
    }
    return y + 6;
  }
  return top;
}

/** The one line saying how many milestones past the key's length are marked without a label. */
function notLabelledLine(page: Page, top: number, count: number): number {
  const y = top + 15;
  page.put(M, y, inDirection(page.model.t('export:image.notLabelled', { count }), page.model.rtl), { size: 12, fill: MUTED });
  return y + 10;
}

/** A key entry as printed: the pair's name first when several pairs are drawn. */
const keyLine = (model: ChartModel, k: KeyEntry) => (model.pairs.length > 1 ? `${k.pair}: ` : '') + k.label + k.refs;

export function chartSvg(model: ChartModel, background: Background, opts: ChartOptions = {}): ChartSvg {
  const { notes = 'image', key: drawKey = true } = opts;
  const page = pageFor(model, opts.width ?? LAYOUT_WIDTH);
  const { w, W } = page;

  const chartTop = drawHeader(page, M);
  const pairs = drawPairs(page, background, chartTop, opts.maxRows ?? (model.pairs.length > 1 ? 12 : 30));
  const legendTop = drawAxis(page, chartTop, pairs.bottom, pairs);
  const keyTop = drawLegend(page, legendTop);
  const colW = columnWidth(W);
  const notesTop =
    drawKey && pairs.key.length
      ? drawColumns(page, keyTop, model.t('export:image.key'), pairs.key.map((k, i) => ({ num: `${page.number.format(i + 1)}.`, lines: wrap(keyLine(model, k), 12, 400, colW - NUM_W) })), 12, 'key-entry')
      : keyTop;
  const unlabelledTop = pairs.unlabelled ? notLabelledLine(page, notesTop, pairs.unlabelled) : notesTop;
  const footer = drawNotes(page, unlabelledTop, notes) + 16;
  page.put(M, footer, model.generated, { size: 11, fill: MUTED });
  const H = Math.ceil(footer + M / 2);

  const fontCss = embeddedFontCss(w.texts);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${model.language}" direction="ltr">` +
    `<title>${escapeXml(model.title)}</title>` +
    `<style>${fontCss}\ntext{font-family:${FONT_STACK}}</style>` +
    (background === 'white' ? `<rect width="100%" height="100%" fill="#fff"/>` : '') +
    w.parts.join('') +
    `</svg>`;
  const count = model.pairs.reduce((n, p) => n + p.milestones.length, 0);
  return { svg, width: W, height: H, milestones: count, labelled: count - pairs.unlabelled, fontCss, texts: w.texts, key: pairs.key.map((k) => keyLine(model, k)) };
}
