/**
 * Dates known to a precision: a year ("2019"), a month ("2019-06") or a day ("2019-06-15").
 * Stored and sent as that ISO-like string, so that a year-only date never turns into a fake 1 January.
 */

export type DatePrecision = 'year' | 'month' | 'day';
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Proleptic Gregorian, by arithmetic: a Date per call was a tenth of an import preview's date checks. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Parses a partial date; returns null when it is malformed or impossible (2023-02-30). */
export function parsePartialDate(text: string): DateParts | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1 || year > 9999) return null;
  if (m[2] === undefined) return { year, month: null, day: null, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, day: null, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

export function precisionOf(date: PartialDate): DatePrecision {
  const parts = parsePartialDate(date);
  if (!parts) throw new RangeError(`Not a date: ${date}`);
  return parts.precision;
}

function must(date: PartialDate): DateParts {
  const parts = parsePartialDate(date);
  if (!parts) throw new RangeError(`Not a date: ${date}`);
  return parts;
}

/** First instant the date can mean (UTC). */
export function startInstant(date: PartialDate): Date {
  const p = must(date);
  const d = new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1));
  d.setUTCFullYear(p.year);
  return d;
}

/** First instant after the date's whole span: a year-only date spans the year. */
export function endInstant(date: PartialDate): Date {
  const p = must(date);
  const d = startInstant(date);
  if (p.precision === 'year') d.setUTCFullYear(p.year + 1);
  else if (p.precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** Orders by earliest possible instant, then coarser first ("2019" before "2019-01-01"). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The partial date of a JS Date at day precision (UTC). */
export function toDayDate(d: Date): PartialDate {
  return d.toISOString().slice(0, 10);
}

/** The partial date, at `precision`, of the day an instant falls on (UTC). */
export function atPrecision(d: Date, precision: DatePrecision): PartialDate {
  const day = toDayDate(d);
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}

/**
 * New dates for a milestone dragged so that its start instant moved by `deltaMs`: each date keeps its own
 * precision (a year-only milestone stays year-only), and the end keeps its distance from the start.
 */
export function shiftDates(start: PartialDate, end: PartialDate | null, deltaMs: number): { start: PartialDate; end: PartialDate | null } {
  const move = (date: PartialDate) => atPrecision(new Date(startInstant(date).getTime() + (endInstant(date).getTime() - startInstant(date).getTime()) / 2 + deltaMs), precisionOf(date));
  const newStart = move(start);
  const newEnd = end ? move(end) : null;
  return { start: newStart, end: newEnd && comparePartialDates(newEnd, newStart) < 0 ? newStart : newEnd };
}
