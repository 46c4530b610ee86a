import { describe, expect, it } from 'vitest';
import { foldArabic, foldForMatch, hasArabic } from './arabic';
import { seededRandom } from '../random';

describe('Arabic folding', () => {
  it.each([
    ['diacritics', 'شَرَاكَةٌ', 'شراكة'],
    ['tatweel', 'الصـــين', 'الصين'],
    ['alef with hamza above', 'أوزبكستان', 'اوزبكستان'],
    ['alef with hamza below', 'إعلان', 'اعلان'],
    ['alef madda', 'آسيا', 'اسيا'],
    ['alef maqsura and yaa', 'الوسطى', 'الوسطي'],
    ['taa marbuta and haa', 'قمة', 'قمه'],
    ['all at once', 'الشَّراكةُ الإسْتِراتيجيـة', 'الشراكه الاستراتيجيه'],
  ])('%s: the two spellings match', (_label, a, b) => {
    expect(foldArabic(a)).toBe(foldArabic(b));
  });

  it.each([
    ['different letters', 'قمة', 'قيمة'],
    ['different words', 'الصين', 'الهند'],
    ['seen and sheen', 'سراكة', 'شراكة'],
  ])('%s: do not match', (_label, a, b) => {
    expect(foldArabic(a)).not.toBe(foldArabic(b));
  });

  it('leaves Chinese alone and folds Latin case and accents', () => {
    expect(foldForMatch('塔吉克斯坦')).toBe('塔吉克斯坦');
    expect(foldForMatch('Xi’an SUMMIT Zürich')).toBe('xi’an summit zurich');
  });

  it('detects Arabic script', () => {
    expect(hasArabic('SCO قمة 2023')).toBe(true);
    expect(hasArabic('China 中国')).toBe(false);
  });

  /** The folding as it was written first: a replace per rule, then decomposition, accents off, composition. */
  const referenceArabic = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g, '')
      .replace(/\u0640/g, '')
      .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627')
      .replace(/\u0649/g, '\u064A')
      .replace(/\u0629/g, '\u0647')
      .replace(/\u0624/g, '\u0648')
      .replace(/\u0626/g, '\u064A');
  const reference = (text: string) =>
    referenceArabic(text)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase();

  it('folds every character of the Basic Multilingual Plane as the full folding does, alone and after a letter', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}`, `ا${ch}`, `中${ch}`]) if (foldForMatch(text) !== reference(text) || foldArabic(text) !== referenceArabic(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('folds mixed text (Arabic with its marks, Chinese, accented Latin, Greek, combining marks in any order) as the full folding does', () => {
    const pool = [...'abcXYZ 09#;', ...'قمةشراكةأإآىئؤـ', '\u064E', '\u0651', '\u0654', '\u0670', ...'铁路峰会、。〈', '\u302A', '\u302C', '\u3000', ...'éüÇØſﬁ', '\u0301', '\u0323', ...'ΣσςΆ', '\uFF21', '\u2126'];
    const random = seededRandom(7);
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let n = Math.floor(random() * 12); n > 0; n--) text += pool[Math.floor(random() * pool.length)];
      expect(foldForMatch(text), JSON.stringify(text)).toBe(reference(text));
      expect(foldArabic(text), JSON.stringify(text)).toBe(referenceArabic(text));
    }
  });
});
