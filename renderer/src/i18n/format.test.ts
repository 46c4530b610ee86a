import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { formatDate, formatRange, localName } from './format';

const store = new Map<string, string>();
beforeAll(async () => {
  (globalThis as { localStorage?: unknown }).localStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) };
  await i18next.init({ lng: 'en', resources: {} });
});

describe('dates and names in the interface language', () => {
  it('keeps each precision in English, Arabic (both digit styles) and Chinese', async () => {
    await i18next.changeLanguage('en');
    expect([formatDate('1992'), formatDate('1992-01'), formatDate('1992-01-04')]).toEqual(['1992', 'January 1992', '4 January 1992']);
    expect(formatRange('2013-05-19', '2013-05-20')).toMatch(/^19\s?–\s?20 May 2013$/);
    await i18next.changeLanguage('ar');
    expect(formatDate('1992-01-04')).toBe('4 يناير 1992');
    store.set('bilateral.digits', 'arab');
    expect(formatDate('1992-01-04')).toBe('٤ يناير ١٩٩٢');
    store.delete('bilateral.digits');
    await i18next.changeLanguage('zh');
    expect([formatDate('1992'), formatDate('1992-01'), formatDate('1992-01-04')]).toEqual(['1992年', '1992年1月', '1992年1月4日']);
  });

  it('falls back to English names, saying so', async () => {
    await i18next.changeLanguage('ar');
    expect(localName({ en: 'Tajikistan', ar: 'طاجيكستان', zh: null })).toEqual({ text: 'طاجيكستان', lang: 'ar', fallback: false });
    await i18next.changeLanguage('zh');
    expect(localName({ en: 'Tajikistan', ar: 'طاجيكستان', zh: null })).toEqual({ text: 'Tajikistan', lang: 'en', fallback: true });
  });
});
