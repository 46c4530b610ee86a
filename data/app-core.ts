/**
 * Everything a host (Electron main or the browser-mode server) needs: open the database, bring the
 * bundled dataset in, and get the contract's dispatcher. Knows nothing of Electron or HTTP.
 */
import { openDatabase, type Db, type OpenOptions } from './db/open';
import { readDataset, formatProblems } from './dataset/validate';
import { applyDataset } from './seed/apply-dataset';
import { createService } from './service';
import { History } from './history/history';
import type { Dataset } from './dataset/schema';
import { createDispatch, type Dispatch } from '../shared/api/dispatch';

export interface AppCore {
  db: Db;
  history: History;
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
  let dataset: Dataset | undefined;
  try {
    if (options.datasetDir) {
      const read = readDataset(options.datasetDir);
      if (!read.dataset) throw new Error(`The bundled dataset is invalid:\n${formatProblems(read.problems)}`);
      dataset = read.dataset;
      applyDataset(db, dataset);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  // Created after seeding: loading the bundled data is not a user's edit to undo.
  const history = new History(db);
  const dispatch = createDispatch(createService({ db, history, dataset }), options.log);
  return { db, history, dispatch, close: () => db.close() };
}
