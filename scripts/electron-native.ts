/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/, beside (not over) the copy in
 * node_modules that the tests use under Node. The Electron main process loads it through
 * better-sqlite3's `nativeBinding` option (electron/paths.ts). Needs Electron's headers, so it runs
 * where Electron itself can be downloaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rebuild } from '@electron/rebuild';
import { ELECTRON_NATIVE_DIR, electronNativeBinding } from '../electron/paths';

const root = process.cwd();
const target = path.join(root, ELECTRON_NATIVE_DIR);
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;
const stamp = path.join(target, 'electron-version.txt');

if (fs.existsSync(electronNativeBinding(root)) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === electronVersion) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is already built.`);
} else {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} into ${ELECTRON_NATIVE_DIR}/ …`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.join(target, 'node_modules'), { recursive: true });
  fs.cpSync(path.join(root, 'node_modules/better-sqlite3'), path.join(target, 'node_modules/better-sqlite3'), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  const pkg = JSON.parse(fs.readFileSync(path.join(target, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string };
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': pkg.version } }));
  await rebuild({ buildPath: target, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  fs.writeFileSync(stamp, electronVersion);
  console.log('Done.');
}
