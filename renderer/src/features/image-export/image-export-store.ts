/** The export dialog's choices, remembered across sessions (the title is per export, not remembered). */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Background, ImageFormat, NotePlacement, NoteStyle, PaperSize } from '../../../../shared/image-export';

export type Period = 'view' | 'all' | 'years';

export interface ImageExportChoices {
  format: ImageFormat;
  period: Period;
  fromYear: string;
  toYear: string;
  width: number;
  background: Background;
  paper: PaperSize;
  sourcesPage: boolean;
  notesStyle: NoteStyle;
  /** Null: the format's own default (in the image for PNG and SVG, a page of their own for PDF). */
  notesPlacement: NotePlacement | null;
}

interface ImageExportState extends ImageExportChoices {
  set(patch: Partial<ImageExportChoices>): void;
}

export const useImageExport = create<ImageExportState>()(
  persist(
    (set) => ({
      format: 'png',
      period: 'view',
      fromYear: '',
      toYear: '',
      width: 3200,
      background: 'white',
      paper: 'a4',
      sourcesPage: true,
      notesStyle: 'short',
      notesPlacement: null,
      set: (patch) => set(patch),
    }),
    { name: 'bilateral.image-export', version: 1 },
  ),
);
