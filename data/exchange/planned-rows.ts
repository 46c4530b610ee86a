/**
 * The rows an import plan will write, held as compact UTF-8 (one line of values per row, in buffers
 * of a few megabytes) rather than as objects: a 64 MB file's 150 000 rows were 300 MB of
 * objects and strings on the worker's heap between preview and commit (issue 14 §5: the server stays
 * under 400 MB), and a heap that large made every collection during the commit slow. A row is decoded
 * again only as it is written.
 */
import type { ValidMilestone } from './validate-row';

export interface PlannedRow {
  pairId: string;
  m: ValidMilestone;
}

/** The milestone fields in the order they are stored (a field added to ValidMilestone must be added here: see the test). */
export const MILESTONE_FIELDS = ['category', 'title', 'titleAr', 'titleZh', 'summary', 'place', 'people', 'start', 'end', 'level', 'datasetKey', 'modified', 'established',
  'summaryAr', 'summaryZh', 'alsoPairs', 'translated', 'quote', 'quoteLanguage', 'disagreement'] as const satisfies readonly (keyof ValidMilestone)[];
const SOURCE_FIELDS = ['publisher', 'title', 'date', 'language', 'url', 'kind'] as const;
const LISTS = new Set<string>(['people', 'alsoPairs', 'translated']);
const FLAGS = new Set<string>(['modified', 'established']);
/** Each field's kind, by position (no set look-up per field of every row): 0 text, 1 flag, 2 list. */
const TEXT = 0;
const FLAG = 1;
const LIST = 2;
const KINDS = MILESTONE_FIELDS.map((f) => (FLAGS.has(f) ? FLAG : LISTS.has(f) ? LIST : TEXT));

/**
 * A row is its values joined by NUL, null written as U+0001 and a list's items joined by U+0002: none of
 * the three can be in a planned row's text (clean-text.ts refuses NUL and removes the other controls
 * before a row is checked). Much cheaper than JSON both ways (a third of the preview's time, as JSON).
 */
const FIELD = '\u0000';
const NULL = '\u0001';
const ITEM = '\u0002';
const FIXED = 1 + MILESTONE_FIELDS.length;

function encode({ pairId, m }: PlannedRow): string {
  let text = pairId;
  for (let i = 0; i < MILESTONE_FIELDS.length; i++) {
    const v = m[MILESTONE_FIELDS[i]] as unknown;
    const kind = KINDS[i];
    text += FIELD + (v === null || v === undefined ? NULL : kind === FLAG ? (v ? '1' : '') : kind === LIST ? (v as string[]).join(ITEM) : (v as string));
  }
  for (const s of m.sources) for (const f of SOURCE_FIELDS) text += FIELD + ((s as Record<string, string | null | undefined>)[f] ?? NULL);
  return text;
}

/** Each field's place in a row's values (after the pair id). */
const AT = Object.fromEntries(MILESTONE_FIELDS.map((f, i) => [f, i + 1])) as Record<(typeof MILESTONE_FIELDS)[number], number>;
const text = (v: string): string | null => (v === NULL ? null : v);
const flag = (v: string): boolean | null => (v === NULL ? null : v === '1');
const list = (v: string): string[] | null => (v === NULL ? null : v === '' ? [] : v.split(ITEM));

/**
 * A row's object written out field by field, not keyed in a loop: every decoded row then has the one
 * shape of a literal (a third of the decoding's time went to building objects key by key).
 */
function decode(row: string): PlannedRow {
  const v = row.split(FIELD);
  if ((v.length - FIXED) % SOURCE_FIELDS.length !== 0) throw new Error('a planned import row is damaged');
  const sources: Record<(typeof SOURCE_FIELDS)[number], string | null>[] = [];
  for (let i = FIXED; i < v.length; i += SOURCE_FIELDS.length) {
    sources.push({ publisher: text(v[i]), title: text(v[i + 1]), date: text(v[i + 2]), language: text(v[i + 3]), url: text(v[i + 4]), kind: text(v[i + 5]) });
  }
  const m = {
    category: text(v[AT.category]),
    title: text(v[AT.title]),
    titleAr: text(v[AT.titleAr]),
    titleZh: text(v[AT.titleZh]),
    summary: text(v[AT.summary]),
    place: text(v[AT.place]),
    people: list(v[AT.people]),
    start: text(v[AT.start]),
    end: text(v[AT.end]),
    level: text(v[AT.level]),
    datasetKey: text(v[AT.datasetKey]),
    modified: flag(v[AT.modified]),
    established: flag(v[AT.established]),
    summaryAr: text(v[AT.summaryAr]),
    summaryZh: text(v[AT.summaryZh]),
    alsoPairs: list(v[AT.alsoPairs]),
    translated: list(v[AT.translated]),
    quote: text(v[AT.quote]),
    quoteLanguage: text(v[AT.quoteLanguage]),
    disagreement: text(v[AT.disagreement]),
    sources,
  } satisfies Record<(typeof MILESTONE_FIELDS)[number] | 'sources', unknown>;
  return { pairId: v[0], m: m as unknown as ValidMilestone };
}

const CHUNK_BYTES = 4 << 20;

export class PlannedRows {
  private readonly chunks: Buffer[] = [];
  private used = 0;
  /** Per row: its chunk, and where it starts and ends there. */
  private readonly at: number[] = [];
  private readonly dropped = new Set<number>();

  /** Adds a row; its index. */
  push(row: PlannedRow): number {
    const text = encode(row);
    let chunk = this.chunks.at(-1);
    // A UTF-16 code unit is at most 3 bytes of UTF-8: where that much room is left, the text is written
    // straight away (one pass over it); otherwise it is measured first.
    let bytes = chunk && this.used + 3 * text.length <= chunk.length ? -1 : Buffer.byteLength(text);
    if (bytes !== -1 && (!chunk || this.used + bytes > chunk.length)) {
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
      this.chunks.push(chunk);
      this.used = 0;
    }
    const written = chunk!.write(text, this.used);
    if (bytes === -1) bytes = written;
    this.at.push(this.chunks.length - 1, this.used, this.used + bytes);
    this.used += bytes;
    return this.at.length / 3 - 1;
  }

  /** Takes row `index` out of the plan (it cannot be written after all). */
  drop(index: number): void {
    this.dropped.add(index);
  }

  get length(): number {
    return this.at.length / 3 - this.dropped.size;
  }

  /** The rows still planned, in file order, each decoded as it is reached. */
  *[Symbol.iterator](): IterableIterator<PlannedRow> {
    for (let i = 0; i < this.at.length / 3; i++) {
      if (this.dropped.has(i)) continue;
      const [chunk, start, end] = [this.at[3 * i], this.at[3 * i + 1], this.at[3 * i + 2]];
      yield decode(this.chunks[chunk].toString('utf8', start, end));
    }
  }

  /** The first `n` rows still planned. */
  first(n: number): PlannedRow[] {
    const out: PlannedRow[] = [];
    for (const row of this) {
      if (out.length >= n) break;
      out.push(row);
    }
    return out;
  }
}
