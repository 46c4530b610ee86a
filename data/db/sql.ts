/**
 * SQL with its parameters, never data spliced into text (Signal-Desktop's `sql` in ts/sql/util.ts):
 * sql`DELETE FROM pairs WHERE id IN ${list(ids)}` is `DELETE FROM pairs WHERE id IN (SELECT value FROM
 * json_each(?))` with the ids as one JSON parameter, so a list of any length is one fixed statement
 * (which the statement cache can keep).
 */

/** A statement and its positional parameters; plain data, so it crosses to and from a job worker. */
export interface Query {
  sql: string;
  params: unknown[];
}

/** A condition with named parameters (`@name`), to put after WHERE. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

const LIST = Symbol('sql list');
interface SqlList {
  [LIST]: readonly unknown[];
}

/** A list of values for `IN ${list(values)}`. */
export function list(values: readonly unknown[]): SqlList {
  return { [LIST]: values };
}

/** The SQL text of a list parameter (for callers that name their parameters, `@name`). */
export const JSON_LIST = (param: string) => `(SELECT value FROM json_each(${param}))`;

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Query {
  const params: unknown[] = [];
  let text = strings[0];
  values.forEach((value, i) => {
    if (typeof value === 'object' && value !== null && LIST in value) {
      text += JSON_LIST('?');
      params.push(JSON.stringify((value as SqlList)[LIST]));
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1];
  });
  return { sql: text, params };
}
