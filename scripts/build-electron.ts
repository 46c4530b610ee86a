/**
 * Bundles the Electron main process and the preload script into dist/electron (CommonJS: the sandboxed
 * preload can only be one file, and main loads better-sqlite3 natively), and browser mode's server into
 * dist/server (started by `npm run browser`: compiling TypeScript at every start took a second).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { CALL_NAMES } from '../shared/api/contract';

// An empty import.meta is an error, not a warning: it once made main.cjs throw at load (path.join(undefined)).
const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', sourcemap: true, logLevel: 'warning' as const, logOverride: { 'empty-import-meta': 'error' as const } };
// CommonJS has no import.meta: modules that find their packages or files through it get the bundle's own URL and folder.
const importMetaUrl = { define: { 'import.meta.url': '__importMetaUrl', 'import.meta.dirname': '__dirname' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } };

/**
 * `import.meta.dirname` (modules that find their data files beside them) as the source folder, relative
 * to the bundle: left empty, path.join(undefined, …) threw as the bundle loaded.
 */
function sourceDirname(outdir: string): Plugin {
  return {
    name: 'source-dirname',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = fs.readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.dirname')) return undefined;
        const relative = path.relative(path.resolve(outdir), path.dirname(args.path)).split(path.sep).join('/');
        return { contents: text.replaceAll('import.meta.dirname', `require('node:path').resolve(__dirname, ${JSON.stringify(relative)})`), loader: 'ts' };
      });
    },
  };
}

await Promise.all([
  build({ ...common, ...importMetaUrl, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', plugins: [sourceDirname('dist/electron')], external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] }),
  // The job worker (data/jobs/worker.ts): imports, exports and backups off the main process's thread; the runner finds it beside main.cjs.
  build({ ...common, ...importMetaUrl, entryPoints: ['data/jobs/worker.ts'], outfile: 'dist/electron/job-worker.cjs', plugins: [sourceDirname('dist/electron')], external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] }),
  // Browser mode and its job worker; Playwright (the export renderer) is loaded on the first PNG or PDF export.
  build({ ...common, ...importMetaUrl, entryPoints: ['server/cli.ts'], outfile: 'dist/server/cli.cjs', plugins: [sourceDirname('dist/server')], external: ['better-sqlite3', 'playwright-core', '@resvg/resvg-js'] }),
  build({ ...common, ...importMetaUrl, entryPoints: ['data/jobs/worker.ts'], outfile: 'dist/server/job-worker.cjs', plugins: [sourceDirname('dist/server')], external: ['better-sqlite3', '@resvg/resvg-js'] }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
    define: { __CALL_NAMES__: JSON.stringify(CALL_NAMES) },
  }),
]);
console.log('Built dist/electron/main.cjs, job-worker.cjs and preload.cjs; dist/server/cli.cjs and job-worker.cjs');
