/** Changing the data: milestones, countries and pairs, each change one undoable step. */
import * as z from 'zod';
import { call } from '../define';
import type { Country, Edited, HistoryState, MilestoneDetail, PairSummary } from '../../domain';
import { endNotBeforeStart, countryCodeSchema, localizedNameInputSchema, milestoneInputSchema, pairIdSchema, partialDateSchema, rowIdSchema } from '../schemas';

const datesSchema = z.strictObject({ id: rowIdSchema, start: partialDateSchema, end: partialDateSchema.nullable() }).refine(...endNotBeforeStart);

export const editingCalls = {
  createMilestone: call<Edited<MilestoneDetail>>()(z.strictObject({ milestone: milestoneInputSchema })),
  updateMilestone: call<Edited<MilestoneDetail>>()(z.strictObject({ id: rowIdSchema, milestone: milestoneInputSchema })),
  /** New dates only (a drag on the timeline). */
  moveMilestone: call<Edited<MilestoneDetail>>()(datesSchema),
  deleteMilestone: call<Edited<{ pairId: string }>>()(z.strictObject({ id: rowIdSchema })),
  /** Back to the shipped version of a bundled milestone. */
  resetMilestone: call<Edited<MilestoneDetail>>()(z.strictObject({ id: rowIdSchema })),
  listCountries: call<Country[]>()(z.strictObject({})),
  saveCountry: call<Edited<Country>>()(z.strictObject({ code: countryCodeSchema, name: localizedNameInputSchema })),
  deleteCountry: call<Edited<{ code: string }>>()(z.strictObject({ code: countryCodeSchema })),
  createPair: call<Edited<PairSummary>>()(z.strictObject({ a: countryCodeSchema, b: countryCodeSchema })),
  deletePair: call<Edited<{ id: string }>>()(z.strictObject({ id: pairIdSchema })),
  historyState: call<HistoryState>()(z.strictObject({})),
  undo: call<HistoryState>()(z.strictObject({})),
  redo: call<HistoryState>()(z.strictObject({})),
};
