/** Which milestones the user wants to see: the timeline and search both apply these. */
import type { Category } from './domain';
import type { PartialDate } from './dates';

export interface MilestoneFilters {
  categories: Category[];
  /** Ladder level keys: milestones dated while one of these levels was in force. */
  levelKeys: string[];
  /** Milestones that overlap this period (either end may be open). */
  from: PartialDate | null;
  to: PartialDate | null;
  /** Milestones with at least one source in one of these languages / from one of these publishers. */
  languages: string[];
  publishers: string[];
}

export const NO_FILTERS: MilestoneFilters = { categories: [], levelKeys: [], from: null, to: null, languages: [], publishers: [] };

export function hasFilters(f: MilestoneFilters): boolean {
  return f.categories.length + f.levelKeys.length + f.languages.length + f.publishers.length > 0 || f.from !== null || f.to !== null;
}
