import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../../../data/test/test-api';
import type { AppCore } from '../../../../data/app-core';
import type { PairSummary } from '../../../../shared/domain';
import { pairNameIn } from '../../../../shared/locale-format';
import { pairGroups } from './pair-groups';

let core: AppCore;
let pairs: PairSummary[];
beforeEach(async () => {
  const t = openTestApi();
  core = t.core;
  pairs = await t.api.listPairs({});
});
afterEach(() => core.close());

describe('pair names and the picker groups, on the seeded database', () => {
  it('names China first in each language whatever the order of the id', () => {
    const af = pairs.find((p) => p.id === 'AF-CN')!;
    expect(af.a.code).toBe('AF'); // the id's order, which the name must not follow
    expect(pairNameIn(af, 'en')).toBe('China–Afghanistan');
    expect(pairNameIn(af, 'ar')).toBe('الصين–أفغانستان');
    expect(pairNameIn(af, 'zh')).toBe('中国–阿富汗');
    for (const p of pairs) expect(pairNameIn(p, 'en').startsWith('China–'), p.id).toBe(true);
  });

  it('puts the detailed timelines first, then every other pair under its region, each once', () => {
    for (const lng of ['en', 'ar', 'zh']) {
      const groups = pairGroups(pairs, lng);
      expect(groups[0].key).toBe('detailed');
      expect(groups[0].pairs.map((p) => p.id).sort()).toEqual(['CN-KG', 'CN-KZ', 'CN-TJ', 'CN-TM', 'CN-UZ']);
      const rest = groups.slice(1);
      expect(rest.map((g) => g.key).sort()).toEqual(['002', '009', '019', '142', '150']); // M49: Africa, Oceania, Americas, Asia, Europe
      expect(groups.flatMap((g) => g.pairs.map((p) => p.id)).sort()).toEqual(pairs.map((p) => p.id).sort());
      for (const g of rest) for (const p of g.pairs) expect(p.region?.code, p.id).toBe(g.key);
    }
    const en = pairGroups(pairs, 'en');
    const asia = en.find((g) => g.key === '142')!;
    expect(asia.label).toBe('Asia');
    const names = asia.pairs.map((p) => pairNameIn(p, 'en'));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('puts a pair whose partner has no region last, under no region', () => {
    const lone = { ...pairs.find((p) => p.id === 'AF-CN')!, id: 'CN-XX', region: null };
    const groups = pairGroups([...pairs, lone], 'en');
    expect(groups.at(-1)).toMatchObject({ key: '', label: null });
    expect(groups.at(-1)!.pairs.map((p) => p.id)).toEqual(['CN-XX']);
  });
});
