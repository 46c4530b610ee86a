/** Handlers of the timeline calls (shared/api/calls/timeline.ts). */
import type { Db } from '../db/open';
import { noSuchMilestone, noSuchPair } from '../not-found';
import type { HandlersFor } from '../../shared/api/define';
import type { timelineCalls } from '../../shared/api/calls/timeline';
import { findPair, listPairs } from '../repositories/pairs';
import { ladderOf } from '../repositories/levels';
import { milestoneDetail, timelineItems, timelineItemsJson } from '../repositories/milestones';
import { partnershipBands } from '../timeline/bands';
import { filterCondition } from '../repositories/filter-sql';
import { hasFilters } from '../../shared/filters';

/** The milestones partnershipBands reads (it skips every other one). */
const SETS_A_LEVEL = { sql: 'm.level_id IS NOT NULL', params: {} };

export function timelineHandlers(db: Db): HandlersFor<typeof timelineCalls> {
  return {
    listPairs: () => listPairs(db),

    getPairTimeline: ({ pairId, filters }) => {
      const pair = findPair(db, pairId);
      if (!pair) throw noSuchPair(pairId);
      const ladder = ladderOf(db, pairId);
      // Bands are the pair's history: drawn from all its milestones that set a level, whatever the filters hide.
      const setters = timelineItems(db, pairId, SETS_A_LEVEL);
      // As JSON text: the HTTP server sends it as it is (shared/api/json-text.ts).
      const milestones = timelineItemsJson(db, pairId, hasFilters(filters) ? filterCondition(db, filters, [pairId]) : undefined);
      return { pair, ladder, milestones, bands: partnershipBands(setters, ladder) };
    },

    getMilestone: ({ id }) => {
      const detail = milestoneDetail(db, id);
      if (!detail) throw noSuchMilestone(id);
      return detail;
    },
  };
}
