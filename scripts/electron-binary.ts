/**
 * Finds the Electron binary without triggering anything that hangs: asks the electron package for its
 * path in a child process (which downloads the binary on first use where the internet is reachable),
 * with a time limit. Returns the path, or why there is none.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

export function findElectronBinary(timeoutMs = 180_000): ElectronBinary {
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const out = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  if (result.status === 0 && out && fs.existsSync(out)) return { ok: true, path: out };
  if (result.error) return { ok: false, reason: `looking for it failed (${result.error.message})` };
  const firstLine = (result.stderr ?? '').split('\n').find((l) => /error/i.test(l)) ?? 'the electron package has no binary';
  return { ok: false, reason: `the Electron binary is not installed and could not be downloaded (${firstLine.trim().slice(0, 160)})` };
}

/**
 * The installed Electron binary, if any, without downloading: tests only ask whether it is here, so a machine
 * without it skips at once instead of reaching for the network.
 */
export function installedElectronBinary(): ElectronBinary {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override ? path.join(override, relative || 'electron') : relative ? path.join(pkgDir, 'dist', relative) : '';
  if (full && fs.existsSync(full)) return { ok: true, path: full };
  return { ok: false, reason: `the Electron binary is not installed (${full || path.join(pkgDir, 'dist')} is missing; neither npm nor Debian carries one here)` };
}
