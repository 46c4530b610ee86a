/**
 * Dates in a sentence, at the precision written: "18 May 2023", "May 2023", "in 2019", "2023年5月18日",
 * "18 مايو 2023", "في عام 2019"; relative words ("last year", "اليوم", "去年") resolved against the
 * article's date and marked as inferred. Works on folded text with ASCII digits.
 */
import { isPartialDate, type PartialDate } from '../../shared/dates';
import { foldForMatch } from '../../shared/text/arabic';
import { MONTHS } from './gazetteer';
import { RELATIVE } from './patterns';

export interface FoundDate {
  date: PartialDate;
  inferred: boolean;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH_NAMES = Object.keys(MONTHS)
  .map((m) => foldForMatch(m))
  .sort((a, b) => b.length - a.length)
  .join('|');
const monthOf = (name: string) => {
  for (const [k, v] of Object.entries(MONTHS)) if (foldForMatch(k) === name) return v;
  return 0;
};

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES}),? (\\d{4})`, 'g');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES}) (\\d{1,2}),? (\\d{4})`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES}),? (\\d{4})`, 'g');
const ZH_DAY = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
const ZH_MONTH = /(\d{4})年(\d{1,2})月/g;
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d])/g;

/** Arabic-Indic and Persian digits as ASCII, one character for one (positions stay put). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

function valid(date: string): string | null {
  return isPartialDate(date) ? date : null;
}

/** The first written date in the sentence, most precise form first. */
export function writtenDate(folded: string): FoundDate | null {
  const found: FoundDate[] = [];
  const add = (index: number, date: string | null) => date && found.push({ date, inferred: false, index });
  for (const m of folded.matchAll(ZH_DAY)) add(m.index, valid(`${m[1]}-${pad(+m[2])}-${pad(+m[3])}`));
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) add(m.index, valid(`${m[3]}-${pad(monthOf(m[2]))}-${pad(+m[1])}`));
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) add(m.index, valid(`${m[3]}-${pad(monthOf(m[1]))}-${pad(+m[2])}`));
  if (found.length === 0) {
    for (const m of folded.matchAll(ZH_MONTH)) add(m.index, valid(`${m[1]}-${pad(+m[2])}`));
    for (const m of folded.matchAll(MONTH_YEAR)) add(m.index, valid(`${m[2]}-${pad(monthOf(m[1]))}`));
  }
  if (found.length === 0) for (const m of folded.matchAll(YEAR)) add(m.index, m[1]);
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

/** A relative date word resolved against the article's date (which must be known). */
export function relativeDate(folded: string, articleDate: PartialDate | null): FoundDate | null {
  if (!articleDate) return null;
  for (const r of RELATIVE) {
    r.re.lastIndex = 0;
    const m = r.re.exec(folded);
    if (!m) continue;
    const [y, mo, d] = articleDate.split('-').map(Number);
    if (r.shift === 'year') return { date: String(y + r.by), inferred: true, index: m.index };
    if (r.shift === 'month' && mo) {
      const t = new Date(Date.UTC(y, mo - 1 + r.by, 1));
      return { date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`, inferred: true, index: m.index };
    }
    if (r.shift === 'day' && d) {
      const t = new Date(Date.UTC(y, mo - 1, d + r.by));
      return { date: t.toISOString().slice(0, 10), inferred: true, index: m.index };
    }
  }
  return null;
}
