/**
 * What a restored row must satisfy beyond the fresh schema's own constraints (types, lengths, enums,
 * keys are checked by SQLite on insert): the rules the app's write path applies through the contract's
 * schemas — http(s) links only, real calendar dates, language codes, people as a list of names. A
 * backup whose `sources` table lost its url CHECK cannot bring `javascript:` or `data:` links in.
 */
import { httpUrlSchema } from '../../shared/api/schemas';
import { isPartialDate } from '../../shared/dates';

type Row = Record<string, unknown>;
type Check = (row: Row) => string | null;

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const date = (column: string, optional: boolean): Check => (row) => {
  const v = row[column];
  if (v === null && optional) return null;
  return typeof v === 'string' && isPartialDate(v) ? null : `${column} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
};

const CHECKS: Record<string, Check[]> = {
  sources: [
    (row) => (row.url === null || (typeof row.url === 'string' && httpUrlSchema.safeParse(row.url).success && row.url.trim() === row.url) ? null : 'a link must start with http:// or https://'),
    date('date', true),
    (row) => (typeof row.language === 'string' && LANGUAGE.test(row.language) ? null : 'the language is not a language code such as en, ar or zh'),
  ],
  milestones: [
    date('start_date', false),
    date('end_date', true),
    (row) => {
      try {
        const people: unknown = JSON.parse(String(row.people));
        return Array.isArray(people) && people.every((p) => typeof p === 'string') ? null : 'people must be a list of names';
      } catch {
        return 'people must be a list of names';
      }
    },
  ],
};

/** Why the app would refuse this row of `table`, or null. Values come as read (integers as bigint). */
export function rowProblem(table: string, row: Row): string | null {
  for (const [column, value] of Object.entries(row)) {
    // The app's schema holds text and integers only.
    if (value !== null && typeof value !== 'string' && typeof value !== 'bigint') return `${column} holds a value of a kind the app never stores`;
  }
  for (const check of CHECKS[table] ?? []) {
    const problem = check(row);
    if (problem) return problem;
  }
  return null;
}
