/**
 * Undo and redo for every change the user makes, kept in the main process (so a renderer reload keeps
 * it). TEMP triggers on the user-data tables record, for each row changed, an image of the row as data
 * (JSON of its key and of its old values) into a TEMP log — the technique of sqlite.org's "Automatic
 * Undo/Redo Using SQLite", minus the SQL text: no statement is ever built from a logged value or from a
 * column name read from the database. Undoing applies the images with statements prepared from the
 * app's fixed column lists (data/db/app-tables.ts), one statement at a time, and the triggers record the
 * redo group as it runs. Everything happens in one transaction per step.
 */
import type { Db } from '../db/open';
import type { Query } from '../db/sql';
import type { HistoryState } from '../../shared/domain';
import { appTable, ident, type AppTable } from '../db/app-tables';

/** Tables whose rows the user changes; FTS and meta tables are derived or internal, not logged. */
const LOGGED_TABLES = ['countries', 'pairs', 'partnership_levels', 'milestones', 'milestone_pairs', 'sources', 'milestone_sources', 'dataset_tombstones', 'stories', 'story_items'] as const;
/** How many edits can be undone; older ones are forgotten. */
const MAX_STEPS = 200;

type RowOp = 'insert' | 'update' | 'delete';

/**
 * One reversing action: a logged row change (undone by deleting the inserted row, writing back the
 * old values, or inserting the deleted row), or one statement a bulk writer of the app wrote itself.
 */
type Inverse = { table: string; op: RowOp; key: string | null; row: string | null } | Query;

interface Step {
  label: string;
  /** The reversing actions, in the order they were recorded. */
  inverses: Inverse[];
}

/** `json_object('a', OLD."a", …)` over the given columns: a row image as data. */
function jsonOf(columns: readonly string[], row: 'OLD' | 'NEW'): string {
  return `json_object(${columns.map((c) => `'${c}', ${row}.${ident(c)}`).join(', ')})`;
}

function triggersFor(t: AppTable): string {
  const all = t.columns.map((c) => c.name);
  const log = (op: RowOp, key: string, row: string) =>
    `INSERT INTO temp.undo_log (tbl, op, key, row) VALUES ('${t.name}', '${op}', ${key}, ${row});`;
  const table = `main.${ident(t.name)}`;
  const when = 'WHEN history_recording()';
  return `
    CREATE TEMP TRIGGER undo_${t.name}_insert AFTER INSERT ON ${table} ${when} BEGIN ${log('insert', jsonOf(t.key, 'NEW'), 'NULL')} END;
    CREATE TEMP TRIGGER undo_${t.name}_update AFTER UPDATE ON ${table} ${when} BEGIN ${log('update', jsonOf(t.key, 'NEW'), jsonOf(all, 'OLD'))} END;
    CREATE TEMP TRIGGER undo_${t.name}_delete AFTER DELETE ON ${table} ${when} BEGIN ${log('delete', 'NULL', jsonOf(all, 'OLD'))} END;`;
}

/** The value of column `c` in the row image bound as parameter `param`. */
const field = (c: string, param: string) => `json_extract(${param}, '$.${c}')`;

/** The statement that reverses a logged change of `op` on table `t`, from the fixed column list. */
function reversingSql(t: AppTable, op: RowOp): string {
  const cols = t.columns.map((c) => c.name);
  const where = t.key.map((k) => `${ident(k)} IS ${field(k, '@key')}`).join(' AND ');
  if (op === 'insert') return `DELETE FROM main.${ident(t.name)} WHERE ${where}`;
  if (op === 'update') return `UPDATE main.${ident(t.name)} SET ${cols.map((c) => `${ident(c)} = ${field(c, '@row')}`).join(', ')} WHERE ${where}`;
  return `INSERT INTO main.${ident(t.name)} (${cols.map(ident).join(', ')}) VALUES (${cols.map((c) => field(c, '@row')).join(', ')})`;
}

/** Throws unless the open database's table has every column of the app's list (extra ones are never named). */
function checkColumns(db: Db, t: AppTable): void {
  const present = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t.name) as string[]);
  const missing = t.columns.filter((c) => !present.has(c.name));
  if (missing.length) throw new Error(`The table ${t.name} lacks the columns ${missing.map((c) => c.name).join(', ')}: not this app's schema.`);
}

export class History {
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  private recording = false;
  /** Reversing statements by table and operation, prepared once. */
  private readonly reversing = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {
    const tables = LOGGED_TABLES.map(appTable);
    for (const t of tables) checkColumns(db, t);
    db.function('history_recording', { deterministic: false }, () => (this.recording ? 1 : 0));
    db.exec('CREATE TEMP TABLE undo_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, key TEXT, row TEXT)');
    db.exec(tables.map(triggersFor).join('\n'));
  }

  /**
   * Runs `change` in one transaction as one undoable step. A step that changed nothing is not kept;
   * one that throws is rolled back and not kept either.
   */
  record<T>(label: string, change: () => T): T {
    const { result, inverses } = this.capture(change);
    this.push(label, inverses);
    return result;
  }

  private push(label: string, inverses: Inverse[]): void {
    if (inverses.length === 0) return;
    this.undoStack.push({ label, inverses });
    if (this.undoStack.length > MAX_STEPS) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  /**
   * A bulk change (an import of thousands of rows) as one step without a log entry per row: `change`
   * returns the statements that reverse it, written by the app's own code (names from its schema,
   * values as parameters: data/db/sql.ts); each is run on its own, never as a multi-statement script. Redo is
   * recorded row by row when the step is undone.
   */
  recordBulk<T>(label: string, change: () => { result: T; inverse: Query[] }): T {
    if (this.recording) throw new Error('History.recordBulk is not re-entrant');
    const { result, inverse } = this.db.transaction(change)();
    this.push(label, inverse);
    return result;
  }

  undo(): HistoryState {
    this.replay(this.undoStack, this.redoStack);
    return this.state();
  }

  redo(): HistoryState {
    this.replay(this.redoStack, this.undoStack);
    return this.state();
  }

  state(): HistoryState {
    const undo = this.undoStack.at(-1);
    const redo = this.redoStack.at(-1);
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  private replay(from: Step[], to: Step[]): void {
    const step = from.at(-1);
    if (!step) return;
    const { inverses } = this.capture(() => {
      // Rows come back in any order (a milestone and its links): check foreign keys at commit.
      this.db.pragma('defer_foreign_keys = ON');
      for (let i = step.inverses.length - 1; i >= 0; i--) this.apply(step.inverses[i]);
    });
    from.pop();
    to.push({ label: step.label, inverses });
  }

  /** One statement per action: prepare() refuses text holding more than one. */
  private apply(inverse: Inverse): void {
    if ('sql' in inverse) {
      this.db.prepare(inverse.sql).run(...inverse.params);
      return;
    }
    const id = `${inverse.table} ${inverse.op}`;
    let statement = this.reversing.get(id);
    if (!statement) {
      if (!(LOGGED_TABLES as readonly string[]).includes(inverse.table)) throw new Error(`undo log names an unknown table: ${inverse.table}`);
      statement = this.db.prepare(reversingSql(appTable(inverse.table), inverse.op));
      this.reversing.set(id, statement);
    }
    statement.run(inverse.op === 'insert' ? { key: inverse.key } : inverse.op === 'update' ? { key: inverse.key, row: inverse.row } : { row: inverse.row });
  }

  private capture<T>(change: () => T): { result: T; inverses: Inverse[] } {
    if (this.recording) throw new Error('History.record is not re-entrant');
    this.recording = true;
    try {
      return this.db.transaction(() => {
        this.db.exec('DELETE FROM temp.undo_log');
        const result = change();
        const rows = this.db.prepare('SELECT tbl, op, key, row FROM temp.undo_log ORDER BY seq').all() as { tbl: string; op: RowOp; key: string | null; row: string | null }[];
        this.db.exec('DELETE FROM temp.undo_log');
        return { result, inverses: rows.map((r) => ({ table: r.tbl, op: r.op, key: r.key, row: r.row })) };
      })();
    } finally {
      this.recording = false;
    }
  }
}
