/**
 * What the search reads from the FTS5 vocabularies (fts5vocab, search-match.ts), kept per connection for
 * as long as the indexes stay unchanged. fts5vocab reads every listed word's whole doclist to count it,
 * and opens a cursor over every segment even for one word: at 55 000 milestones the words under one
 * digit took 13 ms and a suggestion's look-ups 5 ms, and search as the user types (150 ms after each
 * keystroke) asks the same of them keystroke after keystroke.
 */
import type { Db } from '../db/open';
import { prepare } from '../db/statements';

/** Values kept per connection at most, counted by their words (about 60 bytes each); the oldest go first. */
export const MAX_CACHED_WORDS = 200_000;

interface Cache {
  /** The indexes' structure records when the values were read. */
  structure: Buffer[];
  values: Map<string, { value: unknown; words: number }>;
  words: number;
}
const caches = new WeakMap<Db, Cache>();

/**
 * The FTS5 structure record of each search index (the `_data` row FTS5 keeps at id 10): it lists the
 * index's segments and counts its writes, so it differs after every change to the indexed words, made on
 * this connection or committed on another (an import's worker); reading it is a look-up by key.
 */
function indexStructure(db: Db): Buffer[] {
  const none = Buffer.alloc(0);
  return [
    prepare<[], Buffer>(db, 'SELECT block FROM main.milestone_search_data WHERE id = 10').pluck().get() ?? none,
    prepare<[], Buffer>(db, 'SELECT block FROM main.source_search_data WHERE id = 10').pluck().get() ?? none,
  ];
}

/** `read()`'s value under `key`, read again once either index has changed; `size` counts its words. */
export function fromVocabulary<T>(db: Db, key: string, read: () => T, size: (value: T) => number): T {
  const structure = indexStructure(db);
  let cache = caches.get(db);
  if (!cache || cache.structure.some((b, i) => !b.equals(structure[i]))) caches.set(db, (cache = { structure, values: new Map(), words: 0 }));
  const kept = cache.values.get(key);
  if (kept) return kept.value as T;
  const value = read();
  const words = Math.max(1, size(value));
  if (words > MAX_CACHED_WORDS) return value;
  while (cache.words + words > MAX_CACHED_WORDS) {
    const [oldest, dropped] = cache.values.entries().next().value!;
    cache.values.delete(oldest);
    cache.words -= dropped.words;
  }
  cache.values.set(key, { value, words });
  cache.words += words;
  return value;
}
