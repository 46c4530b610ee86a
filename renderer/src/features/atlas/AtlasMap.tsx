/**
 * The world map at a year, on canvas tiles: the shapes are projected once (shared/atlas/geo.ts) and a new year
 * repaints only the countries whose colour changed (map-paint.ts), so the slider and the play button redraw
 * within a frame. Countries too small to see are dots. Hover names the country, year and level; a click opens
 * the pair. Keyboard users reach each country through the matrix; the map's text alternative below lists the
 * countries at each level that year.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../../../shared/atlas/types';
import type { AtlasGrid } from '../../../../shared/atlas/grid';
import { MAP_HEIGHT, MAP_WIDTH, mapShapes } from '../../../../shared/atlas/geo';
import { INTERRUPTED } from '../../../../shared/atlas/palette';
import { shapeFill, shapeRoles } from '../../../../shared/atlas/map-style';
import { levelText, openCell, langOf } from './labels';
import { createMapPainter, type MapPainter } from './map-paint';

/** Room the bar, legend and notes take below the map (the map never pushes them off screen). */
const CHROME_REM = 15;

export function AtlasMap({ model, grid, year }: { model: AtlasModel; grid: AtlasGrid; year: number }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const frameRef = useRef<HTMLDivElement>(null);
  const tilesRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const painter = useRef<MapPainter | null>(null);
  const [hover, setHover] = useState<{ k: number; x: number; y: number } | null>(null);
  // The text alternative's lists are built only while it is open (closed, nobody can read them).
  const [textOpen, setTextOpen] = useState(false);
  const shapes = mapShapes();
  const roles = useMemo(() => shapeRoles(model, shapes), [model, shapes]);
  const fillsAt = (y: number) => roles.map((r) => shapeFill(r, grid, y - grid.firstYear));
  const yearRef = useRef(year);
  yearRef.current = year;

  // The painter, and its size following the frame's width (and the window's height).
  useLayoutEffect(() => {
    const p = createMapPainter(tilesRef.current!, overlayRef.current!, shapes, roles.map((r) => r.kind === 'separate'));
    painter.current = p;
    const frame = frameRef.current!;
    const fit = () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const width = Math.min(frame.clientWidth, Math.max(120, window.innerHeight - CHROME_REM * rem) * (MAP_WIDTH / MAP_HEIGHT));
      p.resize(Math.floor(width), Math.floor((width * MAP_HEIGHT) / MAP_WIDTH), window.devicePixelRatio || 1);
      p.paint(fillsAt(yearRef.current));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(frame);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      p.dispose();
      painter.current = null;
    };
    // fillsAt reads the grid and roles named here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shapes, roles, grid]);

  // A new year: only the fills that changed, before the browser paints.
  useLayoutEffect(() => {
    const host = tilesRef.current;
    if (!host || !painter.current) return;
    const t0 = performance.now();
    const repainted = painter.current.paint(fillsAt(year));
    host.dataset.redrawMs = (performance.now() - t0).toFixed(2);
    host.dataset.repainted = String(repainted);
    host.dataset.year = String(year);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year, roles, grid]);

  useEffect(() => painter.current?.outline(hover?.k ?? null), [hover?.k]);

  const counts = useMemo(() => {
    if (!textOpen) return [];
    const col = year - grid.firstYear;
    const by = new Map<number, string[]>();
    model.countries.forEach((c, i) => {
      const raw = grid.cells[i * grid.years + col];
      const v = raw === INTERRUPTED ? -1 : raw;
      const names = by.get(v);
      if (names) names.push(c.name[lang]);
      else by.set(v, [c.name[lang]]);
    });
    return [...by.entries()].sort((a, b) => b[0] - a[0]);
  }, [model, grid, year, lang, textOpen]);

  const onMap = useMemo(() => new Set(shapes.map((s) => s.iso2)), [shapes]);
  const missing = model.countries.filter((c) => !onMap.has(c.iso2)).map((c) => c.name[lang]);
  const dotted = useMemo(() => roles.flatMap((r, k) => (r.kind === 'pair' && shapes[k].dot ? [model.countries[r.country].name[lang]] : [])), [roles, shapes, model, lang]);
  const separate = roles.some((r) => r.kind === 'separate');
  const list = (names: string[]) => names.join(lang === 'zh' ? '、' : lang === 'ar' ? '، ' : ', ');
  const valueName = (v: number) =>
    v === -1 ? t('status.interrupted') : v === 0 ? t('status.none') : v === 1 ? t('status.relations') : (model.tiers.find((x) => x.tier === v - 1)?.name[lang] ?? String(v));

  /** The shape under the pointer that means something (a pair, or land of no separate relations). */
  const target = (e: React.MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * MAP_WIDTH;
    const y = ((e.clientY - box.top) / box.height) * MAP_HEIGHT;
    const k = painter.current?.hit(x, y, (k) => roles[k].kind === 'pair' || roles[k].kind === 'separate') ?? null;
    return { k, x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const role = hover ? roles[hover.k] : null;
  const hovered = role?.kind === 'pair' ? model.countries[role.country] : null;

  return (
    <div className="atlas-map" data-testid="atlas-map">
      <div className="atlas-map-frame" ref={frameRef}>
        <div className="atlas-map-stage">
          {/* The painter fills this with the map's canvas tiles. */}
          <div
            ref={tilesRef}
            className="atlas-map-tiles"
            role="img"
            aria-labelledby="atlas-map-title"
            aria-describedby="atlas-map-note"
            data-testid="atlas-map-image"
            data-pointer={hovered ? 'pair' : undefined}
            onMouseMove={(e) => {
              const { k, x, y } = target(e);
              setHover(k === null ? null : { k, x, y });
            }}
            onMouseLeave={() => setHover(null)}
            onClick={(e) => {
              const k = target(e).k;
              const r = k === null ? null : roles[k];
              if (r?.kind === 'pair') void openCell(model.countries[r.country], year);
            }}
          />
          <canvas ref={overlayRef} className="atlas-map-overlay" aria-hidden="true" />
          <span id="atlas-map-title" hidden>
            {t('mapLabel', { year })}
          </span>
          {hover && role && (
            <div className="atlas-tooltip" role="presentation" data-testid="atlas-tooltip" style={{ left: hover.x + 12, top: hover.y + 14 }}>
              {hovered ? t('cell', { country: hovered.name[lang], year, level: levelText(hovered, year, lang, t) }) : t('noSeparateHover')}
            </div>
          )}
        </div>
      </div>
      <p id="atlas-map-note" className="muted atlas-hint">
        {t('mapNote')}
        {lang === 'zh' ? '' : ' '}
        {t('dotsNote')}
      </p>
      <details className="atlas-map-text" data-testid="atlas-map-text" onToggle={(e) => setTextOpen(e.currentTarget.open)}>
        <summary>{t('mapText', { year })}</summary>
        <ul>
          {counts.map(([v, names]) => (
            <li key={v}>
              <strong>{t('mapTextEntry', { level: valueName(v), count: names.length })}</strong> {list(names)}
            </li>
          ))}
        </ul>
        {separate && (
          <p data-testid="atlas-map-separate">
            <strong>{t('status.noSeparate')}:</strong> {t('noSeparateNote')}
          </p>
        )}
        {dotted.length > 0 && <p className="muted">{t('dotted', { countries: list(dotted) })}</p>}
        {missing.length > 0 && <p className="muted">{t('notOnMap', { countries: list(missing) })}</p>}
      </details>
    </div>
  );
}
