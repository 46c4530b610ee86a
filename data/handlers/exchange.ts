/**
 * Handlers of the import/export/backup calls (shared/api/calls/exchange.ts) and of the job calls
 * (shared/api/calls/jobs.ts). Imports, exports and backups run as jobs, off the serving thread; exports and
 * backups write their file into the host's Downloads, and the call answers where to fetch it once.
 */
import { FILE } from '../../shared/limits';
import { uploadTooLarge } from '../../shared/api/uploads';
import type { HandlersFor } from '../../shared/api/define';
import type { exchangeCalls, RestoreResult } from '../../shared/api/calls/exchange';
import type { jobCalls } from '../../shared/api/calls/jobs';
import type { EditingContext } from './editing';
import type { JobRunner } from '../jobs/runner';
import type { Uploads } from '../uploads';
import type { Downloads } from '../downloads';
import type { StagedFile } from '../../shared/exchange';

export interface ExchangeContext extends EditingContext {
  /** Replaces the open database with the file given (see AppCore); `jobId` names the job that builds it. */
  restore(file: string, jobId?: string): Promise<RestoreResult>;
  /** This database's job runner. */
  jobs: JobRunner;
  /** Files the host received for import or restore (browser mode's POST /upload, Electron main's copy). */
  uploads: Uploads;
  /** Where exports and backups are staged for the host to deliver (see data/downloads.ts). */
  downloads: Downloads;
}

export function exchangeHandlers(ctx: ExchangeContext): HandlersFor<typeof exchangeCalls & typeof jobCalls> {
  const { jobs, downloads } = ctx;
  /** Runs a job that writes a file into Downloads; what it wrote is staged, or removed if it failed. */
  async function staged<T extends Omit<StagedFile, 'download'>>(write: (file: string) => Promise<T>): Promise<T & StagedFile> {
    const { id, file } = downloads.create();
    try {
      const written = await write(file);
      return { ...written, ...downloads.keep(id, { file, fileName: written.fileName, mimeType: written.mimeType, bytes: written.bytes }) };
    } catch (error) {
      downloads.discard(file); // the job removes its partial file; this covers a worker that was ended mid-write
      throw error;
    }
  }
  return {
    exportData: ({ jobId, ...input }) => staged((file) => jobs.run('exportData', { ...input, file }, jobId)),

    importPreview: ({ format, text, upload, fileName, jobId }) =>
      jobs.run('importPreview', upload ? { format, file: ctx.uploads.take(upload), fileName } : { format, text: text ?? '', fileName }, jobId),

    importCommit: async ({ token, jobId }) => {
      const done = await jobs.run('importCommit', { token }, jobId);
      // Written by the job's connection; kept here as one undoable step of this database's history.
      ctx.history.recordBulk(done.label, () => ({ result: undefined, inverse: done.inverse }));
      const { added, pairIds, byPair, ids } = done;
      return { value: { added, pairIds, byPair, ids }, history: ctx.history.state() };
    },

    createBackup: ({ jobId }) => staged((file) => jobs.run('createBackup', { file }, jobId)),

    restoreBackup: async ({ upload, jobId }) => {
      // The one limit again, whoever staged the file: the server counted it, main copied it.
      const file = ctx.uploads.take(upload, FILE.backupBytes, (bytes) => uploadTooLarge('backup', bytes));
      try {
        return await ctx.restore(file, jobId);
      } finally {
        ctx.uploads.discard(file);
      }
    },

    jobProgress: ({ jobId }) => ({ job: jobs.progress(jobId) }),
    cancelJob: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
