/**
 * Long work off the serving thread (issue 14, item 4), in the real job worker: reads answer while an
 * import is written, a cancelled import changes nothing, and a server killed with SIGKILL in the middle of
 * an import leaves a sound database without any of the import's rows.
 */
import { describe, expect, it } from 'vitest';
import { openTestApi } from '../test/test-api';
import { tempDbFile } from '../test/temp-db';
import { openAppCore } from '../app-core';
import { openDatabase } from '../db/open';
import { insertSynthetic } from '../../bench/synthetic';
import { syntheticCsv } from '../../bench/import-files';
import { startServerProcess } from '../../bench/server-process';
import { apiError } from '../test/test-api';
import type { JobProgress } from '../../shared/api/calls/jobs';

const ROWS = 10_000;

function syntheticApi() {
  const t = openTestApi({ seed: false, jobs: 'worker' });
  insertSynthetic(t.core.db, 20, 0);
  return t;
}

/**
 * Until `finished()`: job `jobId`'s progress, and a timeline read after each look (answered by the serving
 * thread's own connection); which reads were answered while the job was still running.
 */
async function readWhileRunning(t: ReturnType<typeof syntheticApi>, jobId: string, finished: () => boolean) {
  const seen: JobProgress[] = [];
  const answeredDuring: JobProgress[] = [];
  while (!finished()) {
    const { job } = await t.api.jobProgress({ jobId });
    if (job) seen.push(job);
    await t.api.getPairTimeline({ pairId: 'AA-BA' });
    if (!finished() && job) answeredDuring.push(job);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { seen, readsDuring: (when: (job: JobProgress) => boolean) => answeredDuring.filter(when).length };
}

describe('jobs in the worker', { timeout: 120_000 }, () => {
  it('reads answer while an import is being written, and the import reports its progress', async () => {
    const t = syntheticApi();
    try {
      const preview = await t.api.importPreview({ format: 'csv', text: syntheticCsv(ROWS, 20, { distinctSources: true }), fileName: 'big.csv' });
      expect(preview.toAdd).toBe(ROWS);
      const jobId = crypto.randomUUID();
      let committed = false;
      const commit = t.api.importCommit({ token: preview.token, jobId }).then((r) => ((committed = true), r));
      const { seen, readsDuring } = await readWhileRunning(t, jobId, () => committed);
      const readsWhileWriting = readsDuring((job) => job.phase === 'writing');
      const done = await commit;
      expect(done.value.added).toBe(ROWS);
      expect(readsWhileWriting).toBeGreaterThan(0);
      expect(seen.some((p) => p.phase === 'writing' && p.total === ROWS)).toBe(true);
      expect((await t.api.search({ query: 'Report number 4242' })).total).toBeGreaterThan(0);
      expect(done.history.undoLabel).toBe(`Import ${ROWS} milestones from big.csv`);
      await t.api.undo({});
      expect(t.core.db.prepare('SELECT count(*) FROM milestones').pluck().get()).toBe(0);
    } finally {
      t.core.close();
    }
  });

  it('a cancelled import changes nothing and says so', async () => {
    const t = syntheticApi();
    try {
      const preview = await t.api.importPreview({ format: 'csv', text: syntheticCsv(ROWS, 20, { distinctSources: true }), fileName: 'big.csv' });
      const before = t.snapshot();
      const jobId = crypto.randomUUID();
      const commit = apiError(t.api.importCommit({ token: preview.token, jobId }));
      while ((await t.api.jobProgress({ jobId })).job?.phase !== 'writing') await new Promise((r) => setTimeout(r, 2));
      expect(await t.api.cancelJob({ jobId })).toEqual({ cancelled: true });
      const error = await commit;
      expect([error.code, error.reason?.key]).toEqual(['cancelled', 'cancelled']);
      expect(t.snapshot()).toBe(before);
      expect(await t.api.historyState({})).toMatchObject({ canUndo: false });
      expect(await t.api.cancelJob({ jobId })).toEqual({ cancelled: false });
    } finally {
      t.core.close();
    }
  });

  it('a restore is built in the worker: reads answer meanwhile, it reports progress, and then serves the backup', async () => {
    const t = syntheticApi();
    try {
      insertSynthetic(t.core.db, 20, 20_000);
      const backup = await t.api.createBackup({});
      const after = await t.api.createMilestone({ milestone: { pairId: 'AA-BA', category: 'visits', title: 'After the backup', start: '2030', levelId: null, sources: [] } });
      const jobId = crypto.randomUUID();
      let restored = false;
      const restoring = t.api.restoreBackup({ upload: t.upload(t.fetch(backup)), jobId }).then((r) => ((restored = true), r));
      const { seen, readsDuring } = await readWhileRunning(t, jobId, () => restored);
      const readsWhileBuilding = readsDuring(() => true);
      expect((await restoring).migrated).toBe(false);
      expect(readsWhileBuilding).toBeGreaterThan(0);
      expect(seen.some((p) => p.phase === 'writing')).toBe(true);
      // The backup's rows, not the milestone written after it.
      expect(t.core.db.prepare('SELECT count(*) FROM milestones').pluck().get()).toBe(20_000);
      expect(t.core.db.prepare('SELECT count(*) FROM milestones WHERE id = ?').pluck().get(after.value.id)).toBe(0);
    } finally {
      t.core.close();
    }
  });

  it('a cancelled restore leaves the open database as it was', async () => {
    const t = syntheticApi();
    try {
      insertSynthetic(t.core.db, 20, 20_000);
      const backup = await t.api.createBackup({});
      await t.api.createMilestone({ milestone: { pairId: 'AA-BA', category: 'visits', title: 'Kept', start: '2030', levelId: null, sources: [] } });
      const before = t.snapshot();
      const jobId = crypto.randomUUID();
      const restoring = apiError(t.api.restoreBackup({ upload: t.upload(t.fetch(backup)), jobId }));
      while (!(await t.api.jobProgress({ jobId })).job) await new Promise((r) => setTimeout(r, 1));
      expect(await t.api.cancelJob({ jobId })).toEqual({ cancelled: true });
      expect((await restoring).code).toBe('cancelled');
      expect(t.snapshot()).toBe(before);
    } finally {
      t.core.close();
    }
  });

  it('kill -9 of the server in the middle of an import: integrity ok, none of its rows', async () => {
    const file = tempDbFile();
    const setup = openAppCore({ dbFile: file, log: () => {}, jobs: 'inline' });
    insertSynthetic(setup.db, 20, 100);
    setup.close();
    const server = await startServerProcess(file);
    let killed = false;
    try {
      const preview = await server.post<{ token: string; toAdd: number }>('importPreview', { format: 'csv', text: syntheticCsv(30_000, 20, { distinctSources: true, seed: 3 }), fileName: 'k.csv' });
      expect(preview.ok).toBe(true);
      const jobId = crypto.randomUUID();
      void server.post('importCommit', { token: preview.value.token, jobId });
      for (let i = 0; i < 20_000; i++) {
        const progress = await server.post<{ job: JobProgress | null }>('jobProgress', { jobId });
        if (progress.value?.job?.phase === 'writing' && progress.value.job.done > 0) break;
        await new Promise((r) => setTimeout(r, 2));
      }
      process.kill(server.pid, 'SIGKILL');
      killed = true;
    } finally {
      if (!killed) await server.stop();
    }
    await new Promise((r) => setTimeout(r, 300));
    const db = openDatabase(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Only the synthetic pairs' rows (A?-B?): the bundled world pairs (AD-CN, AE-CN, …) share their first letter.
      expect(db.prepare("SELECT count(*) FROM milestones WHERE pair_id GLOB 'A?-B?'").pluck().get()).toBe(100);
      expect(db.prepare("SELECT count(*) FROM sources WHERE title LIKE 'Report number %'").pluck().get()).toBe(0);
      expect(db.prepare("INSERT INTO milestone_search (milestone_search) VALUES ('integrity-check')").run()).toBeTruthy();
    } finally {
      db.close();
    }
  });
});
