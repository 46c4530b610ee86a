/** Reading a bilateral-timelines JSON file: file-level problems throw, each milestone becomes a row with its line. */
import jsonMap from 'json-source-map';
import { exportDocumentSchema } from './document';
import type { RawRow } from './rows';
import type { z } from 'zod';

export class JsonFileError extends Error {}

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

export function parseJsonFile(text: string): ParsedJsonFile {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message));
    const where = position ? (({ line, column }) => ` at line ${line}, column ${column}`)(lineOf(text, Number(position[1]))) : '';
    const truncated = /end of (JSON|data) input/i.test(String((error as Error).message)) ? ' The file ends too early: it may be truncated.' : '';
    throw new JsonFileError(`This is not valid JSON${where}.${truncated}`);
  }
  const doc = exportDocumentSchema.safeParse(data);
  if (!doc.success) {
    const issue = doc.error.issues[0];
    const path = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
    const notOurs = typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'bilateral-timelines';
    throw new JsonFileError(notOurs ? 'This JSON file is not a Bilateral Timelines export (its "format" is not "bilateral-timelines").' : `This file does not follow the export format${path}: ${issue.message}`);
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
        rows.push({ line: lineAt(`/pairs/${row.pairIndex}/milestones/${row.index}`), problem: 'a milestone must be an object' });
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
