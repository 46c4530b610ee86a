/**
 * What each map shape stands for and how it is filled at a year: a country of the model (its cell's colour),
 * China, land with no separate relations in the model, or land of no pair. One rule for the app's map and the
 * image export, and one list of legend entries for both.
 */
import type { AtlasModel, Localized } from './types';
import type { AtlasGrid } from './grid';
import type { MapShape } from './geo';
import { CHINA_COLOR, INTERRUPTED, NO_DATA_COLOR, NO_SEPARATE_COLOR, NO_SEPARATE_HATCH, cellColor } from './palette';

export const CHINA = 'CN';
/**
 * Shapes drawn as "no separate relations": the dataset records the People's Republic of China's relations with
 * states, and Taiwan has no pair of its own (states that switched recognition show it as a suspension or a break
 * in their own rows: data/dataset/world/README.md).
 */
export const NO_SEPARATE_RELATIONS: ReadonlySet<string> = new Set(['TW']);

export type ShapeRole = { kind: 'pair'; country: number } | { kind: 'china' } | { kind: 'separate' } | { kind: 'none' };

export function shapeRoles(model: AtlasModel, shapes: readonly MapShape[]): ShapeRole[] {
  const byIso = new Map(model.countries.map((c, i) => [c.iso2, i]));
  return shapes.map((s): ShapeRole => {
    if (s.iso2 === CHINA) return { kind: 'china' };
    const i = s.iso2 ? byIso.get(s.iso2) : undefined;
    if (i !== undefined) return { kind: 'pair', country: i };
    return s.iso2 && NO_SEPARATE_RELATIONS.has(s.iso2) ? { kind: 'separate' } : { kind: 'none' };
  });
}

/** The shape's fill at the year (column `col` of the grid); a "separate" shape is hatched over this colour. */
export function shapeFill(role: ShapeRole, grid: AtlasGrid, col: number): string {
  switch (role.kind) {
    case 'pair':
      return cellColor(grid.cells[role.country * grid.years + col]);
    case 'china':
      return CHINA_COLOR;
    case 'separate':
      return NO_SEPARATE_COLOR;
    default:
      return NO_DATA_COLOR;
  }
}

export interface LegendEntry {
  color: string;
  /** A message key (namespace atlas) or the model's own name of a tier. */
  label: { key: string } | { name: Localized };
  outline?: boolean;
  /** The colour of the stripes drawn over `color`. */
  hatch?: string;
}

/** The legend: each status and tier; on the map also China, no separate relations and no pair. */
export function legendEntries(model: AtlasModel, map: boolean): LegendEntry[] {
  return [
    { color: cellColor(0), label: { key: 'status.none' } },
    { color: cellColor(INTERRUPTED), label: { key: 'status.interrupted' }, outline: true },
    { color: cellColor(1), label: { key: 'status.relations' } },
    ...model.tiers.map((x) => ({ color: cellColor(1 + x.tier), label: { name: x.name } })),
    ...(map
      ? [
          { color: CHINA_COLOR, label: { key: 'status.china' } },
          { color: NO_SEPARATE_COLOR, label: { key: 'status.noSeparate' }, hatch: NO_SEPARATE_HATCH },
          { color: NO_DATA_COLOR, label: { key: 'status.noData' } },
        ]
      : []),
  ];
}
