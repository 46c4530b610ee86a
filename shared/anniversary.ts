/**
 * "N years of diplomatic ties": whole years from the establishment date to a given day, computed,
 * never stored. The establishment date may be known only to the month or the year; then the count can
 * be uncertain by one, and the result says so (min < max) instead of guessing.
 *
 * A 29 February anniversary is reached on 1 March in common years.
 */
import { parsePartialDate, type PartialDate } from './dates';

export interface TiesAge {
  /** Fewest whole years the ties can have lasted on that day. */
  min: number;
  /** Most whole years. Equal to min when the count is certain. */
  max: number;
}

/** Full years from (y, m, d) to (Y, M, D), both exact days. */
function fullYears(y: number, m: number, d: number, Y: number, M: number, D: number): number {
  const reached = M > m || (M === m && D >= d);
  return Y - y - (reached ? 0 : 1);
}

/**
 * Age of ties established on `established` as of the day `on` (YYYY-MM-DD), or null when `on` may be
 * before the establishment (nothing to count yet).
 */
export function tiesAge(established: PartialDate, on: PartialDate): TiesAge | null {
  const e = parsePartialDate(established);
  const t = parsePartialDate(on);
  if (!e || !t || t.precision !== 'day') throw new RangeError(`tiesAge needs a date and a day: ${established}, ${on}`);
  const [Y, M, D] = [t.year, t.month as number, t.day as number];
  // The earliest and latest days the establishment can have been on.
  const earliest = { m: e.month ?? 1, d: e.day ?? 1 };
  const lastDay = new Date(Date.UTC(2001, earliest.m, 0)).getUTCDate();
  const latest = { m: e.month ?? 12, d: e.day ?? (e.month ? lastDay : 31) };
  const max = fullYears(e.year, earliest.m, earliest.d, Y, M, D);
  const min = fullYears(e.year, latest.m, latest.d, Y, M, D);
  if (min < 0) return null;
  return { min, max };
}

/** Round anniversaries worth marking: 5, 10, 15, 20, 25, 30, … */
export const ROUND_ANNIVERSARY_STEP = 5;

/** The round anniversaries of an establishment date up to `until` (a day), each with its date. */
export function roundAnniversaries(established: PartialDate, until: PartialDate): { years: number; date: PartialDate }[] {
  const e = parsePartialDate(established);
  const u = parsePartialDate(until);
  if (!e || !u) return [];
  const out: { years: number; date: PartialDate }[] = [];
  for (let n = ROUND_ANNIVERSARY_STEP; e.year + n <= u.year; n += ROUND_ANNIVERSARY_STEP) {
    // The anniversary has the establishment's own precision: a year-only date gives a year.
    const date = [String(e.year + n), e.month ? `-${String(e.month).padStart(2, '0')}` : '', e.day ? `-${String(e.day).padStart(2, '0')}` : ''].join('');
    if (date.slice(0, 10) <= until) out.push({ years: n, date: e.month === 2 && e.day === 29 && !isLeap(e.year + n) ? `${e.year + n}-03-01` : date });
  }
  return out;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Age of the ties at some time within `on`, a date of any precision ("this year" is a year): from the
 * fewest years on its first day to the most on its last. Null when `on` may be before the establishment.
 */
export function tiesAgeDuring(established: PartialDate, on: PartialDate): TiesAge | null {
  const t = parsePartialDate(on);
  if (!t || !parsePartialDate(established)) return null;
  if (t.precision === 'day') return tiesAge(established, on);
  const m = t.month ?? null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const firstDay = `${t.year}-${pad(m ?? 1)}-01`;
  const lastDay = `${t.year}-${pad(m ?? 12)}-${pad(new Date(Date.UTC(t.year, m ?? 12, 0)).getUTCDate())}`;
  const early = tiesAge(established, firstDay);
  const late = tiesAge(established, lastDay);
  if (!late) return null;
  return { min: early?.min ?? 0, max: late.max };
}
