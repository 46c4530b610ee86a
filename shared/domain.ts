/**
 * The domain: countries, pairs, partnership ladders, milestones and their sources.
 * Shared by the data layer, the API contract and the renderer; imports nothing runtime-specific.
 */
import type { PartialDate } from './dates';

/** Lanes of the timeline, in display order. */
export const CATEGORIES = ['diplomatic', 'partnership', 'visits', 'agreements', 'economy', 'multilateral'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  diplomatic: 'Diplomatic relations',
  partnership: 'Partnership',
  visits: 'State visits and summits',
  agreements: 'Agreements',
  economy: 'Economy and infrastructure',
  multilateral: 'Multilateral',
};

/** Languages that names and sources come in; Arabic is right-to-left. */
export const LANGUAGES = ['en', 'ar', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LocalizedName {
  en: string;
  ar: string | null;
  zh: string | null;
}

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: LocalizedName;
}

export interface PartnershipLevel {
  id: number;
  pairId: string;
  /** Position on the pair's ladder, 1 = lowest. */
  rank: number;
  key: string;
  name: LocalizedName;
}

export interface PairSummary {
  /** Canonical id: the two ISO codes, sorted, joined by '-' (e.g. "CN-TJ"). */
  id: string;
  a: Country;
  b: Country;
  milestoneCount: number;
  firstDate: PartialDate | null;
  lastDate: PartialDate | null;
  /** Date diplomatic relations were established (the milestone marked so), if known. */
  established: PartialDate | null;
}

/** What the chart needs of a milestone: narrow on purpose (details come on demand). */
export interface MilestoneItem {
  id: number;
  category: Category;
  /** English; the chart shows the title in the interface's language when there is one. */
  title: string;
  titleAr: string | null;
  titleZh: string | null;
  start: PartialDate;
  end: PartialDate | null;
  levelId: number | null;
}

/** A background band: the partnership level in force from one level-setting milestone to the next. */
export interface PartnershipBand {
  levelId: number;
  name: LocalizedName;
  rank: number;
  /** The milestone that set this level. */
  milestoneId: number;
  start: PartialDate;
  /** Start of the next band, or null while the level is still in force. */
  end: PartialDate | null;
}

export interface PairTimeline {
  pair: PairSummary;
  ladder: PartnershipLevel[];
  milestones: MilestoneItem[];
  bands: PartnershipBand[];
}

export interface Source {
  id: number;
  publisher: string;
  title: string;
  date: PartialDate | null;
  language: string;
  url: string | null;
}

export interface MilestoneDetail extends MilestoneItem {
  pairId: string;
  summary: string | null;
  place: string | null;
  people: string[];
  level: PartnershipLevel | null;
  sources: Source[];
  /** Shipped with the app's dataset (as opposed to added by the user). */
  bundled: boolean;
  /** A bundled milestone the user has edited: it can be reset to the shipped version. */
  modified: boolean;
}

/** What can be undone and redone, kept by the main process. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What undo / redo would reverse, in the words of the edit ("Delete milestone …"). */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** What an edit returns: its result, and the history after it (for the undo/redo controls). */
export interface Edited<T> {
  value: T;
  history: HistoryState;
}
