import type { MilestoneItem, PartnershipBand, PartnershipLevel } from '../../shared/domain';
import { comparePartialDates } from '../../shared/dates';

/**
 * The partnership bands of a pair: each level-setting milestone opens a band that lasts until the next
 * one. Derived, never stored, so that editing a milestone moves its band with it.
 */
export function partnershipBands(items: readonly MilestoneItem[], ladder: readonly PartnershipLevel[]): PartnershipBand[] {
  const levels = new Map(ladder.map((l) => [l.id, l]));
  const setters = items
    .filter((m) => m.levelId !== null && levels.has(m.levelId))
    .sort((x, y) => comparePartialDates(x.start, y.start) || x.id - y.id);
  return setters.map((m, i) => {
    const level = levels.get(m.levelId as number) as PartnershipLevel;
    return {
      levelId: level.id,
      name: level.name,
      rank: level.rank,
      milestoneId: m.id,
      start: m.start,
      end: setters[i + 1]?.start ?? null,
    };
  });
}
