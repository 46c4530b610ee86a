/**
 * The job worker: a worker_threads thread with its own connection to the database (WAL, so the serving
 * thread keeps reading while a job writes), running the jobs of JOBS one at a time, in the order sent.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { ApiError } from '../../shared/api/errors';
import { ImportPlans } from '../exchange/import';
import { JOBS, type JobEnv, type JobName } from './job-table';
import { controlOf } from './progress-cells';
import type { JobReply, JobRequest, WorkerOptions } from './messages';

const options = workerData as WorkerOptions;
// V8's collector on demand (see controlOf): a flag set now applies to contexts created after it.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
/**
 * A full collection once the heap holds this much more than after the last one: what a long job leaves
 * for the old generation stays bounded, and a stretch whose garbage died young (most of an import's rows)
 * does not stop the job for a full collection it did not need (16 of them, 0.7 s, in a 100 000-row import).
 */
const GROWTH = 32 << 20;
let heapAfterCollection = 0;
const heapUsed = () => v8.getHeapStatistics().used_heap_size;
const collect = () => {
  if (heapUsed() < heapAfterCollection + GROWTH) return;
  gc();
  heapAfterCollection = heapUsed();
};
const env: JobEnv = { db: openDatabase(options.dbFile, { nativeBinding: options.nativeBinding }), plans: new ImportPlans() };
// A job's commit does not copy its pages from the log into the file before it replies (an import of 100 000
// rows logged 69 MB: half a second): the worker checkpoints once the reply is sent (below).
env.db.pragma('wal_autocheckpoint = 0');
const port = parentPort!;

let queue = Promise.resolve();
port.on('message', (request: JobRequest | 'close') => {
  if (request === 'close') {
    queue = queue.then(() => {
      env.db.close();
      port.close();
    });
    return;
  }
  queue = queue.then(async () => {
    let reply: JobReply;
    try {
      const control = controlOf(request.cells, collect);
      control.throwIfCancelled();
      const job = JOBS[request.name as JobName] as (env: JobEnv, input: unknown, control: unknown) => unknown;
      const input = request.textBytes ? { ...(request.input as object), text: Buffer.from(request.textBytes.buffer, request.textBytes.byteOffset, request.textBytes.byteLength).toString('utf8') } : request.input;
      request.textBytes = undefined;
      reply = { id: request.id, ok: true, value: await job(env, input, control) };
    } catch (error) {
      reply = error instanceof ApiError ? { id: request.id, ok: false, error: error.toBody() } : { id: request.id, ok: false, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
    // PASSIVE: copies what no reader still needs, waits for nobody; the serving connection's own
    // automatic checkpoints go on as before. A failure here loses nothing (the log keeps the pages).
    try {
      env.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // the next job's checkpoint, or the serving connection's, copies them
    }
  });
});
port.postMessage({ ready: true });
