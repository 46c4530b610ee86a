import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonNameOf, readWorld, type WorldProblem } from './world';

const DIR = path.join(__dirname);

describe('country names in their common form (issue 20)', () => {
  const problems: WorldProblem[] = [];
  const world = readWorld(DIR, [], problems)!;

  it('reads the research file', () => {
    expect(problems).toEqual([]);
    expect(world.world.countries.length).toBeGreaterThan(150);
  });

  it('gives the names people write, not the ISO list’s official form', () => {
    expect(commonNameOf('KR')).toEqual({ en: 'South Korea', ar: 'كوريا الجنوبية', zh: '韩国' });
    expect(commonNameOf('FM').en).toBe('Micronesia');
    expect(commonNameOf('MD').en).toBe('Moldova');
    expect(commonNameOf('SY').en).toBe('Syria');
    expect(commonNameOf('LA').en).toBe('Laos');
    expect(commonNameOf('RU').en).toBe('Russia');
    expect(commonNameOf('CD').en).toBe('Democratic Republic of the Congo');
    expect(commonNameOf('MM').en).toBe('Myanmar');
    expect(commonNameOf('PS').en).toBe('Palestine');
    expect(commonNameOf('TT').en).toBe('Trinidad and Tobago');
    expect(commonNameOf('LC').en).toBe('Saint Lucia');
  });

  it('has no inverted ("X, Republic of") or disambiguated ("Congo - Kinshasa") name among the seeded countries', () => {
    for (const c of world.world.countries) {
      for (const lng of ['en', 'ar', 'zh'] as const) {
        expect(c.name[lng], `${c.code} ${lng}`).not.toMatch(/,|،| - |\(|（.*领土|&/);
        expect(c.name[lng], `${c.code} ${lng}`).not.toBe(c.code);
      }
      expect(c.name.ar, c.code).toMatch(/[\u0600-\u06FF]/);
      expect(c.name.zh, c.code).toMatch(/[\u4E00-\u9FFF]/);
    }
  });

  it('keeps every country’s name distinct in each language', () => {
    for (const lng of ['en', 'ar', 'zh'] as const) {
      const names = world.world.countries.map((c) => c.name[lng]);
      expect(new Set(names).size, lng).toBe(names.length);
    }
  });
});
