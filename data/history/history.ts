/**
 * Undo and redo for every change the user makes, kept in the main process (so a renderer reload keeps
 * it). TEMP triggers on the user-data tables write, for each row changed, the SQL that reverses the
 * change into a TEMP log (the technique of sqlite.org's "Automatic Undo/Redo Using SQLite"). An edit is
 * one group of log entries; undoing it runs them backwards, and the triggers record the redo group as it
 * runs. Everything happens in one transaction per step.
 */
import type { Db } from '../db/open';
import type { HistoryState } from '../../shared/domain';

/** Tables whose rows the user changes; FTS and meta tables are derived or internal, not logged. */
const LOGGED_TABLES = ['countries', 'pairs', 'partnership_levels', 'milestones', 'milestone_pairs', 'sources', 'milestone_sources', 'dataset_tombstones', 'stories', 'story_items'] as const;
/** How many edits can be undone; older ones are forgotten. */
const MAX_STEPS = 200;


interface Step {
  label: string;
  /** The reversing statements, in the order they were recorded. */
  statements: string[];
}

interface TableInfo {
  name: string;
  columns: string[];
  /** WITHOUT ROWID tables are addressed by their primary key. */
  key: string[] | null;
}

function tableInfo(db: Db, name: string): TableInfo {
  const cols = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(name) as { name: string; pk: number }[];
  const withoutRowid = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(name) as { sql: string }).sql.includes('WITHOUT ROWID');
  return {
    name,
    columns: cols.map((c) => c.name),
    key: withoutRowid ? cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name) : null,
  };
}

/** SQL text that, evaluated in a trigger, yields the condition addressing the OLD or NEW row. */
function rowMatch(t: TableInfo, row: 'OLD' | 'NEW'): string {
  if (!t.key) return `'rowid = ' || ${row}.rowid`;
  return t.key.map((k) => `'"${k}" = ' || quote(${row}."${k}")`).join(` || ' AND ' || `);
}

function triggersFor(t: TableInfo): string {
  const cols = t.key ? t.columns : ['rowid', ...t.columns];
  const colList = cols.map((c) => (c === 'rowid' ? c : `"${c}"`)).join(', ');
  const oldValues = cols.map((c) => `quote(OLD."${c}")`).join(` || ', ' || `);
  const setOld = t.columns.map((c) => `'"${c}" = ' || quote(OLD."${c}")`).join(` || ', ' || `);
  const log = (sql: string) => `INSERT INTO temp.undo_log (sql) VALUES (${sql});`;
  return `
    CREATE TEMP TRIGGER undo_${t.name}_insert AFTER INSERT ON main.${t.name} WHEN history_recording() BEGIN
      ${log(`'DELETE FROM "${t.name}" WHERE ' || ${rowMatch(t, 'NEW')}`)} END;
    CREATE TEMP TRIGGER undo_${t.name}_update AFTER UPDATE ON main.${t.name} WHEN history_recording() BEGIN
      ${log(`'UPDATE "${t.name}" SET ' || ${setOld} || ' WHERE ' || ${rowMatch(t, 'NEW')}`)} END;
    CREATE TEMP TRIGGER undo_${t.name}_delete AFTER DELETE ON main.${t.name} WHEN history_recording() BEGIN
      ${log(`'INSERT INTO "${t.name}" (${colList}) VALUES (' || ${oldValues} || ')'`)} END;`;
}

export class History {
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  private recording = false;

  constructor(private readonly db: Db) {
    db.function('history_recording', { deterministic: false }, () => (this.recording ? 1 : 0));
    db.exec('CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL)');
    db.exec(LOGGED_TABLES.map((name) => triggersFor(tableInfo(db, name))).join('\n'));
  }

  /**
   * Runs `change` in one transaction as one undoable step. A step that changed nothing is not kept;
   * one that throws is rolled back and not kept either.
   */
  record<T>(label: string, change: () => T): T {
    const { result, statements } = this.capture(change);
    this.push(label, statements);
    return result;
  }

  private push(label: string, statements: string[]): void {
    if (statements.length === 0) return;
    this.undoStack.push({ label, statements });
    if (this.undoStack.length > MAX_STEPS) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  /**
   * A bulk change (an import of thousands of rows) as one step without a log entry per row: `change`
   * returns the statements that reverse it. Redo is recorded row by row when the step is undone.
   */
  recordBulk<T>(label: string, change: () => { result: T; inverse: string[] }): T {
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

  /** Forgets every step: after a restore replaced the data the steps refer to. */
  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }

  state(): HistoryState {
    const undo = this.undoStack.at(-1);
    const redo = this.redoStack.at(-1);
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  private replay(from: Step[], to: Step[]): void {
    const step = from.at(-1);
    if (!step) return;
    const { statements } = this.capture(() => {
      // Rows come back in any order (a milestone and its links): check foreign keys at commit.
      this.db.pragma('defer_foreign_keys = ON');
      for (let i = step.statements.length - 1; i >= 0; i--) this.db.exec(step.statements[i]);
    });
    from.pop();
    to.push({ label: step.label, statements });
  }

  private capture<T>(change: () => T): { result: T; statements: string[] } {
    if (this.recording) throw new Error('History.record is not re-entrant');
    this.recording = true;
    try {
      return this.db.transaction(() => {
        this.db.exec('DELETE FROM temp.undo_log');
        const result = change();
        const statements = (this.db.prepare('SELECT sql FROM temp.undo_log ORDER BY seq').pluck().all() as string[]);
        this.db.exec('DELETE FROM temp.undo_log');
        return { result, statements };
      })();
    } finally {
      this.recording = false;
    }
  }
}
