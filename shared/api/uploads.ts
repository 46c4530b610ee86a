/**
 * What a file sent beside a call is for, and the one limit of each: the same number is checked where the
 * user picks the file (renderer/src/api/files.ts, Electron's main), where the server receives it
 * (POST /upload, server/http-api.ts) and where the call takes it (data/uploads.ts).
 */
import { FILE, inMb } from '../limits';
import { ApiError } from './errors';

export const UPLOAD_PURPOSES = ['import', 'backup'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

export const UPLOAD_MAX_BYTES: Record<UploadPurpose, number> = { import: FILE.importBytes, backup: FILE.backupBytes };

export function isUploadPurpose(value: unknown): value is UploadPurpose {
  return (UPLOAD_PURPOSES as readonly unknown[]).includes(value);
}

/** The refusal of a file of `bytes` sent for `purpose`, worded by the renderer (import.tooLarge, restore.tooLarge). */
export function uploadTooLarge(purpose: UploadPurpose, bytes: number): ApiError {
  const [mb, max] = [inMb(bytes), inMb(UPLOAD_MAX_BYTES[purpose])];
  return purpose === 'backup'
    ? ApiError.keyed('invalid_input', 'restore.tooLarge', `This backup is too large (${mb} MB; at most ${max} MB).`, { mb, max })
    : ApiError.keyed('invalid_input', 'import.tooLarge', `This file is too large to import (${mb} MB; at most ${max} MB). Split it into smaller files.`, { mb, max });
}
