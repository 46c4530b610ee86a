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
function sourceDirname(outdir: string, bundleDir = '__dirname'): Plugin {
  return {
    name: 'source-dirname',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = fs.readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.dirname')) return undefined;
        const relative = path.relative(path.resolve(outdir), path.dirname(args.path)).split(path.sep).join('/');
        return { contents: text.replaceAll('import.meta.dirname', `require('node:path').resolve(${bundleDir}, ${JSON.stringify(relative)})`), loader: 'ts' };
      });
    },
  };
}

// The split server's chunks are named by hash: clear the last build's, which nothing would load any more.
fs.rmSync('dist/server', { recursive: true, force: true });

await Promise.all([
  build({ ...common, ...importMetaUrl, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', plugins: [sourceDirname('dist/electron')], external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] }),
  // The job worker (data/jobs/worker.ts): imports, exports and backups off the main process's thread; the runner finds it beside main.cjs.
  build({ ...common, ...importMetaUrl, entryPoints: ['data/jobs/worker.ts'], outfile: 'dist/electron/job-worker.cjs', plugins: [sourceDirname('dist/electron')], external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] }),
  // Browser mode, as ES modules split at each dynamic import: what a start needs is one small chunk, and the
  // heavy call groups (export, citations, extractor, atlas; data/service.ts) and Playwright load on first use.
  // cli.cjs (written below) is the entry every caller starts.
  build({
    ...common,
    format: 'esm',
    splitting: true,
    // The export command (scripts/export.ts) too: run from source, tsx scanned Playwright's bundles at every export.
    entryPoints: { cli: 'server/cli.ts', export: 'scripts/export.ts' },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    // Beside cli.mjs: modules find their neighbours (job-worker.cjs) through their own import.meta.url.
    chunkNames: 'chunk-[hash]',
    minify: true,
    plugins: [sourceDirname('dist/server', 'import.meta.dirname')],
    external: ['better-sqlite3', 'playwright-core', '@resvg/resvg-js'],
    // Bundled CommonJS packages call require and read __dirname; ES modules have neither.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url); const __filename = require('node:url').fileURLToPath(import.meta.url); const __dirname = require('node:path').dirname(__filename);" },
  }),
  build({ ...common, ...importMetaUrl, entryPoints: ['data/jobs/worker.ts'], outfile: 'dist/server/job-worker.cjs', plugins: [sourceDirname('dist/server')], external: ['better-sqlite3', '@resvg/resvg-js'] }),
  // The render worker (server/render-worker.ts): Playwright and its Chromium, off the host's thread; chromium-renderer finds it beside its chunk.
  build({ ...common, ...importMetaUrl, entryPoints: ['server/render-worker.ts'], outfile: 'dist/server/render-worker.cjs', plugins: [sourceDirname('dist/server')], external: ['playwright-core'] }),
  // The reader workers (data/readers/worker.ts): read-only calls off the serving thread; the pool finds them beside its module.
  build({ ...common, ...importMetaUrl, entryPoints: ['data/readers/worker.ts'], outfile: 'dist/electron/reader-worker.cjs', plugins: [sourceDirname('dist/electron')], external: ['electron', 'better-sqlite3'] }),
  build({ ...common, ...importMetaUrl, entryPoints: ['data/readers/worker.ts'], outfile: 'dist/server/reader-worker.cjs', plugins: [sourceDirname('dist/server')], external: ['better-sqlite3'] }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
    define: { __CALL_NAMES__: JSON.stringify(CALL_NAMES) },
  }),
]);
fs.writeFileSync('dist/server/cli.cjs', "// Browser mode's entry (scripts/build-electron.ts): the bundle itself is ES modules.\nimport('./cli.mjs');\n");
console.log('Built dist/electron/main.cjs, job-worker.cjs, reader-worker.cjs and preload.cjs; dist/server/cli.cjs, export.mjs, job-worker.cjs, reader-worker.cjs and render-worker.cjs');
