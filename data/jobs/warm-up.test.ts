/** The job worker started ahead of the first job: it starts only when asked, and is ready when warmUp says so. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createJobRunner, type JobRunner, type JobRunnerOptions } from './runner';
import { openDatabase } from '../db/open';
import { tempDbFile, tempDir } from '../test/temp-db';

/** A stand-in worker script that notes, in a file, that it started, then says it is ready after a pause. */
function markingWorker(): { url: URL; marker: string } {
  const dir = tempDir();
  const marker = path.join(dir, 'started');
  const script = path.join(dir, 'worker.mjs');
  fs.writeFileSync(
    script,
    `import fs from 'node:fs';\nimport { parentPort } from 'node:worker_threads';\nfs.writeFileSync(${JSON.stringify(marker)}, 'yes');\nsetTimeout(() => parentPort.postMessage({ ready: true }), 200);\nparentPort.on('message', () => {});\n`,
  );
  return { url: pathToFileURL(script), marker };
}

/** A runner on a fresh database file, closed with it after `use`. */
async function withRunner(options: Omit<JobRunnerOptions, 'db' | 'dbFile'>, use: (runner: JobRunner) => Promise<void>): Promise<void> {
  const dbFile = tempDbFile();
  const db = openDatabase(dbFile);
  const runner = createJobRunner({ db, dbFile, ...options });
  try {
    await use(runner);
  } finally {
    await runner.close();
    db.close();
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('job worker warm-up', () => {
  it('starts no worker until asked; warmUp starts it and resolves once it is ready', async () => {
    const { url, marker } = markingWorker();
    await withRunner({ workerUrl: url }, async (runner) => {
      await pause(300);
      expect(fs.existsSync(marker)).toBe(false);
      const t0 = performance.now();
      await runner.warmUp();
      expect(fs.existsSync(marker)).toBe(true);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(150); // it waited for the worker's "ready"
      await runner.warmUp(); // a second call starts no second worker and resolves at once
    });
  });

  it('the real worker, warmed up, then runs a job', async () => {
    await withRunner({}, async (runner) => {
      await runner.warmUp();
      const preview = await runner.run('importPreview', { format: 'csv', text: 'pair,category,start,title\nCN-KZ,visit,2019-09-11,A visit\n', fileName: 'a.csv' });
      expect(preview.rows).toBe(1); // read and checked in the worker (the empty database knows no country: the row is refused)
      expect(preview.invalidCount).toBe(1);
    });
  });

  it('an inline runner, or one already closed, starts no worker', async () => {
    const { url, marker } = markingWorker();
    await withRunner({ workerUrl: url, mode: 'inline' }, (inline) => inline.warmUp());
    await withRunner({ workerUrl: url }, async (closed) => {
      await closed.close();
      await closed.warmUp();
    });
    await pause(300);
    expect(fs.existsSync(marker)).toBe(false);
  });
});
