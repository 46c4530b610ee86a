/**
 * An export as a file: the milestones read row by row and written to `file` in the format asked for, in
 * pieces (memory stays flat however large the database). A failed or cancelled export leaves no file.
 */
import type { CallParsedInput } from '../../shared/api/contract';
import { noSuchPair } from '../not-found';
import type { ExportFile, ExportFormat } from '../../shared/exchange';
import { hasFilters } from '../../shared/filters';
import { DOWNLOAD } from '../../shared/limits';
import type { Db } from '../db/open';
import { findPair } from '../repositories/pairs';
import { readExport, type ExportedMilestone, type ExportedPairReader, type ExportReader } from './document';
import { CSV_NEWLINE, csvHeader, csvLines, csvRow } from './csv';
import { datasetRelease } from '../seed/apply-dataset';
import { timelineJsEvent, timelineJsTitle } from './timelinejs';
import type { JobControl } from '../jobs/control';
import { writeFileInPieces, type FileWriter } from './file-writer';
import { streamed, writeJson } from './json-stream';

const MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', timelinejs: 'application/json' };
export const dateStamp = () => new Date().toISOString().slice(0, 10);

export type ExportInput = Omit<CallParsedInput<'exportData'>, 'jobId'>;

/** What the job wrote: the call's answer but for the download id, which the host gives when it stages the file. */
export type WrittenExport = Omit<ExportFile, 'download'>;

/** Reads one pair's milestones for a job: progress told per pair, a cancel looked for every few thousand rows. */
class PairsRead {
  milestones = 0;
  private pairsDone = 0;

  constructor(
    readonly reader: ExportReader,
    private readonly control: JobControl,
  ) {}

  *of(pair: ExportedPairReader): Generator<ExportedMilestone> {
    this.control.throwIfCancelled();
    this.control.progress('reading', this.pairsDone, this.reader.pairs.length);
    for (const m of pair.milestones()) {
      if (++this.milestones % DOWNLOAD.rowsPerCheck === 0) this.control.throwIfCancelled();
      yield m;
    }
    this.pairsDone++;
  }
}

function writeCsv(out: FileWriter, db: Db, read: PairsRead, bom: boolean): void {
  const release = datasetRelease(db);
  // The header names as many source columns as the milestone with the most: counted first, in SQL.
  const maxSources = read.reader.pairs.reduce((n, p) => Math.max(n, p.maxSources()), 1);
  out.write((bom ? '\uFEFF' : '') + csvLines([csvHeader(maxSources)]));
  let batch: string[][] = [];
  const flush = () => {
    if (batch.length) out.write(CSV_NEWLINE + csvLines(batch));
    batch = [];
  };
  for (const pair of read.reader.pairs) {
    for (const m of read.of(pair)) {
      batch.push(csvRow(pair.id, m, maxSources, release));
      if (batch.length === DOWNLOAD.rowsPerCheck) flush();
    }
  }
  flush();
  out.write(CSV_NEWLINE);
}

/** The document of document.ts, as JSON.stringify(doc, null, 1) wrote it when it was built whole. */
function writeDocument(out: FileWriter, read: PairsRead): void {
  const pairs = read.reader.pairs.map((pair) => ({ id: pair.id, ladder: pair.ladder, milestones: streamed(() => read.of(pair)) }));
  writeJson(out, { ...read.reader.head, pairs: streamed(() => pairs) });
}

function writeTimelineJs(out: FileWriter, read: PairsRead): void {
  const { pairs } = read.reader;
  const events = streamed(function* () {
    for (const pair of pairs) {
      let index = 0;
      for (const m of read.of(pair)) yield timelineJsEvent(pair.id, m, index++, pairs.length > 1);
    }
  });
  writeJson(out, { title: timelineJsTitle(pairs.map((p) => p.id).join(', ')), events });
}

export function writeExport(db: Db, { format, pairIds, filters, bom }: ExportInput, file: string, control: JobControl): WrittenExport {
  for (const id of pairIds ?? []) if (!findPair(db, id)) throw noSuchPair(id);
  const reader = readExport(db, pairIds, hasFilters(filters) ? filters : undefined);
  const read = new PairsRead(reader, control);
  const { bytes } = writeFileInPieces(file, (out) => {
    if (format === 'csv') writeCsv(out, db, read, bom);
    else if (format === 'timelinejs') writeTimelineJs(out, read);
    else writeDocument(out, read);
  });
  control.progress('saving', reader.pairs.length, reader.pairs.length);
  const base = `bilateral-timelines-${pairIds?.length === 1 ? pairIds[0] : 'all'}-${dateStamp()}`;
  const fileName = format === 'csv' ? `${base}.csv` : format === 'timelinejs' ? `${base}.timelinejs.json` : `${base}.json`;
  return { fileName, mimeType: MIME[format], bytes, milestones: read.milestones };
}
