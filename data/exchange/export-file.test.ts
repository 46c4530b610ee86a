/**
 * Exports and backups are written by the job to a staged file, row by row: the file must be what the
 * whole document gave when it was built in memory, and a cancelled or failed one must leave nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { tempDir } from '../test/temp-db';
import { collectExport, type ExportedMilestone } from './document';
import { csvHeader, csvRow } from './csv';
import { timelineJsEvent, timelineJsTitle } from './timelinejs';
import { writeExport, type ExportInput } from './export-file';
import { streamed, writeJson } from './json-stream';
import { writeFileInPieces } from './file-writer';
import { datasetRelease } from '../seed/apply-dataset';
import { writeBackup } from '../backup/backup';
import { JobCancelledError, type JobControl } from '../jobs/control';
import { Downloads } from '../downloads';
import { insertSynthetic } from '../../bench/synthetic';
import { NO_FILTERS } from '../../shared/filters';

let t: TestApi;
beforeEach(async () => {
  t = openTestApi();
  // Text a file must keep exactly: quotes, line breaks, formula-looking cells, Arabic and Chinese.
  await t.api.createMilestone({ milestone: { ...validMilestone, title: '=cmd|"/c calc"!A1', titleAr: 'زيارةٌ رسمية', titleZh: '中吉乌铁路', summary: '<b>x</b>\nline two, "quoted"', place: '+Dushanbe', people: ['@someone', 'Emomali Rahmon'] } });
});
afterEach(() => t.core.close());

const input = (format: ExportInput['format'], pairIds: string[] | null = null, filters = NO_FILTERS): ExportInput => ({ format, pairIds, filters, bom: false });
const withoutDate = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
const filtered = { ...NO_FILTERS, categories: ['visits' as const] };

describe('a streamed export is the document built whole', () => {
  it.each([
    ['the whole database', null, NO_FILTERS],
    ['two pairs sharing milestones', ['CN-TJ', 'CN-KZ'], NO_FILTERS],
    ['a pair asked for twice', ['CN-KG', 'CN-TJ', 'CN-KG'], NO_FILTERS],
    ['filtered', null, filtered],
  ])('JSON: %s', async (_what, pairIds, filters) => {
    const file = await t.api.exportData({ format: 'json', pairIds, filters });
    const whole = collectExport(t.core.db, pairIds, filters === NO_FILTERS ? undefined : filters);
    const text = t.text(file);
    expect(withoutDate(text)).toBe(withoutDate(JSON.stringify(whole, null, 1)));
    expect(file.milestones).toBe(whole.pairs.reduce((n, p) => n + p.milestones.length, 0));
    expect(file.bytes).toBe(Buffer.byteLength(text));
    expect(file.milestones).toBeGreaterThan(0);
  });

  it.each([
    ['the whole database, with a byte-order mark', null, true],
    ['one pair', ['CN-KG'], false],
  ])('CSV: %s', async (_what, pairIds, bom) => {
    const file = await t.api.exportData({ format: 'csv', pairIds, bom });
    const whole = collectExport(t.core.db, pairIds);
    const rows = whole.pairs.flatMap((p) => (p.milestones as ExportedMilestone[]).map((m) => ({ pair: p.id, m })));
    const maxSources = rows.reduce((n, { m }) => Math.max(n, m.sources?.length ?? 0), 1);
    const release = datasetRelease(t.core.db);
    // What papaparse writes for the whole table at once.
    const expected = Papa.unparse({ fields: csvHeader(maxSources), data: rows.map(({ pair, m }) => csvRow(pair, m, maxSources, release)) }, { newline: '\r\n' });
    expect(t.text(file)).toBe(`${bom ? '\uFEFF' : ''}${expected}\r\n`);
    expect(file.milestones).toBe(rows.length);
  });

  it('TimelineJS', async () => {
    const file = await t.api.exportData({ format: 'timelinejs', pairIds: ['CN-TJ', 'CN-KG'] });
    const whole = collectExport(t.core.db, ['CN-TJ', 'CN-KG']);
    const events = whole.pairs.flatMap((p) => (p.milestones as ExportedMilestone[]).map((m, i) => timelineJsEvent(p.id, m, i, true)));
    expect(t.text(file)).toBe(JSON.stringify({ title: timelineJsTitle('CN-TJ, CN-KG'), events }, null, 1));
  });

  it('writeJson writes what JSON.stringify(value, null, 1) writes, streamed arrays included', () => {
    const values = [
      { a: [], b: {}, c: [1, [2, [3, {}]]], d: 'line\nbreak "q" \u2028 ع 中', e: undefined, f: null, g: [undefined] },
      [],
      { nested: { deeper: [{ x: 1 }, { y: [true, false] }] } },
    ];
    const dir = tempDir();
    for (const [i, value] of values.entries()) {
      const asStreamed = (v: unknown): unknown =>
        Array.isArray(v) ? streamed(() => v.map(asStreamed)) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asStreamed(x)])) : v;
      for (const [j, form] of [value, asStreamed(value)].entries()) {
        const file = path.join(dir, `${i}-${j}.json`);
        writeFileInPieces(file, (out) => writeJson(out, form));
        expect(fs.readFileSync(file, 'utf8')).toBe(JSON.stringify(value, null, 1));
      }
    }
  });
});

/** A control that cancels at its `n`th look. */
function cancelAt(n: number): JobControl {
  let looks = 0;
  return {
    progress: () => {},
    throwIfCancelled: () => {
      if (++looks >= n) throw new JobCancelledError();
    },
  };
}

describe('a cancelled export or backup leaves no file', { timeout: 60_000 }, () => {
  it.each(['json', 'csv', 'timelinejs'] as const)('%s, cancelled while writing', (format) => {
    insertSynthetic(t.core.db, 3, 6_000);
    const file = path.join(tempDir(), 'export');
    // The first looks are before rows are read; a later one is among the rows, part of the file written.
    expect(() => writeExport(t.core.db, input(format), file, cancelAt(40))).toThrow(JobCancelledError);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a backup, cancelled between its steps', async () => {
    const file = path.join(tempDir(), 'backup.sqlite');
    await expect(writeBackup(t.core.db, file, cancelAt(1))).rejects.toThrow(JobCancelledError);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  it('through the contract, in the worker: the call fails as cancelled and nothing is staged', async () => {
    const w = openTestApi({ seed: false, jobs: 'worker' });
    try {
      insertSynthetic(w.core.db, 10, 60_000);
      const dir = path.dirname(w.core.downloads.create().file);
      for (const call of [(jobId: string) => w.api.exportData({ format: 'json', jobId }), (jobId: string) => w.api.createBackup({ jobId })]) {
        const jobId = crypto.randomUUID();
        const pending = apiError(call(jobId));
        while (!(await w.api.jobProgress({ jobId })).job) await new Promise((r) => setTimeout(r, 1));
        expect(await w.api.cancelJob({ jobId })).toEqual({ cancelled: true });
        expect((await pending).code).toBe('cancelled');
        expect(fs.readdirSync(dir)).toEqual([]);
      }
    } finally {
      w.core.close();
    }
  });
});

describe('staged files', { timeout: 30_000 }, () => {
  it('are taken once; one not taken in time is removed; all are removed when the core closes', async () => {
    const file = await t.api.exportData({ format: 'json', pairIds: ['CN-KG'] });
    expect(t.text(file)).toContain('"id": "CN-KG"');
    expect(() => t.core.downloads.take(file.download)).toThrow(/no longer there/);

    const downloads = new Downloads(20);
    const made = downloads.create();
    fs.writeFileSync(made.file, 'x');
    const staged = downloads.keep(made.id, { file: made.file, fileName: 'a.json', mimeType: 'application/json', bytes: 1 });
    expect(staged).toEqual({ download: made.id, fileName: 'a.json', mimeType: 'application/json', bytes: 1 });
    await new Promise((r) => setTimeout(r, 60));
    expect(fs.existsSync(made.file)).toBe(false);
    expect(() => downloads.take(made.id)).toThrow(/no longer there/);

    const left = await t.api.createBackup({});
    const where = t.core.downloads.take(left.download).file;
    t.core.downloads.keep(left.download, { file: where, fileName: left.fileName, mimeType: left.mimeType, bytes: left.bytes });
    expect(fs.existsSync(where)).toBe(true);
    t.core.close();
    expect(fs.existsSync(where)).toBe(false);
    t = openTestApi(); // for afterEach
  });
});
