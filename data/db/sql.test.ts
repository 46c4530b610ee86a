import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { tempDbFile } from '../test/temp-db';
import { list, sql } from './sql';

describe('sql`…`', () => {
  it('passes values and lists as parameters: a quote in the data is data, and the text never changes with it', () => {
    const db = openDatabase(tempDbFile());
    db.exec("INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('RU', 'Russia'), ('TJ', 'Tajikistan')");
    const q = sql`UPDATE countries SET name_ar = ${"O'Neil'); DROP TABLE pairs; --"} WHERE code IN ${list(['CN', 'TJ'])}`;
    expect(q.sql).toBe('UPDATE countries SET name_ar = ? WHERE code IN (SELECT value FROM json_each(?))');
    expect(db.prepare(q.sql).run(...q.params).changes).toBe(2);
    expect(db.prepare("SELECT code FROM countries WHERE name_ar IS NOT NULL ORDER BY code").pluck().all()).toEqual(['CN', 'TJ']);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'pairs'").pluck().get()).toBe(1);
    const other = sql`UPDATE countries SET name_ar = ${'x'} WHERE code IN ${list(['RU'])}`;
    expect(other.sql).toBe(q.sql);
    db.close();
  });
});
