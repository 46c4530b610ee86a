/**
 * The browser-mode server as a separate process, driven over loopback HTTP, for the load and memory
 * benches: the client's work never shares the server's thread. The bundled server (dist/server, which
 * `npm run bench` builds), started with node itself so that its pid is the server (its memory is read from /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { openAppCore } from '../data/app-core';
import { tempDbFile } from '../data/test/temp-db';
import { insertSynthetic } from './synthetic';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface CallOutcome<T> {
  ms: number;
  ok: boolean;
  value: T;
  error?: { code: string; message: string };
}

export interface ServerProcess {
  pid: number;
  post<T = unknown>(name: string, input: unknown, agent?: http.Agent): Promise<CallOutcome<T>>;
  /**
   * The same call as a load generator makes it (as wrk or autocannon do): the answer is read to its end and
   * told ok by its status and first bytes, not parsed, so that the client's JSON parsing of 200 KB answers
   * does not take the two cores' time from the server it measures.
   */
  probe(name: string, input: unknown, agent?: http.Agent): Promise<{ ms: number; ok: boolean }>;
  /** Sends a file as the renderer does in browser mode (POST /upload); the id importPreview takes. */
  upload(file: Buffer): Promise<CallOutcome<{ upload: string }>>;
  /** Fetches a staged export or backup as the renderer's link does (GET /download/<id>), counting its bytes, keeping none. */
  download(id: string): Promise<{ status: number; bytes: number }>;
  /** Resident memory now and its peak so far (VmRSS, VmHWM), in MB; null where /proc is absent. */
  memory(): { rss: number; peak: number } | null;
  stop(): Promise<void>;
}

/** One POST; `read` turns the whole answer (status, bytes, when it ended) into the outcome. */
function request<R>(port: string, token: string, urlPath: string, body: Buffer, agent: http.Agent, read: (status: number, bytes: Buffer, ms: number) => R): Promise<R> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: urlPath, agent, headers: { 'x-bilateral-token': token, 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(read(res.statusCode ?? 0, Buffer.concat(chunks), performance.now() - t0)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function postOnce<T>(port: string, token: string, urlPath: string, body: Buffer, agent: http.Agent): Promise<CallOutcome<T>> {
  return request(port, token, urlPath, body, agent, (status, bytes, ms) => {
    const text = bytes.toString('utf8');
    try {
      return { ms, ...(JSON.parse(text) as { ok: boolean; value: T }) };
    } catch {
      return { ms, ok: false, value: undefined as T, error: { code: `http ${status}`, message: text.slice(0, 200) } };
    }
  });
}

const OK_ANSWER = Buffer.from('{"ok":true');

export async function startServerProcess(dbFile: string): Promise<ServerProcess> {
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under a bench.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // BENCH_SERVER_ARGS (e.g. "--readers 0") compares the server's settings under a bench.
  const serverArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'dist/server/cli.cjs', '--db', dbFile, '--json', ...serverArgs], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };
  const { port } = new URL(url);
  const defaultAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return {
    pid: child.pid!,
    post: async <T>(name: string, input: unknown, agent = defaultAgent) => {
      const body = Buffer.from(JSON.stringify(input));
      const t0 = performance.now();
      try {
        return await postOnce<T>(port, token, `/api/${name}`, body, agent);
      } catch (error) {
        // A kept-alive socket the server closed as it was reused: count the call as failed, with its time.
        return { ms: performance.now() - t0, ok: false, value: undefined as T, error: { code: 'network', message: String(error) } };
      }
    },
    probe: async (name, input, agent = defaultAgent) => {
      const body = Buffer.from(JSON.stringify(input));
      const t0 = performance.now();
      try {
        return await request(port, token, `/api/${name}`, body, agent, (status, bytes, ms) => ({ ms, ok: status === 200 && bytes.subarray(0, OK_ANSWER.length).equals(OK_ANSWER) }));
      } catch {
        return { ms: performance.now() - t0, ok: false };
      }
    },
    upload: (file) => postOnce<{ upload: string }>(port, token, '/upload', file, defaultAgent),
    download: (id) =>
      new Promise((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: `/download/${id}`, headers: { 'x-bilateral-token': token } }, (res) => {
          let bytes = 0;
          res.on('data', (c: Buffer) => (bytes += c.length));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
          res.on('error', reject);
        }).on('error', reject);
      }),
    memory: () => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
      } catch {
        return null;
      }
    },
    stop: () =>
      new Promise((resolve) => {
        defaultAgent.destroy();
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** A database file with `pairs` synthetic pairs and `milestones` milestones spread over them (no bundled data). */
export function syntheticDatabase(pairs: number, milestones: number): string {
  const file = tempDbFile();
  const core = openAppCore({ dbFile: file, log: () => {} });
  insertSynthetic(core.db, pairs, milestones);
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  return file;
}

/** Upload, preview and commit of `csv` over HTTP, as browser mode's renderer does it; how long it all took. */
export async function httpImport(server: ServerProcess, csv: string): Promise<{ ms: number; added: number; error?: string }> {
  const t0 = performance.now();
  const sent = await server.upload(Buffer.from(csv));
  if (!sent.ok) return { ms: performance.now() - t0, added: 0, error: sent.error?.message };
  const preview = await server.post<{ token: string }>('importPreview', { format: 'csv', upload: sent.value.upload, fileName: 'load.csv' });
  if (!preview.ok) return { ms: performance.now() - t0, added: 0, error: preview.error?.message };
  const commit = await server.post<{ value: { added: number } }>('importCommit', { token: preview.value.token });
  return { ms: performance.now() - t0, added: commit.ok ? commit.value.value.added : 0, error: commit.error?.message };
}
