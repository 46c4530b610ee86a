/**
 * The matrix drawn on a canvas: one row per country (region headings between groups), one column per year,
 * each run of equal cells one rectangle, so all countries × all years take a few thousand fills.
 * Years run left to right in every language; names sit on the reading side.
 */
import type { AtlasModel, Localized } from '../../../../shared/atlas/types';
import type { AtlasGrid, RowGroup } from '../../../../shared/atlas/grid';
import { cellColor, INTERRUPTED } from '../../../../shared/atlas/palette';

export interface MatrixLayout {
  width: number;
  height: number;
  labelW: number;
  rowH: number;
  groupH: number;
  axisH: number;
  cellW: number;
  gridX0: number;
  /** Display rows: country indexes, and the y of each. */
  rows: number[];
  rowY: number[];
  groups: { y: number; name: string }[];
}

export function matrixLayout(groups: RowGroup[], grid: AtlasGrid, available: number, scale: number, rtl: boolean, lang: keyof Localized): MatrixLayout {
  const labelW = Math.round(150 * scale);
  const rowH = Math.round(14 * scale);
  const groupH = Math.round(22 * scale);
  const axisH = Math.round(20 * scale);
  const cellW = Math.max(3, (available - labelW) / grid.years);
  const width = Math.ceil(labelW + cellW * grid.years);
  const rows: number[] = [];
  const rowY: number[] = [];
  const heads: { y: number; name: string }[] = [];
  let y = axisH;
  for (const g of groups) {
    heads.push({ y, name: g.region.name[lang] });
    y += groupH;
    for (const i of g.rows) {
      rows.push(i);
      rowY.push(y);
      y += rowH;
    }
  }
  return { width, height: y + 4, labelW, rowH, groupH, axisH, cellW, gridX0: rtl ? 0 : labelW, rows, rowY, groups: heads };
}

/** The marked year is not drawn here (an overlay in the view), so the slider never redraws the canvas. */
export function drawMatrix(ctx: CanvasRenderingContext2D, L: MatrixLayout, model: AtlasModel, grid: AtlasGrid, lang: keyof Localized, rtl: boolean, fontFamily: string): void {
  ctx.clearRect(0, 0, L.width, L.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, L.width, L.height);
  const X = (y: number) => L.gridX0 + y * L.cellW;
  // Decade ticks on the axis.
  ctx.fillStyle = '#5b6270';
  ctx.font = `${Math.round(L.rowH * 0.8)}px ${fontFamily}`;
  ctx.textBaseline = 'middle';
  ctx.direction = 'ltr';
  ctx.textAlign = 'center';
  for (let y = 0; y < grid.years; y++) {
    const yr = grid.firstYear + y;
    if (yr % 10 === 0) {
      ctx.fillText(String(yr), X(y) + L.cellW / 2, L.axisH / 2);
      ctx.fillRect(Math.round(X(y)), L.axisH - 4, 1, L.height - L.axisH);
    }
  }
  // Region headings.
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.font = `700 ${Math.round(L.rowH * 0.9)}px ${fontFamily}`;
  for (const g of L.groups) {
    ctx.fillStyle = '#eef1f5';
    ctx.fillRect(0, g.y + 2, L.width, L.groupH - 3);
    ctx.fillStyle = '#1d2330';
    ctx.fillText(g.name, rtl ? L.width - 6 : 6, g.y + L.groupH / 2 + 1);
  }
  // Rows: the name, then each run of equal cells as one rectangle.
  ctx.font = `${Math.round(L.rowH * 0.78)}px ${fontFamily}`;
  const h = Math.max(1, L.rowH - 2);
  for (let r = 0; r < L.rows.length; r++) {
    const i = L.rows[r];
    const top = L.rowY[r];
    ctx.fillStyle = '#1d2330';
    const name = model.countries[i].name[lang];
    // maxWidth only where needed: it makes the browser measure and scale every name.
    if (ctx.measureText(name).width > L.labelW - 10) ctx.fillText(name, rtl ? L.width - 6 : 6, top + L.rowH / 2, L.labelW - 10);
    else ctx.fillText(name, rtl ? L.width - 6 : 6, top + L.rowH / 2);
    const base = i * grid.years;
    let start = 0;
    for (let y = 1; y <= grid.years; y++) {
      if (y < grid.years && grid.cells[base + y] === grid.cells[base + start]) continue;
      const v = grid.cells[base + start];
      if (v !== 0 && v !== INTERRUPTED) {
        ctx.fillStyle = cellColor(v);
        ctx.fillRect(X(start), top + 1, (y - start) * L.cellW, h);
      } else if (v === 0) {
        ctx.fillStyle = cellColor(0);
        ctx.fillRect(X(start), top + 1, (y - start) * L.cellW, h);
      }
      // INTERRUPTED: left blank, a gap in the row.
      start = y;
    }
  }
}

/** The display row and year under a point of the canvas, or null. */
export function cellAt(L: MatrixLayout, firstYear: number, years: number, x: number, y: number): { row: number; year: number } | null {
  const col = Math.floor((x - L.gridX0) / L.cellW);
  if (col < 0 || col >= years) return null;
  // Rows are sorted by y: binary search.
  let lo = 0;
  let hi = L.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (y < L.rowY[mid]) hi = mid - 1;
    else if (y >= L.rowY[mid] + L.rowH) lo = mid + 1;
    else return { row: mid, year: firstYear + col };
  }
  return null;
}
