/**
 * Loads the bundled dataset into a database: on first run, and again whenever the files carry a newer
 * version. Rows are matched by their dataset keys, so an update refreshes bundled rows in place and
 * never touches the user's own milestones and sources (which have no key) nor bundled milestones the user
 * has edited (until the user resets them). A shared milestone is one row on its home pair (the first it
 * names) linked to its other pairs; a milestone a newer version merged into another ("replaces") is
 * retired: its story places move to the one that replaces it, and the row goes unless the user edited it.
 */
import type { Db } from '../db/open';
import { precisionOf } from '../../shared/dates';
import type { Dataset, DatasetMilestone, DatasetSharedMilestone } from '../dataset/schema';
import { getMeta, setMeta } from '../repositories/meta';
import { bundledMilestoneByKey, deletedBundledKeys, deleteRetiredMilestone, replaceMilestoneLinks, unmodifiedBundledMilestone, upsertBundledMilestone } from '../repositories/milestones';
import { upsertBundledCountry } from '../repositories/countries';
import { levelIdByKey, parkLadderRanks, upsertBundledLevel } from '../repositories/levels';
import { setEstablishedByKey, upsertBundledPair } from '../repositories/pairs';
import { setSourceCopyOf, sourceIdByKey, upsertBundledSource } from '../repositories/sources';
import { moveStoryPlaces } from '../repositories/stories';
import { upsertRegion, upsertTier } from '../repositories/world';
import { TEXT_FIELDS, type TextField } from '../../shared/domain';

export const DATASET_VERSION_KEY = 'dataset_version';
/** When the bundled dataset's version was released (its citation's date). */
export const DATASET_RELEASED_KEY = 'dataset_released';
/** The published ordering the partnership tiers follow (JSON: publisher, title, date, url), for the atlas's legend. */
export const TIER_SOURCE_KEY = 'atlas_tier_source';

/** The bundled dataset's release this database holds (version 0: none was ever applied): what citations and CSV name. */
export interface DatasetRelease {
  version: number;
  /** When it was released (ISO date), if the manifest said. */
  released: string | null;
}

export function datasetRelease(db: Db): DatasetRelease {
  return { version: Number(getMeta(db, DATASET_VERSION_KEY) ?? 0), released: getMeta(db, DATASET_RELEASED_KEY) ?? null };
}

export interface SeedOutcome {
  applied: boolean;
  version: number;
}

type AnyMilestone = DatasetMilestone | DatasetSharedMilestone;

export function applyDataset(db: Db, dataset: Dataset): SeedOutcome {
  const version = dataset.manifest.version;
  const current = Number(getMeta(db, DATASET_VERSION_KEY) ?? 0);
  if (current >= version) return { applied: false, version: current };

  const writeMilestone = bundledMilestoneWriter(db);
  const retire = retiredMilestoneRemover(db);
  const deleted = deletedBundledKeys(db);

  db.transaction(() => {
    for (const r of dataset.world?.regions ?? []) upsertRegion(db, r.code, r.parent, r.name);
    for (const t of dataset.world?.tiers.tiers ?? []) upsertTier(db, t.tier, t.key, t.name);
    for (const c of countriesOf(dataset)) upsertBundledCountry(db, c);
    const sourceIds = new Map<string, number>();
    for (const s of dataset.sources) sourceIds.set(s.key, upsertBundledSource(db, s.key, s));
    for (const s of dataset.sources) setSourceCopyOf(db, sourceIds.get(s.key)!, s.copy_of ? (sourceIds.get(s.copy_of) ?? null) : null);
    [...dataset.manifest.pairs, ...(dataset.world?.pairs ?? [])].forEach((id, order) => upsertBundledPair(db, id, order));
    const idsOf = (m: AnyMilestone) => m.sources.map((key) => sourceIds.get(key));
    for (const pair of dataset.pairs) {
      parkLadderRanks(db, pair.pair);
      const levelIds = new Map(pair.ladder.map((level, i) => [level.key, upsertBundledLevel(db, pair.pair, i + 1, level.key, level.name, level.tier ?? null)]));
      for (const m of pair.milestones) {
        if (deleted.has(m.key)) continue;
        const id = writeMilestone([pair.pair], m, levelIds.get(m.sets_level ?? ''), idsOf(m), false);
        if (id !== undefined) retire(m, id);
      }
      if (pair.established) setEstablishedByKey(db, pair.pair, pair.established);
    }
    for (const m of dataset.shared) {
      if (deleted.has(m.key)) continue;
      const id = writeMilestone(m.pairs, m, undefined, idsOf(m), false);
      if (id !== undefined) retire(m, id);
    }
    for (const key of dataset.manifest.retired ?? []) {
      const id = unmodifiedBundledMilestone(db, key);
      if (id !== undefined) deleteRetiredMilestone(db, id);
    }
    setMeta(db, DATASET_VERSION_KEY, String(version));
    if (dataset.manifest.released) setMeta(db, DATASET_RELEASED_KEY, dataset.manifest.released);
    if (dataset.world) setMeta(db, TIER_SOURCE_KEY, JSON.stringify(dataset.world.tiers.source));
  })();
  return { applied: true, version };
}

/** The manifest's countries (their names as the editors wrote them) and the world's, each with its codes. */
function countriesOf(dataset: Dataset) {
  const codes = new Map((dataset.world?.countries ?? []).map((c) => [c.code, c]));
  const row = (code: string, name: { en: string; ar: string | null; zh: string | null }) => {
    const c = codes.get(code);
    return { code, ...name, iso3: c?.iso3 ?? null, cow: c?.cow ?? null, m49: c?.m49 ?? null, region: c?.region ?? null, subregion: c?.subregion ?? null };
  };
  const named = new Set(dataset.manifest.countries.map((c) => c.code));
  return [
    ...dataset.manifest.countries.map((c) => row(c.code, c.name)),
    ...(dataset.world?.countries ?? []).filter((c) => !named.has(c.code)).map((c) => row(c.code, c.name)),
  ];
}

/** Moves story places from the rows `m` replaces to row `id`, and deletes those rows unless the user edited them. */
function retiredMilestoneRemover(db: Db) {
  return (m: AnyMilestone, id: number) => {
    for (const key of m.replaces ?? []) {
      const old = bundledMilestoneByKey(db, key);
      if (!old || old.modified) continue;
      moveStoryPlaces(db, old.id, id);
      deleteRetiredMilestone(db, old.id);
    }
  };
}

/**
 * Writes one bundled milestone, its source links and its further pairs. An update skips a milestone the
 * user has edited unless `reset` (the user asked for the shipped version back).
 */
function bundledMilestoneWriter(db: Db) {
  return (pairIds: string[], m: AnyMilestone, levelId: number | undefined, sourceIds: (number | undefined)[], reset: boolean): number | undefined => {
    const id = upsertBundledMilestone(
      db,
      {
        pair: pairIds[0],
        key: m.key,
        category: m.category,
        title: m.title,
        titleAr: m.title_ar ?? null,
        titleZh: m.title_zh ?? null,
        summary: m.summary ?? null,
        summaryAr: m.summary_ar ?? null,
        summaryZh: m.summary_zh ?? null,
        translated: JSON.stringify(translatedFields(m)),
        quote: m.quote?.text ?? null,
        quoteLanguage: m.quote?.language ?? null,
        disagreement: m.disagreement ?? null,
        place: m.place ?? null,
        people: JSON.stringify(m.people ?? []),
        start: m.start,
        startPrecision: precisionOf(m.start),
        end: m.end ?? null,
        endPrecision: m.end ? precisionOf(m.end) : null,
        levelId: levelId ?? null,
        relationEvent: ('relation_event' in m && m.relation_event) || null,
      },
      reset,
    );
    if (id !== undefined) replaceMilestoneLinks(db, id, sourceIds, pairIds.slice(1));
    return id;
  };
}

/**
 * The text fields that are the editors' translations: those the translation files supplied, and the
 * English when the milestone was written from sources in another language.
 */
export function translatedFields(m: AnyMilestone): TextField[] {
  const fields = new Set<TextField>(m.translated ?? []);
  if (m.text_language && m.text_language !== 'en') {
    fields.add('title');
    if (m.summary) fields.add('summary');
  }
  return TEXT_FIELDS.filter((f) => fields.has(f));
}

/** Puts back the shipped version of a bundled milestone the user edited; false if it is not in the dataset. */
export function resetBundledMilestone(db: Db, dataset: Dataset, key: string): boolean {
  const sourceIds = (m: AnyMilestone) => m.sources.map((k) => sourceIdByKey(db, k));
  for (const pair of dataset.pairs) {
    const m = pair.milestones.find((x) => x.key === key);
    if (!m) continue;
    const levelId = levelIdByKey(db, pair.pair, m.sets_level ?? '');
    bundledMilestoneWriter(db)([pair.pair], m, levelId, sourceIds(m), true);
    return true;
  }
  const shared = dataset.shared.find((x) => x.key === key);
  if (!shared) return false;
  bundledMilestoneWriter(db)(shared.pairs, shared, undefined, sourceIds(shared), true);
  return true;
}
