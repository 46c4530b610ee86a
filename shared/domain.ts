/**
 * The domain: countries, pairs, partnership ladders, milestones and their sources.
 * Shared by the data layer, the API contract and the renderer; imports nothing runtime-specific.
 */
import type { PartialDate } from './dates';
import type { SourceKind } from './evidence';

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
  /** The UN M49 region of China's partner (of the second country in a pair without China); null when not known. */
  region: { code: string; name: LocalizedName } | null;
  /** The pair has a detailed timeline: milestones beyond relation steps and partnership rungs (visits, agreements…). */
  detailed: boolean;
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
  /** What the source is (shared/evidence.ts); null when not said. */
  kind: SourceKind | null;
  /** For a copy: the publisher of the record it reproduces, when that record is stored. */
  copyOfPublisher: string | null;
}

/** A milestone's text fields, in three languages. */
export const TEXT_FIELDS = ['title', 'title_ar', 'title_zh', 'summary', 'summary_ar', 'summary_zh'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface MilestoneDetail extends MilestoneItem {
  /** Its home pair (the one it is edited under). */
  pairId: string;
  /** Every pair it concerns, the home pair first: a shared event is one milestone on several timelines. */
  pairIds: string[];
  summary: string | null;
  summaryAr: string | null;
  summaryZh: string | null;
  /**
   * Which text fields are the dataset editors' translations ("title_ar", "summary_zh", …); the others are in
   * the source's own language. Null: not said (the user's own milestones).
   */
  translated: TextField[] | null;
  /** A short exact quotation in the source's language (the official term of a level, say). */
  quote: { text: string; language: string } | null;
  /** How the sources disagree, when they do. */
  disagreement: string | null;
  /** How many independent voices the sources are (copies and reposts of one report count once). */
  independentSources: number;
  place: string | null;
  people: string[];
  /** The place and people in three languages, from the dataset's names table; ar/zh null where it has none. */
  placeName: LocalizedName | null;
  peopleNames: LocalizedName[];
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
