/** Handlers of the timeline calls (shared/api/calls/timeline.ts). */
import type { Db } from '../db/open';
import { noSuchMilestone, noSuchPair } from '../not-found';
import type { HandlersFor } from '../../shared/api/define';
import type { timelineCalls } from '../../shared/api/calls/timeline';
import { findPair, listPairs } from '../repositories/pairs';
import { ladderOf } from '../repositories/levels';
import { milestoneDetail, timelineItems } from '../repositories/milestones';
import { partnershipBands } from '../timeline/bands';
import { filterCondition } from '../repositories/filter-sql';
import { hasFilters } from '../../shared/filters';

export function timelineHandlers(db: Db): HandlersFor<typeof timelineCalls> {
  return {
    listPairs: () => listPairs(db),

    getPairTimeline: ({ pairId, filters }) => {
      const pair = findPair(db, pairId);
      if (!pair) throw noSuchPair(pairId);
      const ladder = ladderOf(db, pairId);
      const all = timelineItems(db, pairId);
      // Bands are the pair's history: drawn from all its milestones, whatever the filters hide.
      const milestones = hasFilters(filters) ? timelineItems(db, pairId, filterCondition(db, filters, [pairId])) : all;
      return { pair, ladder, milestones, bands: partnershipBands(all, ladder) };
    },

    getMilestone: ({ id }) => {
      const detail = milestoneDetail(db, id);
      if (!detail) throw noSuchMilestone(id);
      return detail;
    },
  };
}
