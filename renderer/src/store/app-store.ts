/**
 * The renderer's view state: which pair is open, the selected milestone, the visible window per pair,
 * the view mode, the error to show. UI state only: the data itself comes from the keyed reads
 * (data/reads.ts; store/open-pair.ts for what is on screen). The view is persisted across reloads.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { errorText } from '../i18n/error-text';
import { fetchQuery } from '../data/query-cache';
import { reads } from '../data/reads';
import { useFilters } from '../features/filters/filters-store';

export interface TimeWindow {
  start: number;
  end: number;
}

export const VIEW_MODES = ['chart', 'list', 'atlas'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export interface AppState {
  pairId: string | null;
  selectedId: number | null;
  /** The last error a user should see, in words. */
  error: string | null;
  /** Visible window per pair, in epoch ms. */
  windows: Record<string, TimeWindow>;
  /** Whether round anniversaries of diplomatic ties are marked on the timeline. */
  showAnniversaries: boolean;
  /** The pair as a chart or as a list (the accessible alternative; every milestone in it), or the atlas across all pairs. */
  viewMode: ViewMode;
  /** A milestone the timeline should bring into view (a search result, a new milestone); nonce repeats a request. */
  focusRequest: { id: number; nonce: number } | null;

  /** Opens a pair (null: none) and resolves once its timeline is read. */
  openPair(pairId: string | null): Promise<void>;
  /** Selects a milestone (null: none) and resolves once its details are read. */
  select(id: number | null): Promise<void>;
  setWindow(pairId: string, window: TimeWindow): void;
  dismissError(): void;
  setShowAnniversaries(show: boolean): void;
  setViewMode(mode: ViewMode): void;
  /** Opens the milestone's pair (if needed), selects it and brings it into view. */
  showMilestone(pairId: string, id: number): Promise<void>;
  showError(error: unknown): void;
}

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => ({
      pairId: null,
      selectedId: null,
      error: null,
      windows: {},
      showAnniversaries: true,
      viewMode: 'chart',
      focusRequest: null,

      async openPair(pairId) {
        set({ pairId, selectedId: null });
        // A failed read is reported by the view that shows it (useOpenPairSync).
        if (pairId) await fetchQuery(reads.timeline(pairId, useFilters.getState().filters)).catch(() => {});
      },

      async select(id) {
        set({ selectedId: id });
        if (id === null) return;
        try {
          await fetchQuery(reads.milestone(id));
        } catch (error) {
          if (get().selectedId === id) set({ error: errorText(error) });
        }
      },

      setWindow(pairId, window) {
        set({ windows: { ...get().windows, [pairId]: window } });
      },

      dismissError() {
        set({ error: null });
      },

      setShowAnniversaries(show) {
        set({ showAnniversaries: show });
      },

      setViewMode(viewMode) {
        set({ viewMode });
      },

      async showMilestone(pairId, id) {
        if (get().pairId !== pairId) await get().openPair(pairId);
        await get().select(id);
        set({ focusRequest: { id, nonce: Date.now() } });
      },

      showError(error) {
        set({ error: errorText(error) });
      },
    }),
    {
      name: 'bilateral.view',
      version: 1,
      partialize: (state) => ({ pairId: state.pairId, windows: state.windows, showAnniversaries: state.showAnniversaries, viewMode: state.viewMode }),
    },
  ),
);
