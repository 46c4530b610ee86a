/**
 * The world map at a year: the shapes are computed and put in the DOM once (shared/atlas/geo.ts); a new year
 * only sets each shape's fill, so the slider and the play button redraw within a frame. Hover names the
 * country, year and level; a click opens the pair. Keyboard users reach each country through the matrix; the
 * map's text alternative below lists the countries at each level that year.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../../../shared/atlas/types';
import type { AtlasGrid } from '../../../../shared/atlas/grid';
import { MAP_HEIGHT, MAP_WIDTH, mapShapes } from '../../../../shared/atlas/geo';
import { CHINA_COLOR, INTERRUPTED, NO_DATA_COLOR, cellColor } from '../../../../shared/atlas/palette';
import { levelText, openCell, langOf } from './labels';

/** The shapes, drawn once per model (never re-rendered by a year change). */
const Shapes = memo(function Shapes({ index }: { index: (number | null)[] }) {
  return (
    <g className="atlas-shapes" stroke="#ffffff" strokeWidth="0.4">
      {mapShapes().map((s, k) => (
        <path key={k} d={s.d} data-k={k} data-iso={s.iso2 ?? ''} data-pair={index[k] !== null ? '1' : undefined} fill={s.iso2 === 'CN' ? CHINA_COLOR : NO_DATA_COLOR} />
      ))}
    </g>
  );
});

export function AtlasMap({ model, grid, year }: { model: AtlasModel; grid: AtlasGrid; year: number }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ k: number; x: number; y: number } | null>(null);
  const shapes = mapShapes();
  /** For each shape, the index of its country in the model (null: China, or no pair). */
  const index = useMemo(() => {
    const byIso = new Map(model.countries.map((c, i) => [c.iso2, i]));
    return shapes.map((s) => (s.iso2 && byIso.has(s.iso2) ? byIso.get(s.iso2)! : null));
  }, [model, shapes]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const t0 = performance.now();
    const col = year - grid.firstYear;
    const paths = svg.querySelectorAll<SVGPathElement>('.atlas-shapes path');
    paths.forEach((p, k) => {
      const i = index[k];
      if (i === null) return;
      const v = grid.cells[i * grid.years + col];
      const fill = cellColor(v);
      if (p.getAttribute('fill') !== fill) p.setAttribute('fill', fill);
      p.dataset.value = String(v === INTERRUPTED ? 'gap' : v);
    });
    svg.dataset.redrawMs = (performance.now() - t0).toFixed(2);
    svg.dataset.year = String(year);
  }, [year, grid, index]);

  const counts = useMemo(() => {
    const col = year - grid.firstYear;
    const by = new Map<number, string[]>();
    model.countries.forEach((c, i) => {
      const raw = grid.cells[i * grid.years + col];
      const v = raw === INTERRUPTED ? -1 : raw;
      by.set(v, [...(by.get(v) ?? []), c.name[lang]]);
    });
    return [...by.entries()].sort((a, b) => b[0] - a[0]);
  }, [model, grid, year, lang]);

  const onMap = useMemo(() => new Set(shapes.map((s) => s.iso2)), [shapes]);
  const missing = model.countries.filter((c) => !onMap.has(c.iso2)).map((c) => c.name[lang]);
  const valueName = (v: number) =>
    v === -1 ? t('status.interrupted') : v === 0 ? t('status.none') : v === 1 ? t('status.relations') : (model.tiers.find((x) => x.tier === v - 1)?.name[lang] ?? String(v));

  const target = (e: React.MouseEvent) => {
    const el = e.target as Element;
    const k = el instanceof SVGPathElement ? Number(el.dataset.k) : NaN;
    return Number.isInteger(k) && index[k] !== null ? k : null;
  };
  const hovered = hover ? model.countries[index[hover.k]!] : null;

  return (
    <div className="atlas-map" data-testid="atlas-map">
      <div className="atlas-map-frame">
        <svg
          ref={svgRef}
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          role="img"
          aria-labelledby="atlas-map-title"
          aria-describedby="atlas-map-note"
          onMouseMove={(e) => {
            const k = target(e);
            const box = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
            setHover(k === null ? null : { k, x: e.clientX - box.left, y: e.clientY - box.top });
          }}
          onMouseLeave={() => setHover(null)}
          onClick={(e) => {
            const k = target(e);
            if (k !== null) void openCell(model.countries[index[k]!], year);
          }}
        >
          <title id="atlas-map-title">{t('mapLabel', { year })}</title>
          <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#f4f8fb" />
          <Shapes index={index} />
        </svg>
        {hovered && hover && (
          <div className="atlas-tooltip" role="presentation" data-testid="atlas-tooltip" style={{ left: hover.x + 12, top: hover.y + 14 }}>
            {t('cell', { country: hovered.name[lang], year, level: levelText(hovered, year, lang, t) })}
          </div>
        )}
      </div>
      <p id="atlas-map-note" className="muted atlas-hint">
        {t('mapNote')}
      </p>
      <details className="atlas-map-text" data-testid="atlas-map-text">
        <summary>{t('mapText', { year })}</summary>
        <ul>
          {counts.map(([v, names]) => (
            <li key={v}>
              <strong>{t('mapTextEntry', { level: valueName(v), count: names.length })}</strong> {names.join(lang === 'zh' ? '、' : lang === 'ar' ? '، ' : ', ')}
            </li>
          ))}
        </ul>
        {missing.length > 0 && <p className="muted">{t('notOnMap', { countries: missing.join(', ') })}</p>}
      </details>
    </div>
  );
}
