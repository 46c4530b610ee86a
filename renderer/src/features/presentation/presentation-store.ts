/** What is being presented, so that the toolbar, the menu (F5) and a story can all start it. */
import { create } from 'zustand';
import type { PairTimeline } from '../../../../shared/domain';

export interface Shown {
  pairs: PairTimeline[];
  /** A story's milestone ids in its order; null: every milestone of the pairs, by date. */
  order: number[] | null;
  /** A story's pair for each of its milestones (its home): a shared event is on several of the loaded pairs. */
  homes?: Record<number, string>;
  /** A story's name, shown in the header. */
  name?: string;
}

interface PresentationState {
  shown: Shown | null;
  show(shown: Shown): void;
  close(): void;
}

export const usePresentation = create<PresentationState>()((set) => ({
  shown: null,
  show: (shown) => set({ shown }),
  close: () => set({ shown: null }),
}));
