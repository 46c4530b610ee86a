/**
 * The bridge's file calls, defined once: main validates every request with these schemas, and the
 * preload's and renderer's types are inferred from them (shared/api/bridge.ts imports types only, so the
 * sandboxed preload bundle carries no zod).
 */
import * as z from 'zod';
import { FILE } from '../limits';
import { UPLOAD_PURPOSES } from './uploads';

export const fileFilterSchema = z.strictObject({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(10) });
const filters = z.array(fileFilterSchema).max(10);

export const openFileRequestSchema = z.strictObject({ filters, maxBytes: z.number().int().positive().max(FILE.anyOpenBytes) });

/** Opens a file for a call that takes it as an upload: the limit is the purpose's (shared/api/uploads.ts), never the renderer's. */
export const openUploadRequestSchema = z.strictObject({ filters, purpose: z.enum(UPLOAD_PURPOSES) });

// A name, never a path: no separator of either platform, and not a directory's name.
const suggestedName = z.string().min(1).max(255).refine((n) => !/[\\/]/.test(n) && n !== '.' && n !== '..', 'a file name, not a path');

export const saveFileRequestSchema = z.strictObject({
  suggestedName,
  filters,
  data: z.union([z.string(), z.custom<Uint8Array>((v) => v instanceof Uint8Array)]),
});

/** Saves a file a job staged (an export, a backup: StagedFile.download) where the user chooses. */
export const saveDownloadRequestSchema = z.strictObject({ download: z.uuid(), suggestedName, filters });

export type FileFilter = z.input<typeof fileFilterSchema>;
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
export type OpenUploadRequest = z.input<typeof openUploadRequestSchema>;
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type SaveDownloadRequest = z.input<typeof saveDownloadRequestSchema>;
