/**
 * The one place that turns what a file or a caller gives as a pair id into the stored form, or says why it
 * cannot: two different country codes, upper case, in alphabetical order ("tj-cn" → "CN-TJ").
 * Import preview and commit, and the pair calls, all go through it.
 */
export type PairIdResult = { ok: true; pairId: string; codes: [string, string] } | { ok: false; reason: string; key: 'field.pairId' | 'field.sameCountryTwice' };

const FORM = /^([A-Z]{2})-([A-Z]{2})$/;

export function normalizePairId(raw: unknown): PairIdResult {
  const text = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  const match = FORM.exec(text);
  if (!match) return { ok: false, reason: `${String(raw ?? '').slice(0, 20) || '(empty)'} is not a pair id such as CN-TJ`, key: 'field.pairId' };
  const [, a, b] = match;
  if (a === b) return { ok: false, reason: `${text} names the same country twice: a pair is two different countries`, key: 'field.sameCountryTwice' };
  const codes: [string, string] = a < b ? [a, b] : [b, a];
  return { ok: true, pairId: `${codes[0]}-${codes[1]}`, codes };
}
