/**
 * Dates, numbers and names in the interface language, through Intl: "4 January 1992", "4 يناير 1992"
 * (with Arabic-Indic digits when the user asks for them), "1992年1月4日". A partial date keeps its
 * precision in every language. Names come in the chosen language when the data has them, else in
 * English, marked as English (lang) so that screen readers pronounce them right.
 */
import i18next from 'i18next';
import type { LocalizedName, PairSummary } from '../../../shared/domain';
import { parsePartialDate, type PartialDate } from '../../../shared/dates';

export type Digits = 'latn' | 'arab';
const DIGITS_KEY = 'bilateral.digits';

export function digits(): Digits {
  return localStorage.getItem(DIGITS_KEY) === 'arab' ? 'arab' : 'latn';
}

/** Arabic-Indic digits (Arabic interface only); the interface redraws through i18next's language event. */
export async function setDigits(d: Digits): Promise<void> {
  localStorage.setItem(DIGITS_KEY, d);
  await i18next.changeLanguage(i18next.language);
}

/** The Intl locale of the interface language: British English order, Gregorian Arabic, Simplified Chinese. */
export function intlLocale(lng = i18next.language): string {
  if (lng === 'ar') return `ar-u-ca-gregory-nu-${digits()}`;
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

/** A partial date at its own precision. */
export function formatDate(date: PartialDate): string {
  const p = parsePartialDate(date);
  if (!p) return date;
  return new Intl.DateTimeFormat(intlLocale(), OPTIONS[p.precision]).format(toDate(p));
}

/** A range, sharing what both ends share when they have the same precision ("19–20 May 2013"). */
export function formatRange(start: PartialDate, end: PartialDate | null): string {
  if (!end || end === start) return formatDate(start);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (a && b && a.precision === b.precision) {
    return new Intl.DateTimeFormat(intlLocale(), OPTIONS[a.precision]).formatRange(toDate(a), toDate(b));
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** A name in the interface language, or in English (and said to be English) when the data lacks it. */
export function localName(name: LocalizedName): { text: string; lang: string; fallback: boolean } {
  const lng = i18next.language as keyof LocalizedName;
  const own = lng !== 'en' ? name[lng] : null;
  return own ? { text: own, lang: lng, fallback: false } : { text: name.en, lang: 'en', fallback: lng !== 'en' };
}

export function pairName(p: Pick<PairSummary, 'a' | 'b'>): string {
  return `${localName(p.a.name).text}–${localName(p.b.name).text}`;
}
