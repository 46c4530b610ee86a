/**
 * The milestones the last import added, marked in the chart and the list (class `just-added`) so the
 * user sees where they went; the mark goes when another pair is opened (show-imported.ts). No store of
 * the app here: the chart's item drawing imports this, and so does the shared web page's viewer.
 */
import { create } from 'zustand';
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
