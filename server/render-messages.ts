/** What a host's thread and the render worker (render-worker.ts) say to each other. */
import type { ApiErrorBody } from '../shared/api/errors';
import type { PaperSize } from '../shared/image-export';

/** What the host asks for and waits on (each request carries an id, its reply the same). */
export type RenderCall =
  | { op: 'png'; html: string; size: { width: number; height: number }; scale: number; transparent: boolean }
  | { op: 'pdf'; html: string; paper: PaperSize }
  | { op: 'close' };

export type RenderRequest = (RenderCall & { id: number }) | { op: 'warmUp' };

/** `data` is the file's bytes (transferred, not copied). */
export type RenderReply = { id: number; ok: true; data?: Uint8Array } | { id: number; ok: false; error: ApiErrorBody } | { id: number; ok: false; crash: string };
