/**
 * The partnership atlas's model (issue 20): every country China has (or had) relations with, the steps of those
 * relations and the ladder of named partnership levels, each step traceable to the milestone that holds its sources.
 * The core builds it from the database (`atlas.model`); the renderer's matrix, map, table and tier chart and the
 * image export draw from it; the dyad-year panel export reads the same model.
 */

export type Localized = { en: string; ar: string; zh: string };

/** One tier of the cross-pair ordering (1 = partnership … 5 = all-weather/permanent strategic partnership). */
export interface AtlasTier {
  tier: number;
  key: string;
  name: Localized;
}

export type RelationEvent = 'established' | 'suspended' | 'broken' | 'restored';

export interface AtlasRelationStep {
  event: RelationEvent;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
  date: string;
  /** The milestone that holds this step's sources (opens in the pair's timeline). */
  milestoneId: number;
}

export interface AtlasRung {
  /** The level's key on its own ladder, e.g. "comprehensive-strategic-partnership". */
  levelKey: string;
  tier: number;
  /** The level's own name; zh is the Chinese official term as the source writes it. */
  name: Localized;
  date: string;
  milestoneId: number;
}

export interface AtlasCountry {
  /** The pair's id in the database, e.g. "CN-FR". */
  pairId: string;
  iso2: string;
  iso3: string;
  /** Correlates of War state code; null where none exists. */
  cow: number | null;
  name: Localized;
  /** UN M49 region (e.g. "142" Asia) and sub-region, for grouping. */
  region: { code: string; name: Localized };
  subregion: { code: string; name: Localized };
  /** Sorted by date; the first is "established". */
  relations: AtlasRelationStep[];
  /** Sorted by date. */
  rungs: AtlasRung[];
}

export interface AtlasModel {
  datasetVersion: string;
  firstYear: number;
  lastYear: number;
  tiers: AtlasTier[];
  /** The published ordering the tiers follow, for the legend's and exports' sources note. */
  tierSource: { publisher: string; title: string; date: string; url: string };
  countries: AtlasCountry[];
}
