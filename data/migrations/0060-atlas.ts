import type { Db } from '../db/types';

/**
 * What the partnership atlas needs (issue 20).
 * - `countries.iso3`, `cow` (Correlates of War state code, NULL where none exists), `m49` (the country's UN M49
 *   code), `region_code`, `subregion_code` (its M49 region and sub-region, rows of `m49_regions`).
 * - `m49_regions`: the UN M49 regions and sub-regions the countries are grouped by, named in three languages.
 * - `partnership_tiers`: the one cross-pair ordering of partnership levels (1 = lowest); `partnership_levels.tier`
 *   places each level of a pair's own ladder on it (NULL: not mapped, e.g. the user's own level).
 * - `milestones.relation_event`: for a diplomatic milestone, which step of the relations it is (established,
 *   suspended, broken, restored); NULL for every other milestone.
 * Existing rows keep NULL in every new column; the seed step fills them from the bundled dataset.
 */
export function updateToSchemaVersion60(db: Db): void {
  db.exec(`
    CREATE TABLE m49_regions (
      code TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9]'),
      parent_code TEXT REFERENCES m49_regions(code),
      name_en TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
      name_ar TEXT CHECK (length(name_ar) <= 200),
      name_zh TEXT CHECK (length(name_zh) <= 200)
    ) STRICT;

    ALTER TABLE countries ADD COLUMN iso3 TEXT CHECK (iso3 GLOB '[A-Z][A-Z][A-Z]');
    ALTER TABLE countries ADD COLUMN cow INTEGER CHECK (cow BETWEEN 1 AND 999);
    ALTER TABLE countries ADD COLUMN m49 TEXT CHECK (m49 GLOB '[0-9][0-9][0-9]');
    ALTER TABLE countries ADD COLUMN region_code TEXT REFERENCES m49_regions(code);
    ALTER TABLE countries ADD COLUMN subregion_code TEXT REFERENCES m49_regions(code);

    CREATE TABLE partnership_tiers (
      tier INTEGER PRIMARY KEY CHECK (tier BETWEEN 1 AND 20),
      key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 100),
      name_en TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
      name_ar TEXT CHECK (length(name_ar) <= 200),
      name_zh TEXT CHECK (length(name_zh) <= 200)
    ) STRICT;

    ALTER TABLE partnership_levels ADD COLUMN tier INTEGER REFERENCES partnership_tiers(tier) ON DELETE SET NULL;

    ALTER TABLE milestones ADD COLUMN relation_event TEXT CHECK (relation_event IS NULL
      OR (relation_event IN ('established', 'suspended', 'broken', 'restored') AND category = 'diplomatic'));
    CREATE INDEX milestones_byRelationEvent ON milestones (relation_event) WHERE relation_event IS NOT NULL;
  `);
}
