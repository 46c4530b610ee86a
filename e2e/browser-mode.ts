/**
 * Starts the real browser-mode server (the bundled `dist/server/cli.cjs`, as `npm run browser` does; the
 * build the e2e suite needs anyway writes it) on a fresh database file, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BrowserModeApp {
  appUrl: string;
  url: string;
  token: string;
  dbFile: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVER = path.join(ROOT, 'dist/server/cli.cjs');

export async function startBrowserMode(dbFile?: string): Promise<BrowserModeApp> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first.`);
  const file = dbFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-e2e-')), 'timelines.sqlite');
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--db', file, '--json'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const info = await new Promise<{ appUrl: string; url: string; token: string }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 30 s: ${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}: ${stderr}`));
    });
  });
  return {
    ...info,
    dbFile: file,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
