/** Which pairs are compared on one time axis, and how they are aligned; remembered across reloads. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Alignment = 'calendar' | 'ties';
/** One compact row per pair (every milestone on it, bands behind), or a lane per category. */
export type CompareLayout = 'rows' | 'lanes';

interface CompareState {
  /** Pair ids; the comparison is shown while two or more are chosen and `active`. */
  pairIds: string[];
  active: boolean;
  align: Alignment;
  layout: CompareLayout;
  setPairs(pairIds: string[]): void;
  setActive(active: boolean): void;
  setAlign(align: Alignment): void;
  setLayout(layout: CompareLayout): void;
}

export const useCompare = create<CompareState>()(
  persist(
    (set) => ({
      pairIds: [],
      active: false,
      align: 'calendar',
      layout: 'rows',
      setPairs: (pairIds) => set({ pairIds }),
      setActive: (active) => set({ active }),
      setAlign: (align) => set({ align }),
      setLayout: (layout) => set({ layout }),
    }),
    { name: 'bilateral.compare', version: 1 },
  ),
);
