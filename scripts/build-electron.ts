/**
 * Bundles the Electron main process and the preload script into dist/electron (CommonJS: the sandboxed
 * preload can only be one file, and main loads better-sqlite3 natively).
 */
import { build } from 'esbuild';
import { CALL_NAMES } from '../shared/api/contract';

const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', sourcemap: true, logLevel: 'warning' as const };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3'] }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
    define: { __CALL_NAMES__: JSON.stringify(CALL_NAMES) },
  }),
]);
console.log('Built dist/electron/main.cjs and preload.cjs');
