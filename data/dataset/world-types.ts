/** The world part of the dataset as read (world/): a leaf module, so the dataset's schema and its reader share it without a cycle. */
export interface Localized3 { en: string; ar: string; zh: string }
export interface DatasetRegion { code: string; parent: string | null; name: Localized3 }
export interface DatasetTier { tier: number; key: string; name: Localized3 }
export interface DatasetTierScale {
  tiers: DatasetTier[];
  /** The published ordering the tiers follow. */
  source: { publisher: string; title: string; date: string; url: string };
  departures: string;
  /** Every level key (of every pair's ladder) → its tier. */
  tierOf: Map<string, number>;
}
/** A country's codes, as seeded into `countries` (common names, see commonNameOf, unless the manifest names it). */
export interface DatasetCountryCodes {
  code: string;
  name: Localized3;
  iso3: string | null;
  cow: number | null;
  m49: string | null;
  region: string | null;
  subregion: string | null;
}
export interface DatasetWorld {
  tiers: DatasetTierScale;
  regions: DatasetRegion[];
  countries: DatasetCountryCodes[];
  /** Pair ids of the world pairs (not the deep ones), in display order. */
  pairs: string[];
}

