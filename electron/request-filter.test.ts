import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isInside } from './request-filter';

const app = path.join('/', 'opt', 'Bilateral Timelines', 'resources', 'app.asar', 'dist', 'renderer');
const exports = path.join('/', 'tmp', 'bilateral-export-abc');
const policy = { allowedDirs: [app, exports], development: false };
const file = (p: string) => pathToFileURL(p).href;

describe('the request filter of the desktop app', () => {
  it('allows the app’s own files and its export pages, data: and blob:', () => {
    expect(isAllowedRequest(file(path.join(app, 'index.html')), policy)).toBe(true);
    expect(isAllowedRequest(file(path.join(app, 'assets', 'index-abc.js')), policy)).toBe(true);
    expect(isAllowedRequest(`${file(path.join(app, 'index.html'))}#token`, policy)).toBe(true);
    expect(isAllowedRequest(file(path.join(exports, 'export-1.html')), policy)).toBe(true);
    expect(isAllowedRequest('data:font/woff2;base64,AAAA', policy)).toBe(true);
    expect(isAllowedRequest('blob:file:///0b9e6f0e-2a6d-4a47-8a39-0f3e2d8f1a11', policy)).toBe(true);
  });

  it('refuses any other file, traversal however spelled, a sibling folder with the same prefix, and file:// hosts', () => {
    for (const url of [
      'file:///etc/passwd',
      file(path.join(app, '..', '..', 'secret.txt')),
      `${file(app)}/../../../../etc/passwd`,
      `${file(app)}/%2e%2e/%2e%2e/secret`,
      `${file(app)}/..%2F..%2Fsecret`,
      file(`${app}-evil/index.html`),
      file(`${exports}2/x.html`),
      'file://attacker.example/share/x.html',
      file(path.join(path.dirname(app), 'preload.cjs')),
    ]) expect([url, isAllowedRequest(url, policy)]).toEqual([url, false]);
  });

  it('refuses remote content, other schemes, DevTools in production, and garbage', () => {
    for (const url of ['https://example.org/', 'http://127.0.0.1:5173/', 'ws://127.0.0.1/', 'ftp://x/', 'javascript:alert(1)', 'chrome://settings', 'devtools://devtools/bundled/devtools_app.html', 'not a url', ''])
      expect([url, isAllowedRequest(url, policy)]).toEqual([url, false]);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', { ...policy, development: true })).toBe(true);
  });

  it('on Windows: drive letters, backslashes and case', () => {
    const win = { allowedDirs: ['C:\\Program Files\\Bilateral Timelines\\resources\\app.asar\\dist\\renderer'], development: false, paths: path.win32 };
    expect(isAllowedRequest('file:///C:/Program%20Files/Bilateral%20Timelines/resources/app.asar/dist/renderer/index.html', win)).toBe(true);
    expect(isAllowedRequest('file:///c:/program%20files/bilateral%20timelines/resources/app.asar/dist/renderer/index.html', win)).toBe(true);
    expect(isAllowedRequest('file:///C:/Windows/win.ini', win)).toBe(false);
    expect(isAllowedRequest('file:///D:/Program%20Files/Bilateral%20Timelines/resources/app.asar/dist/renderer/index.html', win)).toBe(false);
    expect(isInside('C:\\a', 'C:\\a\\b', path.win32)).toBe(true);
    expect(isInside('C:\\a', 'C:\\ab', path.win32)).toBe(false);
  });
});
