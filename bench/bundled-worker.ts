/**
 * The job worker as the app ships it (dist/server/job-worker.cjs, which `npm run bench` builds), for the
 * benches that run the core in their own process: from source, each core's first job started the worker
 * through tsx's loader in a new thread (0.5–2 s of transpiling counted in the first import's preview),
 * which no user waits for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const FILE = path.resolve(import.meta.dirname, '../dist/server/job-worker.cjs');

export function bundledJobWorker(): URL {
  if (!fs.existsSync(FILE)) throw new Error(`${FILE} is missing: run npm run build first (npm run bench does).`);
  return pathToFileURL(FILE);
}
