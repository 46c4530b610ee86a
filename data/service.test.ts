import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from './app-core';
import { apiError, openTestApi, validMilestone } from './test/test-api';
import type { ApiClient } from '../shared/api/contract';
import { comparePartialDates } from '../shared/dates';
import { tiesAge } from '../shared/anniversary';

let core: AppCore;
let api: ApiClient;
let snapshot: () => string;

beforeEach(() => {
  ({ core, api, snapshot } = openTestApi());
});
afterEach(() => core.close());

describe('first-run seed', () => {
  it('holds the pairs of the seed articles, every milestone with a source', async () => {
    const pairs = await api.listPairs({});
    const ids = pairs.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['CN-TJ', 'CN-KG']));
    const unsourced = core.db
      .prepare('SELECT id, title FROM milestones WHERE id NOT IN (SELECT milestone_id FROM milestone_sources)')
      .all();
    expect(unsourced).toEqual([]);
    const count = core.db.prepare('SELECT count(*) AS n FROM milestones').get() as { n: number };
    expect(count.n).toBeGreaterThanOrEqual(7);
  });

  it('keeps the 2019 state visit to Tajikistan linked to the Xinhua article, at the month a dated report gives', async () => {
    const timeline = await api.getPairTimeline({ pairId: 'CN-TJ' });
    const visit = timeline.milestones.find((m) => m.title === "Xi Jinping's state visit to Tajikistan" && m.start.startsWith('2019'));
    // The seed article says only "2019"; a China Daily report of 13 June 2019 gives the month.
    expect(visit?.start).toBe('2019-06');
    const detail = await api.getMilestone({ id: visit!.id });
    expect(detail.sources.map((s) => s.publisher).join()).toMatch(/Xinhua/);
    expect(detail.sources.some((s) => s.date === '2023-05-18' && s.language === 'ar')).toBe(true);
  });

  it('sets the China–Kyrgyzstan comprehensive strategic partnership for a new era on 18 May 2023, drawn as a band', async () => {
    const timeline = await api.getPairTimeline({ pairId: 'CN-KG' });
    const band = timeline.bands.find((b) => b.name.en === 'Comprehensive strategic partnership for a new era');
    expect(band).toMatchObject({ start: '2023-05-18', end: null });
    expect(timeline.milestones.find((m) => m.id === band!.milestoneId)?.category).toBe('partnership');
  });

  it('China–Kyrgyzstan: 31 years of diplomatic ties on 18 May 2023, as the Xinhua article says', async () => {
    const kg = (await api.listPairs({})).find((p) => p.id === 'CN-KG');
    expect(kg?.established).toBeTruthy();
    // "وفي إشارة إلى مرور 31 عاما على تأسيس العلاقات بين البلدين" (Xinhua, 18 May 2023)
    expect(tiesAge(kg!.established!, '2023-05-18')).toEqual({ min: 31, max: 31 });
  });

  it('China–Tajikistan: partnership bands climb the ladder in date order', async () => {
    const { bands, ladder } = await api.getPairTimeline({ pairId: 'CN-TJ' });
    expect(bands.length).toBeGreaterThanOrEqual(3);
    expect(bands.map((b) => b.rank)).toEqual([...bands.map((b) => b.rank)].sort((x, y) => x - y));
    for (let i = 1; i < bands.length; i++) expect(bands[i - 1].end).toBe(bands[i].start);
    expect(bands.at(-1)?.end).toBeNull();
    expect(ladder.map((l) => l.name.en)).toContain('Comprehensive strategic partnership');
  });

  it('is applied once: reopening the file adds nothing', async () => {
    const file = core.db.name;
    const before = snapshot();
    core.close();
    ({ core, api, snapshot } = openTestApi({ dbFile: file }));
    expect(snapshot()).toBe(before);
  });
});

describe('pair timeline', () => {
  it("returns only the pair's milestones (its own and those shared with it), in date order", async () => {
    for (const pair of await api.listPairs({})) {
      const { milestones } = await api.getPairTimeline({ pairId: pair.id });
      const foreign = core.db
        .prepare(`SELECT count(*) FROM milestones m WHERE m.id IN (SELECT value FROM json_each(?)) AND m.pair_id <> ?
          AND NOT EXISTS (SELECT 1 FROM milestone_pairs mp WHERE mp.milestone_id = m.id AND mp.pair_id = ?)`)
        .pluck().get(JSON.stringify(milestones.map((m) => m.id)), pair.id, pair.id);
      expect(foreign).toBe(0);
      const starts = milestones.map((m) => m.start);
      expect([...starts].sort(comparePartialDates)).toEqual(starts);
      expect(milestones.length).toBe(pair.milestoneCount);
    }
  });

  it('round-trips each date precision', async () => {
    for (const [start, end] of [['2020', null], ['2020-07', '2021'], ['2020-07-09', '2020-07-12']] as const) {
      const created = (await api.createMilestone({ milestone: { ...validMilestone, start, end } })).value;
      expect(created.start).toBe(start);
      expect(created.end).toBe(end);
      const again = await api.getMilestone({ id: created.id });
      expect([again.start, again.end]).toEqual([start, end]);
    }
  });

  it('bands run from one level-setting milestone to the next', async () => {
    const { ladder } = await api.getPairTimeline({ pairId: 'CN-TJ' });
    const [low, high] = ladder;
    const a = (await api.createMilestone({ milestone: { ...validMilestone, category: 'partnership', title: 'Level A', start: '2001-02', levelId: low.id } })).value;
    const b = (await api.createMilestone({ milestone: { ...validMilestone, category: 'partnership', title: 'Level B', start: '2000', levelId: high.id } })).value;
    const { bands } = await api.getPairTimeline({ pairId: 'CN-TJ' });
    const mine = bands.filter((band) => band.milestoneId === a.id || band.milestoneId === b.id);
    expect(mine.map((band) => [band.start, band.levelId])).toEqual([['2000', high.id], ['2001-02', low.id]]);
    expect(mine[0].end).toBe('2001-02');
  });

  it('stores HTML in text fields as plain text', async () => {
    const title = '<img src=x onerror="window.__xss=1">';
    const created = (await api.createMilestone({ milestone: { ...validMilestone, title } })).value;
    expect((await api.getMilestone({ id: created.id })).title).toBe(title);
  });
});

describe('invalid input', () => {
  it.each([
    ['an unknown pair', () => api.getPairTimeline({ pairId: 'CN-ZZ' }), 'not_found', /no country pair CN-ZZ/],
    ['a malformed pair id', () => api.getPairTimeline({ pairId: 'china' }), 'invalid_input', /pairId.*two country codes/],
    ['a wrong type', () => api.getMilestone({ id: '1' as unknown as number }), 'invalid_input', /\(id\)/],
    ['a missing milestone', () => api.getMilestone({ id: 999999 }), 'not_found', /does not exist/],
    ['an impossible date', () => api.createMilestone({ milestone: { ...validMilestone, start: '2023-02-30' } }), 'invalid_input', /\(milestone\.start\): not a real date/],
    ['an end before the start', () => api.createMilestone({ milestone: { ...validMilestone, start: '2021', end: '2020' } }), 'invalid_input', /end date is before/],
    ['a huge title', () => api.createMilestone({ milestone: { ...validMilestone, title: 'x'.repeat(1_000_000) } }), 'invalid_input', /too long/],
    ['a javascript: link', () => api.createMilestone({ milestone: { ...validMilestone, sources: [{ ...validMilestone.sources[0], url: 'javascript:alert(1)' }] } }), 'invalid_input', /http/],
    ['an unknown field', () => api.createMilestone({ milestone: { ...validMilestone, extra: 1 } as typeof validMilestone }), 'invalid_input', /extra/],
    ['a level of another pair', () => api.createMilestone({ milestone: { ...validMilestone, levelId: 1_000_000 } }), 'invalid_input', /ladder/],
    ['an unknown pair to write to', () => api.createMilestone({ milestone: { ...validMilestone, pairId: 'CN-ZZ' } }), 'not_found', /CN-ZZ/],
  ])('%s gives a clear typed error and changes nothing', async (_label, run, code, message) => {
    const before = snapshot();
    const error = await apiError(run());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot()).toBe(before);
  });

  it('refuses an unknown call by name', async () => {
    const result = await core.dispatch('dropDatabase', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('hides internal errors behind a generic message', async () => {
    core.db.exec('DROP TABLE milestone_sources');
    const result = await core.dispatch('getMilestone', { id: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/milestone_sources|SqliteError/);
  });
});
