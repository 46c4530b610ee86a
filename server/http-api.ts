/**
 * Browser mode's HTTP server: the built renderer as static files, the API contract at POST /api/<call>,
 * import files streamed in at POST /upload and staged exports streamed out at GET /download/<id>. Bound
 * to 127.0.0.1 only; every API request must carry the per-launch token, and the Host header must name
 * this server (a guard against DNS rebinding).
 */
import http from 'node:http';
import { HTTP_MAX_BODY_BYTES, inMb } from '../shared/limits';
import type { ErrorReason } from '../shared/api/errors';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../shared/api/dispatch';
import { resultParts } from '../shared/api/json-text';
import type { ApiResult } from '../shared/api/errors';
import { API_PATH_PREFIX, DOWNLOAD_PATH, TOKEN_HEADER, TOKEN_QUERY, UPLOAD_PATH, UPLOAD_PURPOSE_QUERY } from '../shared/api/http';
import { isUploadPurpose, uploadTooLarge, UPLOAD_MAX_BYTES } from '../shared/api/uploads';
import type { Uploads } from '../data/uploads';
import type { Downloads, Staged } from '../data/downloads';
import { ApiError } from '../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

export interface ApiServerOptions {
  dispatch: Dispatch;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  /** The port to bind; 0 (the default) lets the system choose. */
  port?: number;
  /**
   * Tried before any port, when `port` is not given: the same origin at every start keeps what the browser
   * holds for it (the language and pair the user left, the cached and compiled app). Taken: any port.
   */
  preferredPort?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Where POST /upload puts the import files it receives (the core's); without it, uploads are refused. */
  uploads?: Uploads;
  /** Where exports and backups wait for GET /download/<id> (the core's); without it, downloads are refused. */
  downloads?: Downloads;
}

export interface RunningServer {
  url: string;
  /** The URL to open: carries the token the renderer keeps for its API calls. */
  appUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

/**
 * Encoded once (given a string, Node measures its UTF-8 length for the header and then encodes it apart:
 * a timeline's 200 KB, twice per call), JSON text a handler gave written as it is (shared/api/json-text.ts),
 * its pieces one after another (one write of them all), never copied into one buffer first.
 */
function sendResult(res: http.ServerResponse, status: number, result: ApiResult): void {
  const parts = resultParts(result);
  let length = 0;
  for (const part of parts) length += part.byteLength;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS, 'Content-Length': String(length) });
  res.cork();
  for (const part of parts) res.write(part);
  res.end();
  res.uncork();
}

/** A refusal before dispatch; without a reason the renderer words it by its code. */
function refuse(res: http.ServerResponse, status: number, code: 'unauthorized' | 'invalid_input' | 'unknown_call', message: string, reason?: ErrorReason): void {
  sendResult(res, status, { ok: false, error: reason ? { code, message, reason } : { code, message } });
}

function tokensMatch(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * The body as text, or null as soon as it is known to be larger than `limit`: at once by Content-Length,
 * else by counting chunked bytes as they arrive, so that an oversized body is never held in memory.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return resolve(null);
    // With a declared length the bytes go straight into one buffer (no list of chunks plus a concatenated copy).
    let whole: Buffer | null = declared > 0 ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit || (whole && size + chunk.length > whole.length)) {
        refused = true;
        chunks.length = 0;
        whole = null;
        req.off('data', onData);
        req.pause();
        return resolve(null);
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    req.on('data', onData);
    req.on('end', () => {
      if (refused) return;
      const bytes = whole ? whole.subarray(0, size) : Buffer.concat(chunks, size);
      whole = null;
      chunks.length = 0;
      resolve(bytes.toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * POST /upload: the body streamed to a file of `uploads` (never held in memory), refused with 413 as soon
 * as it is known to be larger than a file for its purpose may be (`?for=backup`: a backup; else an
 * import file; shared/api/uploads.ts), by Content-Length at once, else while counting.
 */
async function receiveUpload(req: http.IncomingMessage, res: http.ServerResponse, uploads: Uploads): Promise<void> {
  const asked = new URL(`http://127.0.0.1${req.url}`).searchParams.get(UPLOAD_PURPOSE_QUERY) ?? 'import';
  if (!isUploadPurpose(asked)) return refuse(res, 400, 'invalid_input', 'An upload is for an import or a backup.');
  const purpose = asked;
  const limit = UPLOAD_MAX_BYTES[purpose];
  const tooLarge = (bytes: number) => {
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
    sendResult(res, 413, { ok: false, error: uploadTooLarge(purpose, bytes).toBody() });
  };
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return tooLarge(declared);
  const { id, file } = uploads.create();
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  let size = 0;
  // Not stream.pipeline: on a refusal it would destroy the request, and with it the socket the 413 goes out on.
  const complete = await new Promise<boolean>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        return resolve(false);
      }
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    };
    req.on('data', onData);
    req.once('end', () => out.end(() => resolve(true)));
    req.once('error', reject);
    out.once('error', reject);
  }).catch((error: unknown) => {
    out.destroy();
    uploads.discard(file);
    throw error;
  });
  if (!complete) {
    out.destroy();
    uploads.discard(file);
    return tooLarge(size);
  }
  uploads.keep(id, file, size);
  sendResult(res, 200, { ok: true, value: { upload: id, bytes: size } });
}

/** `attachment` with the file's name: plain ASCII for old clients, and the exact name in UTF-8 (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * GET /download/<id>: a staged export or backup streamed from disk (never read whole), once; the file
 * is removed when it has gone out, or when the transfer broke off (the user exports again).
 */
async function sendDownload(res: http.ServerResponse, downloads: Downloads, id: string): Promise<void> {
  let staged: Staged;
  try {
    staged = downloads.take(id);
  } catch (error) {
    if (error instanceof ApiError) return sendResult(res, 404, { ok: false, error: error.toBody() });
    throw error;
  }
  try {
    const text = staged.mimeType.startsWith('text/') || staged.mimeType === 'application/json';
    res.writeHead(200, {
      'Content-Type': text ? `${staged.mimeType}; charset=utf-8` : staged.mimeType,
      'Content-Length': String(staged.bytes),
      'Content-Disposition': contentDisposition(staged.fileName),
      'Cache-Control': 'no-store',
      ...SECURITY_HEADERS,
    });
    // A transfer broken off (the user cancelled it in the browser) only ends this response.
    await pipeline(fs.createReadStream(staged.file), res).catch(() => res.destroy());
  } finally {
    downloads.discard(staged.file);
  }
}

/**
 * The request target's path, decoded, or null when it is malformed (not origin-form, a bad %-escape,
 * a NUL): such a request is answered 400 and is not an internal error. `//x` stays a path on this host.
 */
export function requestPath(target: string | undefined): { raw: string; decoded: string } | null {
  if (!target?.startsWith('/')) return null;
  try {
    const raw = new URL(`http://127.0.0.1${target}`).pathname;
    const decoded = decodeURIComponent(raw);
    return decoded.includes('\0') ? null : { raw, decoded };
  } catch {
    return null;
  }
}

function serveStatic(staticDir: string, decodedPath: string, res: http.ServerResponse): void {
  const relative = path.normalize(decodedPath).replace(/^([/\\])+/, '');
  let file = path.join(staticDir, relative);
  const inside = path.relative(staticDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return send(res, 403, 'Forbidden', 'text/plain');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(staticDir, 'index.html');
  if (!fs.existsSync(file)) return send(res, 500, 'The app has not been built: run npm run build.', 'text/plain; charset=utf-8');
  // Built assets are named by their content's hash: a browser may keep them (and their compiled code) for good.
  const hashed = path.dirname(path.relative(staticDir, file)) === 'assets';
  send(res, 200, fs.readFileSync(file), MIME[path.extname(file)] ?? 'application/octet-stream', hashed ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {});
}

export function startApiServer(options: ApiServerOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  // An import file may travel as text in a call: room for the largest (backups are uploads only).
  const maxBody = options.maxBodyBytes ?? HTTP_MAX_BODY_BYTES;
  const staticDir = path.resolve(options.staticDir);
  let allowedHosts = new Set<string>();

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Misdirected request', 'text/plain');
      const target = requestPath(req.url);
      if (!target) return send(res, 400, 'Bad request: malformed URL', 'text/plain');
      if (target.raw.startsWith(DOWNLOAD_PATH)) {
        if (req.method !== 'GET') return refuse(res, 405, 'invalid_input', 'Downloads are GET requests.');
        // In the header as for every call, or in the query: an anchor's download sends no header.
        const given = (req.headers[TOKEN_HEADER] as string | undefined) ?? new URL(`http://127.0.0.1${req.url}`).searchParams.get(TOKEN_QUERY) ?? undefined;
        if (!tokensMatch(given, token)) return refuse(res, 401, 'unauthorized', 'This request does not carry the access token of this app session.');
        if (!options.downloads) return refuse(res, 404, 'unknown_call', 'This server has no downloads.');
        return await sendDownload(res, options.downloads, target.decoded.slice(DOWNLOAD_PATH.length));
      }
      if (target.raw.startsWith(API_PATH_PREFIX) || target.raw === UPLOAD_PATH) {
        if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'API calls are POST requests.');
        if (!tokensMatch(req.headers[TOKEN_HEADER] as string | undefined, token)) {
          return refuse(res, 401, 'unauthorized', 'This request does not carry the access token of this app session.');
        }
        if (target.raw === UPLOAD_PATH) {
          if (!options.uploads) return refuse(res, 404, 'unknown_call', 'This server takes no uploads.');
          return await receiveUpload(req, res, options.uploads);
        }
        let body = await readBody(req, maxBody);
        if (body === null) {
          // Answer now and drop the connection: the rest of the body is never read.
          res.setHeader('Connection', 'close');
          res.once('finish', () => req.destroy());
          return refuse(res, 413, 'invalid_input', `The request is larger than ${inMb(maxBody)} MB.`, { key: 'requestTooLarge', params: { max: inMb(maxBody) } });
        }
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          return refuse(res, 400, 'invalid_input', 'The request body is not valid JSON.');
        }
        body = null; // an import's 64 MB of text: not kept while the call runs
        const result = await options.dispatch(target.raw.slice(API_PATH_PREFIX.length), input);
        return sendResult(res, 200, result);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      serveStatic(staticDir, target.decoded, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    }
  });

  return new Promise((resolve, reject) => {
    const wanted = options.port ?? options.preferredPort ?? 0;
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' || options.port !== undefined || !wanted) return reject(error);
      server.once('error', reject);
      server.listen(0, '127.0.0.1');
    });
    server.listen(wanted, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        appUrl: `${url}#token=${token}`,
        token,
        port,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
