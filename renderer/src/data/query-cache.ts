/**
 * The renderer's reads, keyed (Actual's queries, TanStack Query's shape, without the dependency): a read
 * is fetched once per key however many views show it, kept while a view subscribes to it, and fetched
 * again when an edit invalidates it. Views subscribe with useQuery; actions await fetchQuery.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

export interface Query<T> {
  /** What the read is: its name first, then its arguments (JSON-comparable). */
  key: readonly unknown[];
  fetch(): Promise<T>;
}

export type QueryStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface QueryState<T> {
  /** The last value read; kept while the read is fetched again or fails, so that views do not flash. */
  data: T | undefined;
  error: unknown;
  status: QueryStatus;
}

interface Entry {
  query: Query<unknown>;
  state: QueryState<unknown>;
  inflight: Promise<unknown> | null;
  stale: boolean;
  /** Bumped by every fetch: an answer to an older one is dropped. */
  generation: number;
  listeners: Set<() => void>;
}

const IDLE: QueryState<never> = { data: undefined, error: undefined, status: 'idle' };
const entries = new Map<string, Entry>();
const hashOf = (key: readonly unknown[]) => JSON.stringify(key);

function entryOf(query: Query<unknown>): Entry {
  const hash = hashOf(query.key);
  let entry = entries.get(hash);
  if (!entry) {
    entry = { query, state: { data: undefined, error: undefined, status: 'loading' }, inflight: null, stale: true, generation: 0, listeners: new Set() };
    entries.set(hash, entry);
  }
  return entry;
}

function setState(entry: Entry, state: QueryState<unknown>): void {
  entry.state = state;
  for (const listener of entry.listeners) listener();
}

function load(entry: Entry): Promise<unknown> {
  const generation = ++entry.generation;
  entry.stale = false;
  if (entry.state.status === 'error') setState(entry, { ...entry.state, status: 'loading' });
  const done = entry.query.fetch().then(
    (data) => {
      if (entry.generation === generation) setState(entry, { data, error: undefined, status: 'ready' });
      return data;
    },
    (error: unknown) => {
      if (entry.generation === generation) setState(entry, { data: entry.state.data, error, status: 'error' });
      throw error;
    },
  );
  entry.inflight = done;
  const clear = () => {
    if (entry.inflight === done) entry.inflight = null;
  };
  done.then(clear, clear);
  return done;
}

/** The read's value: from the cache when it is fresh, else fetched (once, however many ask at a time). */
export function fetchQuery<T>(query: Query<T>): Promise<T> {
  const entry = entryOf(query as Query<unknown>);
  if (entry.inflight) return entry.inflight as Promise<T>;
  if (!entry.stale && entry.state.status === 'ready') return Promise.resolve(entry.state.data as T);
  return load(entry) as Promise<T>;
}

/** What the cache holds for a read, without fetching it. */
export function peekQuery<T>(query: Query<T>): QueryState<T> {
  return (entries.get(hashOf(query.key))?.state ?? IDLE) as QueryState<T>;
}

/**
 * Marks the reads whose key matches as stale: those a view shows are fetched again (awaited here), the
 * others are dropped and fetched when next asked for. All are marked before any is fetched, so that a
 * read built from others (a comparison from its timelines) never reuses a stale part.
 */
export async function invalidate(matches: (key: readonly unknown[]) => boolean): Promise<void> {
  const shown: Entry[] = [];
  for (const [hash, entry] of entries) {
    if (!matches(entry.query.key)) continue;
    if (entry.listeners.size) {
      entry.stale = true;
      entry.inflight = null;
      shown.push(entry);
    } else entries.delete(hash);
  }
  await Promise.all(shown.map((entry) => (entry.inflight ?? load(entry)).catch(() => {})));
}

/** Listens to a read's state; while anyone listens, an invalidation fetches it again instead of dropping it. */
export function subscribeQuery(query: Query<unknown>, listener: () => void): () => void {
  const entry = entryOf(query);
  entry.listeners.add(listener);
  return () => entry.listeners.delete(listener);
}

/**
 * Subscribes a view to a read (null: nothing to read yet, the state is idle) and fetches it when needed.
 * keepPrevious: while a new key is first read, the previous key's value stays (a chart is not emptied).
 */
export function useQuery<T>(query: Query<T> | null, options: { keepPrevious?: boolean } = {}): QueryState<T> {
  const hash = query ? hashOf(query.key) : null;
  const subscribe = useCallback(
    (listener: () => void) => {
      return query ? subscribeQuery(query as Query<unknown>, listener) : () => {};
    },
    // The key says what the query is; a new query object with the same key is the same read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hash],
  );
  const state = useSyncExternalStore(subscribe, () => (query ? entryOf(query as Query<unknown>).state : IDLE)) as QueryState<T>;
  useEffect(() => {
    if (query) fetchQuery(query).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash]);
  const previous = useRef<T | undefined>(undefined);
  if (state.data !== undefined) previous.current = state.data;
  if (options.keepPrevious && state.data === undefined && state.status === 'loading' && previous.current !== undefined) return { data: previous.current, error: undefined, status: 'ready' };
  return state;
}

/** Forgets every read (tests). */
export function clearQueries(): void {
  entries.clear();
}
