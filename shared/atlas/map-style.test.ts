import { describe, expect, it } from 'vitest';
import { mapShapes } from './geo';
import { buildGrid } from './grid';
import { fixtureAtlasModel } from './dev-fixture';
import { legendEntries, shapeFill, shapeRoles } from './map-style';
import { CHINA_COLOR, NO_DATA_COLOR, NO_SEPARATE_COLOR, cellColor } from './palette';

const model = fixtureAtlasModel(2025);
const grid = buildGrid(model);
const shapes = mapShapes();
const roles = shapeRoles(model, shapes);
const roleOf = (iso2: string) => roles[shapes.findIndex((s) => s.iso2 === iso2)];

describe('map shapes and their roles', { timeout: 30_000 }, () => {
  it('links each shape to its country, China, no separate relations (Taiwan) or no pair', () => {
    expect(roleOf('CN')).toEqual({ kind: 'china' });
    expect(roleOf('TW')).toEqual({ kind: 'separate' });
    // The Holy See has no relations with the People's Republic in the data: no pair.
    expect(model.countries.some((c) => c.iso2 === 'VA')).toBe(false);
    expect(roleOf('VA')).toEqual({ kind: 'none' });
    const br = roleOf('BR');
    expect(br.kind).toBe('pair');
    if (br.kind === 'pair') expect(model.countries[br.country].iso2).toBe('BR');
  });

  it('fills each role at a year from the grid and the palette', () => {
    const col = 2015 - grid.firstYear;
    const i = model.countries.findIndex((c) => c.iso2 === 'BR');
    expect(shapeFill(roleOf('BR'), grid, col)).toBe(cellColor(grid.cells[i * grid.years + col]));
    expect(shapeFill(roleOf('CN'), grid, col)).toBe(CHINA_COLOR);
    expect(shapeFill(roleOf('TW'), grid, col)).toBe(NO_SEPARATE_COLOR);
    expect(shapeFill(roleOf('VA'), grid, col)).toBe(NO_DATA_COLOR);
  });

  it('gives a dot to countries too small to see, inside their own bounds, and none to large ones', () => {
    const dotted = shapes.filter((s) => s.dot).map((s) => s.iso2);
    for (const iso2 of ['SG', 'MV', 'NR', 'MC', 'MT']) expect(dotted).toContain(iso2);
    for (const iso2 of ['BR', 'FR', 'JP', 'NZ']) expect(dotted).not.toContain(iso2);
    for (const s of shapes.filter((s) => s.dot)) {
      const [x, y] = s.dot!;
      const [x0, y0, x1, y1] = s.bounds;
      expect(x >= x0 - 0.01 && x <= x1 + 0.01 && y >= y0 - 0.01 && y <= y1 + 0.01, s.label).toBe(true);
    }
  });

  it('lists the map legend with China, no separate relations and no pair, the matrix legend without them', () => {
    const map = legendEntries(model, true);
    const matrix = legendEntries(model, false);
    expect(map.length - matrix.length).toBe(3);
    expect(map.find((e) => 'key' in e.label && e.label.key === 'status.noSeparate')?.hatch).toBeTruthy();
    expect(matrix.filter((e) => 'name' in e.label)).toHaveLength(model.tiers.length);
  });
});
