/**
 * Bundles the Electron main process and the preload script into dist/electron (CommonJS: the sandboxed
 * preload can only be one file, and main loads better-sqlite3 natively).
 */
import { build } from 'esbuild';
import { CALL_NAMES } from '../shared/api/contract';

// An empty import.meta is an error, not a warning: it once made main.cjs throw at load (path.join(undefined)).
const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', sourcemap: true, logLevel: 'warning' as const, logOverride: { 'empty-import-meta': 'error' as const } };
// CommonJS has no import.meta: modules that find their packages or files through it get the bundle's own URL and folder.
const importMetaUrl = { define: { 'import.meta.url': '__importMetaUrl', 'import.meta.dirname': '__dirname' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } };

await Promise.all([
  build({ ...common, ...importMetaUrl, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3'] }),
  // The job worker (data/jobs/worker.ts): imports, exports and backups off the main process's thread; the runner finds it beside main.cjs.
  build({ ...common, ...importMetaUrl, entryPoints: ['data/jobs/worker.ts'], outfile: 'dist/electron/job-worker.cjs', external: ['electron', 'better-sqlite3'] }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
    define: { __CALL_NAMES__: JSON.stringify(CALL_NAMES) },
  }),
]);
console.log('Built dist/electron/main.cjs, job-worker.cjs and preload.cjs');
