/**
 * `npm run browser`: the app in the default browser. Opens the database, brings the bundled dataset in,
 * serves the built renderer and the API on 127.0.0.1, and prints the URL (which carries the token).
 *
 *   node dist/server/cli.cjs [--db FILE] [--port N] [--readers N] [--open] [--json]   (built by npm run build; tsx server/cli.ts from source)
 *
 * --readers: how many reader workers serve the read-only calls off the HTTP thread (data/readers; default
 * READERS, 0: every call on the HTTP thread).
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { openAppCore } from '../data/app-core';
import { startApiServer } from './http-api';
import { DB_FILE_NAME, userDataDir } from './user-data';
import { DATASET_DIR, RENDERER_DIST, SHARE_VIEWER_DIST } from './paths';
import { createChromiumRenderer } from './chromium-renderer';
import { whenQuiet } from './when-quiet';

/** The export browser and the job worker start once the page has been quiet this long after its first calls (at the latest WARM_UP_LATEST_MS after the start). */
const WARM_UP_QUIET_MS = 800;
const WARM_UP_LATEST_MS = 10_000;
/** Browser mode's port unless --port says otherwise (another if it is taken): see ApiServerOptions.preferredPort. */
const PREFERRED_PORT = 47219;
/** Reader workers by default (data/readers/pool.ts; bench/load.bench.ts measures them, BENCH_SERVER_ARGS="--readers N" compares). */
const READERS = 1;

function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Could not open a browser by itself: open the URL above.'));
  child.unref();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      readers: { type: 'string' },
      open: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dbFile = path.resolve(values.db ?? path.join(userDataDir(), DB_FILE_NAME));
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not ${values.port}`);
  const readers = values.readers ? Number(values.readers) : READERS;
  if (!Number.isInteger(readers) || readers < 0 || readers > 8) throw new Error(`--readers must be a number from 0 to 8, not ${values.readers}`);

  // Image exports render in a headless Chromium.
  const renderer = createChromiumRenderer();
  const core = openAppCore({ dbFile, datasetDir: DATASET_DIR, renderer, shareViewerDir: SHARE_VIEWER_DIST, readers });
  // Image exports' browser and the job worker (imports, exports, backups) start in the background once the
  // first page has drawn (see whenQuiet).
  const warmUp = whenQuiet(() => (renderer.warmUp(), void core.warmUpJobs()), { quietMs: WARM_UP_QUIET_MS, latestMs: WARM_UP_LATEST_MS });
  const dispatch: typeof core.dispatchServed = (name, input) => {
    warmUp.touch();
    return core.dispatchServed(name, input);
  };
  const server = await startApiServer({ dispatch, uploads: core.uploads, downloads: core.downloads, staticDir: RENDERER_DIST, ...(values.port ? { port } : { preferredPort: PREFERRED_PORT }) });
  if (values.json) {
    console.log(JSON.stringify({ appUrl: server.appUrl, url: server.url, token: server.token, dbFile }));
  } else {
    console.log(`Bilateral Timelines (browser mode) is running. Open:\n  ${server.appUrl}\nDatabase: ${dbFile}\nPress Ctrl+C to stop.`);
  }
  if (values.open) openInBrowser(server.appUrl);

  const stop = async () => {
    warmUp.cancel();
    await server.close();
    await renderer.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Could not start browser mode: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
