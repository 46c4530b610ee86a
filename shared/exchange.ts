/** Import and export: the formats and what a preview reports. */
export const EXPORT_FORMATS = ['json', 'csv', 'timelinejs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ['json', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

import type { ErrorReason } from './api/errors';

/** Why a row is refused or skipped, for the renderer to word (an `errors.*` key), and the field it concerns. */
export interface RowReason extends ErrorReason {
  /** Dotted path of the field ("sources.0.url"); the renderer names it in the user's language. */
  field?: string;
}

export interface ImportRowNote {
  /** Line of the file where the row starts (1 = first line). */
  line: number;
  title?: string;
  /** English, for the CLI and logs. */
  reason: string;
  why: RowReason;
  /** For a duplicate of a milestone already in the database. */
  existingId?: number;
}

export interface ImportPreview {
  /** Pass to importCommit to write exactly this. */
  token: string;
  format: ImportFormat;
  fileName: string;
  /** Milestone rows read from the file. */
  rows: number;
  toAdd: number;
  /** The first rows that would be added. */
  sample: { pairId: string; start: string; title: string }[];
  duplicateCount: number;
  duplicates: ImportRowNote[];
  invalidCount: number;
  invalid: ImportRowNote[];
  newCountries: string[];
  newPairs: string[];
}

/**
 * A file a job wrote (an export, a backup), staged on the host's disk, never sent as one string: browser
 * mode fetches it once at GET /download/<download> (shared/api/http.ts), Electron's main saves it where the
 * user chooses (the bridge's saveDownload). Not fetched in time (shared/limits.ts DOWNLOAD), it is removed.
 */
export interface StagedFile {
  /** One-time id of the staged file. */
  download: string;
  fileName: string;
  mimeType: string;
  bytes: number;
}

export interface ExportFile extends StagedFile {
  milestones: number;
}

/** What an import wrote: how many milestones, on which pairs, and their ids (to show where they went). */
export interface ImportedMilestones {
  added: number;
  pairIds: string[];
  /** Per pair (a milestone's home pair), in the order of the file. */
  byPair: { pairId: string; added: number }[];
  /** The new milestones' ids: every id from first to last. */
  ids: { first: number; last: number };
}
