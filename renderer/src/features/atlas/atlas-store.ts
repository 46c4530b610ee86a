/**
 * The atlas's state: the model (loaded once per session from the core), its grid, and what the reader chose:
 * the tab, the year the map and the matrix's marked column show, and the order of the rows.
 */
import { create } from 'zustand';
import type { AtlasModel } from '../../../../shared/atlas/types';
import { buildGrid, type AtlasGrid, type RowSort } from '../../../../shared/atlas/grid';
import { errorText } from '../../i18n/error-text';
import { loadAtlasModel } from './atlas-source';

export const ATLAS_TABS = ['matrix', 'map', 'compare'] as const;
export type AtlasTab = (typeof ATLAS_TABS)[number];

interface AtlasState {
  model: AtlasModel | null;
  grid: AtlasGrid | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  tab: AtlasTab;
  year: number | null;
  sort: RowSort;
  load(): Promise<void>;
  setTab(tab: AtlasTab): void;
  setYear(year: number): void;
  setSort(sort: RowSort): void;
}

export const useAtlas = create<AtlasState>()((set, get) => ({
  model: null,
  grid: null,
  status: 'idle',
  error: null,
  tab: 'matrix',
  year: null,
  sort: 'established',

  async load() {
    if (get().status === 'loading' || get().status === 'ready') return;
    set({ status: 'loading', error: null });
    try {
      const model = await loadAtlasModel();
      set({ model, grid: buildGrid(model), status: 'ready', year: get().year ?? model.lastYear });
    } catch (error) {
      set({ status: 'error', error: errorText(error) });
    }
  },
  setTab: (tab) => set({ tab }),
  setYear(year) {
    const m = get().model;
    if (m) set({ year: Math.min(m.lastYear, Math.max(m.firstYear, Math.round(year))) });
  },
  setSort: (sort) => set({ sort }),
}));
