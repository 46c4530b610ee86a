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
import { hasFilters, type MilestoneFilters } from '../../shared/filters';
import type { PairTimeline } from '../../shared/domain';

/** The milestones partnershipBands reads (it skips every other one). */
const SETS_A_LEVEL = { sql: 'm.level_id IS NOT NULL', params: {} };

/** A pair's timeline without its milestones: the pair, its ladder, and bands from all its level-setting milestones (whatever filters hide). */
function timelineFrame(db: Db, pairId: string) {
  const pair = findPair(db, pairId);
  if (!pair) throw noSuchPair(pairId);
  const ladder = ladderOf(db, pairId);
  return { pair, ladder, bands: partnershipBands(timelineItems(db, pairId, SETS_A_LEVEL), ladder) };
}

const filtered = (db: Db, pairId: string, filters: MilestoneFilters | undefined) => (filters && hasFilters(filters) ? filterCondition(db, filters, [pairId]) : undefined);

/** The timeline as plain values, for code of the core that reads it (the shared page); the call sends JSON text. */
export function readPairTimeline(db: Db, pairId: string, filters?: MilestoneFilters): PairTimeline {
  return { ...timelineFrame(db, pairId), milestones: timelineItems(db, pairId, filtered(db, pairId, filters)) };
}

export function timelineHandlers(db: Db): HandlersFor<typeof timelineCalls> {
  return {
    listPairs: () => listPairs(db),

    // Milestones as JSON text: the HTTP server sends it as it is (shared/api/json-text.ts).
    getPairTimeline: ({ pairId, filters }) => ({ ...timelineFrame(db, pairId), milestones: timelineItemsJson(db, pairId, filtered(db, pairId, filters)) }),

    getMilestone: ({ id }) => {
      const detail = milestoneDetail(db, id);
      if (!detail) throw noSuchMilestone(id);
      return detail;
    },
  };
}
