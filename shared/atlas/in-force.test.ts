import { describe, expect, it } from 'vitest';
import { statusAtEndOf, statusCode } from './in-force';
import type { AtlasCountry } from './types';

const name = { en: 'x', ar: 'x', zh: 'x' };
const country: AtlasCountry = {
  pairId: 'CN-XX', iso2: 'XX', iso3: 'XXX', cow: null, name,
  region: { code: '142', name }, subregion: { code: '030', name },
  relations: [
    { event: 'established', date: '1972-05', milestoneId: 1 },
    { event: 'suspended', date: '1990-07-22', milestoneId: 2 },
    { event: 'restored', date: '2004-11-01', milestoneId: 3 },
  ],
  rungs: [
    { levelKey: 'partnership', tier: 1, name, date: '1985', milestoneId: 4 },
    { levelKey: 'strategic-partnership', tier: 3, name, date: '2013-06-02', milestoneId: 5 },
  ],
};

describe('statusAtEndOf', () => {
  it('is none before relations, relations after establishment, a tier after a rung', () => {
    expect(statusAtEndOf(country, 1971).kind).toBe('none');
    expect(statusCode(statusAtEndOf(country, 1972))).toBe(1);
    expect(statusCode(statusAtEndOf(country, 1985))).toBe(2);
  });
  it('shows a gap while relations are interrupted and drops levels reached before the break', () => {
    expect(statusAtEndOf(country, 1990).kind).toBe('interrupted');
    expect(statusCode(statusAtEndOf(country, 2003))).toBe(0);
    expect(statusAtEndOf(country, 2004)).toMatchObject({ kind: 'relations' });
  });
  it('counts an upgrade in the year it happened, whatever its month', () => {
    expect(statusCode(statusAtEndOf(country, 2012))).toBe(1);
    expect(statusAtEndOf(country, 2013)).toMatchObject({ kind: 'tier', rung: { milestoneId: 5 } });
  });
});
