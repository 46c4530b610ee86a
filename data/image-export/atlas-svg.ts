/**
 * The atlas as one SVG for export: the world map at a year, or the matrix of countries × years, with the title,
 * the legend (tier names from the model, in the image's language), the year, and the sources note (the tier
 * ordering's source and the dataset version). Drawn from the same grid, palette and map shapes as the app's
 * view; the same SVG becomes the PNG and the PDF. In Arabic the text flows from the right; years run left to
 * right in every language, as in the app.
 */
import type { AtlasModel, Localized } from '../../shared/atlas/types';
import { buildGrid, groupRows } from '../../shared/atlas/grid';
import { CHINA_COLOR, INTERRUPTED, NO_SEPARATE_HATCH, cellColor } from '../../shared/atlas/palette';
import { DOT_RADIUS, MAP_HEIGHT, MAP_WIDTH, mapShapes } from '../../shared/atlas/geo';
import { legendEntries, shapeFill, shapeRoles } from '../../shared/atlas/map-style';
import { LAYOUT_WIDTH, type Background } from '../../shared/image-export';
import { formatPartial, localeOf } from '../../shared/locale-format';
import type { Language } from '../../shared/domain';
import { embeddedFontCss, FONT_STACK } from './fonts';
import { translator } from './messages';
import { SvgWriter, escapeXml, inDirection, r, textWidth, truncate, wrap, type TextStyle } from './svg-text';
import type { ChartSvg } from './chart-svg';

export const ATLAS_VIEWS = ['map', 'matrix'] as const;
export type AtlasView = (typeof ATLAS_VIEWS)[number];

export interface AtlasSvgOptions {
  view: AtlasView;
  year: number;
  language: Language;
  digits?: 'latn' | 'arab';
  background: Background;
  title?: string | null;
  now?: Date;
}

const INK = '#1d2330';
const MUTED = '#5b6270';
const M = 48;

export interface AtlasSvg extends ChartSvg {
  title: string;
  countries: number;
}

export function atlasSvg(model: AtlasModel, o: AtlasSvgOptions): AtlasSvg {
  const W = LAYOUT_WIDTH;
  const lang = o.language as keyof Localized;
  const rtl = lang === 'ar';
  const locale = localeOf(lang, o.digits ?? 'latn');
  const t = translator(o.language, locale);
  const num = new Intl.NumberFormat(locale, { useGrouping: false });
  const grid = buildGrid(model);
  const year = Math.min(model.lastYear, Math.max(model.firstYear, o.year));
  const col = year - model.firstYear;
  const w = new SvgWriter();
  const at = (left: number, width: number) => (rtl ? W - left - width : left);
  const put = (left: number, baseline: number, text: string, style: TextStyle) => w.text(at(left, textWidth(text, style.size, style.weight)), baseline, text, style);

  const title =
    o.title ??
    (o.view === 'map' ? t('export:atlas.titleMap', { year: num.format(year) }) : t('export:atlas.titleMatrix', { from: num.format(model.firstYear), to: num.format(model.lastYear) }));
  let y = M;
  for (const line of wrap(title, 30, 700, W - 2 * M).slice(0, 3)) {
    y += 36;
    put(M, y, line, { size: 30, weight: 700, fill: INK });
  }
  y += 26;
  put(M, y, t('export:atlas.subtitle', { count: model.countries.length }), { size: 15, fill: MUTED });
  y += 24;

  if (o.view === 'map') {
    const s = (W - 2 * M) / MAP_WIDTH;
    const shapes = mapShapes();
    const parts: string[] = [];
    const dots: string[] = [];
    shapeRoles(model, shapes).forEach((role, k) => {
      const shape = shapes[k];
      const fill = role.kind === 'separate' ? 'url(#no-separate)' : shapeFill(role, grid, col);
      const name = role.kind === 'pair' ? model.countries[role.country].name[lang] : role.kind === 'separate' ? `${shape.label}: ${t('atlas:status.noSeparate')}` : shape.label;
      parts.push(`<path d="${shape.d}" fill="${fill}"><title>${escapeXml(name)}</title></path>`);
      // A country too small to see: a dot at its centroid, over the borders.
      if (role.kind === 'pair' && shape.dot) dots.push(`<circle cx="${r(shape.dot[0])}" cy="${r(shape.dot[1])}" r="${DOT_RADIUS}" fill="${fill}"><title>${escapeXml(name)}</title></circle>`);
    });
    const hatch =
      `<defs><pattern id="no-separate" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="4" height="4" fill="${shapeFill({ kind: 'separate' }, grid, col)}"/><rect width="1" height="4" fill="${NO_SEPARATE_HATCH}"/></pattern></defs>`;
    w.raw(`<rect x="${M}" y="${r(y)}" width="${r(W - 2 * M)}" height="${r(MAP_HEIGHT * s)}" fill="#f4f8fb"/>`);
    w.raw(
      `${hatch}<g class="map" transform="translate(${M} ${r(y)}) scale(${Math.round(s * 1000) / 1000})" stroke="#ffffff" stroke-width="0.4">${parts.join('')}` +
        `<g class="dots" stroke="${INK}" stroke-width="0.35">${dots.join('')}</g></g>`,
    );
    // The year, large, in the map's lower corner on the reading side.
    const yearText = num.format(year);
    const yw = textWidth(yearText, 56, 700);
    w.text(rtl ? W - M - 16 - yw : M + 16, y + MAP_HEIGHT * s - 24, yearText, { size: 56, weight: 700, fill: 'rgba(29,35,48,0.55)' }, ' class="year"');
    y += MAP_HEIGHT * s + 28;
  } else {
    const groups = groupRows(model, grid, 'established', lang);
    const labelW = 210;
    const rowH = 11;
    const groupH = 20;
    const gridX0 = rtl ? M : M + labelW;
    const cellW = (W - 2 * M - labelW) / grid.years;
    const X = (c: number) => gridX0 + c * cellW;
    const top = y;
    const cells: string[] = [];
    // Axis: decades.
    for (let c = 0; c < grid.years; c++) {
      const yr = model.firstYear + c;
      if (yr % 10) continue;
      const label = num.format(yr);
      w.text(X(c) + cellW / 2 - textWidth(label, 11) / 2, y + 12, label, { size: 11, fill: MUTED });
    }
    y += 20;
    const rowsTop = y;
    for (const g of groups) {
      // The heading's band goes in before its text (the cells are written after all the names).
      w.raw(`<rect x="${M}" y="${r(y + 2)}" width="${W - 2 * M}" height="${groupH - 4}" fill="#eef1f5"/>`);
      put(M + 6, y + 14, g.region.name[lang], { size: 12, weight: 700, fill: INK });
      y += groupH;
      for (const i of g.rows) {
        const name = truncate(model.countries[i].name[lang], 9.5, 400, labelW - 12);
        put(M + 4, y + 8.8, name, { size: 9.5, fill: INK });
        const base = i * grid.years;
        let start = 0;
        for (let c = 1; c <= grid.years; c++) {
          if (c < grid.years && grid.cells[base + c] === grid.cells[base + start]) continue;
          const v = grid.cells[base + start];
          if (v !== INTERRUPTED) cells.push(`<rect x="${r(X(start))}" y="${r(y + 1)}" width="${r((c - start) * cellW)}" height="${rowH - 2}" fill="${cellColor(v)}"/>`);
          start = c;
        }
        y += rowH;
      }
    }
    // Decade lines behind, the marked year in front.
    const lines = [];
    for (let c = 0; c < grid.years; c++) if ((model.firstYear + c) % 10 === 0) lines.push(`<rect x="${r(X(c))}" y="${r(rowsTop)}" width="0.8" height="${r(y - rowsTop)}" fill="#9aa1ab"/>`);
    w.raw(`<g class="matrix">${cells.join('')}</g><g class="decades">${lines.join('')}</g>`);
    if (o.year !== model.lastYear) w.raw(`<rect x="${r(X(col) + 0.75)}" y="${r(rowsTop)}" width="${r(cellW - 1.5)}" height="${r(y - rowsTop)}" fill="none" stroke="${CHINA_COLOR}" stroke-width="1.5"/>`);
    y = Math.max(y, top) + 20;
  }

  // Legend.
  const entries = legendEntries(model, o.view === 'map').map((e) => ({ ...e, label: 'key' in e.label ? t(`atlas:${e.label.key}`) : e.label.name[lang] }));
  y += 4;
  put(M, y, t('export:atlas.legend'), { size: 13, weight: 700, fill: INK });
  y += 24;
  let x = M;
  for (const e of entries) {
    const width = 22 + 6 + textWidth(e.label, 12) + 22;
    if (x + width > W - M && x > M) {
      x = M;
      y += 22;
    }
    w.raw(`<rect class="swatch" x="${r(at(x, 22))}" y="${r(y - 11)}" width="22" height="14" fill="${e.hatch ? 'url(#no-separate)' : e.color}" stroke="${e.outline ? '#5b6270' : 'rgba(0,0,0,0.2)'}"/>`);
    put(x + 28, y, e.label, { size: 12, fill: INK });
    x += width;
  }
  y += 30;

  // Sources note.
  put(M, y, t('export:atlas.sources'), { size: 13, weight: 700, fill: INK });
  const s = model.tierSource;
  const notes = [t('export:atlas.tierSource', { publisher: s.publisher, title: s.title, date: s.date, url: s.url }), t('export:atlas.dataNote', { version: model.datasetVersion })];
  if (o.view === 'map') {
    const onMap = new Set(mapShapes().map((m) => m.iso2));
    const missing = model.countries.filter((c) => !onMap.has(c.iso2)).map((c) => c.name[lang]);
    notes.push(`${t('atlas:status.noSeparate')}: ${t('atlas:noSeparateNote')}`);
    if (missing.length) notes.push(t('export:atlas.notOnMap', { countries: missing.join(lang === 'zh' ? '、' : lang === 'ar' ? '، ' : ', ') }));
  }
  y += 4;
  for (const note of notes) {
    for (const line of wrap(note, 11, 400, W - 2 * M)) {
      y += 16;
      put(M, y, inDirection(line, rtl), { size: 11, fill: INK });
    }
    y += 4;
  }
  y += 14;
  const now = o.now ?? new Date();
  put(M, y, t('export:atlas.generated', { date: formatPartial(now.toISOString().slice(0, 10), locale), app: t('common:app.title') }), { size: 11, fill: MUTED });
  const H = Math.ceil(y + M / 2);

  const fontCss = embeddedFontCss(w.texts);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${o.language}" direction="ltr">` +
    `<title>${escapeXml(title)}</title>` +
    `<style>${fontCss}\ntext{font-family:${FONT_STACK}}</style>` +
    (o.background === 'white' ? `<rect width="100%" height="100%" fill="#fff"/>` : '') +
    w.parts.join('') +
    `</svg>`;
  return { svg, width: W, height: H, milestones: model.countries.length, labelled: model.countries.length, fontCss, texts: w.texts, key: [], title, countries: model.countries.length };
}
