import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

function flatten(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('errors carry reasons', () => {
  it('no code raises an ApiError without a reason key (ApiError.keyed is the way in)', () => {
    const offenders = ['shared', 'data', 'server', 'electron', 'renderer/src'].flatMap(sources).filter((file) => /new ApiError\(/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual(['shared/api/errors.ts']);
  });

  it('every reason the code names is worded in English, Arabic and Chinese', () => {
    const keys = new Set(['en', 'ar', 'zh'].map((lng) => flatten(JSON.parse(fs.readFileSync(path.join(ROOT, 'shared/locales', lng, 'errors.json'), 'utf8'))).sort().join('\n')));
    expect(keys.size).toBe(1);
    const known = new Set([...keys][0].split('\n'));
    const used = ['shared', 'data', 'server', 'electron'].flatMap(sources).flatMap((file) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      return [...text.matchAll(/ApiError\.keyed\(\s*'[a-z_]+',\s*'([^']+)'|fieldMessage\('([^']+)'|(?<!label: \{ )key: '([a-zA-Z.]+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    });
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });
});
