/**
 * The atlas (issue 20): every country China has relations with, as a matrix of years, a map at a year, and
 * comparisons; a year slider with a play button drives the map and the matrix's marked column.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROW_SORTS, type RowSort } from '../../../../shared/atlas/grid';
import { ATLAS_TABS, useAtlas } from './atlas-store';
import { AtlasMatrix } from './AtlasMatrix';
import { AtlasMap } from './AtlasMap';
import { AtlasTable, TierChart } from './AtlasCompare';
import { AtlasLegend } from './AtlasLegend';
import { AtlasExportButton } from './AtlasExportDialog';
import './atlas.css';

const PLAY_STEP_MS = 500;

function YearControl({ from, to, year, onYear }: { from: number; to: number; year: number; onYear(y: number): void }) {
  const { t } = useTranslation('atlas');
  const [playing, setPlaying] = useState(false);
  const yearRef = useRef(year);
  yearRef.current = year;
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      if (yearRef.current >= to) return setPlaying(false);
      onYear(yearRef.current + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, to, onYear]);
  return (
    <div className="atlas-year" dir="ltr">
      <button
        type="button"
        aria-pressed={playing}
        data-testid="atlas-play"
        aria-label={playing ? t('pause') : t('playLabel', { from: year >= to ? from : year, to })}
        onClick={() => {
          if (!playing && year >= to) onYear(from);
          setPlaying(!playing);
        }}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <label>
        <span className="atlas-year-label">{t('year')}</span>
        <input type="range" min={from} max={to} step={1} value={year} onChange={(e) => onYear(Number(e.target.value))} data-testid="atlas-year" />
      </label>
      <output data-testid="atlas-year-value">{year}</output>
    </div>
  );
}

export function AtlasView() {
  const { t } = useTranslation('atlas');
  const { model, grid, status, error, tab, year, sort, load, setTab, setYear, setSort } = useAtlas();
  useEffect(() => void load(), [load]);

  if (status !== 'ready' || !model || !grid || year === null) {
    return (
      <p className="placeholder" role="status" data-testid="atlas-status">
        {status === 'error' ? `${t('failed')} ${error ?? ''}` : t('loading')}
      </p>
    );
  }
  return (
    <section className="atlas" aria-label={t('region')} data-testid="atlas">
      <div className="atlas-bar">
        <div role="tablist" aria-label={t('tabs.label')} className="atlas-tabs">
          {ATLAS_TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`atlas-tab-${k}`}
              aria-selected={tab === k}
              aria-controls="atlas-panel"
              tabIndex={tab === k ? 0 : -1}
              data-testid={`atlas-tab-${k}`}
              onClick={() => setTab(k)}
              onKeyDown={(e) => {
                const i = ATLAS_TABS.indexOf(k);
                const dir = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (!dir) return;
                const rtl = document.documentElement.dir === 'rtl';
                const next = ATLAS_TABS[(i + (rtl ? -dir : dir) + ATLAS_TABS.length) % ATLAS_TABS.length];
                setTab(next);
                document.getElementById(`atlas-tab-${next}`)?.focus();
              }}
            >
              {t(`tabs.${k}`)}
            </button>
          ))}
        </div>
        {tab !== 'compare' && <YearControl from={model.firstYear} to={model.lastYear} year={year} onYear={setYear} />}
        {tab === 'matrix' && (
          <label className="atlas-sort">
            {t('sort.label')}{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as RowSort)} data-testid="atlas-sort">
              {ROW_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <AtlasExportButton view={tab === 'map' ? 'map' : 'matrix'} year={year} />
      </div>
      <AtlasLegend model={model} map={tab === 'map'} />
      <div id="atlas-panel" role="tabpanel" aria-labelledby={`atlas-tab-${tab}`} className="atlas-panel">
        {tab === 'matrix' && <AtlasMatrix model={model} grid={grid} year={year} sort={sort} onYear={setYear} />}
        {tab === 'map' && <AtlasMap model={model} grid={grid} year={year} />}
        {tab === 'compare' && (
          <>
            <TierChart model={model} grid={grid} />
            <AtlasTable model={model} />
          </>
        )}
      </div>
    </section>
  );
}
