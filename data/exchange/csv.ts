/**
 * CSV: one row per milestone, sources flattened into numbered columns (source_1_publisher …). Written
 * and read with papaparse. Cells that a spreadsheet would run as a formula are neutralised on export
 * (a leading apostrophe) and restored on import.
 */
import type { ErrorKey, ErrorReason } from '../../shared/api/errors';
import Papa from 'papaparse';
import type { ExportDocument, ExportedMilestone } from './document';
import { rowProblem, type RawRow } from './rows';
import type { DatasetRelease } from '../seed/apply-dataset';

const BASE_COLUMNS = ['pair', 'category', 'start', 'end', 'title', 'title_ar', 'title_zh', 'place', 'people', 'summary', 'level',
  'summary_ar', 'summary_zh', 'also_pairs', 'translated', 'quote', 'quote_language', 'disagreement', 'dataset_version'] as const;
const SOURCE_FIELDS = ['publisher', 'title', 'date', 'language', 'url', 'kind'] as const;
const SOURCE_COLUMN = /^source_(\d{1,2})_(publisher|title|date|language|url|kind)$/;
/** A shared milestone's further pairs are one cell, ids separated by spaces. */
const PAIRS_SEPARATOR = ' ';
const REQUIRED = ['pair', 'category', 'start', 'title'];
/** People are one cell, names separated by this. */
const PEOPLE_SEPARATOR = '; ';

const FORMULA_START = /^[=+\-@\t\r]/;
const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
const restore = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

/**
 * What a row's `dataset_version` cell says: the release a shipped milestone came from (and whether the user
 * has edited it since), so that a spreadsheet cited elsewhere names its source's version. The user's own
 * milestones came from no release: empty.
 */
export function datasetVersionCell(m: Pick<ExportedMilestone, 'datasetKey' | 'modified'>, release: DatasetRelease | null): string {
  if (!m.datasetKey || !release || release.version <= 0) return '';
  return `Bilateral Timelines dataset v${release.version}${release.released ? ` (${release.released})` : ''}${m.modified ? ', edited' : ''}`;
}

/** The header row for milestones with at most `maxSources` sources (at least one set of source columns). */
export function csvHeader(maxSources: number): string[] {
  return [...BASE_COLUMNS, ...Array.from({ length: Math.max(1, maxSources) }, (_, i) => SOURCE_FIELDS.map((f) => `source_${i + 1}_${f}`)).flat()];
}

/** One milestone's row under `csvHeader(maxSources)`, formula-looking cells neutralised. */
export function csvRow(pair: string, m: ExportedMilestone, maxSources: number, release: DatasetRelease | null): string[] {
  const base = [pair, m.category, m.start, m.end ?? '', m.title, m.titleAr ?? '', m.titleZh ?? '', m.place ?? '', (m.people ?? []).join(PEOPLE_SEPARATOR), m.summary ?? '', m.level ?? '',
    m.summaryAr ?? '', m.summaryZh ?? '', (m.alsoPairs ?? []).join(PAIRS_SEPARATOR), (m.translated ?? []).join(PAIRS_SEPARATOR), m.quote ?? '', m.quoteLanguage ?? '', m.disagreement ?? '',
    datasetVersionCell(m, release)];
  const sources = Array.from({ length: Math.max(1, maxSources) }, (_, i) => {
    const s = m.sources?.[i];
    return s ? [s.publisher, s.title, s.date ?? '', s.language, s.url ?? '', s.kind ?? ''] : SOURCE_FIELDS.map(() => '');
  }).flat();
  return [...base, ...sources].map((cell) => neutralise(String(cell)));
}

export const CSV_NEWLINE = '\r\n';

/** Rows as CSV lines, without a final line break; quotes only where a cell needs them (smaller, and much faster to read back). */
export const csvLines = (rows: string[][]): string => Papa.unparse(rows, { newline: CSV_NEWLINE });

/** A whole document as CSV in memory (benches and tests make their files so); an export streams the same rows (export-file.ts). */
export function toCsv(doc: ExportDocument, options: { bom: boolean; release?: DatasetRelease | null }): string {
  const milestones = doc.pairs.flatMap((p) => (p.milestones as ExportedMilestone[]).map((m) => ({ pair: p.id, m })));
  // A loop, not Math.max(...list): spreading 150 000 arguments overflows the stack.
  const maxSources = milestones.reduce((n, { m }) => Math.max(n, m.sources?.length ?? 0), 1);
  const rows = milestones.map(({ pair, m }) => csvRow(pair, m, maxSources, options.release ?? null));
  return (options.bom ? '\uFEFF' : '') + csvLines([csvHeader(maxSources), ...rows]) + CSV_NEWLINE;
}

/** A file-level refusal: its English message, and the key and parameters the renderer words it from. */
export class CsvFileError extends Error {
  constructor(
    readonly key: ErrorKey,
    message: string,
    readonly params?: ErrorReason['params'],
  ) {
    super(message);
  }
}

/** papaparse's handle for one file read in chunks (what its own stream readers use; not in its types). */
interface ChunkParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { meta: { cursor: number } };
}
const PapaWithHandle = Papa as unknown as { ParserHandle: new (config: Papa.ParseConfig<string[]>) => ChunkParser };

/** Naming the line ending spares papaparse a guess that costs as much as the parse itself. */
const newlineOf = (start: string): '\r\n' | '\n' => (start.slice(0, 65536).includes('\r\n') ? '\r\n' : '\n');

/**
 * The delimiter papaparse would guess for `text`, guessed on its first lines only. Its guess reads the first
 * 10 rows, but a text without a quote it first splits whole at every line break, once per candidate
 * delimiter (six splits of the whole file: a tenth of a 100 000-row preview). Without a quote a row is a
 * line, so the first 11 lines give the same 10 rows and the same guess; with quotes papaparse stops after
 * its 10 rows anyway (undefined: it guesses itself). An undetectable delimiter is ',' either way.
 */
function delimiterOf(text: string, newline: '\r\n' | '\n'): string | undefined {
  if (text.includes('"')) return undefined;
  let end = -1;
  for (let n = 0; n < 11; n++) {
    end = text.indexOf(newline, end + 1);
    if (end === -1) return undefined; // a short text: guessed whole, as before
  }
  return Papa.parse<string[]>(text.slice(0, end + newline.length), { skipEmptyLines: false, newline }).meta.delimiter;
}

/** A record of blank cells only (a blank line: skipped, but counted). */
function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i].trim() !== '') return false;
  return true;
}

/** The per-record work of both readers: line numbers, the header, each row as a raw milestone. */
function recordReader(onRow: (row: RawRow) => void, onRecords?: (records: number, cursor: number) => void) {
  let header: string[] | null = null;
  let columns: ReturnType<typeof columnsOf> | null = null;
  let line = 1;
  let records = 0;
  const step = (result: Papa.ParseStepResult<string[]>) => {
    const cells = result.data;
    const startLine = line;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
    line++;
    if (++records % 2048 === 0) onRecords?.(records, result.meta.cursor);
    if (isBlank(cells)) return;
    if (!header) {
      header = cells.map((h) => h.trim().toLowerCase());
      checkHeader(header);
      columns = columnsOf(header);
      return;
    }
    const errors = result.errors.length ? result.errors.filter((e) => e.row !== undefined) : result.errors;
    if (errors.length) onRow({ line: startLine, problem: rowProblem(errors.map((e) => e.message).join('; '), 'importRow.csvRow') });
    else if (cells.length !== header.length) onRow({ line: startLine, problem: rowProblem(`this row has ${cells.length} cells; the header has ${header.length}`, 'importRow.cellCount', { cells: cells.length, header: header.length }) });
    else onRow({ line: startLine, value: rowToMilestone(columns!, cells) });
  };
  const end = () => {
    if (!header) throw new CsvFileError('import.csvEmpty', 'The file is empty: a CSV import needs a header row and at least one milestone.');
  };
  return { step, end };
}

/**
 * The CSV's rows as raw milestone objects with their line numbers, handed to `onRow` one by one as the
 * parser streams through the text (no array of every record is built); `onProgress` gets the characters
 * read so far. A file-level problem throws CsvFileError.
 */
export function parseCsv(text: string, onRow: (row: RawRow) => void, onProgress?: (charsRead: number) => void): void {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Blank lines are kept (as rows of one empty cell) so that every record's line number can be counted.
  const reader = recordReader(onRow, (_records, cursor) => onProgress?.(cursor));
  const newline = newlineOf(body);
  Papa.parse<string[]>(body, { skipEmptyLines: false, newline, delimiter: delimiterOf(body, newline), step: reader.step });
  reader.end();
}

/**
 * The same rows read from text that comes in pieces (a file read a megabyte at a time): only the piece
 * being parsed and the unfinished record before it are held, never the whole text. papaparse's own
 * handle does the cutting (a record may span pieces), as its stream readers do, so the rows, line
 * numbers and messages are those `parseCsv` gives for the whole text.
 */
export function parseCsvPieces(pieces: Iterable<string>, onRow: (row: RawRow) => void, onRecords?: (records: number) => void): void {
  const reader = recordReader(onRow, onRecords);
  let handle: ChunkParser | null = null;
  let partial = '';
  let base = 0;
  for (let piece of pieces) {
    if (!handle) {
      if (piece.startsWith('\uFEFF')) piece = piece.slice(1);
      handle = new PapaWithHandle.ParserHandle({ skipEmptyLines: false, newline: newlineOf(piece), step: reader.step });
    }
    const text = partial + piece;
    const cursor = handle.parse(text, base, true).meta.cursor;
    partial = text.slice(cursor - base);
    base = cursor;
  }
  if (handle) handle.parse(partial, base, false);
  reader.end();
}

function checkHeader(header: string[]): void {
  const unknown = header.filter((h) => !(BASE_COLUMNS as readonly string[]).includes(h) && !SOURCE_COLUMN.test(h));
  if (unknown.length) throw new CsvFileError('import.csvUnknownColumns', `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map((u) => `"${u.slice(0, 40)}"`).join(', ')} in the header. The columns are: ${BASE_COLUMNS.join(', ')}, source_1_publisher, source_1_title, source_1_date, source_1_language, source_1_url, source_1_kind, source_2_…`, { columns: unknown.slice(0, 5).map((u) => `"${u.slice(0, 40)}"`).join(', '), expected: `${BASE_COLUMNS.join(', ')}, source_1_publisher, source_1_title, source_1_date, source_1_language, source_1_url, source_1_kind, source_2_…` });
  const missing = REQUIRED.filter((r) => !header.includes(r));
  if (missing.length) throw new CsvFileError('import.csvMissingColumns', `The header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (is this a milestones CSV?).`, { columns: missing.join(', ') });
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new CsvFileError('import.csvDuplicateColumn', `The column "${dup}" appears twice in the header.`, { column: dup });
}

/** Where each field is, found once per file rather than once per row. */
function columnsOf(header: string[]) {
  const at = (name: string) => header.indexOf(name);
  const sources: { index: number; n: number; field: string }[] = [];
  header.forEach((h, index) => {
    const m = SOURCE_COLUMN.exec(h);
    if (m) sources.push({ index, n: Number(m[1]) - 1, field: m[2] });
  });
  return {
    pair: at('pair'), category: at('category'), start: at('start'), end: at('end'), title: at('title'), titleAr: at('title_ar'),
    titleZh: at('title_zh'), place: at('place'), people: at('people'), summary: at('summary'), summaryAr: at('summary_ar'),
    summaryZh: at('summary_zh'), level: at('level'), alsoPairs: at('also_pairs'), translated: at('translated'), quote: at('quote'),
    quoteLanguage: at('quote_language'), disagreement: at('disagreement'), sources,
  };
}

/** A cell as read: a neutralised formula restored, trimmed ('' where the column is absent). Module-level, not made per row. */
const cellAt = (cells: string[], i: number) => (i === -1 ? '' : restore(cells[i]).trim());
const orNull = (v: string) => (v === '' ? null : v);

function rowToMilestone(columns: ReturnType<typeof columnsOf>, cells: string[]): Record<string, unknown> {
  const sources: Record<string, unknown>[] = [];
  for (const { index, n, field } of columns.sources) (sources[n] ??= {})[field] = orNull(cellAt(cells, index));
  const people = cellAt(cells, columns.people);
  const alsoPairs = cellAt(cells, columns.alsoPairs);
  const translated = cellAt(cells, columns.translated);
  return {
    pairId: cellAt(cells, columns.pair).toUpperCase(),
    category: cellAt(cells, columns.category),
    start: cellAt(cells, columns.start),
    end: orNull(cellAt(cells, columns.end)),
    title: cellAt(cells, columns.title),
    titleAr: orNull(cellAt(cells, columns.titleAr)),
    titleZh: orNull(cellAt(cells, columns.titleZh)),
    place: orNull(cellAt(cells, columns.place)),
    people: people ? people.split(/\s*;\s*/).filter(Boolean) : [],
    summary: orNull(cellAt(cells, columns.summary)),
    summaryAr: orNull(cellAt(cells, columns.summaryAr)),
    summaryZh: orNull(cellAt(cells, columns.summaryZh)),
    level: orNull(cellAt(cells, columns.level)),
    alsoPairs: alsoPairs ? alsoPairs.toUpperCase().split(/\s+/).filter(Boolean) : [],
    translated: translated ? translated.split(/\s+/).filter(Boolean) : null,
    quote: orNull(cellAt(cells, columns.quote)),
    quoteLanguage: orNull(cellAt(cells, columns.quoteLanguage)),
    disagreement: orNull(cellAt(cells, columns.disagreement)),
    sources: sources.filter(hasValue),
  };
}

const hasValue = (s: Record<string, unknown> | undefined) => !!s && Object.values(s).some((v) => v !== null);
