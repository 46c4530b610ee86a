/**
 * Reads the dataset files and checks them: each file against its schema, then the rules across files
 * (unique keys, sources that exist, levels on the pair's ladder, dates in range, no overlapping bands),
 * the grounding rules (what each milestone rests on) and the three languages. Every problem names its
 * file and the place in it. Translations delivered in translations/<PAIR>.json are folded in first.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { comparePartialDates, toDayDate } from '../../shared/dates';
import { independentSourceCount, OFFICIAL_KINDS, originOf } from '../../shared/evidence';
import {
  datasetManifestSchema,
  datasetPairSchema,
  datasetSharedSchema,
  datasetSourcesSchema,
  datasetTranslationsSchema,
  type Dataset,
  type DatasetMilestone,
  type DatasetPair,
  type DatasetSharedMilestone,
  type DatasetSource,
  type DatasetTranslations,
} from './schema';
import { hasWorld, readWorld, WORLD_FILE } from './world';
import type { DatasetWorld } from './world-types';

export interface DatasetProblem {
  file: string;
  /** Where in the file: "milestones[3].start" or "milestones[key=cn-tj-2019-x]". */
  at: string;
  message: string;
}

export interface DatasetReadResult {
  dataset: Dataset | null;
  problems: DatasetProblem[];
}

export const EARLIEST_YEAR = 1991;
/** The world pairs go back to the founding of the People's Republic (1 October 1949). */
export const EARLIEST_WORLD_YEAR = 1949;

/**
 * Sites that republish others' texts without standing of their own (content farms, mirrors, blogs,
 * press-release wires): a milestone may cite them only beside a source of standing.
 */
export const LOW_REPUTATION_DOMAINS = [
  'whygutenberg.com', 'rqb99.com', '61ed.com', 'fsou.com', 'blogspot.com', 'melegineli.com', 'tfltb.cn', 'kyzzwp.com',
  'pltyw.com', 'lomlog.com', 'jiuxingjy.com', 'ccpnt.org', '100ke.info', 'rmrb.online', 'cn.govopendata.com',
  'einpresswire.com', 'globenewswire.com', 'menafn.com', 'prbuzz.com', 'counter-vortex.com', '1she.com', 'cnchemicals.com',
  'news.cippe.net', 'china-invests.net', 'jiscmail.ac.uk',
];
/** Press-release wires: what they carry is a copy, dated by the original. */
const WIRE_DOMAINS = ['einpresswire.com', 'globenewswire.com', 'menafn.com', 'prbuzz.com'];

const hostOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/\.$/, '');
const onDomain = (url: string, domains: readonly string[]) => {
  const host = hostOf(url);
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
};
/** One URL, however it is spelled (scheme, www., a trailing slash or dot). */
const normalUrl = (url: string) => {
  const u = new URL(url);
  return `${u.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
};

/** A publication date written in a URL (…/2019-06/16/…, …/n3/2024/0607/…, …/20160622/…), if any. */
export function dateInUrl(url: string): string | null {
  const p = new URL(url).pathname;
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/\/((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)\//, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/n3\/((?:19|20)\d\d)\/(\d\d)(\d\d)\//, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/((?:19|20)\d\d)-(\d\d)\/(\d\d)\//, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/((?:19|20)\d\d)(\d\d)(\d\d)\//, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  ];
  for (const [re, f] of patterns) {
    const m = re.exec(p);
    if (m) {
      const d = f(m);
      const month = Number(d.slice(5, 7));
      const day = Number(d.slice(8, 10));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return d;
    }
  }
  return null;
}

const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, problems: DatasetProblem[]): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, at: '', message: `cannot be read as JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, at: issue.path.map(String).join('.'), message: issue.message });
    return null;
  }
  return parsed.data;
}

const jsonFiles = (dir: string, sub: string) =>
  fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.json')).sort().map((f) => `${sub}/${f}`) : [];

/** Words of a title that say what happened (for spotting one event stored twice). */
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'and', 'at', 'on', 'to', 'for', 'with', 'by', 'its', 'is', 'as']);
const titleWords = (t: string) => new Set(t.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w && !STOP.has(w)));
function similarTitles(a: string, b: string): boolean {
  const x = titleWords(a);
  const y = titleWords(b);
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.min(x.size, y.size) >= 0.75;
}

/** Two meetings on one day with different leaders (Xi with one president, Xi with another) are two events. */
function samePeople(x: { people?: string[] }, y: { people?: string[] }): boolean {
  if (!x.people?.length || !y.people?.length) return true;
  const [a, b] = [new Set(x.people), new Set(y.people)];
  return [...a].every((p) => b.has(p)) || [...b].every((p) => a.has(p));
}

interface Placed {
  m: DatasetMilestone | DatasetSharedMilestone;
  file: string;
  at: string;
  /** The pairs it is shown in. */
  pairs: string[];
  shared: boolean;
}

export interface CheckFiles {
  sources: string[];
  shared?: string[];
}

/** Cross-file rules over files that each passed their schema. */
export function checkDataset(dataset: Dataset, files: CheckFiles, today = toDayDate(new Date())): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceKeys = new Map<string, string>();
  const sourceByKey = new Map<string, DatasetSource>();
  const sourceFileOf = (i: number) => files.sources[i] ?? 'sources';
  dataset.sources.forEach((s, i) => {
    const file = sourceFileOf(i);
    if (sourceKeys.has(s.key)) problems.push({ file, at: `sources[key=${s.key}]`, message: `source key also used in ${sourceKeys.get(s.key)}` });
    else sourceKeys.set(s.key, file);
    sourceByKey.set(s.key, s);
  });
  problems.push(...checkSources(dataset.sources, sourceFileOf, sourceByKey));
  const countryCodes = new Set([...dataset.manifest.countries.map((c) => c.code), ...(dataset.world?.countries.map((c) => c.code) ?? [])]);
  const pairIds = new Set([...dataset.manifest.pairs, ...(dataset.world?.pairs ?? [])]);
  const milestoneKeys = new Set<string>();
  const usedSources = new Set<string>();
  const placed: Placed[] = [];

  // A world pair follows the atlas rules only (checkWorldPair): its sources are what the research could read.
  const checkMilestone = (m: DatasetMilestone | DatasetSharedMilestone, file: string, at: string, world = false) => {
    if (milestoneKeys.has(m.key)) problems.push({ file, at, message: 'milestone key is not unique' });
    milestoneKeys.add(m.key);
    const earliest = world ? EARLIEST_WORLD_YEAR : EARLIEST_YEAR;
    for (const [field, date] of [['start', m.start], ['end', m.end]] as const) {
      if (!date) continue;
      if (Number(date.slice(0, 4)) < earliest) problems.push({ file, at: `${at}.${field}`, message: `${date} is before ${earliest}` });
      if (comparePartialDates(date, today) > 0) problems.push({ file, at: `${at}.${field}`, message: `${date} is in the future` });
    }
    if (m.end && comparePartialDates(m.end, m.start) < 0) problems.push({ file, at: `${at}.end`, message: 'ends before it starts' });
    for (const key of m.sources) {
      usedSources.add(key);
      if (!sourceKeys.has(key)) problems.push({ file, at: `${at}.sources`, message: `no source with key ${key}` });
    }
    if (new Set(m.sources).size !== m.sources.length) problems.push({ file, at: `${at}.sources`, message: 'a source is named twice' });
    if (world) return;
    const sources = m.sources.map((k) => sourceByKey.get(k)).filter((s): s is DatasetSource => !!s);
    const standing = sources.filter((s) => s.kind !== 'copy' && s.url && !onDomain(s.url, LOW_REPUTATION_DOMAINS));
    if (sources.length && standing.length === 0) {
      problems.push({ file, at: `${at}.sources`, message: 'rests only on copies, low-reputation sites or sources without a link: cite the original' });
    }
    problems.push(...checkLanguages(m, file, at));
    if (m.quote && m.quote.text.length > 120) problems.push({ file, at: `${at}.quote`, message: 'a quotation is short (at most 120 characters)' });
  };

  for (const pair of dataset.pairs) {
    const world = pair.scope === 'world';
    const file = world ? WORLD_FILE : `pairs/${pair.pair}.json`;
    const [a, b] = pair.pair.split('-');
    if (!(a < b)) problems.push({ file, at: 'pair', message: 'the two codes must be in alphabetical order' });
    for (const code of [a, b]) if (!countryCodes.has(code)) problems.push({ file, at: 'pair', message: `country ${code} is not in manifest.json` });
    const levelKeys = new Set<string>();
    pair.ladder.forEach((level, i) => {
      if (levelKeys.has(level.key)) problems.push({ file, at: `ladder[${i}]`, message: `level key ${level.key} repeats` });
      levelKeys.add(level.key);
      for (const lang of ['ar', 'zh'] as const) {
        if (!level.name[lang]) problems.push({ file, at: `ladder[${i}] (${level.key}).name.${lang}`, message: `the level has no ${lang === 'ar' ? 'Arabic' : 'Chinese'} name` });
      }
    });
    const seen = new Set<string>();
    pair.milestones.forEach((m, i) => {
      const at = world ? `${pair.pair} milestones[${i}] (${m.key})` : `milestones[${i}] (${m.key})`;
      checkMilestone(m, file, at, world);
      if (m.relation_event && m.category !== 'diplomatic') problems.push({ file, at: `${at}.relation_event`, message: 'only a diplomatic milestone is a step of the relations' });
      const identity = `${m.category}|${m.start}|${m.title.toLowerCase()}`;
      if (seen.has(identity)) problems.push({ file, at, message: 'duplicate milestone: same category, date and title as another' });
      seen.add(identity);
      if (m.sets_level && !levelKeys.has(m.sets_level)) problems.push({ file, at: `${at}.sets_level`, message: `level ${m.sets_level} is not on this pair's ladder` });
      if (world) return;
      if (m.sets_level || pair.established === m.key) problems.push(...checkKeyFact(m, file, at, sourceByKey, m.sets_level ? 'level change' : 'establishment of relations'));
      placed.push({ m, file, at, pairs: [pair.pair], shared: false });
    });
    if (dataset.world) problems.push(...checkTiers(pair, dataset.world, file));
    if (world) problems.push(...checkWorldPair(pair, file));
    if (pair.established) {
      const m = pair.milestones.find((x) => x.key === pair.established);
      if (!m) problems.push({ file, at: 'established', message: `no milestone with key ${pair.established} in this pair` });
      else if (m.category !== 'diplomatic') problems.push({ file, at: 'established', message: `${m.key} is not in the "diplomatic" category` });
    }
    problems.push(...checkBands(pair, file));
  }
  dataset.shared.forEach((m, i) => {
    const file = files.shared?.[i] ?? 'shared';
    const at = `milestones[key=${m.key}]`;
    checkMilestone(m, file, at);
    if (new Set(m.pairs).size !== m.pairs.length) problems.push({ file, at: `${at}.pairs`, message: 'a pair is named twice' });
    for (const p of m.pairs) if (!pairIds.has(p)) problems.push({ file, at: `${at}.pairs`, message: `pair ${p} is not in manifest.json` });
    placed.push({ m, file, at, pairs: m.pairs, shared: true });
  });
  problems.push(...checkStoredOnce(placed));
  if (dataset.world) problems.push(...checkWorldCodes(dataset.world));
  const replaced = new Set([...placed.flatMap((p) => p.m.replaces ?? []), ...(dataset.manifest.retired ?? [])]);
  for (const p of placed) if (replaced.has(p.m.key)) problems.push({ file: p.file, at: p.at, message: 'this key is retired (another milestone replaces it): it cannot be used again' });
  dataset.sources.forEach((s, i) => {
    if (!usedSources.has(s.key)) problems.push({ file: sourceFileOf(i), at: `sources[key=${s.key}]`, message: 'source is not cited by any milestone' });
  });
  return problems;
}

/** Every source record once, dated by the original, a copy said to be one. */
function checkSources(sources: DatasetSource[], fileOf: (i: number) => string, byKey: Map<string, DatasetSource>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const urls = new Map<string, string>();
  sources.forEach((s, i) => {
    const file = fileOf(i);
    const at = `sources[key=${s.key}]`;
    if (s.url) {
      const u = normalUrl(s.url);
      const other = urls.get(u);
      if (other) problems.push({ file, at, message: `same URL as source ${other}: keep one record and cite it from both milestones` });
      else urls.set(u, s.key);
      if (onDomain(s.url, WIRE_DOMAINS) && s.kind !== 'copy') problems.push({ file, at: `${at}.kind`, message: 'a press-release wire carries copies: the kind is "copy"' });
      // A copy's link is the copy's, its date the original's: they need not agree.
      const inUrl = s.kind === 'copy' ? null : dateInUrl(s.url);
      if (inUrl && s.date && s.date.length === 10 && daysBetween(inUrl, s.date) > 3) {
        problems.push({ file, at: `${at}.date`, message: `${s.date} is not the date the link shows (${inUrl}): give the original publication's date` });
      }
    }
    if (s.copy_of) {
      const original = byKey.get(s.copy_of);
      if (!original) problems.push({ file, at: `${at}.copy_of`, message: `no source with key ${s.copy_of}` });
      else if (s.kind !== 'copy') problems.push({ file, at: `${at}.kind`, message: 'a record with copy_of is a copy (kind "copy")' });
      else if (original.date && s.date !== original.date) problems.push({ file, at: `${at}.date`, message: `a copy carries the original's date (${original.date}), not its own` });
    }
  });
  return problems;
}

/** Every level of a ladder sits on a tier of the scale, the one its key maps to. */
function checkTiers(pair: DatasetPair, world: DatasetWorld, file: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const tiers = new Set(world.tiers.tiers.map((t) => t.tier));
  pair.ladder.forEach((level, i) => {
    const at = pair.scope === 'world' ? `${pair.pair} ladder[${i}] (${level.key})` : `ladder[${i}] (${level.key})`;
    const mapped = world.tiers.tierOf.get(level.key);
    if (mapped === undefined) problems.push({ file, at, message: `level ${level.key} is on no tier: add its key to a tier's "includes" in ${WORLD_FILE}` });
    else if (level.tier !== mapped) problems.push({ file, at: `${at}.tier`, message: `tier ${level.tier} differs from the scale's tier ${mapped} for ${level.key}` });
    if (level.tier !== undefined && !tiers.has(level.tier)) problems.push({ file, at: `${at}.tier`, message: `tier ${level.tier} is not on the scale` });
  });
  return problems;
}

/**
 * The atlas rules for a world pair: the relations start with their establishment, each step follows the last
 * (no restoring what was not interrupted), every step and every rung rests on a source, each rung sets a level.
 */
function checkWorldPair(pair: DatasetPair, file: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const steps = pair.milestones.filter((m) => m.relation_event);
  if (!pair.established || steps[0]?.relation_event !== 'established') {
    problems.push({ file, at: pair.pair, message: 'the relations start with their establishment ("established" first)' });
  }
  if (steps.filter((m) => m.relation_event === 'established').length > 1) problems.push({ file, at: pair.pair, message: 'relations are established once; later steps are "restored"' });
  let open = false;
  steps.forEach((m, i) => {
    const at = `${pair.pair} ${m.key}`;
    if (i > 0 && comparePartialDates(m.start, steps[i - 1].start) < 0) problems.push({ file, at, message: 'the steps of the relations are in date order' });
    if (m.relation_event === 'restored' && open) problems.push({ file, at, message: 'restored, but the relations were not interrupted' });
    if ((m.relation_event === 'suspended' || m.relation_event === 'broken') && !open && i > 0) problems.push({ file, at, message: `${m.relation_event}, but the relations were already interrupted` });
    open = m.relation_event === 'established' || m.relation_event === 'restored';
  });
  for (const m of pair.milestones) {
    if (!m.sources.length) problems.push({ file, at: `${pair.pair} ${m.key}`, message: 'every step and every rung names at least one source' });
    if (m.category === 'partnership' && !m.sets_level) problems.push({ file, at: `${pair.pair} ${m.key}`, message: 'a rung sets a level of the ladder' });
  }
  return problems;
}

/** Every country has an alpha-3, an M49 code, a region and a sub-region; a COW code is a number or none. */
function checkWorldCodes(world: DatasetWorld): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const regions = new Set(world.regions.map((r) => r.code));
  for (const c of world.countries) {
    const at = `countries (${c.code})`;
    if (!c.iso3 || !/^[A-Z]{3}$/.test(c.iso3)) problems.push({ file: WORLD_FILE, at, message: 'no ISO 3166-1 alpha-3 code' });
    if (!c.m49 || !c.region || !c.subregion) problems.push({ file: WORLD_FILE, at, message: 'no UN M49 code, region or sub-region' });
    else if (!regions.has(c.region) || !regions.has(c.subregion)) problems.push({ file: WORLD_FILE, at, message: `region ${c.region}/${c.subregion} is not among the regions` });
    if (c.cow !== null && !(Number.isInteger(c.cow) && c.cow >= 1 && c.cow <= 999)) problems.push({ file: WORLD_FILE, at, message: `COW code ${c.cow} is not a state code (1–999)` });
    for (const lang of ['en', 'ar', 'zh'] as const) if (!c.name[lang]) problems.push({ file: WORLD_FILE, at, message: `no ${lang} name` });
  }
  const cows = new Map<number, string>();
  for (const c of world.countries) {
    if (c.cow === null) continue;
    const other = cows.get(c.cow);
    if (other) problems.push({ file: WORLD_FILE, at: `countries (${c.code})`, message: `COW code ${c.cow} is also ${other}'s` });
    cows.set(c.cow, c.code);
  }
  return problems;
}

/** An establishment or a level change: two independent sources, one of them official or a state agency. */
function checkKeyFact(m: DatasetMilestone, file: string, at: string, byKey: Map<string, DatasetSource>, what: string): DatasetProblem[] {
  const sources = m.sources.map((k) => byKey.get(k)).filter((s): s is DatasetSource => !!s);
  const evidence = sources.map((s) => ({ publisher: s.publisher, kind: s.kind, copyOfPublisher: s.copy_of ? byKey.get(s.copy_of)?.publisher : null }));
  const problems: DatasetProblem[] = [];
  if (independentSourceCount(evidence) < 2) problems.push({ file, at: `${at}.sources`, message: `a ${what} needs at least two independent sources (has ${independentSourceCount(evidence)}: ${[...new Set(evidence.map(originOf))].join(', ')})` });
  if (!sources.some((s) => OFFICIAL_KINDS.includes(s.kind))) problems.push({ file, at: `${at}.sources`, message: `a ${what} needs one official source (treaty, joint statement, ministry or presidency) or a state news agency` });
  return problems;
}

/** The title in English, Arabic and Chinese, and so the summary where there is one. */
function checkLanguages(m: DatasetMilestone | DatasetSharedMilestone, file: string, at: string): DatasetProblem[] {
  const missing = [
    ['title_ar', m.title_ar],
    ['title_zh', m.title_zh],
    ...(m.summary ? [['summary_ar', m.summary_ar], ['summary_zh', m.summary_zh]] : []),
  ].filter(([, v]) => !v).map(([f]) => f);
  return missing.length ? [{ file, at, message: `no ${missing.join(', ')}: every milestone reads in English, Arabic and Chinese` }] : [];
}

/** One event, one record: a shared milestone is not also in a pair file, and no event is in two pair files. */
function checkStoredOnce(placed: Placed[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const byDate = new Map<string, Placed[]>();
  for (const p of placed) byDate.set(p.m.start, [...(byDate.get(p.m.start) ?? []), p]);
  for (const group of byDate.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i], group[j]];
        if (x.m.category !== y.m.category || !similarTitles(x.m.title, y.m.title) || !samePeople(x.m, y.m)) continue;
        const common = x.pairs.filter((p) => y.pairs.includes(p));
        if (common.length && !(x.shared || y.shared)) continue; // within one pair file: the duplicate rule above
        const message = common.length
          ? `the same event as ${y.m.key} (${y.file}), shown in ${common.join(', ')} twice: keep the shared milestone only`
          : `the same event as ${y.m.key} (${y.file}): store it once in shared/ and link both pairs`;
        problems.push({ file: x.file, at: x.at, message });
      }
    }
  }
  return problems;
}

/** Level-setting milestones must have distinct dates, so each band has a start and the next one's start. */
function checkBands(pair: DatasetPair, file: string): DatasetProblem[] {
  const setters = pair.milestones.filter((m) => m.sets_level).sort((x, y) => comparePartialDates(x.start, y.start));
  const problems: DatasetProblem[] = [];
  for (let i = 1; i < setters.length; i++) {
    if (setters[i].start === setters[i - 1].start) {
      problems.push({ file, at: `milestones (${setters[i].key})`, message: `sets a level on the same date as ${setters[i - 1].key}: bands would overlap` });
    }
  }
  return problems;
}

/**
 * Folds the editors' translations into the milestones and levels, marking each field it fills as a
 * translation (text already in a pair or shared file wins: it is in the source's own language). Keys
 * that match nothing are problems.
 */
function foldTranslations(pairs: DatasetPair[], shared: DatasetSharedMilestone[], retired: Set<string>, file: string, t: DatasetTranslations, problems: DatasetProblem[]): void {
  const milestones = new Map<string, DatasetMilestone | DatasetSharedMilestone>();
  for (const p of pairs) for (const m of p.milestones) milestones.set(m.key, m);
  for (const m of shared) milestones.set(m.key, m);
  const pairId = path.basename(file, '.json');
  const pair = pairs.find((p) => p.pair === pairId);
  for (const [key, tr] of Object.entries(t.milestones)) {
    const m = milestones.get(key);
    if (!m && retired.has(key)) continue; // translated before it was merged or left out
    if (!m) {
      problems.push({ file, at: `milestones.${key}`, message: `no milestone with key ${key}` });
      continue;
    }
    const fill = (field: 'title_ar' | 'title_zh' | 'summary_ar' | 'summary_zh', text: string | undefined) => {
      if (m[field] || !text) return;
      m[field] = text;
      m.translated = [...(m.translated ?? []), field];
    };
    fill('title_ar', tr.title?.ar);
    fill('title_zh', tr.title?.zh);
    fill('summary_ar', tr.summary?.ar);
    fill('summary_zh', tr.summary?.zh);
  }
  for (const [key, tr] of Object.entries(t.levels)) {
    const levels = pair ? pair.ladder.filter((l) => l.key === key) : pairs.flatMap((p) => p.ladder.filter((l) => l.key === key));
    if (!levels.length) problems.push({ file, at: `levels.${key}`, message: `no level with key ${key}${pair ? ` on the ${pair.pair} ladder` : ''}` });
    // The translation files' level names are the reviewed forms (Xinhua's Arabic usage): they win.
    for (const level of levels) {
      level.name.ar = tr.ar ?? level.name.ar;
      level.name.zh = tr.zh ?? level.name.zh;
    }
  }
}

/** Reads and checks a dataset directory; `dataset` is null when any problem was found. */
export function readDataset(dir: string, today?: string): DatasetReadResult {
  const problems: DatasetProblem[] = [];
  const manifest = readJson(dir, 'manifest.json', datasetManifestSchema, problems);
  const sources: DatasetSource[] = [];
  const sourceFileByIndex: string[] = [];
  for (const file of jsonFiles(dir, 'sources')) {
    const parsed = readJson(dir, file, datasetSourcesSchema, problems);
    for (const s of parsed?.sources ?? []) {
      sources.push(s);
      sourceFileByIndex.push(file);
    }
  }
  const pairs: DatasetPair[] = [];
  for (const id of manifest?.pairs ?? []) {
    const file = `pairs/${id}.json`;
    const pair = readJson(dir, file, datasetPairSchema, problems);
    if (pair && pair.pair !== id) problems.push({ file, at: 'pair', message: `says ${pair.pair}, but the file is for ${id}` });
    if (pair) pairs.push(pair);
  }
  const shared: DatasetSharedMilestone[] = [];
  const sharedFileByIndex: string[] = [];
  for (const file of jsonFiles(dir, 'shared')) {
    for (const m of readJson(dir, file, datasetSharedSchema, problems)?.milestones ?? []) {
      shared.push(m);
      sharedFileByIndex.push(file);
    }
  }
  for (const file of jsonFiles(dir, 'translations')) {
    const t = readJson(dir, file, datasetTranslationsSchema, problems);
    const retired = new Set([...(manifest?.retired ?? []), ...pairs.flatMap((p) => p.milestones.flatMap((m) => m.replaces ?? [])), ...shared.flatMap((m) => m.replaces ?? [])]);
    if (t) foldTranslations(pairs, shared, retired, file, t, problems);
  }
  let world: DatasetWorld | undefined;
  if (manifest && hasWorld(dir)) {
    const read = readWorld(dir, manifest.pairs, problems);
    if (read) {
      world = read.world;
      pairs.push(...read.pairs);
      for (const s of read.sources) {
        sources.push(s);
        sourceFileByIndex.push(WORLD_FILE);
      }
      // The deep pairs' levels take their tier from the one scale too, and their establishment is a relation step.
      for (const pair of pairs) for (const level of pair.ladder) level.tier ??= world.tiers.tierOf.get(level.key);
      for (const pair of pairs) {
        const m = pair.milestones.find((x) => x.key === pair.established);
        if (m && m.category === 'diplomatic') m.relation_event ??= 'established';
      }
    }
  }
  if (!manifest || problems.length) return { dataset: null, problems };
  const dataset: Dataset = { manifest, sources, pairs, shared, world };
  problems.push(...checkDataset(dataset, { sources: sourceFileByIndex, shared: sharedFileByIndex }, today));
  return { dataset: problems.length ? null : dataset, problems };
}

/**
 * The version the manifest declares, read without checking the rest of the dataset (a host compares it with
 * its database's at start). Infinity when it cannot be read: the caller then reads the dataset in full,
 * which reports the problem.
 */
export function manifestVersion(dir: string): number {
  try {
    const version = (JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { version?: unknown }).version;
    return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : Infinity;
  } catch {
    return Infinity;
  }
}

export function formatProblems(problems: DatasetProblem[]): string {
  return problems.map((p) => `${p.file}${p.at ? ` ${p.at}` : ''}: ${p.message}`).join('\n');
}
