/**
 * Statements prepared once per connection (Signal-Desktop's `prepare` in ts/sql/Server.ts): preparing is
 * a parse and plan each time, which a loop over 100 000 rows must not pay per row. Keyed by the SQL text,
 * so only fixed SQL belongs here, never SQL built from data.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './types';

/** Statements kept per connection. */
export const MAX_STATEMENTS = 500;

const caches = new WeakMap<Db, Map<string, Statement>>();

export function prepare<P extends unknown[] | {} = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    // Filters give a statement per shape (a level filter one per number of periods): bounded, oldest out first.
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(sql, (statement = db.prepare(sql)));
  }
  return statement as unknown as Statement<P, R>;
}
