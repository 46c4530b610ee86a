/**
 * The app's own tables and their columns, written down once as a fixed list. Code that must name
 * columns in SQL it builds (the undo log, restore's row copy) takes the names from here and never from
 * a database or a file: a name read from a file could carry SQL (`title'||char(…)||'`). A test checks
 * that this list matches what the migrations create.
 */

export interface AppTable {
  readonly name: string;
  /** Every column, in the migrations' order, with the schema version that added it. */
  readonly columns: readonly { readonly name: string; readonly since: number }[];
  /** The primary key's columns: how the undo log addresses a row. */
  readonly key: readonly string[];
  /** The schema version that created the table. */
  readonly since: number;
}

const table = (name: string, since: number, key: string[], columns: (string | [string, number])[]): AppTable => ({
  name,
  since,
  key,
  columns: columns.map((c) => (typeof c === 'string' ? { name: c, since } : { name: c[0], since: c[1] })),
});

/** In an order where every table comes after the tables it references (pairs ↔ milestones aside). */
export const APP_TABLES: readonly AppTable[] = [
  table('m49_regions', 60, ['code'], ['code', 'parent_code', 'name_en', 'name_ar', 'name_zh']),
  table('countries', 10, ['code'], ['code', 'name_en', 'name_ar', 'name_zh', ['iso3', 60], ['cow', 60], ['m49', 60], ['region_code', 60], ['subregion_code', 60]]),
  table('pairs', 10, ['id'], ['id', 'a_code', 'b_code', 'sort_order', ['established_milestone_id', 15]]),
  table('partnership_tiers', 60, ['tier'], ['tier', 'key', 'name_en', 'name_ar', 'name_zh']),
  table('partnership_levels', 10, ['id'], ['id', 'pair_id', 'rank', 'key', 'name_en', 'name_ar', 'name_zh', ['tier', 60]]),
  table('milestones', 10, ['id'], [
    'id', 'pair_id', 'category', 'title', 'title_ar', 'title_zh', 'summary', 'place', 'people',
    'start_date', 'start_precision', 'end_date', 'end_precision', 'level_id', 'dataset_key', ['modified', 20],
    ['summary_ar', 55], ['summary_zh', 55], ['translated', 55], ['quote', 55], ['quote_language', 55], ['disagreement', 55],
    ['relation_event', 60],
  ]),
  table('sources', 10, ['id'], ['id', 'publisher', 'title', 'date', 'language', 'url', 'dataset_key', ['kind', 55], ['copy_of_id', 55]]),
  table('milestone_sources', 10, ['milestone_id', 'source_id'], ['milestone_id', 'source_id', 'position']),
  table('milestone_pairs', 50, ['pair_id', 'milestone_id'], ['pair_id', 'milestone_id']),
  table('dataset_tombstones', 20, ['key'], ['key']),
  table('stories', 30, ['id'], ['id', 'name']),
  table('story_items', 30, ['story_id', 'position'], ['story_id', 'position', 'milestone_id']),
  table('app_meta', 10, ['key'], ['key', 'value']),
];

export function appTable(name: string): AppTable {
  const t = APP_TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`not one of the app's tables: ${name}`);
  return t;
}

/** A name from the list above as an SQL identifier. Only ever given names from this module. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not an identifier of the app's schema: ${name}`);
  return `"${name}"`;
}
