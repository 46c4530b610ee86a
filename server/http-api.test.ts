import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { startApiServer, type RunningServer } from './http-api';
import { openTestCore, tempDir } from '../data/test/temp-db';
import type { AppCore } from '../data/app-core';

let core: AppCore;
let server: RunningServer;
let staticDir: string;

/** A raw request, so that headers such as Host can be set freely. */
function request(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: urlPath, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

beforeAll(async () => {
  core = openTestCore();
  staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  server = await startApiServer({ dispatch: core.dispatch, staticDir, maxBodyBytes: 1024 });
});
afterAll(async () => {
  await server.close();
  core.close();
});

const auth = () => ({ 'x-bilateral-token': server.token, 'content-type': 'application/json' });

describe('browser-mode HTTP server', () => {
  it('listens on 127.0.0.1 only, with a fresh random token each launch', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    const other = await startApiServer({ dispatch: core.dispatch, staticDir });
    expect(other.token).not.toBe(server.token);
    await other.close();
  });

  it('answers a call with the token', async () => {
    const res = await request('POST', '/api/listPairs', auth(), '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).ok).toBe(true);
  });

  it('refuses calls without or with a wrong token', async () => {
    expect((await request('POST', '/api/listPairs', {}, '{}')).status).toBe(401);
    expect((await request('POST', '/api/listPairs', { 'x-bilateral-token': `${server.token}x` }, '{}')).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await request('POST', '/api/listPairs', { ...auth(), host: 'attacker.example' }, '{}')).status).toBe(421);
    expect((await request('GET', '/', { host: `attacker.example:${server.port}` })).status).toBe(421);
  });

  it('refuses malformed JSON, oversized bodies, GET calls and unknown calls with typed errors', async () => {
    const bad = await request('POST', '/api/listPairs', auth(), '{not json');
    expect([bad.status, JSON.parse(bad.body).error.code]).toEqual([400, 'invalid_input']);
    const big = await request('POST', '/api/listPairs', auth(), JSON.stringify({ x: 'y'.repeat(5000) }));
    expect(big.status).toBe(413);
    expect((await request('GET', '/api/listPairs', auth())).status).toBe(405);
    const unknown = await request('POST', '/api/dropEverything', auth(), '{}');
    expect(JSON.parse(unknown.body).error.code).toBe('unknown_call');
  });

  it('answers 413 to an oversized chunked body while it is still being sent, without reading it all', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/listPairs', headers: auth() }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(e)));
      // Chunked (no Content-Length), and never ended: a server that buffers to the end never answers.
      req.write('{"x":"' + 'y'.repeat(4096));
      const timer = setTimeout(() => resolve(-1), 5000);
      timer.unref();
    });
    expect(status).toBe(413);
  });

  it('serves the renderer with a strict CSP and never files outside its folder', async () => {
    const page = await request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await request('GET', '/../../../../etc/passwd');
    expect(escape.body).not.toContain('root:');
    const encoded = await request('GET', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd');
    expect(encoded.body).not.toContain('root:');
  });

  it('answers malformed URLs (bad %-escapes, NUL, not origin-form) with 400 and logs no error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const target of ['/%zz', '/%', '/%E0%A4%A', '/%C0%AF', '/assets/%ff.js', '/%00', '/api/%zz']) {
        const res = target.startsWith('/api/') ? await request('POST', target, auth(), '{}') : await request('GET', target);
        expect([target, res.status]).toEqual([target, 400]);
        expect(res.body).not.toMatch(/URIError|at /);
      }
      expect((await request('GET', '//')).status).toBe(200);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('never serves a file of a sibling folder whose name starts like its own (encoded slashes)', async () => {
    const sibling = `${staticDir}-secret`;
    fs.mkdirSync(sibling, { recursive: true });
    fs.writeFileSync(path.join(sibling, 'secret.txt'), 'the secret');
    const res = await request('GET', `/..%2F${path.basename(sibling)}%2Fsecret.txt`);
    expect(res.body).not.toContain('the secret');
  });
});
