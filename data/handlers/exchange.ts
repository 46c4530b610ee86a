/** Handlers of the import/export/backup calls (shared/api/calls/exchange.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HandlersFor } from '../../shared/api/define';
import type { exchangeCalls, RestoreResult } from '../../shared/api/calls/exchange';
import type { ExportFormat } from '../../shared/exchange';
import { ApiError } from '../../shared/api/errors';
import { hasFilters } from '../../shared/filters';
import type { EditingContext } from './editing';
import { collectExport } from '../exchange/document';
import { toCsv } from '../exchange/csv';
import { toTimelineJs } from '../exchange/timelinejs';
import { commitImport, planImport } from '../exchange/import';
import { writeBackup } from '../backup/backup';
import { findPair } from '../repositories/pairs';

export interface ExchangeContext extends EditingContext {
  /** Replaces the open database with the file given (see AppCore). */
  restore(file: string): RestoreResult;
}

const MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', timelinejs: 'application/json' };
const stamp = () => new Date().toISOString().slice(0, 10);

export function exchangeHandlers(ctx: ExchangeContext): HandlersFor<typeof exchangeCalls> {
  const { db } = ctx;
  return {
    exportData: ({ format, pairIds, filters, bom }) => {
      for (const id of pairIds ?? []) if (!findPair(db, id)) throw new ApiError('not_found', `There is no country pair ${id} in this database.`);
      const doc = collectExport(db, pairIds, hasFilters(filters) ? filters : undefined);
      const milestones = doc.pairs.reduce((n, p) => n + p.milestones.length, 0);
      const base = `bilateral-timelines-${pairIds?.length === 1 ? pairIds[0] : 'all'}-${stamp()}`;
      if (format === 'csv') return { fileName: `${base}.csv`, mimeType: MIME.csv, text: toCsv(doc, { bom }), milestones };
      if (format === 'timelinejs') {
        const title = doc.pairs.map((p) => p.id).join(', ');
        return { fileName: `${base}.timelinejs.json`, mimeType: MIME.timelinejs, text: JSON.stringify(toTimelineJs(doc, title), null, 1), milestones };
      }
      return { fileName: `${base}.json`, mimeType: MIME.json, text: JSON.stringify(doc, null, 1), milestones };
    },

    importPreview: ({ format, text, fileName }) => planImport(db, format, text, fileName),

    importCommit: ({ token }) => ({ value: commitImport(db, ctx.history, token), history: ctx.history.state() }),

    createBackup: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-backup-'));
      const file = path.join(dir, 'backup.sqlite');
      try {
        await writeBackup(db, file);
        const bytes = fs.readFileSync(file);
        return { fileName: `bilateral-timelines-backup-${stamp()}.sqlite`, base64: bytes.toString('base64'), bytes: bytes.length };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },

    restoreBackup: ({ base64 }) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-restore-'));
      const file = path.join(dir, 'restore.sqlite');
      try {
        fs.writeFileSync(file, Buffer.from(base64, 'base64'));
        return ctx.restore(file);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
