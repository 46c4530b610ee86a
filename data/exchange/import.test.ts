/**
 * The import's findings of issue 14 (item 6), each on the real core and a real SQLite file: pair ids
 * normalised in one place for preview and commit, text normalised (NUL, lone surrogates, zero-width,
 * NFC), a valid file holding U+FFFD accepted, previews kept per database, the fast validator agreeing with
 * the schema, and undo of a large import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, openTestApi, type TestApi } from '../test/test-api';
import { decodeUtf8File } from '../../shared/text/decode-utf8';
import { checkMilestone, checkMilestoneWithSchema } from './validate-row';
import { parseCsv } from './csv';
import type { RawRow } from './rows';

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

const HEADER = 'pair,category,start,title,source_1_publisher,source_1_title,source_1_language\n';
const csv = (...rows: string[]) => HEADER + rows.join('\n') + '\n';
const jsonFile = (pairs: unknown[], countries: unknown[] = []) => JSON.stringify({ format: 'bilateral-timelines', version: 1, countries, pairs });

describe('pair ids: one check for preview and commit', () => {
  it('refuses CN-CN in the preview, with its reason, so the commit never sees it', async () => {
    const p = await t.api.importPreview({ format: 'csv', text: csv('CN-CN,visits,2020,Alone,Press,Report,en', 'CN-TJ,visits,2020,Together,Press,Report,en'), fileName: 'x.csv' });
    expect(p.toAdd).toBe(1);
    expect(p.invalid[0]).toMatchObject({ line: 2, reason: expect.stringContaining('CN-CN names the same country twice'), why: { key: 'field.sameCountryTwice', field: 'pairId' } });
    expect((await t.api.importCommit({ token: p.token })).value.added).toBe(1);
  });

  it('says where the new milestones went: how many on each pair, and their ids', async () => {
    const p = await t.api.importPreview({ format: 'csv', text: csv('CN-TJ,visits,2031,First new,Press,Report,en', 'CN-KZ,visits,2032,Second new,Press,Report,en', 'CN-TJ,visits,2033,Third new,Press,Report,en'), fileName: 'w.csv' });
    const { value } = await t.api.importCommit({ token: p.token });
    expect(value.byPair).toEqual([{ pairId: 'CN-TJ', added: 2 }, { pairId: 'CN-KZ', added: 1 }]);
    const rows = t.core.db.prepare('SELECT pair_id, title FROM milestones WHERE id BETWEEN ? AND ? ORDER BY id').all(value.ids.first, value.ids.last);
    expect(rows).toEqual([
      { pair_id: 'CN-TJ', title: 'First new' },
      { pair_id: 'CN-KZ', title: 'Second new' },
      { pair_id: 'CN-TJ', title: 'Third new' },
    ]);
  });

  it('a JSON file whose pair and ladder are under the reversed id TJ-CN commits into CN-TJ', async () => {
    const text = jsonFile([{ id: 'TJ-CN', ladder: [{ key: 'brand-new-level', name: { en: 'A brand new level', ar: null, zh: null } }], milestones: [{ category: 'partnership', title: 'Reversed pair upgrade', start: '2030', level: 'brand-new-level', sources: [] }] }]);
    const p = await t.api.importPreview({ format: 'json', text, fileName: 'r.json' });
    expect(p).toMatchObject({ toAdd: 1, invalidCount: 0, newPairs: [] });
    const done = await t.api.importCommit({ token: p.token });
    expect(done.value.pairIds).toEqual(['CN-TJ']);
    const row = t.core.db.prepare("SELECT m.pair_id, l.key FROM milestones m JOIN partnership_levels l ON l.id = m.level_id WHERE m.title = 'Reversed pair upgrade'").get();
    expect(row).toEqual({ pair_id: 'CN-TJ', key: 'brand-new-level' });
  });
});

describe('text is normalised on import', () => {
  it('removes zero-width characters and composes to NFC, so duplicates are found', async () => {
    const existing = t.core.db.prepare("SELECT pair_id, start_date, title FROM milestones WHERE pair_id = 'CN-TJ' ORDER BY id LIMIT 1").get() as { pair_id: string; start_date: string; title: string };
    const spaced = existing.title.replace(' ', ' \u200B');
    const p = await t.api.importPreview({ format: 'csv', text: csv(`${existing.pair_id},visits,${existing.start_date},"${spaced}",Press,Report,en`), fileName: 'zw.csv' });
    expect(p.duplicateCount).toBe(1);
    const decomposed = 'Cafe\u0301 talks'; // e + combining acute
    const first = await t.api.importPreview({ format: 'csv', text: csv(`CN-TJ,visits,2031,${decomposed},Press,Report,en`, 'CN-TJ,visits,2031,Caf\u00e9 talks,Press,Report,en'), fileName: 'nfc.csv' });
    expect([first.toAdd, first.duplicateCount]).toEqual([1, 1]);
    await t.api.importCommit({ token: first.token });
    expect(t.core.db.prepare("SELECT title FROM milestones WHERE start_date = '2031'").pluck().get()).toBe('Caf\u00e9 talks');
  });

  it('refuses an escaped NUL and a lone surrogate in any field, sources included', async () => {
    const m = (fields: object) => ({ category: 'visits', title: 'Fine', start: '2020', sources: [], ...fields });
    const text = jsonFile([{ id: 'CN-TJ', ladder: [], milestones: [m({ title: 'a\u0000b' }), m({ summary: 'x\uDC00y' }), m({ sources: [{ publisher: 'P\u0000', title: 'T', language: 'en' }] }), m({ title: 'Fine and new' })] }]);
    const p = await t.api.importPreview({ format: 'json', text, fileName: 'nul.json' });
    expect(p.invalid.map((n) => n.reason)).toEqual([
      'title: contains a NUL character (U+0000)',
      'summary: contains a broken character (an unpaired UTF-16 surrogate)',
      'sources.0.publisher: contains a NUL character (U+0000)',
    ]);
    expect(p.invalid.map((n) => n.why)).toEqual([
      { key: 'importRow.nul', field: 'title' },
      { key: 'importRow.brokenCharacter', field: 'summary' },
      { key: 'importRow.nul', field: 'sources.0.publisher' },
    ]);
    expect(p.toAdd).toBe(1);
  });

  it('every row note carries a key and its parameters for the renderer: unknown country, level, linked pair, duplicates, cells', async () => {
    const m = (fields: object) => ({ category: 'visits', title: 'Fine', start: '2020', sources: [], ...fields });
    const json = jsonFile([
      { id: 'CN-TJ', ladder: [], milestones: [m({ title: 'Linked', alsoPairs: ['CN-XX'] }), m({ title: 'Leveled', level: 'no-such-level' }), m({ title: 'Twice' }), m({ title: 'Twice' })] },
      { id: 'CN-ZZ', ladder: [], milestones: [m({ title: 'Nowhere' })] },
    ]);
    const p = await t.api.importPreview({ format: 'json', text: json, fileName: 'notes.json' });
    expect(p.invalid.map((n) => [n.title, n.why])).toEqual([
      ['Leveled', { key: 'importRow.notOnLadder', params: { level: 'no-such-level', pair: 'CN-TJ' }, field: 'level' }],
      ['Nowhere', { key: 'importRow.unknownCountry', params: { code: 'ZZ' } }],
      ['Linked', { key: 'importRow.unknownLinkedPair', params: { pair: 'CN-XX' }, field: 'alsoPairs' }],
    ]);
    expect(p.duplicates.map((n) => [n.title, n.why.key])).toEqual([['Twice', 'importRow.repeatedInFile']]);
    const cells = await t.api.importPreview({ format: 'csv', text: csv('CN-TJ,visits,2020,Short'), fileName: 'cells.csv' });
    expect(cells.invalid[0].why).toEqual({ key: 'importRow.cellCount', params: { cells: 4, header: 7 } });
  });

  it('accepts a valid UTF-8 file that contains U+FFFD, and refuses one that is not UTF-8', async () => {
    const bytes = new TextEncoder().encode(csv('CN-TJ,visits,2032,Replacement \uFFFD character,Press,Report,en'));
    const p = await t.api.importPreview({ format: 'csv', text: decodeUtf8File(bytes), fileName: 'fffd.csv' });
    expect(p.toAdd).toBe(1);
    const latin1 = Uint8Array.from([...new TextEncoder().encode(HEADER), 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    expect(() => decodeUtf8File(latin1)).toThrow(/not valid UTF-8/);
  });

  it('a JSON file nested 100 000 levels deep gets a clear message, not an internal error', async () => {
    const text = `{"format":"bilateral-timelines","version":1,"countries":[],"pairs":[{"id":"CN-TJ","ladder":[],"milestones":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}]}`;
    const error = await apiError(t.api.importPreview({ format: 'json', text, fileName: 'deep.json' }));
    expect([error.code, error.message]).toEqual(['invalid_input', expect.stringContaining('more than 32 levels deep')]);
  });
});

describe('import previews belong to one database', () => {
  it.each(['inline', 'worker'] as const)('a preview taken before a restore is refused after it (%s jobs)', { timeout: 30_000 }, async (jobs) => {
    const api = jobs === 'inline' ? t : openTestApi({ jobs });
    try {
      const backup = await api.api.createBackup({});
      const preview = await api.api.importPreview({ format: 'csv', text: csv('CN-TJ,visits,2033,Before the restore,Press,Report,en'), fileName: 'b.csv' });
      await api.api.restoreBackup({ upload: api.upload(api.fetch(backup)) });
      const before = api.snapshot();
      const error = await apiError(api.api.importCommit({ token: preview.token }));
      expect([error.code, error.reason?.key]).toEqual(['not_found', 'import.expired']);
      expect(api.snapshot()).toBe(before);
    } finally {
      if (api !== t) api.core.close();
    }
  });
});

describe('the fast row check', () => {
  it('agrees with the schema on every row of the crafted files and on mutations of a valid row', () => {
    const rows: Record<string, unknown>[] = [];
    const dir = path.join(import.meta.dirname, 'bad-files');
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      try {
        parseCsv(decodeUtf8File(fs.readFileSync(path.join(dir, name))), (r: RawRow) => r.value && rows.push(r.value));
      } catch {
        // file-level refusals have no rows
      }
    }
    const valid = { category: 'visits', title: ' A visit ', start: '2020-02', end: null, titleAr: '', people: [' X '], sources: [{ publisher: 'P', title: 'T', date: '2020', language: 'en', url: ' https://example.org/x ' }] };
    const mutations: Record<string, unknown>[] = [
      valid, { ...valid, end: '2020-01' }, { ...valid, end: '2020' }, { ...valid, start: '2020-02-30' }, { ...valid, title: '   ' }, { ...valid, title: 'x'.repeat(301) },
      { ...valid, category: 'war' }, { ...valid, extra: 1 }, { ...valid, people: 'X' }, { ...valid, people: Array(41).fill('x') }, { ...valid, summary: 5 },
      { ...valid, sources: [{ ...valid.sources[0], url: 'javascript:alert(1)' }] }, { ...valid, sources: [{ ...valid.sources[0], url: '' }] },
      { ...valid, sources: [{ ...valid.sources[0], language: 'EN' }] }, { ...valid, sources: [{ ...valid.sources[0], extra: 1 }] }, { ...valid, level: 'Not A Key' },
      { ...valid, level: 'ok-key', datasetKey: null, modified: true, established: 'yes' }, { ...valid, sources: Array(21).fill(valid.sources[0]) }, { ...valid, start: 2020 },
      // The fields of migrations 50 and 55, as every CSV row carries them.
      { ...valid, summaryAr: null, summaryZh: ' 摘要 ', alsoPairs: ['CN-KZ'], translated: ['title_ar'], quote: ' q ', quoteLanguage: 'zh', disagreement: 'On the date.' },
      { ...valid, summaryAr: '' }, { ...valid, summaryZh: 'x'.repeat(4001) }, { ...valid, alsoPairs: ['cn-kz'] }, { ...valid, alsoPairs: 'CN-KZ' }, { ...valid, alsoPairs: Array(51).fill('CN-KZ') },
      { ...valid, translated: ['title', 'notes'] }, { ...valid, translated: [] }, { ...valid, translated: Array(7).fill('title') }, { ...valid, quote: '  ' }, { ...valid, quote: 'x'.repeat(301) },
      { ...valid, quoteLanguage: 'e' }, { ...valid, quoteLanguage: 'x'.repeat(13) }, { ...valid, disagreement: '' }, { ...valid, disagreement: 3 }, { ...valid, quote: null, quoteLanguage: null, disagreement: null },
    ];
    for (const row of [...rows, ...mutations]) {
      const { pairId: _pair, ...fields } = row;
      expect(checkMilestone(structuredClone(fields)), JSON.stringify(fields)).toEqual(checkMilestoneWithSchema(structuredClone(fields)));
    }
  });
});

describe('the commit writes rows in batches', () => {
  it('gives the ids, source links, positions, shared-pair links and established flag that writing row by row gives', async () => {
    // 70 rows: two full batches of ROWS_PER_INSERT (32) and a rest written one by one.
    const shared = { publisher: 'Batch Press', title: 'Shared report', date: '2024-01-01', language: 'en', url: null };
    const own = (i: number) => ({ publisher: `Press ${i}`, title: `Own report ${i}`, date: null, language: 'en', url: `https://example.org/${i}` });
    const milestones = Array.from({ length: 70 }, (_, i) => ({
      category: 'visits',
      title: `Batched milestone ${i}`,
      start: `2030-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      // Every third row cites a source of its own after the shared one; every fifth cites the shared one again (kept once, at its first position).
      sources: [shared, ...(i % 3 === 0 ? [own(i)] : []), ...(i % 5 === 0 ? [shared] : [])],
      alsoPairs: i % 7 === 0 ? ['CN-KZ'] : [],
      established: i === 40 || i === 50,
    }));
    const text = jsonFile([{ id: 'KZ-TJ', ladder: [], milestones }]);
    const p = await t.api.importPreview({ format: 'json', text, fileName: 'batches.json' });
    expect(p).toMatchObject({ toAdd: 70, invalidCount: 0 });
    const maxSource = t.core.db.prepare('SELECT max(id) FROM sources').pluck().get() as number;
    const { value } = await t.api.importCommit({ token: p.token });
    expect(value.ids.last - value.ids.first).toBe(69);

    const db = t.core.db;
    const titles = db.prepare('SELECT title FROM milestones WHERE id BETWEEN ? AND ? ORDER BY id').pluck().all(value.ids.first, value.ids.last);
    expect(titles).toEqual(milestones.map((m) => m.title));
    // New sources are numbered in the order they are first cited.
    const newSources = db.prepare('SELECT publisher, title FROM sources WHERE id > ? ORDER BY id').all(maxSource);
    const firstCited = [...new Map(milestones.flatMap((m) => m.sources).map((s) => [`${s.publisher}|${s.title}`, { publisher: s.publisher, title: s.title }])).values()];
    expect(newSources).toEqual(firstCited);
    const links = db.prepare('SELECT m.title, ms.position, s.title AS source FROM milestone_sources ms JOIN milestones m ON m.id = ms.milestone_id JOIN sources s ON s.id = ms.source_id WHERE m.id >= ? ORDER BY m.id, ms.position').all(value.ids.first);
    const expected = milestones.flatMap((m) => {
      const seen = new Set<string>();
      return m.sources.flatMap((s, position) => (seen.has(s.title) ? [] : (seen.add(s.title), [{ title: m.title, position, source: s.title }])));
    });
    expect(links).toEqual(expected);
    const linked = db.prepare("SELECT m.title FROM milestone_pairs mp JOIN milestones m ON m.id = mp.milestone_id WHERE mp.pair_id = 'CN-KZ' AND m.id >= ? ORDER BY m.id").pluck().all(value.ids.first);
    expect(linked).toEqual(milestones.filter((m) => m.alsoPairs.length).map((m) => m.title));
    // The first established row of the new pair is its origin; the later one leaves it.
    const origin = db.prepare("SELECT m.title FROM pairs p JOIN milestones m ON m.id = p.established_milestone_id WHERE p.id = 'KZ-TJ'").pluck().get();
    expect(origin).toBe('Batched milestone 40');
  });
});
