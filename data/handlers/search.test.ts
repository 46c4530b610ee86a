import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { NO_FILTERS } from '../../shared/filters';

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe('full-text search', () => {
  it('finds Arabic without diacritics, tatweel or hamza and marks the words as written', async () => {
    const { api } = t;
    const title = 'زيارةٌ رسمية إلى طاجيكستان';
    await api.createMilestone({ milestone: { ...validMilestone, title, summary: 'اتفاقيّة التعـــاون الاقتصادي بين البلدين' } });
    for (const query of ['زيارة', 'زياره', 'طاجيكستان', 'اتفاقية', 'التعاون', 'الي']) {
      const { hits } = await api.search({ query });
      expect(hits.map((h) => h.title), query).toContain(title);
    }
    // The bundled milestones match these words too: look at the hit for this one.
    const mine = async (query: string) => (await api.search({ query })).hits.find((h) => h.title === title)!;
    expect(marked((await mine('التعاون')).context!.parts)).toEqual(['التعـــاون']);
    expect(marked((await mine('زياره')).titleParts)).toEqual(['زيارةٌ']);
  });

  it('does not match different Arabic words that only share letters with other spellings', async () => {
    const { api } = t;
    await api.createMilestone({ milestone: { ...validMilestone, title: 'قمة شنغهاي' } });
    expect((await api.search({ query: 'قيمة' })).hits).toEqual([]);
  });

  it('matches Chinese substrings, two-character words included', async () => {
    const { api } = t;
    await api.createMilestone({ milestone: { ...validMilestone, title: 'Railway', titleZh: '中吉乌铁路项目政府间协定' } });
    for (const query of ['铁路', '中吉乌', '政府间协定']) {
      expect((await api.search({ query })).hits.map((h) => h.title), query).toContain('Railway');
    }
    expect(marked((await api.search({ query: '铁路' })).hits[0].titleParts)).toEqual(['铁路']);
  });

  it('ranks a title match above a mention in a source title, and searches places, people and sources', async () => {
    const { api } = t;
    await api.createMilestone({ milestone: { ...validMilestone, title: 'Pipeline agreement', summary: null } });
    await api.createMilestone({
      milestone: { ...validMilestone, title: 'Other', place: 'Ashgabat', people: ['Gurbanguly Berdimuhamedow'], sources: [{ ...validMilestone.sources[0], title: 'On the pipeline' }] },
    });
    const { hits } = await api.search({ query: 'pipeline' });
    const titles = hits.map((h) => h.title);
    expect(titles.indexOf('Pipeline agreement')).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf('Pipeline agreement')).toBeLessThan(titles.indexOf('Other'));
    expect(hits.find((h) => h.title === 'Other')?.context?.field).toBe('sources');
    const other = async (query: string) => (await api.search({ query })).hits.find((h) => h.title === 'Other');
    expect((await other('ashgabat'))?.context?.field).toBe('place');
    expect((await other('Berdimuhamedow'))?.context?.field).toBe('people');
  });

  it('respects filters and pairs, reports the total beyond the limit, and treats operators as text', async () => {
    const { api } = t;
    const all = await api.search({ query: 'China', limit: 3 });
    expect(all.hits).toHaveLength(3);
    expect(all.total).toBeGreaterThan(3);
    const visits = await api.search({ query: 'China', filters: { ...NO_FILTERS, categories: ['visits'] }, limit: 500 });
    expect(visits.hits.every((h) => h.category === 'visits')).toBe(true);
    const kg = await api.search({ query: 'China', pairIds: ['CN-KG'], limit: 500 });
    expect(kg.hits.every((h) => h.pairId === 'CN-KG')).toBe(true);
    expect((await api.search({ query: '" OR * NEAR( -' })).hits).toEqual([]);
    expect((await api.search({ query: '%' })).hits).toEqual([]);
  });

  it('follows edits, deletes and undo', async () => {
    const { api } = t;
    const id = (await api.createMilestone({ milestone: { ...validMilestone, title: 'Zebra crossing' } })).value.id;
    await api.updateMilestone({ id, milestone: { ...validMilestone, title: 'Giraffe crossing' } });
    expect((await api.search({ query: 'zebra' })).hits).toEqual([]);
    expect((await api.search({ query: 'giraffe' })).hits).toHaveLength(1);
    await api.deleteMilestone({ id });
    expect((await api.search({ query: 'giraffe' })).hits).toEqual([]);
    await api.undo({});
    expect((await api.search({ query: 'giraffe' })).hits).toHaveLength(1);
    await api.undo({});
    expect((await api.search({ query: 'zebra' })).hits).toHaveLength(1);
  });
});

describe('filters on the timeline', () => {
  it('keeps the bands, and filters by category, period, level, language and publisher', async () => {
    const { api } = t;
    const full = await api.getPairTimeline({ pairId: 'CN-TJ' });
    const f = (over: Partial<typeof NO_FILTERS>) => api.getPairTimeline({ pairId: 'CN-TJ', filters: { ...NO_FILTERS, ...over } });
    const partnership = await f({ categories: ['partnership'] });
    expect(partnership.bands).toEqual(full.bands);
    expect(partnership.milestones.length).toBeGreaterThan(0);
    expect(partnership.milestones.every((m) => m.category === 'partnership')).toBe(true);
    const period = await f({ from: '2013', to: '2019' });
    expect(period.milestones.every((m) => m.start.slice(0, 4) <= '2019' && (m.end ?? m.start).slice(0, 4) >= '2013')).toBe(true);
    expect(period.milestones.some((m) => m.start.startsWith('2019'))).toBe(true);
    const strategic = full.bands.find((b) => b.name.en === 'Strategic partnership')!;
    const level = await f({ levelKeys: [full.ladder.find((l) => l.id === strategic.levelId)!.key] });
    expect(level.milestones.length).toBeGreaterThan(0);
    expect(level.milestones.every((m) => m.start >= strategic.start && m.start < strategic.end!)).toBe(true);
    const arabic = await f({ languages: ['ar'] });
    expect(arabic.milestones.map((m) => m.title)).toContain("Xi Jinping and Emomali Rahmon hold talks in Xi'an");
    expect(arabic.milestones.length).toBeLessThan(full.milestones.length);
    const { publishers } = await api.filterOptions({});
    const xinhua = await f({ publishers: [publishers.find((p) => p.name.startsWith('Xinhua'))!.name] });
    expect(xinhua.milestones.length).toBeGreaterThan(0);
  });
});
