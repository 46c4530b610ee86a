/** Import files for the benches: synthetic milestones written as the app's own CSV. */
import { toCsv } from '../data/exchange/csv';
import type { ExportDocument, ExportedMilestone } from '../data/exchange/document';
import { syntheticMilestones, syntheticPairIds } from './synthetic';

/**
 * `count` rows over `pairs` pairs. `distinctSources`: every row cites a source of its own (the case that
 * was quadratic); otherwise all cite one shared source, as the data suite's export does.
 */
export function syntheticCsv(count: number, pairs: number, options: { distinctSources: boolean; seed?: number; titlePrefix?: string }): string {
  const pairIds = syntheticPairIds(pairs);
  const byPair = new Map<string, ExportedMilestone[]>(pairIds.map((id) => [id, []]));
  syntheticMilestones(count, pairIds, options.seed ?? 42).forEach((m, i) => {
    byPair.get(m.pairId)!.push({
      category: m.category,
      title: `${options.titlePrefix ?? ''}${m.title}`,
      titleAr: m.titleAr,
      summary: m.summary,
      place: m.place,
      start: m.start,
      end: m.end,
      sources: [
        options.distinctSources
          ? { publisher: `Press ${i % 500}`, title: `Report number ${i}`, date: '2024-01-01', language: 'en', url: `https://example.org/report/${i}` }
          : { publisher: 'Synthetic Press', title: 'Generated for benchmarks', date: '2024-01-01', language: 'en', url: null },
      ],
    });
  });
  const doc: ExportDocument = { format: 'bilateral-timelines', version: 1, countries: [], pairs: pairIds.map((id) => ({ id, ladder: [], milestones: byPair.get(id)! })) };
  return toCsv(doc, { bom: false });
}
