/**
 * The rows an import plan will write, held as compact UTF-8 (one JSON array of values per row, in
 * buffers of a few megabytes) rather than as objects: a 64 MB file's 150 000 rows were 300 MB of
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

const CHUNK_BYTES = 4 << 20;

function encode({ pairId, m }: PlannedRow): string {
  const values: unknown[] = [pairId, m.sources.map((s) => SOURCE_FIELDS.map((f) => (s as Record<string, unknown>)[f] ?? null))];
  for (const f of MILESTONE_FIELDS) values.push(m[f] === undefined ? null : m[f]);
  return JSON.stringify(values);
}

function decode(text: string): PlannedRow {
  const values = JSON.parse(text) as unknown[];
  const m: Record<string, unknown> = {
    sources: (values[1] as unknown[][]).map((s) => Object.fromEntries(SOURCE_FIELDS.map((f, i) => [f, s[i]]))),
  };
  MILESTONE_FIELDS.forEach((f, i) => (m[f] = values[i + 2]));
  return { pairId: values[0] as string, m: m as unknown as ValidMilestone };
}

export class PlannedRows {
  private readonly chunks: Buffer[] = [];
  private used = 0;
  /** Per row: its chunk, and where it starts and ends there. */
  private readonly at: number[] = [];
  private readonly dropped = new Set<number>();

  /** Adds a row; its index. */
  push(row: PlannedRow): number {
    const text = encode(row);
    const bytes = Buffer.byteLength(text);
    let chunk = this.chunks.at(-1);
    if (!chunk || this.used + bytes > chunk.length) {
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.write(text, this.used);
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
