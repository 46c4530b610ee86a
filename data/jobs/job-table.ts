/**
 * The long jobs, each once: what runs in the job worker (or inline, where no worker is wanted), given the
 * job's own connection to the database and the per-database state that lives with it. Add a job here
 * (a restore, say) and both modes run it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../db/open';
import type { CallParsedInput } from '../../shared/api/contract';
import type { BackupFile } from '../../shared/api/calls/exchange';
import type { ExportFile, ImportPreview } from '../../shared/exchange';
import { commitImport, ImportPlans, planImport, type CommittedImport } from '../exchange/import';
import { dateStamp, exportFile } from '../exchange/export-file';
import { writeBackup } from '../backup/backup';
import { buildRestoredDatabase, type BuiltRestore } from '../backup/restore';
import type { JobControl } from './control';
import { decodeUtf8File } from '../../shared/text/decode-utf8';

/** What jobs share on one connection: the connection, and the import previews that can be committed. */
export interface JobEnv {
  db: Db;
  plans: ImportPlans;
}

/** An import file as text, or as the path of the file an upload wrote. */
type ImportSource = { text: string } | { file: string };

function readUploadedFile(file: string): string {
  try {
    return decodeUtf8File(fs.readFileSync(file));
  } finally {
    fs.rmSync(file, { force: true });
  }
}

type Job<I, O> = (env: JobEnv, input: I, control: JobControl) => O | Promise<O>;

export const JOBS = {
  importPreview: ((env, input, control) => {
    // An uploaded file is read here, in the job, and removed once read: the serving thread never holds it.
    const text = 'file' in input ? readUploadedFile(input.file) : input.text;
    const plan = planImport(env.db, input.format, text, input.fileName, control);
    env.plans.keep(plan);
    return plan.preview;
  }) as Job<ImportSource & Pick<CallParsedInput<'importPreview'>, 'format' | 'fileName'>, ImportPreview>,

  /** Builds the database a restore swaps in, off the serving thread (the swap itself is the host's: AppCore). */
  restoreBuild: ((_env, { file, target, nativeBinding }, control) => buildRestoredDatabase(file, target, nativeBinding, control)) as Job<{ file: string; target: string; nativeBinding?: string }, BuiltRestore>,

  importCommit: ((env, { token }, control) => commitImport(env.db, env.plans.take(token), control)) as Job<{ token: string }, CommittedImport>,

  exportData: ((env, input, control) => exportFile(env.db, input, control)) as Job<Omit<CallParsedInput<'exportData'>, 'jobId'>, ExportFile>,

  createBackup: (async (env, _input, control) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-backup-'));
    const file = path.join(dir, 'backup.sqlite');
    try {
      control.progress('saving', 0, 0);
      await writeBackup(env.db, file);
      const bytes = fs.readFileSync(file);
      return { fileName: `bilateral-timelines-backup-${dateStamp()}.sqlite`, base64: bytes.toString('base64'), bytes: bytes.length };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }) as Job<Record<string, never>, BackupFile>,
} as const;

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[1];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;
