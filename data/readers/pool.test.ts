/**
 * Reader workers (pool.ts) on a real SQLite file: the read-only calls answer exactly what the core's own
 * connection answers; a read after a write, an import or a restore sees it; the workers end when the
 * database is replaced or closed; a worker that fails leaves its reads to the core's connection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../app-core';
import { openTestCore, tempDbFile } from '../test/temp-db';
import { createClient } from '../../shared/api/client';
import { resultBytes } from '../../shared/api/json-text';
import type { Dispatch } from '../../shared/api/dispatch';
import { createReaderPool } from './pool';
import { READ_CALLS } from './read-calls';
import { validMilestone } from '../test/test-api';
import { startApiServer } from '../../server/http-api';
import { tempDir } from '../test/temp-db';

const opened: AppCore[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

async function withReaders(dbFile = tempDbFile(), log: (error: unknown) => void = () => {}) {
  const core = openTestCore({ dbFile, readers: 1, log });
  opened.push(core);
  await core.readers!.ready();
  expect(core.readers!.serving()).toBe(1);
  return core;
}

/** The JSON the HTTP server would send for this call. */
const served = async (dispatch: Dispatch, name: string, input: unknown) => resultBytes(await dispatch(name, input)).toString('utf8');

// A worker started from TypeScript source (tsx) takes a second or two: a restore starts a second one.
describe('reader workers', { timeout: 30_000 }, () => {
  it('answer every read-only call as the core’s own connection does, to the byte', async () => {
    const dbFile = tempDbFile();
    const core = await withReaders(dbFile);
    const own = openTestCore({ dbFile, seed: false, jobs: 'inline' });
    opened.push(own);
    const pairs = (await createClient(own.dispatch).listPairs({})).map((p) => p.id);
    const ids = own.db.prepare('SELECT id FROM milestones ORDER BY id').pluck().all() as number[];
    const calls: [string, unknown][] = [
      ['listPairs', {}],
      ['filterOptions', {}],
      ...pairs.map((pairId): [string, unknown] => ['getPairTimeline', { pairId }]),
      ['getPairTimeline', { pairId: pairs[0], filters: { categories: ['agreements'], from: '2015' } }],
      ['getPairTimeline', { pairId: 'ZZ-ZY' }], // not_found
      ['getPairTimeline', { pairId: 'nope' }], // invalid_input
      ...[ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1], 999_999_999].map((id): [string, unknown] => ['getMilestone', { id }]),
      ...['summit', 'Dushanbe agreement', 'قمة', '峰会', 'railway', 'sumit', 'xqzvvk', '"strategic partnership"', ''].map((query): [string, unknown] => ['search', { query, limit: 20 }]),
      ['search', { query: 'visit', pairIds: pairs.slice(0, 2), filters: { categories: ['visits'] } }],
    ];
    const before = core.readers!.answered();
    for (const [name, input] of calls) expect(await served(core.dispatchServed, name, input), `${name} ${JSON.stringify(input)}`).toBe(await served(own.dispatchServed, name, input));
    expect(core.readers!.answered() - before).toBe(calls.length);
    // And as plain values (Electron's IPC, scripts): the same as the core's own.
    expect((await core.dispatch('getPairTimeline', { pairId: pairs[0] }))).toEqual(await own.dispatch('getPairTimeline', { pairId: pairs[0] }));
  });

  it('answer over browser mode’s HTTP server as the core’s connection does', async () => {
    const dbFile = tempDbFile();
    const core = await withReaders(dbFile);
    const own = openTestCore({ dbFile, seed: false });
    opened.push(own);
    const server = await startApiServer({ dispatch: core.dispatchServed, staticDir: tempDir() });
    try {
      const post = async (name: string, input: unknown) => {
        const res = await fetch(`${server.url}api/${name}`, { method: 'POST', headers: { 'x-bilateral-token': server.token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
        return { length: Number(res.headers.get('content-length')), text: await res.text() };
      };
      const before = core.readers!.answered();
      for (const [name, input] of [['getPairTimeline', { pairId: 'CN-KZ' }], ['search', { query: 'summit' }], ['getMilestone', { id: 999_999_999 }]] as const) {
        const got = await post(name, input);
        expect(got.text).toBe(await served(own.dispatchServed, name, input));
        expect(got.length).toBe(Buffer.byteLength(got.text));
      }
      expect(core.readers!.answered() - before).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('take only the read-only calls: edits run on the core’s connection, and the next read sees them', async () => {
    const core = await withReaders();
    const api = createClient(core.dispatch);
    const answered = () => core.readers!.answered();
    const created = (await api.createMilestone({ milestone: { ...validMilestone, title: 'Written on the main connection' } })).value;
    let before = answered();
    expect((await api.getMilestone({ id: created.id })).title).toBe('Written on the main connection');
    const timeline = await api.getPairTimeline({ pairId: validMilestone.pairId });
    expect(timeline.milestones.some((m) => m.id === created.id)).toBe(true);
    expect((await api.search({ query: 'Written main connection' })).hits.map((h) => h.id)).toContain(created.id);
    expect(answered() - before).toBe(3);

    before = answered();
    await api.updateMilestone({ id: created.id, milestone: { ...validMilestone, title: 'Changed at once' } });
    await api.undo({});
    await api.redo({});
    expect(answered()).toBe(before); // none of those went to a worker
    expect((await api.getMilestone({ id: created.id })).title).toBe('Changed at once');
    await api.deleteMilestone({ id: created.id });
    expect(await core.dispatch('getMilestone', { id: created.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(answered() - before).toBe(2);
  });

  it('see an import’s rows once it is committed', async () => {
    const core = await withReaders();
    const t = createClient(core.dispatch);
    const csv = 'pair,category,start,title,source_1_publisher,source_1_title,source_1_language\nCN-TJ,agreements,2022-05,Imported while readers serve,Test Press,Report,en\n';
    const preview = await t.importPreview({ format: 'csv', text: csv, fileName: 'x.csv' });
    const before = core.readers!.answered();
    expect((await t.search({ query: 'Imported while readers serve' })).total).toBe(0);
    expect((await t.importCommit({ token: preview.token })).value.added).toBe(1);
    expect((await t.search({ query: 'Imported while readers serve' })).total).toBe(1);
    expect(core.readers!.answered() - before).toBe(2);
  });

  it('are replaced with the database a restore brings, and read it', async () => {
    const core = await withReaders();
    const api = createClient(core.dispatch);
    const backup = await api.createBackup({});
    const { id } = (await api.createMilestone({ milestone: { ...validMilestone, title: 'Made after the backup' } })).value;
    expect((await api.getMilestone({ id })).title).toBe('Made after the backup');
    const old = core.readers!;

    const staged = core.downloads.take(backup.download);
    const { id: upload, file } = core.uploads.create();
    (await import('node:fs')).copyFileSync(staged.file, file);
    core.uploads.keep(upload, file, staged.bytes);
    await api.restoreBackup({ upload });
    expect(old.serving()).toBe(0); // the old file's readers have ended
    expect(core.readers).not.toBe(old);
    await core.readers!.ready();
    const before = core.readers!.answered();
    expect(await core.dispatch('getMilestone', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await api.search({ query: 'Made after the backup' })).total).toBe(0);
    expect(core.readers!.answered() - before).toBe(2);
  });

  it('end when the core closes', async () => {
    const core = await withReaders();
    const pool = core.readers!;
    core.close();
    opened.pop();
    await pool.close();
    expect(pool.serving()).toBe(0);
  });

  it('a worker that fails hands its reads back to the core’s connection', async () => {
    const logged: unknown[] = [];
    // A worker that says it is ready and then dies on its first call.
    const dying = new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.postMessage({ ready: true }); parentPort.on('message', () => process.exit(3));")}`);
    const fallbackCalls: string[] = [];
    const pool = createReaderPool({ size: 1, dbFile: tempDbFile(), workerUrl: dying, log: (e) => logged.push(e), fallback: async (name) => (fallbackCalls.push(String(name)), { ok: true, value: 'from the core' }) });
    await pool.ready();
    expect(pool.serving()).toBe(1);
    expect(await pool.dispatch('listPairs', {})).toEqual({ ok: true, value: 'from the core' });
    expect(pool.serving()).toBe(0);
    expect(await pool.dispatch('search', { query: 'x' })).toEqual({ ok: true, value: 'from the core' });
    expect(fallbackCalls).toEqual(['listPairs', 'search']);
    expect(logged.length).toBeGreaterThan(0);
    await pool.close();
  });

  it('serve only calls that read', () => {
    expect([...READ_CALLS].sort()).toEqual(['filterOptions', 'getMilestone', 'getPairTimeline', 'listPairs', 'search']);
  });
});
