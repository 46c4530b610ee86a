/**
 * The calls a reader worker serves (pool.ts): those whose handlers need only a connection and only read
 * (a pair's timeline, a milestone, the pair list, search with its suggestions, the filters' choices).
 * Everything else (edits, imports, restores, exports, undo) stays on the core's own connection.
 */
import type { Db } from '../db/open';
import type { ApiHandlers, CallName } from '../../shared/api/contract';
import { timelineCalls } from '../../shared/api/calls/timeline';
import { searchCalls } from '../../shared/api/calls/search';
import { timelineHandlers } from '../handlers/timeline';
import { searchHandlers } from '../handlers/search';

export const READ_CALLS: ReadonlySet<string> = new Set<CallName>([...(Object.keys(timelineCalls) as CallName[]), ...(Object.keys(searchCalls) as CallName[])]);

/** The same handlers the core's service has for these calls (data/service.ts), over `db`. */
export function readHandlers(db: Db): Partial<ApiHandlers> {
  return { ...timelineHandlers(db), ...searchHandlers(db) };
}
