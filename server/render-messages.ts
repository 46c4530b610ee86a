/** What the export renderer's thread (render-worker.ts) and its host (chromium-renderer.ts) say to each other. */
import type { ApiErrorBody } from '../shared/api/errors';
import type { PaperSize } from '../shared/image-export';
import type { Weight } from '../data/image-export/fonts';

export type RendererRequest =
  | { id: number; op: 'png'; html: string; size: { width: number; height: number }; scale: number; transparent: boolean }
  | { id: number; op: 'pdf'; html: string; paper: PaperSize }
  | { id: number; op: 'rasterize'; svg: string; texts: { text: string; weight: Weight }[]; width: number; transparent: boolean }
  | { id: number; op: 'warmUp' }
  | { id: number; op: 'close' };

export type RendererReply = { id: number; ok: true; data?: Uint8Array } | { id: number; ok: false; error: ApiErrorBody } | { id: number; ok: false; crash: string };
