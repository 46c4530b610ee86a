/**
 * The atlas as numbers: one cell per country and year (the status code in force at the year's end, from the one
 * rule in in-force.ts), the rows in region groups and a chosen order, the count of countries at each tier per
 * year, and each country's steps for the comparison table. Pure, so the renderer and the image export share it.
 */
import type { AtlasCountry, AtlasModel, AtlasRung, Localized } from './types';
import { statusAtEndOf, statusCode } from './in-force';
import { INTERRUPTED } from './palette';

export const ROW_SORTS = ['established', 'tier', 'speed', 'name'] as const;
export type RowSort = (typeof ROW_SORTS)[number];

const yearOf = (date: string): number => Number(date.slice(0, 4));

export interface AtlasGrid {
  firstYear: number;
  years: number;
  /** Row-major, by the model's country index: cells[i * years + (year - firstYear)]. */
  cells: Uint8Array;
}

export function cellValue(country: AtlasCountry, year: number): number {
  const status = statusAtEndOf(country, year);
  return status.kind === 'interrupted' ? INTERRUPTED : statusCode(status);
}

export function buildGrid(model: AtlasModel): AtlasGrid {
  const years = model.lastYear - model.firstYear + 1;
  const cells = new Uint8Array(model.countries.length * years);
  model.countries.forEach((c, i) => {
    for (let y = 0; y < years; y++) cells[i * years + y] = cellValue(c, model.firstYear + y);
  });
  return { firstYear: model.firstYear, years, cells };
}

/** The year relations were first established, or null. */
export function establishedYear(c: AtlasCountry): number | null {
  const first = c.relations.find((s) => s.event === 'established');
  return first ? yearOf(first.date) : null;
}

/** Years from establishment to the first named level; null where there is none. */
export function yearsToFirstPartnership(c: AtlasCountry): number | null {
  const est = establishedYear(c);
  return est === null || !c.rungs.length ? null : yearOf(c.rungs[0].date) - est;
}

export interface RowGroup {
  region: { code: string; name: Localized };
  /** Indexes into model.countries, in display order. */
  rows: number[];
}

/**
 * Rows grouped by UN M49 region (groups in code order, stable across languages), each group in the chosen
 * order; ties and the name sort use the names in the reader's language.
 */
export function groupRows(model: AtlasModel, grid: AtlasGrid, sort: RowSort, lang: keyof Localized): RowGroup[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans' : lang);
  const last = grid.years - 1;
  const current = (i: number) => {
    const v = grid.cells[i * grid.years + last];
    return v === INTERRUPTED ? -1 : v;
  };
  const key = (i: number): number => {
    const c = model.countries[i];
    if (sort === 'established') return establishedYear(c) ?? Infinity;
    if (sort === 'tier') return -current(i);
    if (sort === 'speed') return yearsToFirstPartnership(c) ?? Infinity;
    return 0;
  };
  const groups = new Map<string, RowGroup>();
  model.countries.forEach((c, i) => {
    const g = groups.get(c.region.code) ?? { region: c.region, rows: [] };
    g.rows.push(i);
    groups.set(c.region.code, g);
  });
  const byName = (a: number, b: number) => collator.compare(model.countries[a].name[lang], model.countries[b].name[lang]);
  for (const g of groups.values()) g.rows.sort((a, b) => key(a) - key(b) || byName(a, b));
  return [...groups.values()].sort((a, b) => a.region.code.localeCompare(b.region.code));
}

/** counts[y][v]: how many countries stood at value v (0 none … 1 + top tier) at the end of firstYear + y. */
export function tierCounts(model: AtlasModel, grid: AtlasGrid): number[][] {
  const width = model.tiers.length + 2;
  const out = Array.from({ length: grid.years }, () => new Array<number>(width).fill(0));
  for (let i = 0; i < model.countries.length; i++) {
    for (let y = 0; y < grid.years; y++) {
      const v = grid.cells[i * grid.years + y];
      out[y][v === INTERRUPTED ? 0 : v]++;
    }
  }
  return out;
}

export interface ComparisonRow {
  index: number;
  country: AtlasCountry;
  established: string | null;
  firstPartnership: AtlasRung | null;
  /** Every rung after the first, with the years since the step before it. */
  upgrades: { rung: AtlasRung; yearsAfter: number }[];
  /** In force at the end of the model's last year (null: relations only, or none). */
  current: AtlasRung | null;
  currentValue: number;
  yearsToFirst: number | null;
}

export function comparisonRows(model: AtlasModel): ComparisonRow[] {
  return model.countries.map((country, index) => {
    const established = country.relations.find((s) => s.event === 'established')?.date ?? null;
    const [first, ...rest] = country.rungs;
    const status = statusAtEndOf(country, model.lastYear);
    return {
      index,
      country,
      established,
      firstPartnership: first ?? null,
      upgrades: rest.map((rung, i) => ({ rung, yearsAfter: yearOf(rung.date) - yearOf(country.rungs[i].date) })),
      current: status.kind === 'tier' ? status.rung : null,
      currentValue: status.kind === 'interrupted' ? INTERRUPTED : statusCode(status),
      yearsToFirst: yearsToFirstPartnership(country),
    };
  });
}
