/** Reading milestones out of a news article: what the extractor proposes and what the user saves. */
import type { Category } from './domain';
import type { PartialDate } from './dates';

/** The kinds of milestone an article can state; the names the evaluation corpus uses. */
export const MILESTONE_KINDS = ['visit', 'talks', 'partnership', 'agreement', 'project', 'summit', 'establishment'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
/** Plus anniversary phrases, which are checks against the pair's establishment date, never milestones. */
export const CANDIDATE_KINDS = [...MILESTONE_KINDS, 'anniversary'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** The category a kind of candidate is saved under. */
export const KIND_CATEGORY: Record<CandidateKind, Category> = {
  visit: 'visits',
  talks: 'visits',
  partnership: 'partnership',
  agreement: 'agreements',
  project: 'economy',
  summit: 'multilateral',
  establishment: 'diplomatic',
  anniversary: 'diplomatic',
};

/**
 * Why the extractor proposes a candidate and how sure it is: a code the renderer words in the user's
 * language (locales: article.reason.<code>), with the words of the text it rests on.
 */
export const REASON_CODES = [
  'trigger', // the words that name the event: params.words
  'dateWritten', // a date written in the text: params.words
  'dateRelative', // a relative date resolved against the article's date: params.words
  'dateArticle', // no date in the sentence: the article's own date
  'noDate', // no date at all
  'needsArticleDate', // a date only the article's date resolves ("on Tuesday", "4–6 July"), and none was given: params.words
  'pairNamed', // both countries named in the sentence
  'pairArticle', // the pair the article is about (the sentence names one country or none)
  'planned', // planned, expected or future: params.words
  'history', // recounted history without a date of its own
  'headline', // found in the headline only
  'levelPartial', // the level named does not match a rung of the ladder exactly: params.words
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export interface Reason {
  code: ReasonCode;
  params?: Record<string, string>;
}

/** Below this confidence a candidate starts unticked. */
export const ACCEPT_CONFIDENCE = 0.5;

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
  /** The title in English, Arabic and Chinese, worded from what the text says (a visit to Tajikistan, a statement signed). */
  title: string;
  titleAr: string;
  titleZh: string;
  /** At the precision the text gives; null when the text gives no date. */
  date: PartialDate | null;
  /** True when the date was worked out ("last year", "on Tuesday", the article's own date) rather than written. */
  dateInferred: boolean;
  place: string | null;
  people: string[];
  /** For a partnership change: the level's key as the ladders name it. */
  levelKey: string | null;
  /** The text gives the event as planned, expected or future: proposed unticked, labelled so. */
  planned: boolean;
  /** 0..1: how sure the extractor is; below ACCEPT_CONFIDENCE the candidate starts unticked. */
  confidence: number;
  reasons: Reason[];
  /** Where in the text: the sentence, and the words that made the candidate. */
  sentence: { start: number; end: number };
  match: { start: number; end: number };
  /** A milestone already in the database that this one seems to repeat. */
  duplicateOf: { id: number; title: string; titleAr: string | null; titleZh: string | null } | null;
  /** An anniversary phrase checked against the pair's establishment date (never saved as a milestone). */
  anniversary: { years: number; established: PartialDate | null; consistent: boolean | null } | null;
}

/** Why an extraction has no candidates; the renderer words it (locales: article.note.<code>). */
export type ExtractionNote = 'unreadable' | 'none';

export interface Extraction {
  meta: ArticleMeta;
  candidates: Candidate[];
  /** Why there are none, when there are none. */
  note: ExtractionNote | null;
}

/** A candidate the user would save as it stands: a milestone, not planned, confident, not a repeat. */
export function acceptedByDefault(c: Pick<Candidate, 'kind' | 'planned' | 'confidence' | 'pairId' | 'duplicateOf'>): boolean {
  return c.kind !== 'anniversary' && !c.planned && c.confidence >= ACCEPT_CONFIDENCE && c.pairId !== null && !c.duplicateOf;
}
