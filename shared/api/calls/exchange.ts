/**
 * Import, export, backup and restore. Import files cross the boundary as text or as an upload, restored
 * backups as an upload only; exports and backups come back as a staged file (StagedFile), never as their contents.
 */
import * as z from 'zod';
import { FILE, inMb } from '../../limits';
import { call } from '../define';
import type { Edited } from '../../domain';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFile, type ImportedMilestones, type ImportPreview, type StagedFile } from '../../exchange';
import { filtersSchema, pairIdSchema } from '../schemas';
import { jobIdSchema } from './jobs';

/** Names the job a long call runs as, for jobProgress and cancelJob while the call is pending. */
const jobId = jobIdSchema.optional();

/** Import files up to the limit; the transports allow more (shared/limits.ts) so that this message, not theirs, is seen. */
const fileText = z.string().max(FILE.importChars, `This file is too large to import (at most ${inMb(FILE.importChars)} MB).`);
const fileName = z.string().trim().min(1).max(255).default('file');

/** A backup: a copy of the database, staged for the user to save. */
export type BackupFile = StagedFile;

export interface RestoreResult {
  /** Schema version of the restored file, before migration. */
  fromVersion: number;
  migrated: boolean;
  /** Where the database that was replaced is kept. */
  previousFile: string;
}

export const exchangeCalls = {
  exportData: call<ExportFile>()(
    z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      /** Only these pairs; omitted: the whole database. */
      pairIds: z.array(pairIdSchema).min(1).max(1000).nullish().transform((v) => v ?? null),
      filters: filtersSchema,
      /** CSV only: start with a byte-order mark, for spreadsheets that need one to read UTF-8. */
      bom: z.boolean().default(false),
      jobId,
    }),
  ),
  /**
   * The file as `text`, or as `upload`: the id browser mode's server answered when the renderer streamed the
   * file to it (POST /upload, shared/api/http.ts), so that a large file never travels inside a JSON call.
   */
  importPreview: call<ImportPreview>()(
    z
      .strictObject({ format: z.enum(IMPORT_FORMATS), text: fileText.optional(), upload: z.uuid('an upload id is a UUID').optional(), fileName, jobId })
      .refine((v) => (v.text === undefined) !== (v.upload === undefined), { message: 'send the file either as text or as an upload', path: ['text'] }),
  ),
  importCommit: call<Edited<ImportedMilestones>>()(z.strictObject({ token: z.uuid(), jobId })),
  createBackup: call<BackupFile>()(z.strictObject({ jobId })),
  /**
   * Restores the backup the host holds as `upload`: browser mode's server received it (POST /upload?for=backup),
   * Electron's main copied the file the user picked (bridge openUpload); at most FILE.backupBytes either way.
   */
  restoreBackup: call<RestoreResult>()(z.strictObject({ upload: z.uuid('an upload id is a UUID'), jobId })),
};
