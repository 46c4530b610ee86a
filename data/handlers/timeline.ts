/** Handlers of the timeline calls (shared/api/calls/timeline.ts). */
import type { Db } from '../db/open';
import type { HandlersFor } from '../../shared/api/define';
import type { timelineCalls } from '../../shared/api/calls/timeline';
import { ApiError } from '../../shared/api/errors';
import { findPair, listPairs } from '../repositories/pairs';
import { findLevel, ladderOf } from '../repositories/levels';
import { insertMilestone, milestoneDetail, timelineItems } from '../repositories/milestones';
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

    createMilestone: ({ milestone }) => {
      if (!findPair(db, milestone.pairId)) {
        throw new ApiError('not_found', `There is no country pair ${milestone.pairId} in this database.`, [{ path: 'milestone.pairId', message: 'unknown pair' }]);
      }
      if (milestone.levelId !== null && findLevel(db, milestone.levelId)?.pairId !== milestone.pairId) {
        throw new ApiError('invalid_input', "That partnership level is not on this pair's ladder.", [{ path: 'milestone.levelId', message: 'not a level of this pair' }]);
      }
      const id = insertMilestone(db, milestone);
      return milestoneDetail(db, id) as NonNullable<ReturnType<typeof milestoneDetail>>;
    },
  };
}
