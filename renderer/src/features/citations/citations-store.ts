/** The citation style the user chose, remembered across sessions; the detail panel and the export dialog share it. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { CitationFormat, CitationStyle } from '../../../../shared/citations';

interface CitationsState {
  style: CitationStyle;
  format: CitationFormat;
  setStyle(style: CitationStyle): void;
  setFormat(format: CitationFormat): void;
}

export const useCitations = create<CitationsState>()(
  persist(
    (set) => ({
      style: 'apa',
      format: 'apa',
      setStyle: (style) => set({ style }),
      setFormat: (format) => set({ format }),
    }),
    { name: 'bilateral.citations' },
  ),
);
