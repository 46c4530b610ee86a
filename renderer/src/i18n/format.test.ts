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

  it('writes Chinese ranges in the same style as Chinese dates, never as numeric dates', async () => {
    await i18next.changeLanguage('zh');
    expect(formatRange('2013-05-19', '2013-05-20')).toBe('2013年5月19日至20日');
    expect(formatRange('2013-05-29', '2013-06-02')).toBe('2013年5月29日至6月2日');
    expect(formatRange('2013-12-29', '2014-01-02')).toBe('2013年12月29日至2014年1月2日');
    expect(formatRange('2013-05', '2013-07')).toBe('2013年5月至7月');
    expect(formatRange('2013', '2015')).toBe('2013年至2015年');
    expect(formatRange('2013', '2013-07-02')).toBe('2013年至2013年7月2日');
    for (const r of [formatRange('2013-05-19', '2013-05-20'), formatRange('2013-05', '2014-01')]) expect(r).not.toMatch(/\//);
  });

  it('falls back to English names, saying so', async () => {
    await i18next.changeLanguage('ar');
    expect(localName({ en: 'Tajikistan', ar: 'طاجيكستان', zh: null })).toEqual({ text: 'طاجيكستان', lang: 'ar', fallback: false });
    await i18next.changeLanguage('zh');
    expect(localName({ en: 'Tajikistan', ar: 'طاجيكستان', zh: null })).toEqual({ text: 'Tajikistan', lang: 'en', fallback: true });
  });
});
