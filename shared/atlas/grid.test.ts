import { describe, expect, it } from 'vitest';
import { buildGrid, cellValue, comparisonRows, groupRows, tierCounts } from './grid';
import { INTERRUPTED } from './palette';
import { fixtureAtlasModel } from './dev-fixture';
import { mapShapes } from './geo';

const model = fixtureAtlasModel();
const grid = buildGrid(model);
const at = (iso2: string) => model.countries.findIndex((c) => c.iso2 === iso2);

describe('atlas grid', () => {
  it('has one cell per country and year, equal to the in-force rule', () => {
    expect(grid.cells.length).toBe(model.countries.length * (model.lastYear - 1949 + 1));
    const ae = at('AE');
    // UAE: relations 1984, strategic partnership 2012 (tier 3), comprehensive strategic 2018 (tier 4).
    expect(grid.cells[ae * grid.years + (1983 - 1949)]).toBe(0);
    expect(grid.cells[ae * grid.years + (1984 - 1949)]).toBe(1);
    expect(grid.cells[ae * grid.years + (2012 - 1949)]).toBe(4);
    expect(grid.cells[ae * grid.years + (2018 - 1949)]).toBe(5);
    expect(cellValue(model.countries[ae], 2017)).toBe(4);
  });

  it('marks interrupted years apart from years before relations', () => {
    const broken = model.countries.findIndex((c) => c.relations.some((s) => s.event === 'suspended' || s.event === 'broken'));
    const c = model.countries[broken];
    const gap = c.relations.find((s) => s.event === 'suspended' || s.event === 'broken')!;
    expect(grid.cells[broken * grid.years + (Number(gap.date.slice(0, 4)) - 1949)]).toBe(INTERRUPTED);
  });

  it('groups rows by region and orders them by the chosen key', () => {
    const groups = groupRows(model, grid, 'established', 'en');
    expect(groups.flatMap((g) => g.rows).sort((a, b) => a - b)).toEqual(model.countries.map((_, i) => i));
    for (const g of groups) {
      const years = g.rows.map((i) => Number(model.countries[i].relations[0].date.slice(0, 4)));
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(new Set(g.rows.map((i) => model.countries[i].region.code))).toEqual(new Set([g.region.code]));
    }
    const byTier = groupRows(model, grid, 'tier', 'en')[0].rows.map((i) => grid.cells[i * grid.years + grid.years - 1]);
    expect(byTier).toEqual([...byTier].sort((a, b) => b - a));
  });

  it('counts each country once per year', () => {
    const counts = tierCounts(model, grid);
    for (const year of counts) expect(year.reduce((a, b) => a + b, 0)).toBe(model.countries.length);
  });

  it('lists each country steps with the years between them', () => {
    const ae = comparisonRows(model)[at('AE')];
    expect(ae.established).toBe('1984-11-01');
    expect(ae.firstPartnership?.levelKey).toBe('strategic-partnership');
    expect(ae.yearsToFirst).toBe(28);
    expect(ae.upgrades.map((u) => [u.rung.levelKey, u.yearsAfter])).toEqual([['comprehensive-strategic-partnership', 6]]);
    expect(ae.current?.tier).toBe(4);
  });

  it('finds a map shape for nearly every country of the model', () => {
    const onMap = new Set(mapShapes().map((s) => s.iso2));
    const missing = model.countries.filter((c) => !onMap.has(c.iso2)).map((c) => c.iso2);
    // 1:50m Natural Earth leaves out a few microstates (e.g. Tuvalu); they stay reachable through the matrix.
    expect(missing.length).toBeLessThan(8);
  });
});
