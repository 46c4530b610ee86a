/**
 * A shared event (the first China–Central Asia Summit, linked to all five pairs) is one milestone: every
 * linked pair's timeline, search, comparison data and export show it; one edit changes it everywhere and
 * one undo restores it everywhere; deleting one of its pairs keeps it on the others.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from './app-core';
import { openTestApi, type TestApi } from './test/test-api';
import type { ApiClient } from '../shared/api/contract';

let core: AppCore;
let api: ApiClient;
let snapshot: () => string;
let t: TestApi;
beforeEach(() => {
  t = openTestApi();
  ({ core, api, snapshot } = t);
});
afterEach(() => core.close());

const PAIRS = ['CN-KZ', 'CN-KG', 'CN-TJ', 'CN-TM', 'CN-UZ'];
const summitId = () => core.db.prepare("SELECT id FROM milestones WHERE dataset_key = 'cn-kz-2023-05-xian-china-central-asia-summit'").pluck().get() as number;

describe('a shared milestone', () => {
  it('is on every linked pair’s timeline, once, with one date and one category', async () => {
    const id = summitId();
    for (const pairId of PAIRS) {
      const { milestones } = await api.getPairTimeline({ pairId });
      const found = milestones.filter((m) => m.id === id);
      expect(found, pairId).toHaveLength(1);
      expect(found[0]).toMatchObject({ start: '2023-05-18', end: '2023-05-19', category: 'multilateral' });
    }
    const detail = await api.getMilestone({ id });
    expect(detail.pairIds[0]).toBe('CN-KZ');
    expect([...detail.pairIds].sort()).toEqual([...PAIRS].sort());
    expect(detail.independentSources).toBeGreaterThanOrEqual(2);
  });

  it('one edit changes it on every pair, and one undo restores it on every pair', async () => {
    const id = summitId();
    const before = await api.getMilestone({ id });
    const shot = snapshot();
    await api.updateMilestone({ id, milestone: { pairId: before.pairId, category: before.category, title: 'Renamed summit', start: before.start, end: before.end, sources: [] } });
    for (const pairId of PAIRS) {
      expect((await api.getPairTimeline({ pairId })).milestones.find((m) => m.id === id)?.title, pairId).toBe('Renamed summit');
    }
    expect((await api.search({ query: 'Renamed', pairIds: ['CN-TM'] })).hits.map((h) => [h.id, h.pairId])).toEqual([[id, 'CN-TM']]);
    await api.undo({});
    expect(snapshot()).toBe(shot);
    for (const pairId of PAIRS) {
      expect((await api.getPairTimeline({ pairId })).milestones.find((m) => m.id === id)?.title, pairId).toBe(before.title);
    }
  });

  it('is found by words of its Arabic and Chinese text, from any linked pair', async () => {
    const id = summitId();
    const detail = await api.getMilestone({ id });
    expect(detail.titleZh && detail.summaryAr && detail.summaryZh).toBeTruthy();
    expect(detail.translated).toEqual(expect.arrayContaining(['summary_ar', 'summary_zh']));
    for (const query of ['西安', 'شيآن']) {
      const { hits } = await api.search({ query, pairIds: ['CN-UZ'] });
      expect(hits.map((h) => h.id), query).toContain(id);
    }
  });

  it('is exported once per file, naming its other pairs, and comes back linked to them', async () => {
    const file = await api.exportData({ format: 'json' });
    const text = t.text(file);
    const doc = JSON.parse(text);
    const copies = doc.pairs.flatMap((p: any) => p.milestones.filter((m: any) => m.datasetKey === 'cn-kz-2023-05-xian-china-central-asia-summit').map((m: any) => ({ pair: p.id, alsoPairs: m.alsoPairs })));
    expect(copies).toHaveLength(1);
    expect(copies[0].pair).toBe('CN-KZ');
    expect([...copies[0].alsoPairs].sort()).toEqual(['CN-KG', 'CN-TJ', 'CN-TM', 'CN-UZ']);
    const empty = openTestApi({ seed: false });
    try {
      const preview = await empty.api.importPreview({ format: 'json', text, fileName: file.fileName });
      await empty.api.importCommit({ token: preview.token });
      const links = (db: AppCore['db']) => db.prepare(`SELECT m.dataset_key, mp.pair_id FROM milestone_pairs mp JOIN milestones m ON m.id = mp.milestone_id ORDER BY 1, 2`).all();
      expect(links(empty.core.db)).toEqual(links(core.db));
    } finally {
      empty.core.close();
    }
  });

  it('stays on its other pairs when its home pair is deleted; undo puts it back home', async () => {
    const id = summitId();
    const shot = snapshot();
    await api.deletePair({ id: 'CN-KZ' });
    const detail = await api.getMilestone({ id });
    expect(detail.pairId).not.toBe('CN-KZ');
    expect([...detail.pairIds].sort()).toEqual(['CN-KG', 'CN-TJ', 'CN-TM', 'CN-UZ']);
    expect((await api.getPairTimeline({ pairId: 'CN-TJ' })).milestones.some((m) => m.id === id)).toBe(true);
    await api.undo({});
    expect(snapshot()).toBe(shot);
  });
});
