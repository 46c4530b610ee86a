/**
 * The renderer's state: which pair is open, its timeline, the selected milestone and its details.
 * The view (pair and visible window per pair) is persisted so that it survives a reload.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { MilestoneDetail, PairSummary, PairTimeline } from '../../../shared/domain';
import { errorText } from '../i18n/error-text';
import { api } from '../api/api';
import { useFilters } from '../features/filters/filters-store';

export interface TimeWindow {
  start: number;
  end: number;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';
export const VIEW_MODES = ['chart', 'list', 'atlas'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export interface AppState {
  pairs: PairSummary[];
  pairsStatus: Status;
  pairId: string | null;
  timeline: PairTimeline | null;
  timelineStatus: Status;
  selectedId: number | null;
  detail: MilestoneDetail | null;
  detailStatus: Status;
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

  loadPairs(): Promise<void>;
  openPair(pairId: string): Promise<void>;
  select(id: number | null): Promise<void>;
  setWindow(pairId: string, window: TimeWindow): void;
  dismissError(): void;
  setShowAnniversaries(show: boolean): void;
  setViewMode(mode: ViewMode): void;
  /** Reloads what an edit may have changed: the pairs, the open timeline and the selected milestone. */
  refresh(): Promise<void>;
  /** Opens the milestone's pair (if needed), selects it and brings it into view. */
  showMilestone(pairId: string, id: number): Promise<void>;
  showError(error: unknown): void;
}


export const useAppStore = create<AppState>()(
  persist(
    (set, get) => ({
      pairs: [],
      pairsStatus: 'idle',
      pairId: null,
      timeline: null,
      timelineStatus: 'idle',
      selectedId: null,
      detail: null,
      detailStatus: 'idle',
      error: null,
      windows: {},
      showAnniversaries: true,
      viewMode: 'chart',
      focusRequest: null,

      async loadPairs() {
        set({ pairsStatus: 'loading' });
        try {
          const pairs = await api.listPairs({});
          set({ pairs, pairsStatus: 'ready' });
          const remembered = get().pairId;
          const fallback = pairs.find((p) => p.milestoneCount > 0) ?? pairs[0];
          const pairId = remembered && pairs.some((p) => p.id === remembered) ? remembered : (fallback?.id ?? null);
          if (pairId) await get().openPair(pairId);
        } catch (error) {
          set({ pairsStatus: 'error', error: errorText(error) });
        }
      },

      async openPair(pairId) {
        set({ pairId, timelineStatus: 'loading', selectedId: null, detail: null, detailStatus: 'idle' });
        try {
          const timeline = await api.getPairTimeline({ pairId, filters: useFilters.getState().filters });
          if (get().pairId === pairId) set({ timeline, timelineStatus: 'ready' });
        } catch (error) {
          if (get().pairId === pairId) set({ timeline: null, timelineStatus: 'error', error: errorText(error) });
        }
      },

      async select(id) {
        set({ selectedId: id, detail: null, detailStatus: id === null ? 'idle' : 'loading' });
        if (id === null) return;
        try {
          const detail = await api.getMilestone({ id });
          if (get().selectedId === id) set({ detail, detailStatus: 'ready' });
        } catch (error) {
          if (get().selectedId === id) set({ detailStatus: 'error', error: errorText(error) });
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

      async refresh() {
        try {
          const pairs = await api.listPairs({});
          set({ pairs });
          const { pairId, selectedId } = get();
          if (!pairId || !pairs.some((p) => p.id === pairId)) {
            const fallback = pairs.find((p) => p.milestoneCount > 0) ?? pairs[0];
            if (fallback) await get().openPair(fallback.id);
            else set({ pairId: null, timeline: null, timelineStatus: 'idle', selectedId: null, detail: null });
            return;
          }
          const timeline = await api.getPairTimeline({ pairId, filters: useFilters.getState().filters });
          if (get().pairId === pairId) set({ timeline, timelineStatus: 'ready' });
          if (selectedId !== null) {
            const detail = await api.getMilestone({ id: selectedId }).catch(() => null);
            if (get().selectedId === selectedId) set(detail ? { detail } : { selectedId: null, detail: null, detailStatus: 'idle' });
          }
        } catch (error) {
          set({ error: errorText(error) });
        }
      },

      async showMilestone(pairId, id) {
        if (get().pairId !== pairId || !get().timeline) await get().openPair(pairId);
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
