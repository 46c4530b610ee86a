import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openTestApi } from '../test/test-api';
import { DATASET_DIR } from '../test/temp-db';
import { readDataset } from '../dataset/validate';
import { statusAtEndOf } from '../../shared/atlas/in-force';
import { buildAtlasModel } from './model';

const research = JSON.parse(fs.readFileSync(path.join(DATASET_DIR, 'world/research.json'), 'utf8'));
const researched = (iso2: string) => research.countries.find((c: any) => c.iso2 === iso2);

describe('atlas.model on a seeded database file', () => {
  it('holds every country of the research with its steps and rungs, each traceable to a milestone with the research’s sources', async () => {
    const t = openTestApi();
    try {
      const model = await t.api.atlasModel({});
      expect(model.countries.length).toBe(research.countries.length);
      expect(model.tiers.map((x) => x.tier)).toEqual([1, 2, 3, 4, 5]);
      expect(model.tierSource.url).toBe(research.tiers.source.url);
      expect(model.datasetVersion).toBe(String(readDataset(DATASET_DIR).dataset!.manifest.version));
      expect(model.firstYear).toBe(1949);
      for (const c of model.countries) expect(c.relations[0]?.event, c.iso2).toBe('established');

      const fr = model.countries.find((c) => c.iso2 === 'FR')!;
      expect(fr).toMatchObject({ pairId: 'CN-FR', iso3: 'FRA', cow: 220, region: { code: '150' }, subregion: { code: '155' }, name: { en: 'France', zh: '法国' } });
      const frResearch = researched('FR');
      expect(fr.relations.map((s) => ({ event: s.event, date: s.date }))).toEqual(frResearch.relations.map((s: any) => ({ event: s.event, date: s.date })));
      expect(fr.rungs.map((r) => ({ levelKey: r.levelKey, tier: r.tier, date: r.date, zh: r.name.zh }))).toEqual(
        frResearch.ladder.map((r: any) => ({ levelKey: r.key, tier: r.tier, date: r.date, zh: r.name.zh })),
      );
      // Each rung opens the milestone that holds exactly the sources the research read.
      const rung = await t.api.getMilestone({ id: fr.rungs.at(-1)!.milestoneId });
      expect(rung.sources.map((s) => s.title).sort()).toEqual(
        frResearch.ladder.at(-1).sources.map((k: string) => research.sources.find((s: any) => s.key === k).title).sort(),
      );

      // A deep pair: its establishment and its own ladder's level-setting milestones, on the tier scale.
      const kz = model.countries.find((c) => c.iso2 === 'KZ')!;
      expect(kz.relations).toEqual([expect.objectContaining({ event: 'established', date: '1992-01-03' })]);
      expect(kz.rungs.map((r) => [r.levelKey, r.tier])).toEqual([
        ['strategic-partnership', 3], ['comprehensive-strategic-partnership', 4], ['permanent-comprehensive-strategic-partnership', 5],
      ]);

      // A country whose relations were suspended and never restored (Belize) reads as interrupted today.
      const bz = model.countries.find((c) => c.iso2 === 'BZ')!;
      expect(bz.relations.at(-1)!.event).toBe('suspended');
      expect(statusAtEndOf(bz, model.lastYear).kind).toBe('interrupted');
    } finally {
      t.core.close();
    }
  });

  it('reads the database, not the files: an edited rung date moves in the model', async () => {
    const t = openTestApi();
    try {
      const before = await t.api.atlasModel({});
      const pk = before.countries.find((c) => c.iso2 === 'PK')!;
      const target = pk.rungs[0];
      const m = await t.api.getMilestone({ id: target.milestoneId });
      await t.api.updateMilestone({
        id: m.id,
        milestone: {
          pairId: m.pairId, category: m.category, title: m.title, titleAr: m.titleAr, titleZh: m.titleZh, summary: m.summary, place: m.place,
          people: m.people, start: '1990', end: null, levelId: m.level?.id ?? null,
          sources: m.sources.map((s) => ({ publisher: s.publisher, title: s.title, date: s.date, language: s.language, url: s.url })),
        },
      });
      const after = (await t.api.atlasModel({})).countries.find((c) => c.iso2 === 'PK')!;
      expect(after.rungs.find((r) => r.milestoneId === target.milestoneId)!.date).toBe('1990');
      expect(statusAtEndOf(after, 1990)).toMatchObject({ kind: 'tier', rung: { levelKey: target.levelKey } });
    } finally {
      t.core.close();
    }
  });

  it('is built in a few milliseconds from the file (three reads)', () => {
    const t = openTestApi();
    try {
      buildAtlasModel(t.core.db);
      const start = performance.now();
      const model = buildAtlasModel(t.core.db);
      const ms = performance.now() - start;
      console.log(`atlas model: ${model.countries.length} countries, ${model.countries.reduce((n, c) => n + c.rungs.length, 0)} rungs in ${ms.toFixed(1)} ms`);
      expect(model.countries.length).toBeGreaterThan(180);
    } finally {
      t.core.close();
    }
  });
});
