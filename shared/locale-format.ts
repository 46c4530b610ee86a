/**
 * Dates, numbers and names for a language, through Intl: shared by the interface (renderer/src/i18n/format.ts,
 * which adds the current language) and image exports, so both write a date the same way.
 */
import type { LocalizedName } from './domain';
import { parsePartialDate, type PartialDate } from './dates';

export type Digits = 'latn' | 'arab';

/** The Intl locale of an interface language: British English order, Gregorian Arabic, Simplified Chinese. */
export function localeOf(lng: string, digits: Digits = 'latn'): string {
  if (lng === 'ar') return `ar-u-ca-gregory-nu-${digits}`;
  if (lng === 'zh') return 'zh-CN';
  return 'en-GB';
}

const OPTIONS = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
} as const;

function toDate(p: { year: number; month: number | null; day: number | null }): Date {
  const d = new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1));
  d.setUTCFullYear(p.year);
  return d;
}

// Building an Intl.DateTimeFormat costs far more than using one: exports format thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, OPTIONS[precision])));
  return f;
}

/** A partial date at its own precision. */
export function formatPartial(date: PartialDate, locale: string): string {
  const p = parsePartialDate(date);
  if (!p) return date;
  return formatter(locale, p.precision).format(toDate(p));
}

type Parts = { year: number; month: number | null; day: number | null };

/**
 * Chinese ranges written the way single dates are ("2013年5月19日至20日"): ICU's zh range pattern falls
 * back to numeric dates ("2013/5/19 – 2013/5/20"), which would set two formats side by side.
 */
function chineseRange(a: Parts, b: Parts): string {
  const year = (p: Parts) => `${p.year}年`;
  const month = (p: Parts) => (p.month ? `${p.month}月` : '');
  const day = (p: Parts) => (p.day ? `${p.day}日` : '');
  const whole = (p: Parts) => `${year(p)}${month(p)}${day(p)}`;
  let tail: string;
  if (a.year !== b.year || !a.month || !b.month) tail = whole(b);
  else if (a.month !== b.month || !a.day || !b.day) tail = `${month(b)}${day(b)}`;
  else tail = day(b);
  return `${whole(a)}至${tail}`;
}

/** A range, sharing what both ends share when they have the same precision ("19–20 May 2013"). */
export function formatPartialRange(start: PartialDate, end: PartialDate | null, locale: string): string {
  if (!end || end === start) return formatPartial(start, locale);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (a && b && locale.startsWith('zh')) return chineseRange(a, b);
  if (a && b && a.precision === b.precision) {
    return formatter(locale, a.precision).formatRange(toDate(a), toDate(b));
  }
  return `${formatPartial(start, locale)} – ${formatPartial(end, locale)}`;
}

/** A name in the given language, or in English (and said to be English) when the data lacks it. */
export function nameIn(name: LocalizedName, lng: string): { text: string; lang: string; fallback: boolean } {
  const own = lng === 'ar' || lng === 'zh' ? name[lng] : null;
  return own ? { text: own, lang: lng, fallback: false } : { text: name.en, lang: 'en', fallback: lng !== 'en' };
}

/** The People's Republic of China: named first in every pair it is part of. */
const CHINA = 'CN';

/**
 * A pair's name in the given language, China first ("China–France", "中国–法国", "الصين–فرنسا") whatever the
 * alphabetical order of the codes in its id (AF-CN); a pair without China keeps its stored order.
 */
export function pairNameIn(p: { a: { code: string; name: LocalizedName }; b: { code: string; name: LocalizedName } }, lng: string): string {
  const [first, second] = p.b.code === CHINA && p.a.code !== CHINA ? [p.b, p.a] : [p.a, p.b];
  return `${nameIn(first.name, lng).text}–${nameIn(second.name, lng).text}`;
}

/** A milestone's title in the given language when the data has one, else the English title. */
export function titleIn(m: { title: string; titleAr?: string | null; titleZh?: string | null }, lng: string): string {
  if (lng === 'ar' && m.titleAr) return m.titleAr;
  if (lng === 'zh' && m.titleZh) return m.titleZh;
  return m.title;
}
