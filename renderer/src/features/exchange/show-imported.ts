/**
 * After an import: the pair to show (the open one if it received milestones, else the one that received
 * most), the new milestones marked there and the earliest of them selected and brought into view, and a
 * notice that says how many went where ("12 milestones added to China–Kazakhstan").
 */
import type { ImportedMilestones } from '../../../../shared/exchange';
import { pairName } from '../../i18n/format';
import { useAppStore } from '../../store/app-store';
import { fetchQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import { useFilters } from '../filters/filters-store';
import { said, useEditing } from '../editing/editing-store';
import { useJustImported } from './just-imported';

// The mark goes when another pair is opened.
useAppStore.subscribe((state, previous) => {
  const marked = useJustImported.getState().pairId;
  if (marked && state.pairId !== previous.pairId && state.pairId !== marked) useJustImported.setState({ pairId: null, ids: null });
});

/** The pair to open after the import, or null to stay on the open one. */
export function destinationOf(done: ImportedMilestones, shown: string): string | null {
  if (done.byPair.some((p) => p.pairId === shown)) return null;
  const most = [...done.byPair].sort((a, b) => b.added - a.added)[0];
  return most?.pairId ?? null;
}

/** Marks and selects the new milestones on the pair now open; returns the sentence that says where they went. */
export async function showImported(done: ImportedMilestones): Promise<string> {
  const app = useAppStore.getState();
  const pairId = app.pairId;
  const here = done.byPair.find((p) => p.pairId === pairId);
  if (!pairId || !here) return '';
  useJustImported.setState({ pairId, ids: done.ids });
  // The reads as they stand after the import (the edit has invalidated them; this waits for the new ones).
  const [timeline, pairs] = await Promise.all([fetchQuery(reads.timeline(pairId, useFilters.getState().filters)), fetchQuery(reads.pairs())]);
  const first = timeline.milestones
    .filter((m) => m.id >= done.ids.first && m.id <= done.ids.last)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id))[0];
  if (first) await app.showMilestone(pairId, first.id);
  const pair = pairs.find((p) => p.id === pairId);
  const rest = done.added - here.added;
  const params = { count: here.added, pair: pair ? pairName(pair) : pairId, rest };
  const notice = said(rest > 0 ? 'notice.importedMore' : 'notice.imported', params);
  useEditing.setState(notice);
  return notice.notice ?? '';
}
