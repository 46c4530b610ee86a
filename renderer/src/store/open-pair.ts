/**
 * The reads behind what is on screen: the pairs, the open pair's timeline (as filtered) and the selected
 * milestone. The app store says which pair and milestone; the data comes from the keyed reads.
 */
import { useEffect } from 'react';
import type { MilestoneDetail, PairSummary, PairTimeline } from '../../../shared/domain';
import { useFilters } from '../features/filters/filters-store';
import { fetchQuery, peekQuery, useQuery, type QueryStatus } from '../data/query-cache';
import { ALL_READS, invalidateReads, reads, type ReadKind } from '../data/reads';
import { useAppStore } from './app-store';

const NO_PAIRS: PairSummary[] = [];

export function usePairsRead() {
  return useQuery(reads.pairs());
}

export function usePairs(): PairSummary[] {
  return usePairsRead().data ?? NO_PAIRS;
}

/**
 * The last timeline shown per pair: while the filters change, the chart keeps showing the previous one
 * until the new one arrives (as it did before the reads were keyed), not a loading placeholder.
 */
const lastShown = new Map<string, PairTimeline>();

export function useOpenTimelineRead(): { timeline: PairTimeline | null; status: QueryStatus; error: unknown } {
  const pairId = useAppStore((s) => s.pairId);
  const filters = useFilters((s) => s.filters);
  const pairs = usePairsRead().data;
  // Only a pair that exists is read (a remembered one may have been deleted since).
  const known = pairId !== null && !!pairs?.some((p) => p.id === pairId);
  const read = useQuery(known ? reads.timeline(pairId, filters) : null);
  if (read.data && pairId) lastShown.set(pairId, read.data);
  const timeline = read.data ?? (known ? (lastShown.get(pairId) ?? null) : null);
  return { timeline, status: timeline && read.status === 'loading' ? 'ready' : read.status, error: read.error };
}

export function useOpenTimeline(): PairTimeline | null {
  return useOpenTimelineRead().timeline;
}

/** The open timeline as the cache holds it now (for handlers outside React). */
export function peekOpenTimeline(): PairTimeline | null {
  const pairId = useAppStore.getState().pairId;
  if (!pairId) return null;
  return peekQuery(reads.timeline(pairId, useFilters.getState().filters)).data ?? lastShown.get(pairId) ?? null;
}

export function useSelectedMilestone(): { detail: MilestoneDetail | null; status: QueryStatus } {
  const selectedId = useAppStore((s) => s.selectedId);
  const read = useQuery(selectedId === null ? null : reads.milestone(selectedId));
  return { detail: read.data ?? null, status: read.status };
}

/**
 * At start, the pairs and the remembered pair's timeline are asked for together, before the first render,
 * rather than the timeline only once the pairs have come (a round trip saved before the first drawn chart).
 */
export function prefetchOpeningReads(): void {
  const remembered = useAppStore.getState().pairId;
  const pairs = fetchQuery(reads.pairs());
  if (remembered) fetchQuery(reads.timeline(remembered, useFilters.getState().filters)).catch(() => {});
  // Nothing remembered (a first start): the pair to open follows from the list, before React has drawn.
  else
    pairs
      .then((list) => {
        const first = pairToOpen(list, null);
        if (first) return fetchQuery(reads.timeline(first, useFilters.getState().filters));
      })
      .catch(() => {});
  pairs.catch(() => {});
}

/** The pair to open: the remembered one while it exists, else the first with milestones, else the first. */
export function pairToOpen(pairs: readonly PairSummary[], remembered: string | null): string | null {
  if (remembered && pairs.some((p) => p.id === remembered)) return remembered;
  return (pairs.find((p) => p.milestoneCount > 0) ?? pairs[0])?.id ?? null;
}

/**
 * Keeps the open pair one that exists (at start, after a deletion or a restore) and says in the error
 * banner why the pairs or the timeline could not be read. Used once, by the app.
 */
export function useOpenPairSync(): void {
  const pairsRead = usePairsRead();
  const timelineRead = useOpenTimelineRead();
  const pairId = useAppStore((s) => s.pairId);
  useEffect(() => {
    if (!pairsRead.data) return;
    const next = pairToOpen(pairsRead.data, pairId);
    if (next !== pairId) void useAppStore.getState().openPair(next);
  }, [pairsRead.data, pairId]);
  useEffect(() => {
    if (pairsRead.status === 'error') useAppStore.getState().showError(pairsRead.error);
  }, [pairsRead.status, pairsRead.error]);
  useEffect(() => {
    if (timelineRead.status === 'error') useAppStore.getState().showError(timelineRead.error);
  }, [timelineRead.status, timelineRead.error]);
}

/**
 * After an edit (or undo, redo, restore): reads the kinds it touched again, then lets go of the selected
 * milestone if it no longer exists. The open pair falls back by itself (useOpenPairSync).
 */
export async function refreshViews(touched: readonly ReadKind[] = ALL_READS): Promise<void> {
  await invalidateReads(touched);
  const { selectedId } = useAppStore.getState();
  if (selectedId === null || !touched.includes('milestone')) return;
  await fetchQuery(reads.milestone(selectedId)).catch(() => {
    if (useAppStore.getState().selectedId === selectedId) useAppStore.setState({ selectedId: null });
  });
}
