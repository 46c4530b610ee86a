/** Full-text search and the choices the filters offer. */
import * as z from 'zod';
import { COUNT, TEXT } from '../../limits';
import { call } from '../define';
import type { SearchResult } from '../../search';
import type { LocalizedName } from '../../domain';
import { filtersSchema, pairIdSchema } from '../schemas';

export interface FilterOptions {
  /** Ladder levels across all pairs, by key (the same key on several ladders is one choice). */
  levels: { key: string; name: LocalizedName }[];
  languages: { code: string; count: number }[];
  publishers: { name: string; count: number }[];
}

export const searchCalls = {
  search: call<SearchResult>()(
    z.strictObject({
      query: z.string().max(TEXT.searchQuery, `the search text is too long (at most ${TEXT.searchQuery} characters)`),
      filters: filtersSchema,
      /** Only these pairs; omitted: all. */
      pairIds: z.array(pairIdSchema).max(100).nullish().transform((v) => v ?? null),
      limit: z.number().int().min(1).max(COUNT.searchHits).default(50),
    }),
  ),
  filterOptions: call<FilterOptions>()(z.strictObject({})),
};
