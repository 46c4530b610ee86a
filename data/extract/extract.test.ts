import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleText, scoreArticles } from './scores';
import { extract, guessMeta } from './extract';
import { openTestApi, apiError, type TestApi } from '../test/test-api';
import { MAX_ARTICLE_CHARS } from '../../shared/api/calls/article';
import { precisionOf } from '../../shared/dates';

const TJ = articleText('seed-xinhua-ar-2023-05-18-tajikistan.txt');
const KG = articleText('seed-xinhua-ar-2023-05-18-kyrgyzstan.txt');

function find(text: string, kind: string, extra: (c: ReturnType<typeof extract>[number]) => boolean = () => true) {
  return extract(text, guessMeta(text).date).find((c) => c.kind === kind && extra(c));
}

describe('the seed articles', () => {
  it('reads the dateline: Xinhua, 18 May 2023, Arabic', () => {
    expect(guessMeta(TJ)).toMatchObject({ publisher: 'Xinhua', date: '2023-05-18', language: 'ar' });
  });

  it('Tajikistan: the 2019 state visit (year), the comprehensive strategic partnership (no date given), the talks in Xi’an', () => {
    const visit = find(TJ, 'state-visit', (c) => c.date === '2019');
    expect(visit).toMatchObject({ pairId: 'CN-TJ', title: 'State visit to Tajikistan', dateInferred: false });
    expect(precisionOf(visit!.date!)).toBe('year');
    expect(TJ.slice(visit!.sentence.start, visit!.sentence.end)).toContain('في عام 2019');
    expect(find(TJ, 'partnership')).toMatchObject({ pairId: 'CN-TJ', levelKey: 'comprehensive-strategic-partnership', date: null });
    expect(find(TJ, 'talks')).toMatchObject({ pairId: 'CN-TJ', date: '2023-05-18', place: "Xi'an", people: ['Xi Jinping', 'Emomali Rahmon'] });
  });

  it('Kyrgyzstan: the new-era partnership, 31 years of ties, the railway, the talks in Xi’an', () => {
    const upgrade = find(KG, 'partnership');
    expect(upgrade).toMatchObject({ pairId: 'CN-KG', levelKey: 'comprehensive-strategic-partnership-new-era', date: '2023-05-18' });
    expect(KG.slice(upgrade!.match.start, upgrade!.match.end)).toBe('شراكة استراتيجية شاملة في العصر الجديد');
    expect(find(KG, 'anniversary')).toMatchObject({ pairId: 'CN-KG', years: 31 });
    expect(find(KG, 'project')).toMatchObject({ pairId: 'CN-KG', title: 'China–Kyrgyzstan–Uzbekistan railway', category: 'economy' });
    expect(find(KG, 'talks')).toMatchObject({ pairId: 'CN-KG', date: '2023-05-18', place: "Xi'an" });
  });
});

describe('precision and recall over the test articles', () => {
  it('finds what a reader would mark, and little else', () => {
    const { articles, precision, recall } = scoreArticles();
    console.log(`article extraction over ${articles.length} articles: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
    for (const a of articles) if (a.missed.length || a.wrong.length) console.log(`  ${a.file}: missed ${JSON.stringify(a.missed)}; extra ${JSON.stringify(a.wrong)}`);
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('through the API', () => {
  let t: TestApi;
  beforeEach(() => {
    t = openTestApi();
  });
  afterEach(() => t.core.close());

  it('checks the anniversary against the establishment date, and flags milestones already in the database', async () => {
    const { candidates, meta } = await t.api.extractArticle({ text: KG });
    expect(meta.date).toBe('2023-05-18');
    const anniversary = candidates.find((c) => c.kind === 'anniversary')!;
    expect(anniversary.anniversary).toEqual({ years: 31, established: '1992-01-05', consistent: true });
    expect(candidates.find((c) => c.kind === 'talks')!.duplicateOf?.title).toBe("Xi Jinping and Sadyr Japarov hold talks in Xi'an");
    const wrong = await t.api.extractArticle({ text: KG.replace('31 عاما', '35 عاما') });
    expect(wrong.candidates.find((c) => c.kind === 'anniversary')!.anniversary?.consistent).toBe(false);
  });

  it('saves accepted candidates with the article as source, in one undoable step, never twice', async () => {
    const { api, snapshot } = t;
    const before = snapshot();
    const source = { publisher: 'Xinhua', title: 'Test article', date: '2023-05-18', language: 'ar', url: null };
    const milestones = [
      { pairId: 'CN-KG', category: 'economy' as const, title: 'China–Kyrgyzstan–Uzbekistan railway', start: '2023-05-18' },
      { pairId: 'CN-KG', category: 'visits' as const, title: 'State visit to China', start: '2023-05-18' },
      { pairId: 'CN-KG', category: 'economy' as const, title: 'China–Kyrgyzstan–Uzbekistan railway', start: '2023-05-18' },
    ];
    const saved = await api.saveArticleMilestones({ source, milestones });
    expect(saved.value).toMatchObject({ skipped: 1 });
    expect(saved.value.ids).toHaveLength(2);
    const detail = await api.getMilestone({ id: saved.value.ids[0] });
    expect(detail.sources.map((s) => s.title)).toEqual(['Test article']);
    expect((await api.saveArticleMilestones({ source, milestones: milestones.slice(0, 1) })).value).toMatchObject({ ids: [], skipped: 1 });
    await api.undo({});
    await api.undo({});
    expect(snapshot()).toBe(before);
  });

  it('hostile input: huge text refused, HTML and unknown languages yield no candidates, nothing saved', async () => {
    const { api, snapshot } = t;
    const before = snapshot();
    const huge = await apiError(api.extractArticle({ text: 'قمة '.repeat(1_300_000) }));
    expect(huge.message).toMatch(/too long for one article/);
    expect('x'.repeat(5 * 1024 * 1024).length).toBeGreaterThan(MAX_ARTICLE_CHARS);
    const html = await api.extractArticle({ text: '<script>window.__x = 1</script><img src=x onerror=alert(1)>' });
    expect(html.candidates).toEqual([]);
    expect(html.note).toMatch(/No milestones found/);
    const unknown = await api.extractArticle({ text: 'Лорем ипсум долор сит амет, консектетур адиписцинг.' });
    expect(unknown).toMatchObject({ candidates: [] });
    expect(unknown.note).toMatch(/extractor/);
    expect(snapshot()).toBe(before);
  });
});
