import { describe, expect, it } from 'vitest';
import { JsonText, plainResult, resultBytes } from './json-text';
import type { ApiResult } from './errors';

const text = (value: unknown) => new JsonText(Buffer.from(JSON.stringify(value), 'utf8'));

describe('JSON text in results', () => {
  const items = [{ id: 1, title: 'قمة 峰会 "quoted" \\ \u2028', end: null }];
  const results: ApiResult[] = [
    { ok: true, value: { pair: { id: 'CN-KZ' }, milestones: text(items), skipped: undefined, bands: [] } },
    { ok: true, value: { only: text([]) } },
    { ok: true, value: [1, 2] },
    { ok: true, value: null },
    { ok: false, error: { code: 'not_found', message: 'No.' } },
  ];

  it('is parsed once for plain receivers, and written as it is over HTTP: the same JSON either way', () => {
    for (const result of results) {
      const plain = plainResult(result);
      expect(JSON.stringify(plain)).toContain(result.ok ? '"ok":true' : '"ok":false');
      expect(resultBytes(result).toString('utf8')).toBe(JSON.stringify(plain));
    }
    expect(plainResult(results[0])).toEqual({ ok: true, value: { pair: { id: 'CN-KZ' }, milestones: items, skipped: undefined, bands: [] } });
  });
});
