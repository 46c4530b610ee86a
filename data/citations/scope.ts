/** Which sources a citation export covers: a milestone's, a pair's or comparison's (filtered, in a period), a story's. */
import type { Db } from '../db/open';
import { noSuchPair, noSuchStory } from '../not-found';
import type { Source } from '../../shared/domain';
import { comparePartialDates } from '../../shared/dates';
import type { CitationScope } from '../../shared/api/calls/citations';
import { findPair } from '../repositories/pairs';
import { sourcesOf, timelineItems } from '../repositories/milestones';
import { filterCondition } from '../repositories/filter-sql';
import { findStory } from '../repositories/stories';
import { hasFilters } from '../../shared/filters';

function milestoneIdsOf(db: Db, scope: Exclude<CitationScope, { kind: 'dataset' }>): number[] {
  switch (scope.kind) {
    case 'milestone':
      return [scope.id];
    case 'story': {
      const story = findStory(db, scope.id);
      if (!story) throw noSuchStory(scope.id);
      return story.milestones.map((m) => m.id);
    }
    case 'pairs':
      return scope.pairIds.flatMap((pairId) => {
        if (!findPair(db, pairId)) throw noSuchPair(pairId);
        const where = hasFilters(scope.filters) ? filterCondition(db, scope.filters, [pairId]) : undefined;
        return timelineItems(db, pairId, where)
          .filter((m) => (!scope.to || comparePartialDates(m.start, scope.to) <= 0) && (!scope.from || comparePartialDates(m.end ?? m.start, scope.from) >= 0))
          .map((m) => m.id);
      });
  }
}

/** The distinct sources of the scope's milestones, in order of first use. */
export function sourcesInScope(db: Db, scope: Exclude<CitationScope, { kind: 'dataset' }>): Source[] {
  const seen = new Map<number, Source>();
  for (const id of milestoneIdsOf(db, scope)) for (const s of sourcesOf(db, id)) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}
