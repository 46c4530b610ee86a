/**
 * indexText spaces out Han, kana and Hangul in one replace, without a test first: the same text as the
 * test-then-replace it replaced, for every code point (BMP and astral) among Latin, Arabic and CJK.
 */
import { describe, expect, it } from 'vitest';
import { foldForMatch } from './arabic';
import { indexText } from './index-text';

const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const reference = (text: string) => {
  const folded = foldForMatch(text);
  return HAS_CJK.test(folded) ? folded.replace(CJK, ' $1 ') : folded;
};

describe('indexText', () => {
  it('gives what the test-then-replace gave, for every code point', () => {
    const points: number[] = [];
    for (let c = 0; c < 0x110000; c++) if (c < 0xd800 || c > 0xdfff) points.push(c);
    let spaced = 0;
    for (let i = 0; i < points.length; i += 5) {
      const text = `Trade ${String.fromCodePoint(...points.slice(i, i + 5))} تجارة 贸易 ${String.fromCodePoint(points[(i * 31) % points.length])}`;
      const got = indexText(text);
      if (got !== reference(text)) expect(got).toBe(reference(text));
      if (got.includes(' 贸  易 ')) spaced++;
    }
    expect(spaced).toBeGreaterThan(200_000);
    for (const text of ['', 'plain ascii', 'خط أنابيب طاقة', '𠀀𠀁 漢字 かな カナ 한글']) expect(indexText(text)).toBe(reference(text));
    expect(indexText('Road 铁路')).toBe('road  铁  路 ');
  });
});
