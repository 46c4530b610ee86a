/**
 * Contract fuzz test: every call of shared/api/contract.ts is sent malformed inputs — wrong types,
 * missing fields, huge strings, NUL, lone surrogates, deep nesting, prototype keys, values only IPC's
 * structured clone can carry — on a real seeded database. Each must come back as a typed ApiError other
 * than `internal` (nothing escaped the validation as a crash), and afterwards the database's content
 * hash is what it was and Object.prototype is untouched.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openAppCore, type AppCore } from './app-core';
import { DATASET_DIR, tempDbFile } from './test/temp-db';
import { CALL_NAMES, contract, type CallName } from '../shared/api/contract';
import { ERROR_CODES, type ApiResult } from '../shared/api/errors';

let core: AppCore;
const internalErrors: unknown[] = [];
beforeAll(() => {
  core = openAppCore({ dbFile: tempDbFile(), datasetDir: DATASET_DIR, log: (e) => internalErrors.push(e) });
});
afterAll(() => core.close());

/** A hash of every row of every table (the search index's too). */
function contentHash(): string {
  const hash = crypto.createHash('sha256');
  const tables = core.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    hash.update(t);
    for (const row of core.db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).raw().iterate()) hash.update(JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? String(v) : v)));
  }
  return hash.digest('hex');
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

const HUGE = 'x'.repeat(2_000_000);
/** Strings that are the right type for a text field and hostile in content. */
const HOSTILE_STRINGS = ['', ' ', '\0', 'a\0b', '\uD800', 'x\uDFFF', '\uFEFF\u200B\u202E', HUGE, `${'\uD83D'.repeat(1000)}`, "'); DROP TABLE milestones; --", '<img src=x onerror=alert(1)>', '__proto__', '9'.repeat(400)];

/** Values of every kind (JSON and what Electron's structured clone also carries). */
const VALUES: unknown[] = [
  undefined, null, 0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53 + 1, 2 ** 31, true, false,
  ...HOSTILE_STRINGS,
  [], [null], ['CN-TJ', 'CN-TJ'], new Array(100_000).fill('CN-TJ'), {}, Object.create(null),
  nested(100_000, (v) => ({ a: v })), nested(100_000, (v) => [v]),
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  10n, new Date(0), new Map([['id', 1]]), new Set([1]), new Uint8Array(16), /x/,
];

const prototypeKeys = (base: Record<string, unknown>) => [
  { ...base, ...JSON.parse('{"__proto__": {"polluted": true}}') },
  { ...base, constructor: { prototype: { polluted: true } } },
  Object.assign(Object.create({ injected: true }), base),
  { ...base, unexpected: 1 },
];

type Shape = Record<string, z.ZodType>;
function shapeOf(schema: z.ZodType): Shape | null {
  const s = schema as unknown as { shape?: Shape };
  return s.shape && typeof s.shape === 'object' ? s.shape : null;
}

/** Inputs for one call, every one malformed: a field of a wrong kind or missing, or an unknown key. */
function malformedInputs(name: CallName): unknown[] {
  const schema = contract[name].input as z.ZodType;
  const inputs: unknown[] = VALUES.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Date || v instanceof Map);
  const shape = shapeOf(schema) ?? {};
  const keys = Object.keys(shape);
  // Every other field filled with a hostile string, taking turns.
  const fill = (turn: number, skip?: string) => Object.fromEntries(keys.filter((k) => k !== skip).map((k, i) => [k, HOSTILE_STRINGS[(turn + i) % HOSTILE_STRINGS.length]]));
  let turn = 0;
  for (const key of keys) {
    for (const wrong of VALUES) {
      if (shape[key].safeParse(wrong).success) continue;
      inputs.push({ ...fill(turn++, key), [key]: wrong });
    }
    if (!shape[key].safeParse(undefined).success) inputs.push(fill(turn++, key));
  }
  for (const extra of prototypeKeys(keys.length ? fill(turn++) : {})) inputs.push(extra);
  return inputs.filter((input) => !schema.safeParse(input).success);
}

/** Well-formed inputs that name nothing in the database: typed not_found or invalid_input, not a crash. */
const POINTING_NOWHERE: [CallName, unknown][] = [
  ['getMilestone', { id: 2 ** 31 - 1 }],
  ['deleteMilestone', { id: 2 ** 31 - 1 }],
  ['resetMilestone', { id: 2 ** 31 - 1 }],
  ['moveMilestone', { id: 2 ** 31 - 1, start: '2020', end: null }],
  ['deletePair', { id: 'ZZ-ZZ' }],
  ['deleteCountry', { code: 'ZZ' }],
  ['createPair', { a: 'ZZ', b: 'YY' }],
  ['importCommit', { token: crypto.randomUUID() }],
  ['getStory', { id: 2 ** 31 - 1 }],
  ['restoreBackup', { upload: crypto.randomUUID() }],
];

describe('contract fuzz', () => {
  // Over a thousand calls and two hashes of a database of 186 seeded pairs: more than the default 5 s on a busy machine.
  it('every call refuses malformed input with a typed error and commits nothing', { timeout: 30_000 }, async () => {
    const before = contentHash();
    let sent = 0;
    for (const name of CALL_NAMES) {
      const inputs = malformedInputs(name);
      expect(inputs.length, name).toBeGreaterThan(10);
      for (const input of inputs) {
        const result: ApiResult = await core.dispatch(name, input);
        sent++;
        if (result.ok) throw new Error(`${name} accepted a malformed input`);
        expect(ERROR_CODES, name).toContain(result.error.code);
        expect(result.error.code, `${name}: ${result.error.message}`).toBe('invalid_input');
        expect(result.error.message.length).toBeLessThan(2000);
      }
    }
    for (const [name, input] of POINTING_NOWHERE) {
      const result = await core.dispatch(name, input);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(['not_found', 'invalid_input', 'conflict'], `${name}: ${result.error.message}`).toContain(result.error.code);
    }
    for (const name of [42, null, '__proto__', 'constructor', 'toString', 'hasOwnProperty', '\0', HUGE]) {
      const result = await core.dispatch(name, {});
      expect(result.ok === false && result.error.code).toBe('unknown_call');
    }
    expect(internalErrors).toEqual([]);
    expect(contentHash()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(sent).toBeGreaterThan(1000);
    console.log(`contract fuzz: ${sent} malformed calls over ${CALL_NAMES.length} calls, all refused with typed errors`);
  });
});
