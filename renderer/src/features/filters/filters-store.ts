/** The filters the user set (shared/filters.ts), remembered across reloads; the timeline and search read them. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { NO_FILTERS, type MilestoneFilters } from '../../../../shared/filters';

interface FiltersState {
  filters: MilestoneFilters;
  setFilters(filters: MilestoneFilters): void;
  /** Removes one value of one filter (a chip's ×). */
  remove<K extends keyof MilestoneFilters>(key: K, value?: string): void;
  clear(): void;
}

export const useFilters = create<FiltersState>()(
  persist(
    (set, get) => ({
      filters: NO_FILTERS,
      setFilters: (filters) => set({ filters }),
      remove: (key, value) => {
        const f = get().filters;
        const current = f[key];
        set({ filters: { ...f, [key]: Array.isArray(current) ? current.filter((v) => v !== value) : null } });
      },
      clear: () => set({ filters: NO_FILTERS }),
    }),
    { name: 'bilateral.filters', version: 1 },
  ),
);
