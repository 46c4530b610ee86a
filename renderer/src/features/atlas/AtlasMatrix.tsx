/**
 * The matrix: countries × years on one canvas (fast at every size), with one focusable cell that the arrow keys
 * move (roving focus: the focused cell is a real button carrying the country, year and level as its name), a
 * tooltip on hover, and Enter or click opening the pair's timeline.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../../../shared/atlas/types';
import { groupRows, type AtlasGrid, type RowSort } from '../../../../shared/atlas/grid';
import { cellAt, drawMatrix, matrixLayout } from './matrix-draw';
import { levelText, openCell, langOf } from './labels';

const FONT = "'Noto Sans', 'IBM Plex Sans Arabic', 'Noto Sans SC', 'Noto Sans SC Full', system-ui, sans-serif";

export function AtlasMatrix({ model, grid, year, sort, onYear }: { model: AtlasModel; grid: AtlasGrid; year: number; sort: RowSort; onYear(year: number): void }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const rtl = lang === 'ar';
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const cursorRef = useRef<HTMLButtonElement>(null);
  const [available, setAvailable] = useState(0);
  const [scale, setScale] = useState(1);
  const [active, setActive] = useState<{ row: number; year: number }>({ row: 0, year });
  const [hover, setHover] = useState<{ row: number; year: number; x: number; y: number } | null>(null);
  const focusAfterMove = useRef(false);

  const groups = useMemo(() => groupRows(model, grid, sort, lang), [model, grid, sort, lang]);
  const layout = useMemo(() => matrixLayout(groups, grid, available, scale, rtl, lang), [groups, grid, available, scale, rtl, lang]);

  useLayoutEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const measure = () => {
      setAvailable(el.clientWidth - 2);
      setScale(parseFloat(getComputedStyle(document.documentElement).fontSize) / 16);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || available <= 0) return;
    const t0 = performance.now();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(layout.width * dpr);
    const h = Math.round(layout.height * dpr);
    // Resizing reallocates the bitmap: only when the size changed.
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawMatrix(ctx, layout, model, grid, lang, rtl, FONT);
    // Read by the bench and the e2e spec: the time of the last full draw.
    canvas.dataset.drawMs = (performance.now() - t0).toFixed(2);
  }, [layout, model, grid, lang, rtl]);

  useEffect(() => {
    if (focusAfterMove.current) {
      focusAfterMove.current = false;
      cursorRef.current?.focus();
      cursorRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, [active]);

  const label = (row: number, yr: number) => {
    const country = model.countries[layout.rows[row]];
    return country ? t('cell', { country: country.name[lang], year: yr, level: levelText(country, yr, lang, t) }) : '';
  };

  const move = (row: number, yr: number) => {
    focusAfterMove.current = true;
    const next = { row: Math.max(0, Math.min(layout.rows.length - 1, row)), year: Math.max(model.firstYear, Math.min(model.lastYear, yr)) };
    setActive(next);
    onYear(next.year);
  };

  const onKey = (e: KeyboardEvent) => {
    const { row, year: yr } = active;
    const keys: Record<string, () => void> = {
      ArrowUp: () => move(row - 1, yr),
      ArrowDown: () => move(row + 1, yr),
      // Years run left to right in every language, so the arrows follow the picture.
      ArrowLeft: () => move(row, yr - 1),
      ArrowRight: () => move(row, yr + 1),
      PageUp: () => move(row - 10, yr),
      PageDown: () => move(row + 10, yr),
      Home: () => (e.ctrlKey ? move(0, yr) : move(row, model.firstYear)),
      End: () => (e.ctrlKey ? move(layout.rows.length - 1, yr) : move(row, model.lastYear)),
      Enter: () => void openCell(model.countries[layout.rows[row]], yr),
      ' ': () => void openCell(model.countries[layout.rows[row]], yr),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  // The marked year follows the slider too.
  useEffect(() => setActive((a) => (a.year === year ? a : { ...a, year })), [year]);

  const point = (e: React.MouseEvent) => {
    const rect = canvasRef.current!.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const cellX = (yr: number) => layout.gridX0 + (yr - model.firstYear) * layout.cellW;
  const row = Math.min(active.row, layout.rows.length - 1);

  return (
    <div className="atlas-matrix" ref={wrapRef} data-testid="atlas-matrix">
      <p className="atlas-hint muted">{t('cellHint')}</p>
      {/* Cell coordinates are measured from the left in every language (years run left to right). */}
      <div className="atlas-matrix-scroll" dir="ltr">
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={t('matrixLabel', { count: model.countries.length, from: model.firstYear, to: model.lastYear })}
          style={{ width: layout.width, height: layout.height, display: 'block' }}
          onMouseMove={(e) => {
            const p = point(e);
            const c = cellAt(layout, model.firstYear, grid.years, p.x, p.y);
            setHover(c ? { ...c, ...p } : null);
          }}
          onMouseLeave={() => setHover(null)}
          onClick={(e) => {
            const p = point(e);
            const c = cellAt(layout, model.firstYear, grid.years, p.x, p.y);
            if (c) void openCell(model.countries[layout.rows[c.row]], c.year);
          }}
        />
        <div className="atlas-year-mark" aria-hidden="true" style={{ left: cellX(year), top: layout.axisH, width: layout.cellW, height: layout.height - layout.axisH - 2 }} />
        {row >= 0 && layout.rows.length > 0 && (
          <button
            key={`${row}:${active.year}`}
            ref={cursorRef}
            type="button"
            className="atlas-cursor"
            data-testid="atlas-cell"
            data-pair={model.countries[layout.rows[row]].pairId}
            data-year={active.year}
            aria-label={label(row, active.year)}
            aria-describedby="atlas-cell-hint"
            style={{ left: cellX(active.year) - 1, top: layout.rowY[row] - 1, width: Math.max(layout.cellW, 4) + 2, height: layout.rowH + 2 }}
            onKeyDown={onKey}
            onClick={() => void openCell(model.countries[layout.rows[row]], active.year)}
          />
        )}
        {hover && (
          <div className="atlas-tooltip" role="presentation" dir="auto" style={{ left: Math.min(hover.x + 12, layout.width - 260), top: hover.y + 14 }} data-testid="atlas-tooltip">
            {label(hover.row, hover.year)}
          </div>
        )}
      </div>
      <span id="atlas-cell-hint" hidden>
        {t('cellHint')}
      </span>
    </div>
  );
}
