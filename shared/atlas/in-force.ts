import type { AtlasCountry, AtlasRelationStep, AtlasRung } from './types';

/**
 * What was in force between China and a country at the end of a year: the one rule the matrix, the map, the tier
 * chart and the dyad-year panel all read, so a cell, a map colour and a panel row can never disagree.
 * End of year, so an upgrade shows in the year it happened.
 */
export type YearStatus =
  | { kind: 'none' } // no relations yet (or never)
  | { kind: 'interrupted'; step: AtlasRelationStep } // suspended or broken: a gap in the matrix
  | { kind: 'relations'; step: AtlasRelationStep } // relations, no named level
  | { kind: 'tier'; step: AtlasRelationStep; rung: AtlasRung };

const yearOf = (date: string): number => Number(date.slice(0, 4));

export function statusAtEndOf(country: AtlasCountry, year: number): YearStatus {
  let step: AtlasRelationStep | undefined;
  for (const s of country.relations) if (yearOf(s.date) <= year) step = s;
  if (!step) return { kind: 'none' };
  if (step.event === 'suspended' || step.event === 'broken') return { kind: 'interrupted', step };
  // A level reached before a break does not survive it: only rungs since the last (re)start count.
  let rung: AtlasRung | undefined;
  for (const r of country.rungs) if (yearOf(r.date) <= year && r.date >= step.date) rung = r;
  return rung ? { kind: 'tier', step, rung } : { kind: 'relations', step };
}

/** 0 = none or interrupted, 1 = relations only, 1 + tier for a named level: one number to colour and to count. */
export function statusCode(status: YearStatus): number {
  if (status.kind === 'tier') return 1 + status.rung.tier;
  return status.kind === 'relations' ? 1 : 0;
}
