/** What a host's thread and the render worker (render-worker.ts) say to each other. */
import type { ApiErrorBody } from '../shared/api/errors';
import type { PaperSize } from '../shared/image-export';

export type RenderRequest =
  | { id: number; op: 'png'; html: string; size: { width: number; height: number }; scale: number; transparent: boolean }
  | { id: number; op: 'pdf'; html: string; paper: PaperSize }
  | { id: number; op: 'close' }
  | { op: 'warmUp' };

/** `data` is the file's bytes (transferred, not copied). */
export type RenderReply = { id: number; ok: true; data?: Uint8Array } | { id: number; ok: false; error: ApiErrorBody } | { id: number; ok: false; crash: string };
