/**
 * CSV: one row per milestone, sources flattened into numbered columns (source_1_publisher …). Written
 * and read with papaparse. Cells that a spreadsheet would run as a formula are neutralised on export
 * (a leading apostrophe) and restored on import.
 */
import Papa from 'papaparse';
import type { ExportDocument, ExportedMilestone } from './document';
import type { RawRow } from './rows';

const BASE_COLUMNS = ['pair', 'category', 'start', 'end', 'title', 'title_ar', 'title_zh', 'place', 'people', 'summary', 'level',
  'summary_ar', 'summary_zh', 'also_pairs', 'translated', 'quote', 'quote_language', 'disagreement'] as const;
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

export function toCsv(doc: ExportDocument, options: { bom: boolean }): string {
  const milestones = doc.pairs.flatMap((p) => (p.milestones as ExportedMilestone[]).map((m) => ({ pair: p.id, m })));
  const maxSources = Math.max(1, ...milestones.map(({ m }) => m.sources?.length ?? 0));
  const header = [...BASE_COLUMNS, ...Array.from({ length: maxSources }, (_, i) => SOURCE_FIELDS.map((f) => `source_${i + 1}_${f}`)).flat()];
  const rows = milestones.map(({ pair, m }) => {
    const base = [pair, m.category, m.start, m.end ?? '', m.title, m.titleAr ?? '', m.titleZh ?? '', m.place ?? '', (m.people ?? []).join(PEOPLE_SEPARATOR), m.summary ?? '', m.level ?? '',
      m.summaryAr ?? '', m.summaryZh ?? '', (m.alsoPairs ?? []).join(PAIRS_SEPARATOR), (m.translated ?? []).join(PAIRS_SEPARATOR), m.quote ?? '', m.quoteLanguage ?? '', m.disagreement ?? ''];
    const sources = Array.from({ length: maxSources }, (_, i) => {
      const s = m.sources?.[i];
      return s ? [s.publisher, s.title, s.date ?? '', s.language, s.url ?? '', s.kind ?? ''] : SOURCE_FIELDS.map(() => '');
    }).flat();
    return [...base, ...sources].map((cell) => neutralise(String(cell)));
  });
  // Quotes only where a cell needs them: smaller files, and much faster to read back.
  const csv = Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
  return (options.bom ? '\uFEFF' : '') + csv + '\r\n';
}

export class CsvFileError extends Error {}

/** The CSV's rows as raw milestone objects with their line numbers; a file-level problem throws CsvFileError. */
export function parseCsv(text: string): RawRow[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Blank lines are kept (as rows of one empty cell) so that every record's line number can be counted.
  // Naming the line ending spares papaparse a guess that costs as much as the parse itself.
  const newline = body.slice(0, 65536).includes('\r\n') ? '\r\n' : '\n';
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, newline });
  const rowErrors = new Map<number, string[]>();
  for (const e of parsed.errors) if (e.row !== undefined) rowErrors.set(e.row, [...(rowErrors.get(e.row) ?? []), e.message]);
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  let line = 1;
  parsed.data.forEach((cells, index) => {
    const startLine = line;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
    line++;
    if (cells.every((c) => c.trim() === '')) return;
    if (!header) {
      header = cells.map((h) => h.trim().toLowerCase());
      checkHeader(header);
      return;
    }
    const errors = rowErrors.get(index);
    if (errors) rows.push({ line: startLine, problem: errors.join('; ') });
    else if (cells.length !== header.length) rows.push({ line: startLine, problem: `this row has ${cells.length} cells; the header has ${header.length}` });
    else rows.push({ line: startLine, value: rowToMilestone(header, cells.map(restore)) });
  });
  if (!header) throw new CsvFileError('The file is empty: a CSV import needs a header row and at least one milestone.');
  return rows;
}

function checkHeader(header: string[]): void {
  const unknown = header.filter((h) => !(BASE_COLUMNS as readonly string[]).includes(h) && !SOURCE_COLUMN.test(h));
  if (unknown.length) throw new CsvFileError(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map((u) => `"${u.slice(0, 40)}"`).join(', ')} in the header. The columns are: ${BASE_COLUMNS.join(', ')}, source_1_publisher, source_1_title, source_1_date, source_1_language, source_1_url, source_1_kind, source_2_…`);
  const missing = REQUIRED.filter((r) => !header.includes(r));
  if (missing.length) throw new CsvFileError(`The header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (is this a milestones CSV?).`);
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new CsvFileError(`The column "${dup}" appears twice in the header.`);
}

function rowToMilestone(header: string[], cells: string[]): Record<string, unknown> {
  const get = (name: string) => {
    const i = header.indexOf(name);
    return i === -1 ? '' : cells[i].trim();
  };
  const orNull = (v: string) => (v === '' ? null : v);
  const sources: Record<string, unknown>[] = [];
  header.forEach((h, i) => {
    const m = SOURCE_COLUMN.exec(h);
    if (!m) return;
    const n = Number(m[1]) - 1;
    (sources[n] ??= {})[m[2]] = orNull(cells[i].trim());
  });
  return {
    pairId: get('pair').toUpperCase(),
    category: get('category'),
    start: get('start'),
    end: orNull(get('end')),
    title: get('title'),
    titleAr: orNull(get('title_ar')),
    titleZh: orNull(get('title_zh')),
    place: orNull(get('place')),
    people: get('people') ? get('people').split(/\s*;\s*/).filter(Boolean) : [],
    summary: orNull(get('summary')),
    summaryAr: orNull(get('summary_ar')),
    summaryZh: orNull(get('summary_zh')),
    level: orNull(get('level')),
    alsoPairs: get('also_pairs') ? get('also_pairs').toUpperCase().split(/\s+/).filter(Boolean) : [],
    translated: get('translated') ? get('translated').split(/\s+/).filter(Boolean) : null,
    quote: orNull(get('quote')),
    quoteLanguage: orNull(get('quote_language')),
    disagreement: orNull(get('disagreement')),
    sources: sources.filter((s) => s && Object.values(s).some((v) => v !== null)),
  };
}
