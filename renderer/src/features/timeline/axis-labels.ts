/**
 * The time axis in the interface language: vis-timeline writes "Jan", "Apr" through moment's English locale
 * whatever the page's language; these label functions write the same steps through Intl ("يناير", "1月",
 * Arabic-Indic digits when chosen). They read the language at each redraw, so a language change needs a redraw only.
 */
import type { TimelineOptions } from 'vis-timeline/esnext';
import { intlLocale } from '../../i18n/format';

type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';
type Parts = Intl.DateTimeFormatOptions;

const MINOR: Record<Scale, Parts> = {
  millisecond: { second: 'numeric', fractionalSecondDigits: 3 },
  second: { minute: '2-digit', second: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};
const MAJOR: Record<Scale, Parts | null> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  minute: { day: 'numeric', month: 'long', year: 'numeric' },
  hour: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null, // the minor labels already name the years
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(date: unknown, parts: Parts): string {
  const locale = intlLocale();
  const key = `${locale}|${JSON.stringify(parts)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, parts)));
  // vis-timeline hands over moment objects; its steps are in local time, and so is Intl without a timeZone.
  const d = date instanceof Date ? date : (date as { toDate?: () => Date }).toDate?.() ?? new Date(date as number);
  return Number.isNaN(d.getTime()) ? '' : f.format(d);
}

export const AXIS_FORMAT: NonNullable<TimelineOptions['format']> = {
  minorLabels: ((date: unknown, scale: Scale) => format(date, MINOR[scale] ?? MINOR.day)) as never,
  majorLabels: ((date: unknown, scale: Scale) => {
    const parts = MAJOR[scale];
    return parts ? format(date, parts) : '';
  }) as never,
};
