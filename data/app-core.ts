/**
 * Everything a host (Electron main or the browser-mode server) needs: open the database, bring the
 * bundled dataset in, and get the contract's dispatcher. Knows nothing of Electron or HTTP.
 * A restore replaces the open database; the dispatcher then serves the new one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db, type OpenOptions } from './db/open';
import { readDataset, formatProblems, manifestVersion } from './dataset/validate';
import { applyDataset, datasetRelease } from './seed/apply-dataset';
import { createService } from './service';
import { History } from './history/history';
import type { Dataset } from './dataset/schema';
import { createDispatch, type Dispatch } from '../shared/api/dispatch';
import { plainResult } from '../shared/api/json-text';
import { removeDatabaseFiles } from './backup/backup';
import { SCHEMA_VERSION } from './migrations';
import { ApiError } from '../shared/api/errors';
import type { RestoreResult } from '../shared/api/calls/exchange';
import type { HtmlRenderer } from './image-export/html-renderer';
import { Uploads } from './uploads';
import { Downloads } from './downloads';
import { createJobRunner, type JobMode, type JobRunner } from './jobs/runner';
import { createReaderPool, type ReaderPool } from './readers/pool';

export interface AppCore {
  readonly db: Db;
  readonly history: History;
  /** The reader workers of the open database (AppCoreOptions.readers), or null. */
  readonly readers: ReaderPool | null;
  /** Where a host puts files it received for import (browser mode's POST /upload). */
  readonly uploads: Uploads;
  /** Exports and backups the jobs wrote, until the host delivers them (browser mode's GET /download/<id>, Electron's save). */
  readonly downloads: Downloads;
  /** The contract's dispatcher, results as plain values (Electron IPC, tests, scripts). */
  dispatch: Dispatch;
  /** The same, results as handlers gave them, JSON text kept (shared/api/json-text.ts): for the HTTP server, which writes it as it is. */
  dispatchServed: Dispatch;
  /** Starts the job worker in the background (hosts call it once the first page has drawn); resolves when it is ready. */
  warmUpJobs(): Promise<void>;
  close(): void;
}

export interface AppCoreOptions extends OpenOptions {
  dbFile: string;
  /** The bundled dataset's folder; omitted: no seeding (an empty database stays empty). */
  datasetDir?: string;
  log?: (error: unknown) => void;
  /** Renders image exports to PNG and PDF (the host's; without one, only SVG export works). */
  renderer?: HtmlRenderer;
  /** The built web-page viewer's folder (see data/handlers/share.ts); without it, pages cannot be shared. */
  shareViewerDir?: string;
  /** Where imports, exports and backups run: a worker thread (default) or the calling thread. */
  jobs?: JobMode;
  /** The job worker's script; default: the one beside the core (from source under tsx, or the bundle's). */
  jobWorker?: URL;
  /**
   * How many reader workers serve the read-only calls, each with its own read-only connection
   * (data/readers/pool.ts); 0, the default, and for an in-memory database: every call on this thread.
   */
  readers?: number;
}

/** Everything that belongs to one open database; a restore replaces all of it at once. */
interface Opened {
  db: Db;
  history: History;
  jobs: JobRunner;
  readers: ReaderPool | null;
  /** The calls, read-only ones on a reader worker when there are any; results as handlers gave them. */
  dispatch: Dispatch;
}

/** `timelines.sqlite` → `timelines.<tag>.sqlite`, in the same folder (so a rename swaps it in). */
function siblingOf(dbFile: string, tag: string): string {
  const { dir, name, ext } = path.parse(dbFile);
  return path.join(dir, `${name}.${tag}${ext || '.sqlite'}`);
}

/** Where the database a restore replaced is kept. */
export function previousFileOf(dbFile: string): string {
  return siblingOf(dbFile, 'before-restore');
}

/** The bundled dataset, read and checked on first use (npm run validate-data checks it at build and test time). */
function lazyDataset(dir: string): () => Dataset {
  let dataset: Dataset | undefined;
  return () => {
    if (dataset) return dataset;
    const read = readDataset(dir);
    if (!read.dataset) throw new Error(`The bundled dataset is invalid:\n${formatProblems(read.problems)}`);
    return (dataset = read.dataset);
  };
}

export function openAppCore(options: AppCoreOptions): AppCore {
  const datasetDir = options.datasetDir;
  const dataset = datasetDir ? lazyDataset(datasetDir) : undefined;
  // Only the manifest's version is read at start: the files are read and checked only when this
  // database lacks that version (first run, an update, a restored older backup) or a reset needs them.
  const bundledVersion = datasetDir ? manifestVersion(datasetDir) : 0;

  // Outlives a restore: a file uploaded before it can still be previewed into the new database.
  const uploads = new Uploads();
  const downloads = new Downloads();

  const open = (): Opened => {
    const db = openDatabase(options.dbFile, options);
    try {
      if (dataset && datasetRelease(db).version < bundledVersion) applyDataset(db, dataset());
    } catch (error) {
      db.close();
      throw error;
    }
    // Created after seeding: loading the bundled data is not a user's edit to undo.
    const history = new History(db);
    const mode = options.dbFile === ':memory:' ? 'inline' : (options.jobs ?? 'worker');
    const jobs = createJobRunner({ db, dbFile: options.dbFile, nativeBinding: options.nativeBinding, mode, workerUrl: options.jobWorker, log: options.log });
    const dispatch = createDispatch(createService({ db, history, dataset, uploads, downloads, restore, renderer: options.renderer, shareViewerDir: options.shareViewerDir, jobs }), options.log);
    const size = options.dbFile === ':memory:' ? 0 : (options.readers ?? 0);
    const readers = size > 0 ? createReaderPool({ size, dbFile: options.dbFile, nativeBinding: options.nativeBinding, fallback: dispatch, log: options.log }) : null;
    return { db, history, jobs, readers, dispatch: readers ? readers.dispatch : dispatch };
  };

  /**
   * Restores by import: the backup's rows go into a fresh database built beside the open one
   * (backup/restore.ts); only when it is complete is it swapped in. The replaced file is kept, and put
   * back if the new one fails to open. The building is a job (progress, cancel): reads go on meanwhile.
   */
  async function restore(file: string, jobId?: string): Promise<RestoreResult> {
    const building = siblingOf(options.dbFile, 'restoring');
    const { fromVersion } = await current.jobs.run('restoreBuild', { file, target: building, nativeBinding: options.nativeBinding }, jobId);
    const previousFile = previousFileOf(options.dbFile);
    // The readers first: they answer what they have, on the old file, and let it go (meanwhile, and until
    // the new ones are ready, reads run on this thread's connection).
    await current.readers?.close();
    void current.jobs.close(); // running jobs are cancelled; previews of this database can no longer be committed
    current.db.pragma('wal_checkpoint(TRUNCATE)');
    current.db.close();
    removeDatabaseFiles(previousFile);
    fs.renameSync(options.dbFile, previousFile);
    removeDatabaseFiles(options.dbFile);
    try {
      fs.renameSync(building, options.dbFile);
      current = open();
    } catch (error) {
      removeDatabaseFiles(options.dbFile);
      removeDatabaseFiles(building);
      fs.renameSync(previousFile, options.dbFile);
      current = open();
      options.log?.(error);
      throw error instanceof ApiError ? error : ApiError.keyed('internal', 'restore.putBack', 'The backup could not be opened; your database was put back as it was.');
    }
    return { fromVersion, migrated: fromVersion < SCHEMA_VERSION, previousFile };
  }

  let current = open();
  return {
    get db() {
      return current.db;
    },
    get history() {
      return current.history;
    },
    get readers() {
      return current.readers;
    },
    uploads,
    downloads,
    dispatch: async (name, input) => plainResult(await current.dispatch(name, input)),
    dispatchServed: (name, input) => current.dispatch(name, input),
    warmUpJobs: () => current.jobs.warmUp(),
    close: () => {
      uploads.close();
      downloads.close();
      void current.jobs.close();
      void current.readers?.close();
      current.db.close();
    },
  };
}
