import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { apiError, openTestApi, type TestApi } from '../test/test-api';

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

const NO_FILTERS = { categories: [], levelKeys: [], from: null, to: null, languages: [], publishers: [] };

describe('citing from the database', () => {
  it('cites a bundled milestone as a versioned record, with each of its sources', async () => {
    const { milestones } = await t.api.getPairTimeline({ pairId: 'CN-TJ' });
    const detail = await t.api.getMilestone({ id: milestones[0].id });
    const cited = await t.api.citeMilestone({ id: detail.id, style: 'apa' });
    expect(cited.sources).toHaveLength(detail.sources.length);
    cited.sources.forEach((c, i) => expect(c.entry).toContain(detail.sources[i].title.replace(/'/g, '’')));
    expect(cited.record?.entry).toMatch(/Version \d+/);
    const chicago = await t.api.citeMilestone({ id: detail.id, style: 'chicago' });
    expect(chicago.sources.every((c) => typeof c.note === 'string' && c.note.length > 0)).toBe(true);
  }, 30_000);

  it("cites the user's own milestone by its sources only", async () => {
    const { value } = await t.api.createMilestone({
      milestone: { pairId: 'CN-TJ', category: 'visits', title: 'A visit', start: '2020-03', sources: [{ publisher: 'Xinhua', title: 'A report', date: '2020-03-02', language: 'en', url: 'https://example.org/r' }] },
    });
    const cited = await t.api.citeMilestone({ id: value.id, style: 'mla' });
    expect(cited.record).toBeNull();
    expect(cited.sources.map((c) => c.entry)).toEqual(['“A Report.” Xinhua, 2 Mar. 2020, https://example.org/r.']);
  }, 30_000);

  it("exports a pair's sources as BibTeX that parses back to the same works, once each", async () => {
    const out = await t.api.exportCitations({ scope: { kind: 'pairs', pairIds: ['CN-KG'], filters: NO_FILTERS }, format: 'bibtex' });
    const parsed = new Cite(out.content).data as { title: string }[];
    expect(parsed).toHaveLength(out.count);
    const { milestones } = await t.api.getPairTimeline({ pairId: 'CN-KG' });
    const titles = new Set<string>();
    for (const m of milestones) for (const s of (await t.api.getMilestone({ id: m.id })).sources) titles.add(s.title);
    expect(out.count).toBe(titles.size);
    expect(new Set(parsed.map((p) => p.title))).toEqual(titles);
    expect(out.filename).toBe('citations-CN-KG-bibtex.bib');
  }, 30_000);

  it('narrows to a period and to filters, and to a story in its order', async () => {
    const all = await t.api.exportCitations({ scope: { kind: 'pairs', pairIds: ['CN-TJ'], filters: NO_FILTERS }, format: 'csl-json' });
    const period = await t.api.exportCitations({ scope: { kind: 'pairs', pairIds: ['CN-TJ'], filters: NO_FILTERS, from: '2013', to: '2017' }, format: 'csl-json' });
    expect(period.count).toBeGreaterThan(0);
    expect(period.count).toBeLessThan(all.count);
    for (const item of JSON.parse(period.content) as { issued?: { 'date-parts': number[][] } }[]) {
      if (item.issued) expect(item.issued['date-parts'][0][0]).toBeGreaterThanOrEqual(2012);
    }
    const [a] = (await t.api.getPairTimeline({ pairId: 'CN-UZ' })).milestones;
    const story = await t.api.saveStory({ name: 'One', milestoneIds: [a.id] });
    const fromStory = await t.api.exportCitations({ scope: { kind: 'story', id: story.value.id }, format: 'ris' });
    expect(fromStory.count).toBe((await t.api.getMilestone({ id: a.id })).sources.length);
    expect(fromStory.content.match(/^TY {2}- /gm)).toHaveLength(fromStory.count);
  }, 30_000);

  it('cites the dataset with its version', async () => {
    const out = await t.api.exportCitations({ scope: { kind: 'dataset' }, format: 'apa' });
    expect(out.count).toBe(1);
    expect(out.content).toMatch(/Bilateral Timelines dataset: China and its partners \(Version \d+\) \[Dataset\]/);
  }, 30_000);

  it('refuses unknown milestones, stories and pairs with a typed error', async () => {
    expect(await apiError(t.api.citeMilestone({ id: 999_999, style: 'apa' }))).toMatchObject({ code: 'not_found' });
    expect(await apiError(t.api.exportCitations({ scope: { kind: 'story', id: 999 }, format: 'apa' }))).toMatchObject({ code: 'not_found' });
    expect(await apiError(t.api.exportCitations({ scope: { kind: 'pairs', pairIds: ['CN-ZZ'], filters: NO_FILTERS }, format: 'apa' }))).toMatchObject({ code: 'not_found' });
    expect(await apiError(t.api.exportCitations({ scope: { kind: 'dataset' }, format: 'docx' as 'apa' }))).toMatchObject({ code: 'invalid_input' });
  });
});
