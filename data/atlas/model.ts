/**
 * Builds the partnership atlas's model (shared/atlas/types.ts) from the database in three reads: the countries
 * China has a pair with (codes, names, regions), the steps of their relations and the rungs of their ladders
 * (each the milestone that holds its sources), and the tier scale. The deep pairs come in the same way: their
 * establishment is a relation step and their level-setting milestones are rungs.
 */
import type { Db } from '../db/open';
import type { AtlasCountry, AtlasModel, Localized, RelationEvent } from '../../shared/atlas/types';
import { getMeta } from '../repositories/meta';
import { DATASET_VERSION_KEY, TIER_SOURCE_KEY } from '../seed/apply-dataset';

/** The atlas's first year: the People's Republic was founded on 1 October 1949. */
export const ATLAS_FIRST_YEAR = 1949;
const CHINA = 'CN';

const localized = (en: string, ar: string | null, zh: string | null): Localized => ({ en, ar: ar ?? en, zh: zh ?? en });
/** A country the dataset gave no region (a user's own): grouped apart. */
const NO_REGION = { code: '', name: { en: 'Other', ar: 'أخرى', zh: '其他' } };

interface CountryRow {
  pair_id: string; code: string; iso3: string | null; cow: number | null;
  name_en: string; name_ar: string | null; name_zh: string | null;
  region_code: string | null; region_en: string | null; region_ar: string | null; region_zh: string | null;
  subregion_code: string | null; subregion_en: string | null; subregion_ar: string | null; subregion_zh: string | null;
}
interface StepRow {
  pair_id: string; id: number; start_date: string; relation_event: RelationEvent | null;
  level_key: string | null; tier: number | null; level_en: string | null; level_ar: string | null; level_zh: string | null;
}

export function buildAtlasModel(db: Db, today: Date = new Date()): AtlasModel {
  const countries = db.prepare(`
    SELECT p.id AS pair_id, c.code, c.iso3, c.cow, c.name_en, c.name_ar, c.name_zh,
      r.code AS region_code, r.name_en AS region_en, r.name_ar AS region_ar, r.name_zh AS region_zh,
      s.code AS subregion_code, s.name_en AS subregion_en, s.name_ar AS subregion_ar, s.name_zh AS subregion_zh
    FROM pairs p
    JOIN countries c ON c.code = CASE WHEN p.a_code = @china THEN p.b_code ELSE p.a_code END
    LEFT JOIN m49_regions r ON r.code = c.region_code
    LEFT JOIN m49_regions s ON s.code = c.subregion_code
    WHERE @china IN (p.a_code, p.b_code)
    ORDER BY c.name_en`).all({ china: CHINA }) as CountryRow[];
  // A rung is a milestone that set a level of its own pair's ladder that sits on a tier.
  const steps = db.prepare(`
    SELECT m.pair_id, m.id, m.start_date, m.relation_event,
      l.key AS level_key, l.tier, l.name_en AS level_en, l.name_ar AS level_ar, l.name_zh AS level_zh
    FROM milestones m
    JOIN pairs p ON p.id = m.pair_id AND @china IN (p.a_code, p.b_code)
    LEFT JOIN partnership_levels l ON l.id = m.level_id AND l.pair_id = m.pair_id AND l.tier IS NOT NULL
    WHERE m.relation_event IS NOT NULL OR l.id IS NOT NULL
    ORDER BY m.pair_id, m.start_date, m.id`).all({ china: CHINA }) as StepRow[];
  const tiers = db.prepare('SELECT tier, key, name_en, name_ar, name_zh FROM partnership_tiers ORDER BY tier').all() as
    { tier: number; key: string; name_en: string; name_ar: string | null; name_zh: string | null }[];

  const byPair = new Map<string, AtlasCountry>();
  const out: AtlasCountry[] = [];
  for (const c of countries) {
    const country: AtlasCountry = {
      pairId: c.pair_id,
      iso2: c.code,
      iso3: c.iso3 ?? '',
      cow: c.cow,
      name: localized(c.name_en, c.name_ar, c.name_zh),
      region: c.region_code ? { code: c.region_code, name: localized(c.region_en!, c.region_ar, c.region_zh) } : NO_REGION,
      subregion: c.subregion_code ? { code: c.subregion_code, name: localized(c.subregion_en!, c.subregion_ar, c.subregion_zh) } : NO_REGION,
      relations: [],
      rungs: [],
    };
    byPair.set(c.pair_id, country);
    out.push(country);
  }
  for (const s of steps) {
    const country = byPair.get(s.pair_id);
    if (!country) continue;
    if (s.relation_event) country.relations.push({ event: s.relation_event, date: s.start_date, milestoneId: s.id });
    if (s.level_key && s.tier !== null) {
      country.rungs.push({ levelKey: s.level_key, tier: s.tier, name: localized(s.level_en!, s.level_ar, s.level_zh), date: s.start_date, milestoneId: s.id });
    }
  }
  const tierSource = getMeta(db, TIER_SOURCE_KEY);
  return {
    datasetVersion: getMeta(db, DATASET_VERSION_KEY) ?? '',
    firstYear: ATLAS_FIRST_YEAR,
    lastYear: today.getUTCFullYear(),
    tiers: tiers.map((t) => ({ tier: t.tier, key: t.key, name: localized(t.name_en, t.name_ar, t.name_zh) })),
    tierSource: tierSource ? JSON.parse(tierSource) : { publisher: '', title: '', date: '', url: '' },
    // A country with no step of relations (a user's own pair without its establishment) has no row to draw.
    countries: out.filter((c) => c.relations.length > 0),
  };
}
