/** Handlers of the search calls (shared/api/calls/search.ts). */
import type { Db } from '../db/open';
import type { HandlersFor } from '../../shared/api/define';
import type { searchCalls } from '../../shared/api/calls/search';
import { searchMilestones } from '../repositories/search';

export function searchHandlers(db: Db): HandlersFor<typeof searchCalls> {
  return {
    search: ({ query, filters, pairIds, limit }) => searchMilestones(db, query, filters, pairIds, limit),

    filterOptions: () => {
      const levels = db
        .prepare(`SELECT key, name_en AS en, name_ar AS ar, name_zh AS zh FROM partnership_levels
          GROUP BY key ORDER BY min(rank), key`)
        .all() as { key: string; en: string; ar: string | null; zh: string | null }[];
      const count = (column: 'language' | 'publisher') =>
        db
          .prepare(`SELECT s.${column} AS value, count(DISTINCT ms.milestone_id) AS count FROM sources s
            JOIN milestone_sources ms ON ms.source_id = s.id GROUP BY s.${column} ORDER BY count DESC, value`)
          .all() as { value: string; count: number }[];
      return {
        levels: levels.map(({ key, en, ar, zh }) => ({ key, name: { en, ar, zh } })),
        languages: count('language').map(({ value, count }) => ({ code: value, count })),
        publishers: count('publisher').map(({ value, count }) => ({ name: value, count })),
      };
    },
  };
}
