/**
 * Text read from an import file, made comparable before it is validated or stored: NFC, zero-width
 * characters and stray control characters removed (they would make two equal titles differ and defeat
 * duplicate detection); NUL and unpaired surrogates refused (they mean a broken or crafted file).
 */

import { rowProblem, type RowProblem } from './rows';

/** Printable ASCII with tabs and line breaks: nothing to do (most cells of most files). */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;
/** Removed: zero-width space, word joiner, zero-width no-break space (BOM), Mongolian vowel separator, soft hyphen, C0/C1 controls but tab and line breaks. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E\u00AD\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type CleanResult = { ok: true; text: string } | { ok: false; reason: string; key: 'importRow.nul' | 'importRow.brokenCharacter' };

/** Anything the checks below refuse or remove: NUL, any surrogate, an invisible character. */
const SUSPECT = /[\u0000\uD800-\uDFFF\u200B\u2060\uFEFF\u180E\u00AD\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A refusal of `cleanText`: the reason and its key. */
type Refusal = Extract<CleanResult, { ok: false }>;
const NUL: Refusal = { ok: false, reason: 'contains a NUL character (U+0000)', key: 'importRow.nul' };
const BROKEN: Refusal = { ok: false, reason: 'contains a broken character (an unpaired UTF-16 surrogate)', key: 'importRow.brokenCharacter' };

/** `cleanText` without a result object per call: the clean text, or the refusal. */
function cleaned(text: string): string | Refusal {
  if (PLAIN.test(text)) return text;
  // One scan for the usual non-ASCII cell (Arabic, Chinese, accents): nothing to refuse or remove, only NFC.
  if (!SUSPECT.test(text)) return text.normalize('NFC');
  if (text.includes('\u0000')) return NUL;
  if (LONE_SURROGATE.test(text)) return BROKEN;
  return text.replace(INVISIBLE, '').normalize('NFC');
}

export function cleanText(text: string): CleanResult {
  const r = cleaned(text);
  return typeof r === 'string' ? { ok: true, text: r } : r;
}

/** A row's walk: the first refusal, once there is one. */
interface Walk {
  problem: RowProblem | null;
}

// A field's path ("sources.0.title") is spelled out only for a refusal: not once per cell of every row.
// Module-level, not a closure made per row.
function walk(v: unknown, parent: string, key: string | number, state: Walk): unknown {
  if (typeof v === 'string') {
    const r = cleaned(v);
    if (typeof r === 'string') return r;
    const path = parent ? `${parent}.${key}` : String(key);
    state.problem ??= rowProblem(`${path}: ${r.reason}`, r.key, undefined, path);
    return v;
  }
  if (typeof v !== 'object' || v === null) return v;
  const path = parent ? `${parent}.${key}` : String(key);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = walk(v[i], path, i, state);
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) o[k] = walk(o[k], path, k, state);
  return o;
}

/**
 * Every string in a raw row (nested arrays and objects included) cleaned in place; the first refusal
 * with its field ("field: reason" in English); the key `except` is left as it is. Depth is bounded by the
 * file's own depth check.
 */
export function cleanRow(value: Record<string, unknown>, except?: string): RowProblem | null {
  const state: Walk = { problem: null };
  for (const k of Object.keys(value)) if (k !== except) value[k] = walk(value[k], '', k, state);
  return state.problem;
}

/** Format characters (zero-width joiners, direction marks) play no part in whether two titles are the same. */
const FORMAT = /\p{Cf}/gu;
export function withoutFormatCharacters(text: string): string {
  return PLAIN.test(text) ? text : text.replace(FORMAT, '');
}
