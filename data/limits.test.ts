/**
 * The limits of shared/limits.ts are the ones every layer applies: the SQL CHECKs of the migrations take
 * exactly as much text as the schemas, and a backup as large as the dialog accepts is as large as an
 * upload may be (a 300 MB backup used to pass the dialog and be refused in browser mode).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from './test/test-api';
import crypto from 'node:crypto';
import { FILE, HTTP_MAX_BODY_BYTES, MiB, TEXT } from '../shared/limits';
import { UPLOAD_MAX_BYTES } from '../shared/api/uploads';
import { contract } from '../shared/api/contract';
import { milestoneFieldsSchema, sourceInputSchema } from '../shared/api/schemas';

let t: TestApi;
beforeAll(() => {
  t = openTestApi();
});
afterAll(() => t.core.close());

/** Whether the database takes `length` characters in `column` of the first row of `table` (rolled back). */
function takes(table: string, column: string, length: number): boolean {
  const db = t.core.db;
  const probe = db.transaction(() => {
    db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = (SELECT min(rowid) FROM ${table})`).run('x'.repeat(length));
    throw new Error('rollback');
  });
  try {
    probe();
  } catch (error) {
    if ((error as Error).message === 'rollback') return true;
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_CHECK') return false;
    throw error;
  }
  return true;
}

describe('one set of limits', () => {
  it.each([
    ['milestones', 'title', TEXT.title],
    ['milestones', 'title_ar', TEXT.title],
    ['milestones', 'summary', TEXT.summary],
    ['milestones', 'summary_zh', TEXT.summary],
    ['milestones', 'place', TEXT.place],
    ['sources', 'publisher', TEXT.publisher],
    ['sources', 'title', TEXT.sourceTitle],
    ['countries', 'name_en', TEXT.name],
  ] as const)('the database takes %s.%s up to the limit (%i) and refuses one more', (table, column, limit) => {
    expect(takes(table, column, limit)).toBe(true);
    expect(takes(table, column, limit + 1)).toBe(false);
  });

  it('the schemas hold the same text limits', () => {
    const fields = milestoneFieldsSchema.shape;
    const base = { pairId: 'CN-TJ', category: 'agreements', start: '2020', sources: [] };
    expect(milestoneFieldsSchema.safeParse({ ...base, title: 'x'.repeat(TEXT.title) }).success).toBe(true);
    expect(milestoneFieldsSchema.safeParse({ ...base, title: 'x'.repeat(TEXT.title + 1) }).success).toBe(false);
    expect(fields.summary.safeParse('x'.repeat(TEXT.summary + 1)).success).toBe(false);
    const source = { publisher: 'P', title: 'x'.repeat(TEXT.sourceTitle), language: 'en' };
    expect(sourceInputSchema.safeParse(source).success).toBe(true);
    expect(sourceInputSchema.safeParse({ ...source, title: `${source.title}x` }).success).toBe(false);
  });

  it('a backup never travels in a call: restore takes an upload id, and one limit (FILE.backupBytes) holds for backup uploads', () => {
    const restore = contract.restoreBackup.input;
    expect(restore.safeParse({ upload: crypto.randomUUID() }).success).toBe(true);
    expect(restore.safeParse({ base64: 'AAAA' }).success).toBe(false);
    expect(UPLOAD_MAX_BYTES.backup).toBe(FILE.backupBytes);
    expect(UPLOAD_MAX_BYTES.import).toBe(FILE.importBytes);
    // An import of the most characters, all three-byte UTF-8, fits in a call; nothing larger needs to.
    expect(HTTP_MAX_BODY_BYTES).toBeGreaterThanOrEqual(FILE.importChars * 3);
    expect(HTTP_MAX_BODY_BYTES).toBeLessThan(FILE.importChars * 3 + 2 * MiB);
    expect(contract.importPreview.input.shape.text.unwrap().maxLength).toBe(FILE.importChars);
  });
});
