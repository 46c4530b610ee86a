import { afterAll, describe, expect, it } from 'vitest';
import { openTestCore } from '../test/temp-db';
import { findPair, listPairs } from './pairs';

const core = openTestCore();
afterAll(() => core.close());

describe('a pair\'s figures', () => {
  it('are the same read for one pair (findPair, each timeline call) as for all (listPairs), shared milestones counted', () => {
    const shared = core.db.prepare('SELECT DISTINCT pair_id FROM milestone_pairs').pluck().all() as string[];
    expect(shared.length).toBeGreaterThan(0);
    const all = listPairs(core.db);
    for (const pair of all) expect(findPair(core.db, pair.id)).toEqual(pair);
    expect(findPair(core.db, 'ZZ-ZZ')).toBeUndefined();
  });
});
