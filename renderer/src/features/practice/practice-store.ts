/** What is being practised: the pair or comparison on screen, or a story's milestones over its pairs. */
import { create } from 'zustand';
import type { MilestoneItem, PairTimeline } from '../../../../shared/domain';

export interface Practised {
  title: string;
  pairs: PairTimeline[];
  /** A story's milestones; null: every milestone of the pairs. */
  milestones: (MilestoneItem & { pairId: string })[] | null;
}

interface PracticeState {
  shown: Practised | null;
  show(shown: Practised): void;
  close(): void;
}

export const usePractice = create<PracticeState>()((set) => ({
  shown: null,
  show: (shown) => set({ shown }),
  close: () => set({ shown: null }),
}));
