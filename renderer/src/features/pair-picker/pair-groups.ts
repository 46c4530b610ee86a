import type { PairSummary } from '../../../../shared/domain';
import { nameIn } from '../../../../shared/locale-format';

export interface PairGroup {
  /** 'detailed', an M49 region code, or '' for pairs whose partner has no region. */
  key: string;
  /** The region's name in the language; null for the detailed group and the ungrouped rest (the caller labels them). */
  label: string | null;
  pairs: PairSummary[];
}

const partnerOf = (p: PairSummary) => (p.b.code === 'CN' && p.a.code !== 'CN' ? p.a : p.b);

/**
 * The picker's groups: the pairs with a detailed timeline first, in their stored order; then the others by the
 * UN M49 region of China's partner, regions and countries in the language's alphabetical order; the pairs with no
 * region last. Groups, not one list of 186 in id order, so that a country is found where a reader looks for it.
 */
export function pairGroups(pairs: readonly PairSummary[], lng: string): PairGroup[] {
  const collator = new Intl.Collator(lng);
  const detailed = pairs.filter((p) => p.detailed);
  const byRegion = new Map<string, PairGroup>();
  for (const p of pairs) {
    if (p.detailed) continue;
    const key = p.region?.code ?? '';
    let group = byRegion.get(key);
    if (!group) byRegion.set(key, (group = { key, label: p.region ? nameIn(p.region.name, lng).text : null, pairs: [] }));
    group.pairs.push(p);
  }
  const regions = [...byRegion.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : collator.compare(a.label!, b.label!)));
  for (const g of regions) g.pairs.sort((a, b) => collator.compare(nameIn(partnerOf(a).name, lng).text, nameIn(partnerOf(b).name, lng).text));
  return [...(detailed.length ? [{ key: 'detailed', label: null, pairs: detailed }] : []), ...regions];
}
