/**
 * Citations against the style guides: a news report, a treaty text and a foreign-ministry page, in
 * English, Arabic and Chinese, in APA 7, Chicago 17 (notes and bibliography) and MLA 9. The expected strings
 * were written from the guides' rules for each kind of work (APA 7 §9.38 and the news and webpage and
 * treaty references; CMOS 14.98, 14.191, 14.207, 14.289; MLA 9 §5 and §6.41): non-Latin titles stay in their
 * script; a news agency's unsigned report stands under its title in APA and MLA and under the agency in
 * Chicago's bibliography; an institution's page has the institution as author; a treaty is cited by
 * its name and date. BibTeX and RIS are parsed back by citation-js; CSL-JSON is checked against the CSL
 * data schema's rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import * as z from 'zod';
import { sourceToCsl, datasetToCsl, recordToCsl, type CitableSource } from './csl-items';
import { citationFile, formatBibliography, formatCitations } from './format';

// Shaped like the dataset's source records (publisher, title as published, partial date, language, link, kind).
const S = {
  newsEn: { id: 1, publisher: 'Xinhua', title: 'China, Central Asian countries sign treaty on permanent good-neighborliness', date: '2025-06-17', language: 'en', url: 'https://english.news.cn/20250617/a1.html', kind: 'state-agency' },
  newsAr: { id: 2, publisher: 'شينخوا', title: 'شي يجري محادثات مع رئيس طاجيكستان في شيآن', date: '2023-05-18', language: 'ar', url: 'https://arabic.news.cn/20230518/b2.html', kind: 'state-agency' },
  newsZh: { id: 3, publisher: '光明日报', title: '江主席同尼亚佐夫总统会谈', date: '2000-07-07', language: 'zh', url: 'http://www.gmw.cn/01gmrb/2000-07/07/c3.htm', kind: 'news' },
  treatyEn: { id: 4, publisher: 'Ministry of Foreign Affairs of the People\'s Republic of China', title: 'Treaty of Good-Neighborliness, Friendship and Cooperation between the People\'s Republic of China and the Republic of Tajikistan', date: '2007-01-15', language: 'en', url: 'https://www.fmprc.gov.cn/eng/d4.html', kind: 'treaty' },
  treatyAr: { id: 5, publisher: 'وزارة الخارجية الصينية', title: 'معاهدة حسن الجوار الدائم والصداقة والتعاون', date: '2025-06-17', language: 'ar', url: 'https://www.fmprc.gov.cn/ara/e5.html', kind: 'treaty' },
  treatyZh: { id: 6, publisher: '中华人民共和国外交部', title: '中华人民共和国和塔吉克斯坦共和国睦邻友好合作条约', date: '2007-01-15', language: 'zh', url: 'https://www.mfa.gov.cn/web/f6.html', kind: 'treaty', titleTranslated: 'Treaty of Good-Neighborliness, Friendship and Cooperation between China and Tajikistan' },
  mfaEn: { id: 7, publisher: 'Ministry of Foreign Affairs of the People\'s Republic of China', title: 'Xi Jinping holds talks with President Emomali Rahmon of Tajikistan', date: '2017-08-31', language: 'en', url: 'https://www.mfa.gov.cn/mfa_eng/g7.htm', kind: 'official-release' },
  mfaAr: { id: 8, publisher: 'وزارة الخارجية الصينية', title: 'شي جين بينغ يجري محادثات مع الرئيس الطاجيكي إمام علي رحمن', date: '2024-07-05', language: 'ar', url: 'https://www.fmprc.gov.cn/ara/h8.html', kind: 'official-release' },
  mfaZh: { id: 9, publisher: '中华人民共和国外交部', title: '中国同土库曼斯坦的关系', date: '2023-11', language: 'zh', url: 'https://www.fmprc.gov.cn/web/i9.html', kind: 'official-release' },
} satisfies Record<string, CitableSource>;

const EXPECTED: Record<keyof typeof S, { apa: string; chicago: string; chicagoNote: string; mla: string }> = {
  newsEn: {
    apa: 'China, Central Asian countries sign treaty on permanent good-neighborliness. (2025, June 17). Xinhua. https://english.news.cn/20250617/a1.html',
    chicago: 'Xinhua. “China, Central Asian Countries Sign Treaty on Permanent Good-Neighborliness.” June 17, 2025. https://english.news.cn/20250617/a1.html.',
    chicagoNote: '“China, Central Asian Countries Sign Treaty on Permanent Good-Neighborliness,” Xinhua, June 17, 2025, https://english.news.cn/20250617/a1.html.',
    mla: '“China, Central Asian Countries Sign Treaty on Permanent Good-Neighborliness.” Xinhua, 17 June 2025, https://english.news.cn/20250617/a1.html.',
  },
  newsAr: {
    apa: 'شي يجري محادثات مع رئيس طاجيكستان في شيآن. (2023, May 18). شينخوا. https://arabic.news.cn/20230518/b2.html',
    chicago: 'شينخوا. “شي يجري محادثات مع رئيس طاجيكستان في شيآن.” May 18, 2023. https://arabic.news.cn/20230518/b2.html.',
    chicagoNote: '“شي يجري محادثات مع رئيس طاجيكستان في شيآن,” شينخوا, May 18, 2023, https://arabic.news.cn/20230518/b2.html.',
    mla: '“شي يجري محادثات مع رئيس طاجيكستان في شيآن.” شينخوا, 18 May 2023, https://arabic.news.cn/20230518/b2.html.',
  },
  newsZh: {
    apa: '江主席同尼亚佐夫总统会谈. (2000, July 7). 光明日报. http://www.gmw.cn/01gmrb/2000-07/07/c3.htm',
    chicago: '光明日报. “江主席同尼亚佐夫总统会谈.” July 7, 2000. http://www.gmw.cn/01gmrb/2000-07/07/c3.htm.',
    chicagoNote: '“江主席同尼亚佐夫总统会谈,” 光明日报, July 7, 2000, http://www.gmw.cn/01gmrb/2000-07/07/c3.htm.',
    mla: '“江主席同尼亚佐夫总统会谈.” 光明日报, 7 July 2000, http://www.gmw.cn/01gmrb/2000-07/07/c3.htm.',
  },
  treatyEn: {
    apa: 'Treaty of Good-Neighborliness, Friendship and Cooperation between the People’s Republic of China and the Republic of Tajikistan, January 15, 2007. https://www.fmprc.gov.cn/eng/d4.html',
    chicago: '“Treaty of Good-Neighborliness, Friendship and Cooperation between the People’s Republic of China and the Republic of Tajikistan.” Ministry of Foreign Affairs of the People’s Republic of China, January 15, 2007. https://www.fmprc.gov.cn/eng/d4.html.',
    chicagoNote: '“Treaty of Good-Neighborliness, Friendship and Cooperation between the People’s Republic of China and the Republic of Tajikistan” (Ministry of Foreign Affairs of the People’s Republic of China, January 15, 2007), https://www.fmprc.gov.cn/eng/d4.html.',
    mla: 'Treaty of Good-Neighborliness, Friendship and Cooperation between the People’s Republic of China and the Republic of Tajikistan. Ministry of Foreign Affairs of the People’s Republic of China, 15 Jan. 2007, https://www.fmprc.gov.cn/eng/d4.html.',
  },
  treatyAr: {
    apa: 'معاهدة حسن الجوار الدائم والصداقة والتعاون, June 17, 2025. https://www.fmprc.gov.cn/ara/e5.html',
    chicago: '“معاهدة حسن الجوار الدائم والصداقة والتعاون.” وزارة الخارجية الصينية, June 17, 2025. https://www.fmprc.gov.cn/ara/e5.html.',
    chicagoNote: '“معاهدة حسن الجوار الدائم والصداقة والتعاون” (وزارة الخارجية الصينية, June 17, 2025), https://www.fmprc.gov.cn/ara/e5.html.',
    mla: 'معاهدة حسن الجوار الدائم والصداقة والتعاون. وزارة الخارجية الصينية, 17 June 2025, https://www.fmprc.gov.cn/ara/e5.html.',
  },
  treatyZh: {
    apa: '中华人民共和国和塔吉克斯坦共和国睦邻友好合作条约 [Treaty of Good-Neighborliness, Friendship and Cooperation between China and Tajikistan], January 15, 2007. https://www.mfa.gov.cn/web/f6.html',
    chicago: '“中华人民共和国和塔吉克斯坦共和国睦邻友好合作条约 [Treaty of Good-Neighborliness, Friendship and Cooperation between China and Tajikistan].” 中华人民共和国外交部, January 15, 2007. https://www.mfa.gov.cn/web/f6.html.',
    chicagoNote: '“中华人民共和国和塔吉克斯坦共和国睦邻友好合作条约 [Treaty of Good-Neighborliness, Friendship and Cooperation between China and Tajikistan]” (中华人民共和国外交部, January 15, 2007), https://www.mfa.gov.cn/web/f6.html.',
    mla: '中华人民共和国和塔吉克斯坦共和国睦邻友好合作条约 [Treaty of Good-Neighborliness, Friendship and Cooperation between China and Tajikistan]. 中华人民共和国外交部, 15 Jan. 2007, https://www.mfa.gov.cn/web/f6.html.',
  },
  mfaEn: {
    apa: 'Ministry of Foreign Affairs of the People’s Republic of China. (2017, August 31). Xi Jinping holds talks with President Emomali Rahmon of Tajikistan. https://www.mfa.gov.cn/mfa_eng/g7.htm',
    chicago: 'Ministry of Foreign Affairs of the People’s Republic of China. “Xi Jinping Holds Talks with President Emomali Rahmon of Tajikistan,” August 31, 2017. https://www.mfa.gov.cn/mfa_eng/g7.htm.',
    chicagoNote: 'Ministry of Foreign Affairs of the People’s Republic of China, “Xi Jinping Holds Talks with President Emomali Rahmon of Tajikistan,” August 31, 2017, https://www.mfa.gov.cn/mfa_eng/g7.htm.',
    mla: 'Ministry of Foreign Affairs of the People’s Republic of China. Xi Jinping Holds Talks with President Emomali Rahmon of Tajikistan. 31 Aug. 2017, https://www.mfa.gov.cn/mfa_eng/g7.htm.',
  },
  mfaAr: {
    apa: 'وزارة الخارجية الصينية. (2024, July 5). شي جين بينغ يجري محادثات مع الرئيس الطاجيكي إمام علي رحمن. https://www.fmprc.gov.cn/ara/h8.html',
    chicago: 'وزارة الخارجية الصينية. “شي جين بينغ يجري محادثات مع الرئيس الطاجيكي إمام علي رحمن,” July 5, 2024. https://www.fmprc.gov.cn/ara/h8.html.',
    chicagoNote: 'وزارة الخارجية الصينية, “شي جين بينغ يجري محادثات مع الرئيس الطاجيكي إمام علي رحمن,” July 5, 2024, https://www.fmprc.gov.cn/ara/h8.html.',
    mla: 'وزارة الخارجية الصينية. شي جين بينغ يجري محادثات مع الرئيس الطاجيكي إمام علي رحمن. 5 July 2024, https://www.fmprc.gov.cn/ara/h8.html.',
  },
  mfaZh: {
    apa: '中华人民共和国外交部. (2023, November). 中国同土库曼斯坦的关系. https://www.fmprc.gov.cn/web/i9.html',
    chicago: '中华人民共和国外交部. “中国同土库曼斯坦的关系,” November 2023. https://www.fmprc.gov.cn/web/i9.html.',
    chicagoNote: '中华人民共和国外交部, “中国同土库曼斯坦的关系,” November 2023, https://www.fmprc.gov.cn/web/i9.html.',
    mla: '中华人民共和国外交部. 中国同土库曼斯坦的关系. Nov. 2023, https://www.fmprc.gov.cn/web/i9.html.',
  },
};

describe('citation text styles', () => {
  // The styles are read from their package and compiled on first use.
  beforeAll(() => {
    for (const style of ['apa', 'chicago', 'mla'] as const) formatCitations([sourceToCsl(S.newsEn)], style);
  }, 120_000);

  for (const [name, source] of Object.entries(S) as [keyof typeof S, CitableSource][]) {
    it(`${name}: APA, Chicago (bibliography and note) and MLA`, () => {
      const item = sourceToCsl(source);
      const [apa] = formatCitations([item], 'apa');
      const [chicago] = formatCitations([item], 'chicago');
      const [mla] = formatCitations([item], 'mla');
      expect(apa.entry).toBe(EXPECTED[name].apa);
      expect(chicago.entry).toBe(EXPECTED[name].chicago);
      expect(chicago.note).toBe(EXPECTED[name].chicagoNote);
      expect(mla.entry).toBe(EXPECTED[name].mla);
    }, 30_000);
  }

  it('orders a reference list as the style does (APA: alphabetical by first element)', () => {
    const list = formatBibliography([S.mfaEn, S.newsEn].map(sourceToCsl), 'apa').trim().split('\n');
    expect(list).toEqual([EXPECTED.newsEn.apa, EXPECTED.mfaEn.apa]);
  });

  it('cites the dataset and a record of it with the version', () => {
    const release = { version: 12, released: '2026-12-01' };
    const [dataset] = formatCitations([datasetToCsl(release)], 'apa');
    expect(dataset.entry).toBe('Bilateral Timelines. (2026). Bilateral Timelines dataset: China and its partners (Version 12) [Dataset]. Bilateral Timelines.');
    const [record] = formatCitations([recordToCsl(release, { key: 'cn-tj-1992-01-04-diplomatic-relations', title: 'China and Tajikistan establish diplomatic relations' })], 'mla');
    expect(record.entry).toContain('China and Tajikistan Establish Diplomatic Relations');
    expect(record.entry).toContain('12');
  });
});

describe('citation files', () => {
  const items = Object.values(S).map(sourceToCsl);

  it('BibTeX parses back with every title, in its own script, and the same keys', () => {
    const parsed = new Cite(citationFile(items, 'bibtex')).data as { id: string; title: string; URL?: string }[];
    expect(parsed.map((p) => p.id)).toEqual(items.map((i) => i.id));
    expect(parsed.map((p) => p.title)).toEqual(items.map((i) => i.title));
    expect(parsed.map((p) => p.URL)).toEqual(items.map((i) => i.URL));
  });

  it('RIS parses back with every title, date and link', () => {
    const parsed = new Cite(citationFile(items, 'ris')).data as { title: string; URL?: string; issued?: { 'date-parts': number[][] } }[];
    expect(parsed.map((p) => p.title)).toEqual(items.map((i) => i.title));
    expect(parsed.map((p) => p.URL)).toEqual(items.map((i) => i.URL));
    expect(parsed.map((p) => p.issued?.['date-parts'][0][0])).toEqual(items.map((i) => i.issued?.['date-parts'][0][0]));
  });

  // The CSL data schema (citationstyles.org, schemas/input/csl-data.json): an array of objects with `type`
  // from its list and `id`; names and dates in its two forms; no property outside its list.
  const CSL_TYPES = ['article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage'] as const;
  const name = z.strictObject({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() });
  const date = z.strictObject({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()])).min(1).max(3)).min(1).max(2) });
  const cslItem = z.strictObject({
    id: z.union([z.string(), z.number()]),
    type: z.enum(CSL_TYPES),
    title: z.string().optional(),
    'translated-title': z.string().optional(),
    author: z.array(name).optional(),
    'container-title': z.string().optional(),
    publisher: z.string().optional(),
    issued: date.optional(),
    URL: z.string().optional(),
    language: z.string().optional(),
    version: z.string().optional(),
    genre: z.string().optional(),
    note: z.string().optional(),
  });

  it('CSL-JSON follows the CSL data schema', () => {
    const file = JSON.parse(citationFile([...items, datasetToCsl({ version: 12, released: '2026-12-01' })], 'csl-json'));
    expect(() => z.array(cslItem).parse(file)).not.toThrow();
    expect(file).toHaveLength(items.length + 1);
    // The schema would refuse a property it does not list:
    expect(() => z.array(cslItem).parse([{ ...file[0], publisherName: 'x' }])).toThrow();
  });
});
