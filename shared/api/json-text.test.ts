import { describe, expect, it } from 'vitest';
import { JsonText, plainResult, resultBytes, servedJson } from './json-text';
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

describe('a whole value as JSON text (a reader worker\'s answer)', () => {
  const items = [{ id: 1, title: 'قمة 峰会 "quoted" \\ \u2028', end: null }];
  const values: unknown[] = [{ pair: { id: 'CN-KZ' }, milestones: text(items), skipped: undefined, bands: [] }, { only: text([]) }, { empty: undefined }, {}, [1, 2], null, 'x', 3];

  it('reads and writes as the value it was made from', () => {
    for (const value of values) {
      const direct: ApiResult = { ok: true, value };
      const whole = servedJson(value)!;
      expect(whole).toBeInstanceOf(JsonText);
      const served: ApiResult = { ok: true, value: whole };
      expect(resultBytes(served).toString('utf8')).toBe(resultBytes(direct).toString('utf8'));
      expect(JSON.stringify(plainResult(served))).toBe(JSON.stringify(plainResult(direct)));
    }
  });

  it('is undefined where JSON has no text for the value', () => {
    expect(servedJson(undefined)).toBeUndefined();
  });
});
