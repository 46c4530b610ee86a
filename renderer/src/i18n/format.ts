/**
 * Dates, numbers and names in the interface language, through Intl: "4 January 1992", "4 يناير 1992"
 * (with Arabic-Indic digits when the user asks for them), "1992年1月4日". A partial date keeps its
 * precision in every language. Names come in the chosen language when the data has them, else in
 * English, marked as English (lang) so that screen readers pronounce them right.
 */
import i18next from 'i18next';
import type { LocalizedName, PairSummary } from '../../../shared/domain';
import type { PartialDate } from '../../../shared/dates';
import { formatPartial, formatPartialRange, localeOf, nameIn, pairNameIn, titleIn, type Digits } from '../../../shared/locale-format';

export type { Digits };
const DIGITS_KEY = 'bilateral.digits';

export function digits(): Digits {
  return localStorage.getItem(DIGITS_KEY) === 'arab' ? 'arab' : 'latn';
}

/** Arabic-Indic digits (Arabic interface only); the interface redraws through i18next's language event. */
export async function setDigits(d: Digits): Promise<void> {
  localStorage.setItem(DIGITS_KEY, d);
  await i18next.changeLanguage(i18next.language);
}

/** The Intl locale of the interface language (with the chosen digits for Arabic). */
export function intlLocale(lng = i18next.language): string {
  return localeOf(lng, lng === 'ar' ? digits() : 'latn'); // digits are an Arabic-only setting
}

/** A partial date at its own precision. */
export function formatDate(date: PartialDate): string {
  return formatPartial(date, intlLocale());
}

/** A range, sharing what both ends share when they have the same precision ("19–20 May 2013"). */
export function formatRange(start: PartialDate, end: PartialDate | null): string {
  return formatPartialRange(start, end, intlLocale());
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** A name in the interface language, or in English (and said to be English) when the data lacks it. */
export function localName(name: LocalizedName): { text: string; lang: string; fallback: boolean } {
  return nameIn(name, i18next.language);
}

/** A pair's name in the interface language, China first. */
export function pairName(p: Pick<PairSummary, 'a' | 'b'>): string {
  return pairNameIn(p, i18next.language);
}

/** A milestone's title in the interface language when the data has one, else in English. */
export function localTitle(m: { title: string; titleAr?: string | null; titleZh?: string | null }): string {
  return titleIn(m, i18next.language);
}
