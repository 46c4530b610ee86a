/**
 * The long jobs, each once: what runs in the job worker (or inline, where no worker is wanted), given the
 * job's own connection to the database and the per-database state that lives with it. Add a job here
 * (a restore, say) and both modes run it.
 */
import fs from 'node:fs';
import type { Db } from '../db/open';
import type { CallParsedInput } from '../../shared/api/contract';
import type { ImportPreview, StagedFile } from '../../shared/exchange';
import { commitImport, ImportPlans, planImport, type CommittedImport } from '../exchange/import';
import { dateStamp, writeExport, type ExportInput, type WrittenExport } from '../exchange/export-file';
import { writeBackup } from '../backup/backup';
import { buildRestoredDatabase, type BuiltRestore } from '../backup/restore';
import type { JobControl } from './control';

/** What jobs share on one connection: the connection, and the import previews that can be committed. */
export interface JobEnv {
  db: Db;
  plans: ImportPlans;
}

/** An import file as text, or as the path of the file an upload wrote. */
type ImportSource = { text: string } | { file: string };


type Job<I, O> = (env: JobEnv, input: I, control: JobControl) => O | Promise<O>;

export const JOBS = {
  importPreview: ((env, input, control) => {
    // An uploaded file is read here, in the job (a CSV piece by piece), and removed once read: the serving
    // thread never holds it, and the job never holds it whole.
    try {
      const plan = planImport(env.db, input.format, 'file' in input ? { file: input.file } : input.text, input.fileName, control);
      env.plans.keep(plan);
      return plan.preview;
    } finally {
      if ('file' in input) fs.rmSync(input.file, { force: true });
    }
  }) as Job<ImportSource & Pick<CallParsedInput<'importPreview'>, 'format' | 'fileName'>, ImportPreview>,

  /** Builds the database a restore swaps in, off the serving thread (the swap itself is the host's: AppCore). */
  restoreBuild: ((_env, { file, target, nativeBinding }, control) => buildRestoredDatabase(file, target, nativeBinding, control)) as Job<{ file: string; target: string; nativeBinding?: string }, BuiltRestore>,

  importCommit: ((env, { token }, control) => commitImport(env.db, env.plans.take(token), control)) as Job<{ token: string }, CommittedImport>,

  /** Written to `file` (a path of the host's Downloads), row by row. */
  exportData: ((env, { file, ...input }, control) => writeExport(env.db, input, file, control)) as Job<ExportInput & { file: string }, WrittenExport>,

  /** A copy of the database written to `file` (a path of the host's Downloads) by SQLite's online backup. */
  createBackup: (async (env, { file }, control) => {
    const bytes = await writeBackup(env.db, file, control);
    return { fileName: `bilateral-timelines-backup-${dateStamp()}.sqlite`, mimeType: 'application/vnd.sqlite3', bytes };
  }) as Job<{ file: string }, Omit<StagedFile, 'download'>>,
} as const;

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[1];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;
