/**
 * Colours of categories and partnership bands: one definition for the interface (set as CSS variables at
 * start-up) and for image exports. Chosen for WCAG AA contrast of white text and of the colour on white.
 */
import type { Category } from './domain';

export const CATEGORY_COLORS: Record<Category, string> = {
  diplomatic: '#1f5fbf',
  partnership: '#b0006e',
  visits: '#0b7a53',
  agreements: '#8a5a00',
  economy: '#c4420b',
  multilateral: '#5b3fb3',
};

/** Band fills, by the band's place in the pair's history (first band = 0), repeating past the fourth. */
export const BAND_COLORS = ['rgba(31, 95, 191, 0.09)', 'rgba(176, 0, 110, 0.09)', 'rgba(11, 122, 83, 0.1)', 'rgba(196, 66, 11, 0.09)'] as const;

/** The same bands, a little stronger, for print where a faint tint disappears. */
export const PRINT_BAND_COLORS = ['#dfe8f6', '#f3dcea', '#d9eee6', '#f7e3d8'] as const;

export function bandColorIndex(order: number): number {
  return order % BAND_COLORS.length;
}

/** The CSS variables the stylesheet reads (--cat-*, --band-*). */
export function paletteCssVariables(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(CATEGORY_COLORS).map(([c, v]) => [`--cat-${c}`, v])),
    ...Object.fromEntries(BAND_COLORS.map((v, i) => [`--band-${i}`, v])),
  };
}
