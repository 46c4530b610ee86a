/** Image exports (PNG, SVG, PDF) of one pair's timeline or a comparison of pairs: formats and limits. */
export const IMAGE_FORMATS = ['png', 'svg', 'pdf'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const PAPER_SIZES = ['a4', 'letter'] as const;
/** How the image's source notes are written: short numbered notes, or full references in a citation style. */
export const NOTE_STYLES = ['short', 'apa', 'chicago', 'mla'] as const;
export type NoteStyle = (typeof NOTE_STYLES)[number];
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Where the source notes go: in the image, on a page of their own (PDF), or left out for one short line naming the publishers. */
/** The atlas views an image can be made of. */
export const ATLAS_IMAGE_VIEWS = ['map', 'matrix'] as const;
export const NOTE_PLACEMENTS = ['image', 'page', 'line'] as const;
export type NotePlacement = (typeof NOTE_PLACEMENTS)[number];
/** PNG and SVG have one page, so 'page' is only offered for PDF; a PDF keeps its chart page for the chart. */
export const notePlacementsFor = (format: ImageFormat): readonly NotePlacement[] => (format === 'pdf' ? NOTE_PLACEMENTS : ['image', 'line']);
export const defaultNotePlacement = (format: ImageFormat): NotePlacement => (format === 'pdf' ? 'page' : 'image');
export const BACKGROUNDS = ['white', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** The width the image is laid out at (CSS pixels); a PNG of another width is this drawing, scaled. */
export const LAYOUT_WIDTH = 1600;
export const MIN_PNG_WIDTH = 400;
export const MAX_PNG_WIDTH = 8000;
export const MAX_EXPORT_PAIRS = 6;

export const IMAGE_MIME: Record<ImageFormat, string> = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' };

export interface ImageFile {
  fileName: string;
  mimeType: string;
  base64: string;
  bytes: number;
  /** Milestones drawn, and how many of them carry a label. */
  milestones: number;
  labelled: number;
}
