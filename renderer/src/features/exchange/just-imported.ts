/**
 * The milestones the last import added, marked in the chart and the list (class `just-added`) so the
 * user sees where they went; the mark goes when another pair is opened.
 */
import { create } from 'zustand';
import { useAppStore } from '../../store/app-store';
import './just-imported.css';

interface JustImported {
  pairId: string | null;
  ids: { first: number; last: number } | null;
}

export const useJustImported = create<JustImported>()(() => ({ pairId: null, ids: null }));

export function isJustImported(id: number | undefined): boolean {
  const { ids } = useJustImported.getState();
  return id !== undefined && !!ids && id >= ids.first && id <= ids.last;
}

useAppStore.subscribe((state, previous) => {
  const marked = useJustImported.getState().pairId;
  if (marked && state.pairId !== previous.pairId && state.pairId !== marked) useJustImported.setState({ pairId: null, ids: null });
});
