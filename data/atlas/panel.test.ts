import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { openTestApi } from '../test/test-api';
import { DATASET_DIR } from '../test/temp-db';
import type { PairTimeline } from '../../shared/domain';

const NO_FILTERS = { categories: [], levelKeys: [], from: null, to: null, languages: [], publishers: [] };
const research = JSON.parse(fs.readFileSync(path.join(DATASET_DIR, 'world/research.json'), 'utf8'));
const yearOf = (d: string) => Number(d.slice(0, 4));

/** What the pair's timeline (the chart's own call) says about a year: its counts, and the band in force at the year's end. */
function fromTimeline(t: PairTimeline, year: number) {
  const count = (category: string) => t.milestones.filter((m) => m.category === category && yearOf(m.start) === year).length;
  const band = t.bands.filter((b) => yearOf(b.start) <= year && (b.end === null || yearOf(b.end) > year)).at(-1);
  const level = band ? t.ladder.find((l) => l.id === band.levelId)!.key : '';
  return { visits: count('visits'), summits: count('multilateral'), agreements: count('agreements'), level_key: level };
}

/** In force at the end of the year, by the research file's own steps. */
function relationsFromResearch(iso2: string, year: number): number {
  const steps = research.countries.find((c: any) => c.iso2 === iso2).relations.filter((s: any) => yearOf(s.date) <= year);
  return steps.length && ['established', 'restored'].includes(steps.at(-1).event) ? 1 : 0;
}

describe('the dyad-year panel', () => {
  it('has one row per country and year, and agrees with the timeline for Kazakhstan and Liberia', async () => {
    const t = openTestApi();
    try {
      const panel = await t.api.exportAtlasPanel({});
      const parsed = Papa.parse<Record<string, string>>(panel.text, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const model = await t.api.atlasModel({});
      const years = model.lastYear - model.firstYear + 1;
      expect(parsed.data.length).toBe(model.countries.length * years);
      expect(panel.rows).toBe(parsed.data.length);
      expect(new Set(parsed.data.map((r) => `${r.iso3}|${r.year}`)).size).toBe(parsed.data.length);

      for (const [iso2, pairId] of [['KZ', 'CN-KZ'], ['LR', 'CN-LR']] as const) {
        const timeline = await t.api.getPairTimeline({ pairId, filters: NO_FILTERS });
        const rows = parsed.data.filter((r) => r.iso2 === iso2);
        expect(rows.map((r) => Number(r.year))).toEqual(Array.from({ length: years }, (_, i) => model.firstYear + i));
        for (const row of rows) {
          const year = Number(row.year);
          const expected = fromTimeline(timeline, year);
          const relations = relationsFromResearch(iso2, year);
          expect({ relations: Number(row.relations), visits: Number(row.visits), summits: Number(row.summits), agreements: Number(row.agreements), level_key: row.level_key }, `${iso2} ${year}`)
            .toEqual({ relations, ...expected, level_key: relations ? expected.level_key : '' });
          expect(row.tier === '', `${iso2} ${year} tier`).toBe(row.level_key === '');
        }
      }
      const kz = parsed.data.filter((r) => r.iso2 === 'KZ');
      expect(kz.find((r) => r.year === '2019')).toMatchObject({ iso3: 'KAZ', cow: '705', level_key: 'permanent-comprehensive-strategic-partnership', tier: '5' });
      // Kazakhstan's visits and agreements are on its timeline: the counts are not all zero.
      expect(kz.reduce((n, r) => n + Number(r.visits) + Number(r.agreements), 0)).toBeGreaterThan(10);
      // Liberia: broken in 1989, restored 1993, suspended 1997, restored 2003.
      const lr = (year: number) => parsed.data.find((r) => r.iso2 === 'LR' && r.year === String(year))!;
      expect([1988, 1990, 1995, 2000, 2010].map((y) => lr(y).status)).toEqual(['relations', 'interrupted', 'relations', 'interrupted', 'relations']);

      // The codebook describes every column of the header, and the citation names the dataset version.
      for (const column of parsed.meta.fields!) expect(panel.codebook).toContain(`| \`${column}\` |`);
      expect(panel.citation).toContain(`Version ${model.datasetVersion}`);
      expect(panel.codebook).toContain(panel.citation);
    } finally {
      t.core.close();
    }
  });
});
