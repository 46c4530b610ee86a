/** The world's reference tables the bundled dataset brings: UN M49 regions and the partnership tiers. */
import type { Db } from '../db/types';
import { prepare } from '../db/statements';
import type { LocalizedName } from '../../shared/domain';

export function upsertRegion(db: Db, code: string, parent: string | null, name: LocalizedName): void {
  prepare(db, `INSERT INTO m49_regions (code, parent_code, name_en, name_ar, name_zh) VALUES (@code, @parent, @en, @ar, @zh)
    ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, name_en = excluded.name_en, name_ar = excluded.name_ar, name_zh = excluded.name_zh`).run({ code, parent, en: name.en, ar: name.ar, zh: name.zh });
}

export function upsertTier(db: Db, tier: number, key: string, name: LocalizedName): void {
  prepare(db, `INSERT INTO partnership_tiers (tier, key, name_en, name_ar, name_zh) VALUES (@tier, @key, @en, @ar, @zh)
    ON CONFLICT (tier) DO UPDATE SET key = excluded.key, name_en = excluded.name_en, name_ar = excluded.name_ar, name_zh = excluded.name_zh`).run({ tier, key, en: name.en, ar: name.ar, zh: name.zh });
}
