/**
 * A timeline shared as one offline web page: what the page carries (the data, the interface's words in
 * one language) and what it is called. The page's viewer reads exactly this shape from its JSON block.
 */
import type { Language, MilestoneDetail, PairTimeline } from './domain';
import type { Digits } from './locale-format';

export const SHARE_FORMAT = 'bilateral-timelines-page';
export const SHARE_FORMAT_VERSION = 1;
/** The id of the page's data block (`<script type="application/json">`). */
export const SHARE_DATA_ID = 'timeline-data';
/** Locale namespaces the page's interface uses (shared/locales/<language>/<namespace>.json). */
export const SHARE_NAMESPACES = ['common', 'layout', 'presentation', 'practice', 'share', 'anniversary'] as const;

/** What the detail panel of the page shows of a milestone (no editing bookkeeping). */
export type SharedDetail = Pick<MilestoneDetail, 'id' | 'pairIds' | 'summary' | 'summaryAr' | 'summaryZh' | 'translated' | 'quote' | 'disagreement' | 'place' | 'people' | 'level' | 'sources'>;

export interface SharedPage {
  format: typeof SHARE_FORMAT;
  version: typeof SHARE_FORMAT_VERSION;
  /** The page's heading: the pair, the comparison or the story. */
  title: string;
  language: Language;
  digits: Digits;
  /** When the file was written (ISO). */
  generated: string;
  dataset: { version: number; released: string | null };
  /** One timeline per pair (a comparison has several); a story's pairs are those its milestones are on. */
  timelines: PairTimeline[];
  /** A story: its milestones in its own order (presentation follows it); null for a pair or comparison. */
  story: { name: string; order: number[] } | null;
  details: SharedDetail[];
  practice: boolean;
  /** The interface's words in `language`, by namespace. */
  messages: Record<string, Record<string, unknown>>;
}

export interface WebPageFile {
  fileName: string;
  mimeType: 'text/html';
  /** The whole page. */
  text: string;
  bytes: number;
  milestones: number;
}
