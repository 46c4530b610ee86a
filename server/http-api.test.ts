import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { startApiServer, type RunningServer } from './http-api';
import { openTestCore, tempDir } from '../data/test/temp-db';
import type { AppCore } from '../data/app-core';
import { FILE } from '../shared/limits';
import { downloadUrl } from '../shared/api/http';
import type { ExportFile } from '../shared/exchange';

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
  // As server/cli.ts serves it: results as handlers gave them (JSON text written as it is).
  server = await startApiServer({ dispatch: core.dispatchServed, uploads: core.uploads, downloads: core.downloads, staticDir, maxBodyBytes: 1024 });
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

  it('binds its preferred port while it is free, any other port once it is taken; --port is never replaced', async () => {
    const first = await startApiServer({ dispatch: core.dispatch, staticDir, preferredPort: server.port });
    expect(first.port).not.toBe(server.port);
    await first.close();
    const probe = await startApiServer({ dispatch: core.dispatch, staticDir });
    const free = probe.port;
    await probe.close();
    const preferred = await startApiServer({ dispatch: core.dispatch, staticDir, preferredPort: free });
    expect(preferred.port).toBe(free);
    await preferred.close();
    await expect(startApiServer({ dispatch: core.dispatch, staticDir, port: server.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('lets the browser keep hashed assets for good, never the page or a call', async () => {
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'assets', 'index-AbC123.js'), 'export {};');
    expect((await request('GET', '/assets/index-AbC123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request('GET', '/')).headers['cache-control']).toBe('no-store');
    expect((await request('POST', '/api/listPairs', auth(), '{}')).headers['cache-control']).toBe('no-store');
  });

  it('answers a call with the token', async () => {
    const res = await request('POST', '/api/listPairs', auth(), '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).ok).toBe(true);
  });

  it('sends a timeline written as JSON text by SQLite exactly as the plain dispatcher gives it, with filters and without', async () => {
    const pairs = (await core.dispatch('listPairs', {})) as { ok: true; value: { id: string; milestoneCount: number }[] };
    const pair = pairs.value.find((p) => p.milestoneCount > 20)!.id;
    const inputs = [
      { pairId: pair },
      { pairId: pair, filters: { categories: ['diplomatic'], levelKeys: [], from: '2000', to: null, languages: [], publishers: [] } },
      { pairId: pair, filters: { categories: [], levelKeys: [], from: '2999', to: null, languages: [], publishers: [] } },
    ];
    for (const input of inputs) {
      const res = await request('POST', '/api/getPairTimeline', auth(), JSON.stringify(input));
      expect(res.status).toBe(200);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
      const plain = await core.dispatch('getPairTimeline', input);
      expect(JSON.parse(res.body)).toEqual(JSON.parse(JSON.stringify(plain)));
      expect(Array.isArray((plain as { value: { milestones: unknown } }).value.milestones)).toBe(true);
    }
    const [all, filtered, none] = await Promise.all(inputs.map((i) => core.dispatch('getPairTimeline', i))) as { value: { milestones: unknown[]; bands: unknown[] } }[];
    expect(filtered.value.milestones.length).toBeGreaterThan(0);
    expect(filtered.value.milestones.length).toBeLessThan(all.value.milestones.length);
    expect(none.value.milestones).toEqual([]);
    // Bands are the pair's history, whatever the filters hide.
    expect(none.value.bands).toEqual(all.value.bands);
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

  it('takes an import file as an upload streamed to disk (larger than any JSON body), previews it by id once', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `CN-TJ,visits,2034,Uploaded visit ${i} \u062a\u0632,Press,Report,en`);
    const text = `pair,category,start,title,source_1_publisher,source_1_title,source_1_language\n${rows.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024); // over this server's body limit: it could not come as text
    const sent = await request('POST', '/upload', { 'x-bilateral-token': server.token }, text);
    const { upload, bytes } = JSON.parse(sent.body).value as { upload: string; bytes: number };
    expect([sent.status, bytes]).toEqual([200, Buffer.byteLength(text)]);
    const preview = JSON.parse((await request('POST', '/api/importPreview', auth(), JSON.stringify({ format: 'csv', upload, fileName: 'up.csv' }))).body);
    expect(preview.value).toMatchObject({ rows: 40, toAdd: 40, invalidCount: 0, fileName: 'up.csv' });
    // Taken once, and the file is gone from the disk.
    const again = JSON.parse((await request('POST', '/api/importPreview', auth(), JSON.stringify({ format: 'csv', upload, fileName: 'up.csv' }))).body);
    expect(again.error).toMatchObject({ code: 'not_found', reason: { key: 'import.uploadGone' } });
    expect(fs.readdirSync(path.dirname(core.uploads.create().file)).filter((f) => f.startsWith(upload))).toEqual([]);
  });

  it('refuses an upload without the token, and one larger than an import file by its declared length', async () => {
    expect((await request('POST', '/upload', {}, 'x')).status).toBe(401);
    const big = await request('POST', '/upload', { 'x-bilateral-token': server.token, 'content-length': String(FILE.importBytes + 1) });
    expect([big.status, JSON.parse(big.body).error.reason.key]).toEqual([413, 'import.tooLarge']);
  });

  it('refuses a backup upload over FILE.backupBytes by its declared length, before reading a byte, in the words of restore.tooLarge', async () => {
    const t0 = performance.now();
    const big = await request('POST', '/upload?for=backup', { 'x-bilateral-token': server.token, 'content-length': String(FILE.backupBytes + 1) });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error).toMatchObject({ code: 'invalid_input', reason: { key: 'restore.tooLarge', params: { mb: 500, max: 500 } } });
    // Up to the limit, a backup upload is taken (an import file of that size would not be).
    const importSized = await request('POST', '/upload', { 'x-bilateral-token': server.token, 'content-length': String(FILE.importBytes + 1) });
    expect(importSized.status).toBe(413);
    expect((await request('POST', '/upload?for=anything', { 'x-bilateral-token': server.token }, 'x')).status).toBe(400);
  });

  it('restores a backup uploaded as browser mode sends it (POST /upload?for=backup, then restoreBackup with its id), once', async () => {
    const call = async (name: string, input: unknown) => JSON.parse((await request('POST', `/api/${name}`, auth(), JSON.stringify(input))).body);
    const backup = (await call('createBackup', {})).value as ExportFile;
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: server.port, path: downloadUrl(backup.download, server.token) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      }).on('error', reject);
    });
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
    const created = await call('createMilestone', { milestone: { pairId: 'CN-TJ', category: 'visits', title: 'After the backup', start: '2031', sources: [] } });
    expect(created.ok).toBe(true);
    const titles = async () => (await call('search', { query: 'After the backup' })).value.hits.map((h: { title: string }) => h.title);
    expect(await titles()).toContain('After the backup');
    const sent = await new Promise<{ upload: string; bytes: number }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/upload?for=backup', headers: { 'x-bilateral-token': server.token } }, (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(JSON.parse(data).value));
      });
      req.on('error', reject);
      req.end(bytes);
    });
    expect(sent.bytes).toBe(bytes.length);
    const restored = await call('restoreBackup', { upload: sent.upload });
    expect(restored).toMatchObject({ ok: true, value: { migrated: false } });
    expect(await titles()).not.toContain('After the backup');
    const again = await call('restoreBackup', { upload: sent.upload });
    expect(again.error).toMatchObject({ code: 'not_found', reason: { key: 'import.uploadGone' } });
  });

  it('refuses an import call with both or neither of text and upload', async () => {
    const both = JSON.parse((await request('POST', '/api/importPreview', auth(), JSON.stringify({ format: 'csv', text: 'a', upload: '00000000-0000-4000-8000-000000000000' }))).body);
    const neither = JSON.parse((await request('POST', '/api/importPreview', auth(), JSON.stringify({ format: 'csv' }))).body);
    expect([both.error.code, neither.error.code]).toEqual(['invalid_input', 'invalid_input']);
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

  it('serves a staged export once at GET /download/<id>, streamed with its name, only with the token', async () => {
    const exported = async () => JSON.parse((await request('POST', '/api/exportData', auth(), JSON.stringify({ format: 'csv', pairIds: ['CN-KG'] }))).body).value as ExportFile;
    const file = await exported();
    expect(file).toMatchObject({ mimeType: 'text/csv', fileName: expect.stringMatching(/^bilateral-timelines-CN-KG-\d{4}-\d\d-\d\d\.csv$/) });
    const where = `/download/${file.download}`;
    // Refused without the token, with a wrong one, and as a POST; none of these uses it up.
    expect((await request('GET', where)).status).toBe(401);
    expect((await request('GET', `${where}?token=${server.token}x`)).status).toBe(401);
    expect((await request('GET', where, { 'x-bilateral-token': 'x'.repeat(server.token.length) })).status).toBe(401);
    expect((await request('POST', where, auth(), '{}')).status).toBe(405);
    const got = await request('GET', where, { 'x-bilateral-token': server.token });
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toBe(`attachment; filename="${file.fileName}"; filename*=UTF-8''${file.fileName}`);
    expect([got.headers['content-type'], got.headers['content-length'], got.headers['cache-control']]).toEqual(['text/csv; charset=utf-8', String(file.bytes), 'no-store']);
    expect(got.body.split('\r\n').filter((l) => l.startsWith('CN-KG,')).length).toBe(file.milestones);
    // Once: the second fetch finds nothing, and the file is gone from the disk.
    const again = await request('GET', where, { 'x-bilateral-token': server.token });
    expect([again.status, JSON.parse(again.body).error.reason.key]).toEqual([404, 'file.downloadGone']);
    expect(fs.readdirSync(path.dirname(core.downloads.create().file)).filter((f) => f.startsWith(file.download))).toEqual([]);
    // The token in the query, as the renderer's link sends it.
    const linked = await exported();
    expect((await request('GET', downloadUrl(linked.download, server.token))).status).toBe(200);
    expect((await request('GET', '/download/00000000-0000-4000-8000-000000000000', auth())).status).toBe(404);
  });
});
