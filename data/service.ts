/**
 * The implementation of the API contract over one open database. Handlers receive input the dispatcher
 * has already validated; they raise ApiError for what the user can act on.
 */
import type { Db } from './db/open';
import type { ApiHandlers } from '../shared/api/contract';
import { ApiError } from '../shared/api/errors';
import { findPair, listPairs } from './repositories/pairs';
import { insertMilestone, milestoneDetail, timelineItems } from './repositories/milestones';
import { findLevel, ladderOf } from './repositories/levels';
import { partnershipBands } from './timeline/bands';

export function createService(db: Db): ApiHandlers {
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
      if (!findPair(db, milestone.pairId)) throw new ApiError('not_found', `There is no country pair ${milestone.pairId} in this database.`, [{ path: 'milestone.pairId', message: 'unknown pair' }]);
      if (milestone.levelId !== null && findLevel(db, milestone.levelId)?.pairId !== milestone.pairId) {
        throw new ApiError('invalid_input', 'That partnership level is not on this pair\'s ladder.', [{ path: 'milestone.levelId', message: 'not a level of this pair' }]);
      }
      const id = insertMilestone(db, milestone);
      return milestoneDetail(db, id) as NonNullable<ReturnType<typeof milestoneDetail>>;
    },
  };
}
