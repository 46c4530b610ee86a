/** Handlers of the timeline calls (shared/api/calls/timeline.ts). */
import type { Db } from '../db/open';
import type { HandlersFor } from '../../shared/api/define';
import type { timelineCalls } from '../../shared/api/calls/timeline';
import { ApiError } from '../../shared/api/errors';
import { findPair, listPairs } from '../repositories/pairs';
import { ladderOf } from '../repositories/levels';
import { milestoneDetail, timelineItems } from '../repositories/milestones';
import { partnershipBands } from '../timeline/bands';

export function timelineHandlers(db: Db): HandlersFor<typeof timelineCalls> {
  return {
    listPairs: () => listPairs(db),

    getPairTimeline: ({ pairId }) => {
      const pair = findPair(db, pairId);
      if (!pair) throw new ApiError('not_found', `There is no country pair ${pairId} in this database.`);
      const ladder = ladderOf(db, pairId);
      const milestones = timelineItems(db, pairId);
      return { pair, ladder, milestones, bands: partnershipBands(milestones, ladder) };
    },

    getMilestone: ({ id }) => {
      const detail = milestoneDetail(db, id);
      if (!detail) throw new ApiError('not_found', `Milestone ${id} does not exist (it may have been deleted).`);
      return detail;
    },
  };
}
