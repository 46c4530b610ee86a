/** Reading milestones out of a news article: what the extractor proposes and what the user saves. */
import type { Category } from './domain';
import type { PartialDate } from './dates';

export const CANDIDATE_KINDS = ['state-visit', 'talks', 'partnership', 'agreement', 'project', 'anniversary'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export interface ArticleMeta {
  publisher: string | null;
  title: string | null;
  date: PartialDate | null;
  language: 'en' | 'ar' | 'zh' | null;
}

export interface Candidate {
  /** Stable within one extraction: "c1", "c2", … */
  id: string;
  kind: CandidateKind;
  category: Category;
  /** Null when the text does not say which pair. */
  pairId: string | null;
  title: string;
  /** At the precision the text gives; null when the text gives no date. */
  date: PartialDate | null;
  /** True when the date was worked out ("last year", "today", the article's own date) rather than written. */
  dateInferred: boolean;
  place: string | null;
  people: string[];
  /** For a partnership change: the level's key as the ladders name it. */
  levelKey: string | null;
  /** Where in the text: the sentence, and the words that made the candidate. */
  sentence: { start: number; end: number };
  match: { start: number; end: number };
  /** A milestone already in the database that this one seems to repeat. */
  duplicateOf: { id: number; title: string } | null;
  /** An anniversary phrase checked against the pair's establishment date (never saved as a milestone). */
  anniversary: { years: number; established: PartialDate | null; consistent: boolean | null } | null;
}

export interface Extraction {
  meta: ArticleMeta;
  candidates: Candidate[];
  /** Why there are none, in words, when there are none. */
  note: string | null;
}
