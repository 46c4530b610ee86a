/**
 * The implementation of the API contract over one open database: each feature's handlers, brought
 * together. Handlers receive input the dispatcher has already validated; they raise ApiError for what
 * the user can act on.
 */
import type { Db } from './db/open';
import type { ApiHandlers } from '../shared/api/contract';
import { timelineHandlers } from './handlers/timeline';

export function createService(db: Db): ApiHandlers {
  return {
    ...timelineHandlers(db),
  };
}
