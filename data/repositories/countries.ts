import type { Db } from '../db/open';
import { list, sql, type Query } from '../db/sql';
import { prepare } from '../db/statements';
import type { Country, LocalizedName } from '../../shared/domain';

interface CountryRow {
  code: string;
  name_en: string;
  name_ar: string | null;
  name_zh: string | null;
}

const toCountry = (r: CountryRow): Country => ({ code: r.code, name: { en: r.name_en, ar: r.name_ar, zh: r.name_zh } });

export function listCountries(db: Db): Country[] {
  return (db.prepare('SELECT code, name_en, name_ar, name_zh FROM countries ORDER BY name_en').all() as CountryRow[]).map(toCountry);
}

export function findCountry(db: Db, code: string): Country | undefined {
  const row = db.prepare('SELECT code, name_en, name_ar, name_zh FROM countries WHERE code = ?').get(code) as CountryRow | undefined;
  return row && toCountry(row);
}

export function saveCountry(db: Db, code: string, name: LocalizedName): void {
  prepare(db, `INSERT INTO countries (code, name_en, name_ar, name_zh) VALUES (?, ?, ?, ?)
    ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_ar = excluded.name_ar, name_zh = excluded.name_zh`).run(code, name.en, name.ar, name.zh);
}

/** A country as the bundled dataset names it, with its codes (ISO 3166 alpha-3, COW, M49) and M49 regions. */
export interface BundledCountry {
  code: string;
  en: string;
  ar: string | null;
  zh: string | null;
  iso3: string | null;
  cow: number | string | null;
  m49: number | string | null;
  region: string | null;
  subregion: string | null;
}

export function upsertBundledCountry(db: Db, c: BundledCountry): void {
  prepare(db, `INSERT INTO countries (code, name_en, name_ar, name_zh, iso3, cow, m49, region_code, subregion_code)
    VALUES (@code, @en, @ar, @zh, @iso3, @cow, @m49, @region, @subregion)
    ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_ar = excluded.name_ar, name_zh = excluded.name_zh,
      iso3 = excluded.iso3, cow = excluded.cow, m49 = excluded.m49, region_code = excluded.region_code, subregion_code = excluded.subregion_code`).run(c);
}

export function countryInUse(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM pairs WHERE a_code = ? OR b_code = ? LIMIT 1').get(code, code) !== undefined;
}

export function deleteCountry(db: Db, code: string): boolean {
  return db.prepare('DELETE FROM countries WHERE code = ?').run(code).changes > 0;
}

/** The statement that takes back countries an import added (its undo). */
export function deleteCountriesQuery(codes: readonly string[]): Query {
  return sql`DELETE FROM countries WHERE code IN ${list(codes)}`;
}
