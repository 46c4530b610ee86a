/**
 * Finds the Electron binary without triggering anything that hangs: asks the electron package for its
 * path in a child process (which downloads the binary on first use where the internet is reachable),
 * with a time limit. Returns the path, or why there is none.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

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
