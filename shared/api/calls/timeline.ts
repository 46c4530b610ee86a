/** Reading a pair's timeline and its milestones. */
import * as z from 'zod';
import { call } from '../define';
import type { MilestoneDetail, PairSummary, PairTimeline } from '../../domain';
import { filtersSchema, pairIdSchema, rowIdSchema } from '../schemas';

export const timelineCalls = {
  listPairs: call<PairSummary[]>()(z.strictObject({})),
  getPairTimeline: call<PairTimeline>()(z.strictObject({ pairId: pairIdSchema, filters: filtersSchema })),
  getMilestone: call<MilestoneDetail>()(z.strictObject({ id: rowIdSchema })),
};
