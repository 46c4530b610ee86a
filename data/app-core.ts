/**
 * Everything a host (Electron main or the browser-mode server) needs: open the database, bring the
 * bundled dataset in, and get the contract's dispatcher. Knows nothing of Electron or HTTP.
 */
import { openDatabase, type Db, type OpenOptions } from './db/open';
import { readDataset, formatProblems } from './dataset/validate';
import { applyDataset } from './seed/apply-dataset';
import { createService } from './service';
import { createDispatch, type Dispatch } from '../shared/api/dispatch';

export interface AppCore {
  db: Db;
  dispatch: Dispatch;
  close(): void;
}

export interface AppCoreOptions extends OpenOptions {
  dbFile: string;
  /** The bundled dataset's folder; omitted: no seeding (an empty database stays empty). */
  datasetDir?: string;
  log?: (error: unknown) => void;
}

export function openAppCore(options: AppCoreOptions): AppCore {
  const db = openDatabase(options.dbFile, options);
  try {
    if (options.datasetDir) {
      const { dataset, problems } = readDataset(options.datasetDir);
      if (!dataset) throw new Error(`The bundled dataset is invalid:\n${formatProblems(problems)}`);
      applyDataset(db, dataset);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const dispatch = createDispatch(createService(db), options.log);
  return { db, dispatch, close: () => db.close() };
}
