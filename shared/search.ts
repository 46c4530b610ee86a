/** What a search returns (data/repositories/search.ts). */
import type { Category } from './domain';
import type { SnippetPart } from './text/highlight';

export interface SearchHit {
  id: number;
  /** The pair to open it on. */
  pairId: string;
  /** Every pair it concerns (a shared event has several), its home pair first. */
  pairIds: string[];
  category: Category;
  start: string;
  end: string | null;
  title: string;
  /** The title with the matches marked (the Arabic or Chinese title when only that one matched). */
  titleParts: SnippetPart[];
  /** Where else the terms were found, with the matches marked. */
  context: { field: 'summary' | 'place' | 'people' | 'sources'; parts: SnippetPart[] } | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many milestones match in all (hits stop at the limit); with `more`, the bound on how many were ranked. */
  total: number;
  /** More milestones than `total` match: only that many (the most recently added) were ranked (data/repositories/search.ts). */
  more?: boolean;
  /** Nothing matched: queries close to this one that find milestones ("Astana" for "Astna"), best first. */
  suggestions?: string[];
}

