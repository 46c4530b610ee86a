/** Reading a bilateral-timelines JSON file: file-level problems throw, each milestone becomes a row with its line. */
import type { ErrorKey, ErrorReason } from '../../shared/api/errors';
import jsonMap from 'json-source-map';
import { exportDocumentSchema } from './document';
import { rowProblem, type RawRow } from './rows';
import type { z } from 'zod';

/** A file-level refusal: its English message, and the key and parameters the renderer words it from. */
export class JsonFileError extends Error {
  constructor(
    readonly key: ErrorKey,
    message: string,
    readonly params?: ErrorReason['params'],
  ) {
    super(message);
  }
}

export interface ParsedJsonFile {
  countries: z.output<typeof exportDocumentSchema>['countries'];
  pairs: { id: string; ladder: { key: string; name: { en: string; ar: string | null; zh: string | null } }[] }[];
  rows: RawRow[];
}

function lineOf(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** Deeper than any file of this format (which nests 6 levels); the line look-up and zod recurse. */
export const MAX_JSON_DEPTH = 32;

/** How deep the text's arrays and objects nest, stopping at `limit + 1`; one pass, strings skipped. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

export function parseJsonFile(text: string): ParsedJsonFile {
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new JsonFileError('import.jsonTooDeep', `This file nests its data more than ${MAX_JSON_DEPTH} levels deep, which no Bilateral Timelines export does: it is not one.`, { max: MAX_JSON_DEPTH });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message));
    const at = position ? lineOf(text, Number(position[1])) : null;
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    const ended = /end of (JSON|data) input/i.test(String((error as Error).message));
    const truncated = ended ? ' The file ends too early: it may be truncated.' : '';
    const message = `This is not valid JSON${where}.${truncated}`;
    if (ended) throw new JsonFileError('import.jsonTruncated', message);
    throw at ? new JsonFileError('import.jsonInvalidAt', message, { line: at.line, column: at.column }) : new JsonFileError('import.jsonInvalid', message);
  }
  const doc = exportDocumentSchema.safeParse(data);
  if (!doc.success) {
    const issue = doc.error.issues[0];
    const path = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
    const notOurs = typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'bilateral-timelines';
    if (notOurs) throw new JsonFileError('import.jsonNotOurs', 'This JSON file is not a Bilateral Timelines export (its "format" is not "bilateral-timelines").');
    throw new JsonFileError('import.jsonBadShape', `This file does not follow the export format${path}: ${issue.message}`, { path: issue.path.join('.'), problem: issue.message });
  }
  // Line numbers only matter for rows that turn out invalid; they are looked up lazily (a second parse).
  let pointers: Record<string, { value: { line: number } }> | null = null;
  const lineAt = (pointer: string) => {
    pointers ??= jsonMap.parse(text.startsWith('\uFEFF') ? text.slice(1) : text).pointers as Record<string, { value: { line: number } }>;
    return (pointers[pointer]?.value.line ?? -1) + 1;
  };
  const rows: RawRow[] = [];
  doc.data.pairs.forEach((pair, p) =>
    pair.milestones.forEach((m, i) => {
      const row = { pairIndex: p, index: i };
      if (typeof m !== 'object' || m === null || Array.isArray(m)) {
        rows.push({ line: lineAt(`/pairs/${row.pairIndex}/milestones/${row.index}`), problem: rowProblem('a milestone must be an object', 'importRow.notObject') });
      } else {
        rows.push(lazyLine({ value: { ...(m as Record<string, unknown>), pairId: pair.id } }, () => lineAt(`/pairs/${row.pairIndex}/milestones/${row.index}`)));
      }
    }),
  );
  return { countries: doc.data.countries, pairs: doc.data.pairs.map(({ id, ladder }) => ({ id, ladder })), rows };
}

/** A row whose line number is computed on first read. */
function lazyLine(row: { value: Record<string, unknown> }, line: () => number): RawRow {
  let cached: number | undefined;
  return Object.defineProperty(row, 'line', { enumerable: true, get: () => (cached ??= line()) }) as RawRow;
}
