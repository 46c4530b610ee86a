/** Which pairs are compared on one time axis, and how they are aligned; remembered across reloads. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Alignment = 'calendar' | 'ties';

interface CompareState {
  /** Pair ids; the comparison is shown while two or more are chosen and `active`. */
  pairIds: string[];
  active: boolean;
  align: Alignment;
  setPairs(pairIds: string[]): void;
  setActive(active: boolean): void;
  setAlign(align: Alignment): void;
}

export const useCompare = create<CompareState>()(
  persist(
    (set) => ({
      pairIds: [],
      active: false,
      align: 'calendar',
      setPairs: (pairIds) => set({ pairIds }),
      setActive: (active) => set({ active }),
      setAlign: (align) => set({ align }),
    }),
    { name: 'bilateral.compare', version: 1 },
  ),
);
