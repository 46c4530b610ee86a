/**
 * The workers as the app ships them (dist/server/*.cjs, which `npm run bench` builds), for the benches that
 * run the core in their own process: from source, each worker started through tsx's loader in a new thread
 * (0.5–2 s of transpiling counted in the first import's preview or the first export), which no user waits for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function bundled(name: string): URL {
  const file = path.resolve(import.meta.dirname, '../dist/server', name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first (npm run bench does).`);
  return pathToFileURL(file);
}

/** The job worker (imports, exports, backups). */
export const bundledJobWorker = (): URL => bundled('job-worker.cjs');
/** The render worker (headless Chromium for PNG and PDF). */
export const bundledRenderWorker = (): URL => bundled('render-worker.cjs');
/** The export command as `npm run export` starts it. */
export const bundledExportCommand = (): string => bundled('export.mjs').pathname;
