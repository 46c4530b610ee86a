/** Which milestones the user wants to see: the timeline and search both apply these. */
import type { z } from 'zod';
import type { filtersSchema } from './api/schemas';

/**
 * The filters as the contract's schema (shared/api/schemas.ts) defines them, defaults applied: categories;
 * ladder level keys (milestones dated while one of these levels was in force); a period the milestones
 * overlap (either end open); source languages and publishers (at least one source matches).
 */
export type MilestoneFilters = z.output<typeof filtersSchema>;

export const NO_FILTERS: MilestoneFilters = { categories: [], levelKeys: [], from: null, to: null, languages: [], publishers: [] };

export function hasFilters(f: MilestoneFilters): boolean {
  return f.categories.length + f.levelKeys.length + f.languages.length + f.publishers.length > 0 || f.from !== null || f.to !== null;
}
