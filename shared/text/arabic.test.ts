import { describe, expect, it } from 'vitest';
import { foldArabic, foldForMatch, hasArabic } from './arabic';

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
});
