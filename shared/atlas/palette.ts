/**
 * Colours of the atlas's cells, one per status code (shared/atlas/in-force.ts), for the matrix, the map, the
 * tier chart, the legend and the image exports alike. Tiers run light to dark on one hue ramp (ColorBrewer
 * YlGnBu, readable in the common colour-vision deficiencies), so the order reads without the legend too.
 */
export const NONE_COLOR = '#e8eaee';
/** Relations broken or suspended: a gap (background), outlined in the legend. */
export const INTERRUPTED_COLOR = '#ffffff';
export const RELATIONS_COLOR = '#b9c2cd';
export const TIER_COLORS = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#225ea8', '#081d58'] as const;
/** The map only: China itself, and land of no pair in the model. */
export const CHINA_COLOR = '#c0392b';
export const NO_DATA_COLOR = '#ddd5c4';
/** The map only: land with no relations of its own in the model (Taiwan), neutral, hatched to set it apart. */
export const NO_SEPARATE_COLOR = '#eeece6';
export const NO_SEPARATE_HATCH = '#a8a294';

/** Cell value for "interrupted" in the grid (statusCode gives 0 for it, like "none"; the matrix draws it as a gap). */
export const INTERRUPTED = 255;

/** Colour of a grid cell value: 0 none, 1 relations, 1 + tier, or INTERRUPTED. */
export function cellColor(value: number): string {
  if (value === INTERRUPTED) return INTERRUPTED_COLOR;
  if (value === 0) return NONE_COLOR;
  if (value === 1) return RELATIONS_COLOR;
  return TIER_COLORS[Math.min(TIER_COLORS.length, value - 1) - 1];
}

/** Whether dark text reads on the cell (the two darkest tiers take white). */
export function inkOn(value: number): string {
  return value >= 5 && value !== INTERRUPTED ? '#ffffff' : '#1d2330';
}
