/**
 * Errors in the user's language: the one place that turns an error into text. The core sends a reason
 * key with parameters (shared/locales/<lng>/errors.json); an error without one is worded by its code,
 * and anything that is not an ApiError by a generic sentence. The core's English never reaches the user.
 */
import i18next from 'i18next';
import { ApiError, type FieldProblem } from '../../../shared/api/errors';
import type { RowReason } from '../../../shared/exchange';

/** A field's problem, worded beside the field. */
export function problemText(problem: FieldProblem): string {
  const key = problem.reason && `errors:${problem.reason.key}`;
  return key && i18next.exists(key) ? i18next.t(key, problem.reason!.params ?? {}) : i18next.t('errors:field.invalid');
}

/** A field's path ("sources.0.url") as the user knows it ("link"); a path without a name stays as it is. */
function fieldName(path: string): string {
  const name = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? '';
  return name && i18next.exists(`errors:fieldName.${name}`) ? i18next.t(`errors:fieldName.${name}`) : path;
}

/** Why an import row is refused or skipped ("date: not a real date …"), from the core's key and field. */
export function rowNoteText(why: RowReason): string {
  const text = problemText({ path: why.field ?? '', message: '', reason: why });
  return why.field ? i18next.t('errors:importRow.onField', { field: fieldName(why.field), problem: text }) : text;
}

export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return i18next.t('status.genericError');
  const reason = error.reason;
  if (reason && i18next.exists(`errors:${reason.key}`)) {
    const params = { ...(reason.params ?? {}) };
    // The schema's first problem, in this language rather than the core's English.
    if (reason.key === 'invalidInput') {
      if (error.problems?.[0]) params.problem = problemText(error.problems[0]);
      params.field = fieldName(String(params.field ?? ''));
    }
    return i18next.t(`errors:${reason.key}`, params);
  }
  return i18next.t(`errors:code.${error.code}`);
}
