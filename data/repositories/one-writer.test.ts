/**
 * One writer per table (issue 16): each table of the app is written by one repository module (the seed, the
 * import, the handlers call it), the search index by the search-index module. Migrations, which change the
 * schema, are the exception; so are the two generic copiers that name tables only from the app's fixed
 * table list (db/app-tables.ts): the undo history, which replays row images, and the restore, which copies
 * a backup's rows into a fresh database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');
// SQL keywords are upper case in this code; comments are left out (they name statements in prose).
const WRITE = /\b(?:INSERT(?:\s+OR\s+[A-Z]+)?\s+INTO|UPDATE(?:\s+OR\s+[A-Z]+)?|DELETE\s+FROM)\s+(\w+(?:\.\w+)?)\b/g;
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The module that alone writes each table. */
const WRITER: Record<string, string> = {
  milestones: 'data/repositories/milestones.ts',
  milestone_sources: 'data/repositories/milestones.ts',
  milestone_pairs: 'data/repositories/milestones.ts',
  dataset_tombstones: 'data/repositories/milestones.ts',
  countries: 'data/repositories/countries.ts',
  pairs: 'data/repositories/pairs.ts',
  partnership_levels: 'data/repositories/levels.ts',
  sources: 'data/repositories/sources.ts',
  stories: 'data/repositories/stories.ts',
  story_items: 'data/repositories/stories.ts',
  app_meta: 'data/repositories/meta.ts',
  m49_regions: 'data/repositories/world.ts',
  partnership_tiers: 'data/repositories/world.ts',
  milestone_search: 'data/db/search-index.ts',
  source_search: 'data/db/search-index.ts',
  // A connection's own scratch table: the query's words, as the index's tokenizer reads them.
  'temp.query_tokens': 'data/repositories/search-match.ts',
};
/** Generic writers over the fixed table list (their targets are `main.<table>` and `temp.undo_log`). */
const GENERIC = new Set(['data/history/history.ts', 'data/backup/restore.ts']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' || e.name === 'node_modules' || e.name === 'test' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every (table, file) where a statement writes a table, outside the generic writers. */
function writes(): { table: string; file: string }[] {
  return ['data', 'server', 'electron', 'scripts', 'shared']
    .flatMap((d) => sources(path.join(ROOT, d)))
    .map((full) => ({ full, file: path.relative(ROOT, full) }))
    .filter(({ file }) => !GENERIC.has(file))
    .flatMap(({ full, file }) => [...withoutComments(fs.readFileSync(full, 'utf8')).matchAll(WRITE)].map((m) => ({ table: m[1], file })))
    // "UPDATE SET" of an upsert, "UPDATE OF" of a trigger: not a table.
    .filter((w) => !/^(SET|OF|ON)$/.test(w.table));
}

describe('every table has one writer', () => {
  it('each write statement stands in the one module that owns its table', () => {
    const wrong = writes().filter((w) => WRITER[w.table] !== w.file);
    expect(wrong).toEqual([]);
  });

  it('the check sees the writes it is about (every owner writes its tables)', () => {
    const seen = new Set(writes().map((w) => w.table));
    expect(Object.keys(WRITER).filter((t) => !seen.has(t))).toEqual([]);
  });
});
