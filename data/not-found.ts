/** The "no such row" errors, each worded once (the renderer words the key in the user's language). */
import { ApiError, type FieldProblem } from '../shared/api/errors';

export function noSuchPair(pairId: string, problems?: FieldProblem[]): ApiError {
  return ApiError.keyed('not_found', 'noSuchPair', `There is no country pair ${pairId} in this database.`, { pairId }, problems);
}

export function noSuchMilestone(id: number): ApiError {
  return ApiError.keyed('not_found', 'noSuchMilestone', `Milestone ${id} does not exist (it may have been deleted).`, { id });
}

export function noSuchStory(id: number): ApiError {
  return ApiError.keyed('not_found', 'noSuchStory', `Story ${id} does not exist (it may have been deleted).`, { id });
}
