/**
 * `npm start`: the desktop app where Electron's binary is available; otherwise one line saying so,
 * and the same app in browser mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary';

const electron = findElectronBinary();
if (electron.ok) {
  const native = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/electron-native.ts'], { stdio: 'inherit' });
  if (native.status !== 0) {
    console.error('Could not build better-sqlite3 for Electron (see above). `npm run browser` starts the app in your browser instead.');
    process.exit(1);
  }
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron is not available here: ${electron.reason}. Starting browser mode instead.`);
  const child = spawn(process.execPath, ['dist/server/cli.cjs', '--open'], { stdio: 'inherit' }); // built by npm start's build
  child.on('exit', (code) => process.exit(code ?? 0));
}
