/**
 * Errors from the real core, worded in the user's language: the core sends a reason, the renderer's
 * one wording function turns it into Arabic, Chinese or English, never the core's English in another language.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { icuPlugin } from './icu-plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, apiError, validMilestone, type TestApi } from '../../../data/test/test-api';
import { ApiError, ERROR_CODES } from '../../../shared/api/errors';
import { errorText, problemText, rowNoteText } from './error-text';

const LOCALES = path.join(import.meta.dirname, '../../../shared/locales');
const LANGUAGES = ['en', 'ar', 'zh'] as const;

let t: TestApi;
beforeAll(async () => {
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, Object.fromEntries(['errors', 'common'].map((ns) => [ns, JSON.parse(fs.readFileSync(path.join(LOCALES, lng, `${ns}.json`), 'utf8'))]))]),
  );
  await i18next.use(icuPlugin((l) => l)).init({ resources, lng: 'en', fallbackLng: 'en', ns: ['errors', 'common'], defaultNS: 'common', interpolation: { escapeValue: false }, initAsync: false });
  t = openTestApi();
});
afterAll(() => t.core.close());

const ARABIC = /[\u0600-\u06FF]/;
const HAN = /[\u4E00-\u9FFF]/;

describe('errors in the user language', () => {
  it('an unknown pair reads in Arabic and Chinese, with its id', async () => {
    const error = await apiError(t.api.getPairTimeline({ pairId: 'CN-ZZ' }));
    await i18next.changeLanguage('ar');
    expect(errorText(error)).toBe('لا يوجد زوج البلدين CN-ZZ في قاعدة البيانات هذه.');
    await i18next.changeLanguage('zh');
    expect(errorText(error)).toMatch(HAN);
    expect(errorText(error)).toContain('CN-ZZ');
    await i18next.changeLanguage('en');
    expect(errorText(error)).toBe(error.message);
  });

  it('a field problem from the schema is worded beside the field in Arabic, with its limit', async () => {
    const error = await apiError(t.api.createMilestone({ milestone: { ...validMilestone, title: 'x'.repeat(301) } }));
    const problem = error.problems?.find((p) => p.path === 'milestone.title');
    expect(problem?.reason).toEqual({ key: 'field.tooLong', params: { max: 300 } });
    await i18next.changeLanguage('ar');
    expect(problemText(problem!)).toBe('طويل جدًا (الحد الأقصى 300 حرفًا)');
    // The whole error names the field and says what is wrong, in Arabic too.
    expect(errorText(error)).toMatch(ARABIC);
    expect(errorText(error)).not.toMatch(/too long/);
  });

  it('a number out of bounds names its field and its unit in the user language (the image width)', async () => {
    const error = await apiError(t.api.exportImage({ format: 'png', pairIds: ['CN-TJ'], width: 20000 }));
    expect(error.problems?.[0]?.reason).toEqual({ key: 'field.widthMax', params: { max: 8000 } });
    await i18next.changeLanguage('ar');
    expect(errorText(error)).toBe('بعض ما أُدخل غير صالح (العرض: العرض 8000 بكسل على الأكثر)؛ لم يتغير شيء.');
    await i18next.changeLanguage('zh');
    expect(errorText(error)).toBe('部分输入无效（宽度：宽度最多 8000 像素）；未做任何更改。');
    await i18next.changeLanguage('en');
    expect(errorText(error)).toBe('Some of what was entered is not valid (width: at most 8000 pixels wide); nothing was changed.');
  });

  it('a number bound the schema did not word is still worded, not "not valid" (the atlas year)', async () => {
    const error = await apiError(t.api.exportAtlasImage({ view: 'map', format: 'svg', year: 1800 }));
    expect(error.problems?.[0]?.reason).toEqual({ key: 'field.atLeast', params: { min: 1900 } });
    await i18next.changeLanguage('zh');
    expect(errorText(error)).toContain('年份：至少 1900');
    await i18next.changeLanguage('en');
  });

  it('every error the core raised in these calls carries a reason the renderer has in all three languages', async () => {
    const errors = await Promise.all([
      apiError(t.api.getPairTimeline({ pairId: 'CN-ZZ' })),
      apiError(t.api.getMilestone({ id: 999_999 })),
      apiError(t.api.deleteMilestone({ id: 999_999 })),
      apiError(t.api.createPair({ a: 'CN', b: 'CN' })),
      apiError(t.api.importCommit({ token: 'no-such-preview' })),
      apiError(t.api.createMilestone({ milestone: { ...validMilestone, start: '2021-13' } })),
    ]);
    for (const error of errors) {
      expect(error.reason, error.message).toBeDefined();
      for (const lng of LANGUAGES) expect(i18next.exists(`errors:${error.reason!.key}`, { lng }), `${lng}: ${error.reason!.key}`).toBe(true);
      for (const p of error.problems ?? []) for (const lng of LANGUAGES) expect(i18next.exists(`errors:${p.reason!.key}`, { lng }), `${lng}: ${p.reason!.key}`).toBe(true);
    }
  });

  it('an error without a reason (an older peer) is worded by its code, not shown in English', async () => {
    const error = ApiError.fromBody({ code: 'conflict', message: 'English only' });
    await i18next.changeLanguage('ar');
    expect(errorText(error)).toMatch(ARABIC);
    await i18next.changeLanguage('zh');
    expect(errorText(new Error('a crash'))).toMatch(HAN);
  });

  it('an import row note is worded in the reader\'s language, its field named in it too', async () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '../../../data/exchange/bad-files/impossible-date.csv'), 'utf8');
    const preview = await t.api.importPreview({ format: 'csv', text, fileName: 'impossible-date.csv' });
    const note = preview.invalid[0];
    expect(note.why.field).toBe('start');
    await i18next.changeLanguage('en');
    expect(rowNoteText(note.why)).toMatch(/^date: not a real date/);
    await i18next.changeLanguage('ar');
    expect(rowNoteText(note.why)).toMatch(/^التاريخ: /);
    expect(rowNoteText(note.why)).not.toMatch(/not a real date/);
    await i18next.changeLanguage('zh');
    expect(rowNoteText(note.why)).toMatch(/^日期：.*[\u4E00-\u9FFF]/);
    await i18next.changeLanguage('en');
  });

  it('every error code has its wording in every language', () => {
    for (const lng of LANGUAGES) for (const code of ERROR_CODES) expect(i18next.exists(`errors:code.${code}`, { lng }), `${lng}: ${code}`).toBe(true);
  });
});
