/** An export as a file: the document collected, written in the format asked for, named. */
import type { CallParsedInput } from '../../shared/api/contract';
import { noSuchPair } from '../not-found';
import type { ExportFile, ExportFormat } from '../../shared/exchange';
import { hasFilters } from '../../shared/filters';
import type { Db } from '../db/open';
import { findPair } from '../repositories/pairs';
import { collectExport } from './document';
import { toCsv } from './csv';
import { datasetRelease } from '../seed/apply-dataset';
import { toTimelineJs } from './timelinejs';
import type { JobControl } from '../jobs/control';

const MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', timelinejs: 'application/json' };
export const dateStamp = () => new Date().toISOString().slice(0, 10);

export function exportFile(db: Db, { format, pairIds, filters, bom }: Omit<CallParsedInput<'exportData'>, 'jobId'>, control: JobControl): ExportFile {
  for (const id of pairIds ?? []) if (!findPair(db, id)) throw noSuchPair(id);
  const doc = collectExport(db, pairIds, hasFilters(filters) ? filters : undefined, (done, total) => (control.throwIfCancelled(), control.progress('reading', done, total)));
  control.progress('saving', 0, 0);
  const milestones = doc.pairs.reduce((n, p) => n + p.milestones.length, 0);
  const base = `bilateral-timelines-${pairIds?.length === 1 ? pairIds[0] : 'all'}-${dateStamp()}`;
  if (format === 'csv') return { fileName: `${base}.csv`, mimeType: MIME.csv, text: toCsv(doc, { bom, release: datasetRelease(db) }), milestones };
  if (format === 'timelinejs') {
    const title = doc.pairs.map((p) => p.id).join(', ');
    return { fileName: `${base}.timelinejs.json`, mimeType: MIME.timelinejs, text: JSON.stringify(toTimelineJs(doc, title), null, 1), milestones };
  }
  return { fileName: `${base}.json`, mimeType: MIME.json, text: JSON.stringify(doc, null, 1), milestones };
}

