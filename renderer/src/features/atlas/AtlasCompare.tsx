/**
 * Comparisons: every country's steps in one table (established, first partnership, each upgrade with the years
 * since the step before, current level), sortable by its column headers and filterable; and a chart of how many
 * countries stood at each tier in each year.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../../../shared/atlas/types';
import { comparisonRows, tierCounts, type AtlasGrid, type ComparisonRow } from '../../../../shared/atlas/grid';
import { cellColor, INTERRUPTED } from '../../../../shared/atlas/palette';
import { formatDate } from '../../i18n/format';
import { openCell, langOf, type Lang } from './labels';

const COLUMNS = ['country', 'established', 'first', 'yearsToFirst', 'upgrades', 'current'] as const;
type Column = (typeof COLUMNS)[number];

function sortKey(row: ComparisonRow, col: Column, lang: Lang): string | number {
  switch (col) {
    case 'country':
      return row.country.name[lang];
    case 'established':
      return row.established ?? '9999';
    case 'first':
      return row.firstPartnership?.date ?? '9999';
    case 'yearsToFirst':
      return row.yearsToFirst ?? Infinity;
    case 'upgrades':
      return -row.upgrades.length;
    case 'current':
      return -(row.currentValue === INTERRUPTED ? -1 : row.currentValue);
  }
}

export function AtlasTable({ model }: { model: AtlasModel }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const rows = useMemo(() => comparisonRows(model), [model]);
  const [sort, setSort] = useState<{ col: Column; dir: 1 | -1 }>({ col: 'established', dir: 1 });
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState('');
  const [minTier, setMinTier] = useState(0);
  const regions = useMemo(() => [...new Map(model.countries.map((c) => [c.region.code, c.region])).values()].sort((a, b) => a.code.localeCompare(b.code)), [model]);
  const collator = useMemo(() => new Intl.Collator(lang === 'zh' ? 'zh-Hans' : lang), [lang]);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const keep = rows.filter(
      (r) =>
        (!q || Object.values(r.country.name).some((n) => n.toLocaleLowerCase().includes(q)) || r.country.iso2.toLowerCase() === q) &&
        (!region || r.country.region.code === region) &&
        (!minTier || (r.current?.tier ?? 0) >= minTier),
    );
    return keep.sort((a, b) => {
      const ka = sortKey(a, sort.col, lang);
      const kb = sortKey(b, sort.col, lang);
      const c = typeof ka === 'string' && typeof kb === 'string' ? collator.compare(ka, kb) : (ka as number) - (kb as number);
      return c * sort.dir || collator.compare(a.country.name[lang], b.country.name[lang]);
    });
  }, [rows, query, region, minTier, sort, lang, collator]);

  const date = (d: string | null) => (d ? formatDate(d) : t('table.none'));
  return (
    <section className="atlas-table" aria-label={t('table.label')} data-testid="atlas-table">
      <div className="atlas-table-filters">
        <label>
          {t('table.filter')} <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="atlas-filter" />
        </label>
        <label>
          {t('table.region')}{' '}
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t('table.allRegions')}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('table.minTier')}{' '}
          <select value={minTier} onChange={(e) => setMinTier(Number(e.target.value))}>
            <option value={0}>{t('table.anyLevel')}</option>
            {model.tiers.map((x) => (
              <option key={x.tier} value={x.tier}>
                {x.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {t('table.shown', { shown: shown.length, count: rows.length })}
        </span>
      </div>
      <div className="atlas-table-scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((col) => (
                <th key={col} scope="col" aria-sort={sort.col === col ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" onClick={() => setSort((s) => ({ col, dir: s.col === col ? ((-s.dir) as 1 | -1) : 1 }))}>
                    {t(`table.${col}`)}
                    <span aria-hidden="true">{sort.col === col ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.country.pairId} data-pair={r.country.pairId}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => void openCell(r.country, null)} aria-label={t('open', { country: r.country.name[lang] })}>
                    {r.country.name[lang]}
                  </button>
                </th>
                <td>{date(r.established)}</td>
                <td>{r.firstPartnership ? `${date(r.firstPartnership.date)} · ${r.firstPartnership.name[lang]}` : t('table.none')}</td>
                <td>{r.yearsToFirst ?? t('table.none')}</td>
                <td>
                  {r.upgrades.length ? (
                    <ul>
                      {r.upgrades.map((u) => (
                        <li key={u.rung.milestoneId}>{t('table.upgrade', { date: date(u.rung.date), level: u.rung.name[lang], years: u.yearsAfter })}</li>
                      ))}
                    </ul>
                  ) : (
                    t('table.none')
                  )}
                </td>
                <td>
                  <span className="atlas-swatch" style={{ background: cellColor(r.currentValue) }} aria-hidden="true" /> {r.current ? r.current.name[lang] : t(r.currentValue === INTERRUPTED ? 'status.interrupted' : r.currentValue === 1 ? 'status.relations' : 'status.none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Stacked bars: per year, the countries with relations only and at each tier (bottom: highest tier). */
export function TierChart({ model, grid }: { model: AtlasModel; grid: AtlasGrid }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const counts = useMemo(() => tierCounts(model, grid), [model, grid]);
  const W = 960;
  const H = 260;
  const pad = { l: 36, r: 8, t: 10, b: 24 };
  const max = Math.max(1, ...counts.map((c) => c.slice(1).reduce((a, b) => a + b, 0)));
  const bw = (W - pad.l - pad.r) / counts.length;
  const Y = (n: number) => pad.t + (H - pad.t - pad.b) * (1 - n / max);
  const valueName = (v: number) => (v === 1 ? t('status.relations') : (model.tiers.find((x) => x.tier === v - 1)?.name[lang] ?? ''));
  const step = max > 100 ? 50 : max > 40 ? 20 : 10;
  return (
    <figure className="atlas-tier-chart" data-testid="atlas-tier-chart">
      <figcaption>{t('chart.label')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('chart.label')}>
        {Array.from({ length: Math.floor(max / step) + 1 }, (_, k) => k * step).map((n) => (
          <g key={n}>
            <line x1={pad.l} x2={W - pad.r} y1={Y(n)} y2={Y(n)} stroke="#e1e4e8" />
            <text x={pad.l - 4} y={Y(n) + 4} fontSize="10" textAnchor="end" fill="#5b6270" direction="ltr">
              {n}
            </text>
          </g>
        ))}
        {counts.map((c, y) => {
          let acc = 0;
          const year = model.firstYear + y;
          const parts = [];
          for (let v = c.length - 1; v >= 1; v--) {
            if (!c[v]) continue;
            parts.push(<rect key={v} x={pad.l + y * bw + 0.5} width={Math.max(1, bw - 1)} y={Y(acc + c[v])} height={Y(acc) - Y(acc + c[v])} fill={cellColor(v)} />);
            acc += c[v];
          }
          const text = t('chart.bar', { year, counts: c.map((n, v) => (v >= 1 && n ? `${valueName(v)} ${n}` : '')).filter(Boolean).join('; ') });
          return (
            <g key={y}>
              <title>{text}</title>
              {parts}
              {year % 10 === 0 && (
                <text x={pad.l + y * bw + bw / 2} y={H - 8} fontSize="10" textAnchor="middle" fill="#5b6270" direction="ltr">
                  {year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
