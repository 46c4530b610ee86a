/**
 * Every read the renderer makes of the core, by key: the views subscribe to these (useQuery) and
 * actions await them (fetchQuery); an edit invalidates the kinds it touched (invalidateReads).
 */
import type { Country, MilestoneDetail, PairSummary, PairTimeline } from '../../../shared/domain';
import type { StorySummary } from '../../../shared/api/calls/stories';
import type { MilestoneFilters } from '../../../shared/filters';
import { api } from '../api/api';
import { fetchQuery, invalidate, type Query } from './query-cache';

export const reads = {
  pairs: (): Query<PairSummary[]> => ({ key: ['pairs'], fetch: () => api.listPairs({}) }),
  /** A pair's timeline, filtered as given (none: every milestone, as the editing dialogs need). */
  timeline: (pairId: string, filters?: MilestoneFilters): Query<PairTimeline> => ({ key: ['timeline', pairId, filters ?? null], fetch: () => api.getPairTimeline({ pairId, filters }) }),
  milestone: (id: number): Query<MilestoneDetail> => ({ key: ['milestone', id], fetch: () => api.getMilestone({ id }) }),
  /** Several pairs' timelines for one axis, built from their timeline reads (shared with the pair's chart). */
  comparison: (pairIds: readonly string[], filters?: MilestoneFilters): Query<PairTimeline[]> => ({
    key: ['comparison', pairIds, filters ?? null],
    fetch: () => Promise.all(pairIds.map((pairId) => fetchQuery(reads.timeline(pairId, filters)))),
  }),
  stories: (): Query<StorySummary[]> => ({ key: ['stories'], fetch: () => api.listStories({}) }),
  countries: (): Query<Country[]> => ({ key: ['countries'], fetch: () => api.listCountries({}) }),
} as const;

export type ReadKind = keyof typeof reads;
export const ALL_READS: readonly ReadKind[] = Object.keys(reads) as ReadKind[];

/** Fetches again the reads of these kinds that a view shows, and forgets the others. */
export function invalidateReads(kinds: readonly ReadKind[] = ALL_READS): Promise<void> {
  return invalidate((key) => kinds.includes(key[0] as ReadKind));
}
