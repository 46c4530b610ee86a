import { describe, expect, it } from 'vitest';
import { cleanText, type CleanResult } from './clean-text';
import { seededRandom } from '../../shared/random';

/** The cleaning as first written: each check in turn, then the invisible characters out and NFC. */
function reference(text: string): CleanResult {
  if (/^[\t\n\r\x20-\x7e]*$/.test(text)) return { ok: true, text };
  if (text.includes('\u0000')) return { ok: false, reason: 'contains a NUL character (U+0000)', key: 'importRow.nul' };
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return { ok: false, reason: 'contains a broken character (an unpaired UTF-16 surrogate)', key: 'importRow.brokenCharacter' };
  return { ok: true, text: text.replace(/[\u200B\u2060\uFEFF\u180E\u00AD\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '').normalize('NFC') };
}

describe('cleaning an import cell', () => {
  it('gives what each check in turn gives, for every character alone and for mixed text with refused and removed characters', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `x${String.fromCharCode(c)}é`;
      expect(cleanText(text), c.toString(16)).toEqual(reference(text));
    }
    const pool = [...'ab 1é', 'e\u0301', ...'قمة铁路', '\u0000', '\u200B', '\uFEFF', '\u00AD', '\u0007', '\u009F', '\uD83D', '\uDE00', '\uD83D\uDE00', '\u212B', '\r\n'];
    const random = seededRandom(11);
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let n = Math.floor(random() * 10); n > 0; n--) text += pool[Math.floor(random() * pool.length)];
      expect(cleanText(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
