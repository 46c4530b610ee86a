/** Handlers of the search calls (shared/api/calls/search.ts). */
import type { Db } from '../db/open';
import type { HandlersFor } from '../../shared/api/define';
import type { searchCalls } from '../../shared/api/calls/search';
import { filterOptions, searchMilestones } from '../repositories/search';

export function searchHandlers(db: Db): HandlersFor<typeof searchCalls> {
  return {
    search: ({ query, filters, pairIds, limit }) => searchMilestones(db, query, filters, pairIds, limit),

    filterOptions: () => filterOptions(db),
  };
}
