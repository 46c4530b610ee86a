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

export function cleanText(text: string): CleanResult {
  if (PLAIN.test(text)) return { ok: true, text };
  // One scan for the usual non-ASCII cell (Arabic, Chinese, accents): nothing to refuse or remove, only NFC.
  if (!SUSPECT.test(text)) return { ok: true, text: text.normalize('NFC') };
  if (text.includes('\u0000')) return { ok: false, reason: 'contains a NUL character (U+0000)', key: 'importRow.nul' };
  if (LONE_SURROGATE.test(text)) return { ok: false, reason: 'contains a broken character (an unpaired UTF-16 surrogate)', key: 'importRow.brokenCharacter' };
  return { ok: true, text: text.replace(INVISIBLE, '').normalize('NFC') };
}

/**
 * Every string in a raw row (nested arrays and objects included) cleaned in place; the first refusal
 * with its field ("field: reason" in English). Depth is bounded by the file's own depth check.
 */
export function cleanRow(value: Record<string, unknown>): RowProblem | null {
  let problem: RowProblem | null = null;
  // A field's path ("sources.0.title") is spelled out only for a refusal: not once per cell of every row.
  const walk = (v: unknown, parent: string, key: string | number): unknown => {
    if (typeof v === 'string') {
      const r = cleanText(v);
      if (!r.ok) {
        const path = parent ? `${parent}.${key}` : String(key);
        problem ??= rowProblem(`${path}: ${r.reason}`, r.key, undefined, path);
        return v;
      }
      return r.text;
    }
    if (typeof v !== 'object' || v === null) return v;
    const path = parent ? `${parent}.${key}` : String(key);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i], path, i);
      return v;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = walk(o[k], path, k);
    return o;
  };
  for (const k of Object.keys(value)) value[k] = walk(value[k], '', k);
  return problem;
}

/** Format characters (zero-width joiners, direction marks) play no part in whether two titles are the same. */
const FORMAT = /\p{Cf}/gu;
export function withoutFormatCharacters(text: string): string {
  return PLAIN.test(text) ? text : text.replace(FORMAT, '');
}
