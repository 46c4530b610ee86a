/**
 * The built Electron main process loads under plain Node with a recording stand-in for the electron module:
 * where no Electron binary exists this is what catches a bundle that throws before the first window
 * (a CommonJS bundle once lost import.meta and died at load).
 */
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

test('dist/electron/main.cjs loads and asks Electron for its single-instance lock and ready event', () => {
  const calls: string[] = [];
  const stub = (name: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, key) => (key === 'then' ? undefined : stub(`${name}.${String(key)}`)),
      apply: () => {
        calls.push(name);
        // whenReady() must give a promise; every other call's result is another recording stand-in.
        return name.endsWith('whenReady') ? new Promise(() => {}) : name.endsWith('requestSingleInstanceLock') ? true : stub(`${name}()`);
      },
    });
  const require = createRequire(path.join(ROOT, 'package.json'));
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? stub('electron') : original.call(this, request, ...rest);
  };
  try {
    require(path.join(ROOT, 'dist/electron/main.cjs'));
  } finally {
    Module._load = original;
  }
  expect(calls).toContain('electron.app.requestSingleInstanceLock');
  expect(calls).toContain('electron.app.whenReady');
});
