import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { apiError, openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { CATEGORIES } from '../../shared/domain';
import type { ImageFile } from '../../shared/image-export';
import enCommon from '../../shared/locales/en/common.json' with { type: 'json' };

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

function parseSvg(file: ImageFile) {
  const text = Buffer.from(file.base64, 'base64').toString('utf8');
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'image/svg+xml');
  expect(errors).toEqual([]);
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag)) as XmlElement[];
  const texts = all('text').map((e) => e.textContent ?? '');
  return { text, doc, all, texts };
}

describe('SVG export', () => {
  it('writes its source notes as full references in the chosen citation style', async () => {
    const short = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'] })).texts.join(' ').replace(/\s+/g, ' ');
    const apa = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], notesStyle: 'apa' })).texts.join(' ').replace(/\s+/g, ' ');
    // The SCO Secretariat's page of 4 January 2017 on the pair's establishment: "Title. (2017, January 4). Publisher."
    expect(apa).toContain('(2017, January 4)');
    expect(short).not.toContain('(2017, January 4)');
    expect(await apiError(t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], notesStyle: 'harvard' as 'apa' }))).toMatchObject({ code: 'invalid_input' });
  }, 30_000);

  it('draws every milestone of the period with its title, the legend, the bands and numbered sources', async () => {
    const file = await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2013', to: '2024' });
    expect(file.mimeType).toBe('image/svg+xml');
    expect(file.fileName).toBe('CN-TJ-2013-2024.svg');
    const { all, texts } = parseSvg(file);
    const timeline = await t.api.getPairTimeline({ pairId: 'CN-TJ' });
    const inPeriod = timeline.milestones.filter((m) => m.start >= '2013' && m.start < '2025');
    expect(file.milestones).toBe(inPeriod.length);
    expect(file.labelled).toBe(inPeriod.length);

    const groups = all('g').filter((g) => g.getAttribute('class') === 'milestone');
    expect(groups).toHaveLength(inPeriod.length);
    for (const m of inPeriod) {
      // The tooltip carries the whole title; the label the title or its start with an ellipsis.
      // (One title can be part of another: "SCO summit in Bishkek" and "Xi Jinping attends the SCO summit in Bishkek".)
      const labelOf = (g: (typeof groups)[number]) => Array.from(g.getElementsByTagName('text')).find((e) => e.getAttribute('class') === 'label')!.textContent!;
      const fits = (label: string) => label === m.title || (label.endsWith('…') && m.title.startsWith(label.slice(0, -1)));
      const candidates = groups.filter((g) => (g.getElementsByTagName('title')[0]?.textContent ?? '').includes(m.title));
      expect(candidates.length, m.title).toBeGreaterThan(0);
      expect(candidates.some((g) => fits(labelOf(g))), `${candidates.map(labelOf).join(' | ')} / ${m.title}`).toBe(true);
    }
    expect(texts[0]).toBe('China–Tajikistan, 2013–2024');
    for (const c of CATEGORIES) expect(texts).toContain(enCommon.category[c]);
    expect(texts).toContain('Partnership levels');
    expect(texts).toContain('Sources');
    for (const band of timeline.bands.filter((b) => !b.end || b.end >= '2013')) {
      expect(texts.some((s) => s === band.name.en || (s.endsWith('…') && band.name.en.startsWith(s.slice(0, -1)))), band.name.en).toBe(true);
    }
    expect(texts.some((s) => /^Generated on \d{1,2} \w+ \d{4} with Bilateral Timelines, dataset version \d+\./.test(s))).toBe(true);
    // Fonts travel inside the file: it needs nothing from the system to show Latin text right.
    expect(all('style')[0].textContent).toMatch(/@font-face\{font-family:'Noto Sans';[^}]*src:url\(data:font\/woff2;base64,/);
  });

  it('keeps Arabic and Chinese as text, marks Arabic right to left, and embeds the faces they need', async () => {
    const title = 'الصين وطاجيكستان: ثلاثون عامًا';
    const file = await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], title, language: 'ar' });
    const { all, texts } = parseSvg(file);
    const heading = all('text').find((e) => e.textContent === title)!;
    expect(heading.getAttribute('direction')).toBe('rtl');
    expect(texts).toContain('الفئات'); // "Categories"
    expect(all('style')[0].textContent).toContain("font-family:'IBM Plex Sans Arabic'");

    const zh = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['CN-KZ'], language: 'zh' }));
    expect(zh.texts[0]).toMatch(/^中国–哈萨克斯坦，1992年–\d{4}年$/);
    expect(zh.all('style')[0].textContent).toContain("font-family:'Noto Sans SC'");
  });

  it('writes HTML and control characters in user text as text, never as markup', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes" \u0001\u0008';
    await t.api.createMilestone({ milestone: { ...validMilestone, title: evil, start: '2021-03' } });
    const file = await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2021', to: '2021' });
    const { all, texts, text } = parseSvg(file);
    expect(all('script')).toHaveLength(0);
    expect(all('img')).toHaveLength(0);
    expect(text).not.toMatch(/<script|<img/);
    expect(texts.some((s) => s.startsWith('<script>alert(1)</script>'))).toBe(true);
  });

  it('shows a comparison of pairs one above the other, each with its levels', async () => {
    const file = await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ', 'CN-KG'], from: '2010', to: '2024' });
    const { texts } = parseSvg(file);
    expect(texts).toContain('China–Tajikistan');
    expect(texts).toContain('China–Kyrgyzstan');
    expect(texts).toContain('Partnership levels, China–Tajikistan');
    expect(texts).toContain('Partnership levels, China–Kyrgyzstan');
  });

  it('names a world pair China first in its title, in each language, though its id is AF-CN', async () => {
    for (const [language, name] of [['en', 'China–Afghanistan'], ['ar', 'الصين–أفغانستان'], ['zh', '中国–阿富汗']] as const) {
      const { texts } = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['AF-CN'], language }));
      expect(texts.some((x) => x.startsWith(name)), `${language}: ${texts.slice(0, 3).join(' | ')}`).toBe(true);
      expect(texts.some((x) => x.includes('Afghanistan–China') || x.includes('أفغانستان–الصين') || x.includes('阿富汗–中国'))).toBe(false);
    }
  });

  it('refuses bad requests with a clear message', async () => {
    expect((await apiError(t.api.exportImage({ format: 'svg', pairIds: ['CN-XX'] }))).message).toBe('There is no country pair CN-XX in this database.');
    expect((await apiError(t.api.exportImage({ format: 'png', pairIds: ['CN-TJ'], width: 20000 }))).message).toMatch(/at most 8000 pixels/);
    expect((await apiError(t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2020', to: '2019' }))).message).toMatch(/must end after it starts/);
    expect((await apiError(t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2019-02-29' }))).message).toMatch(/not a real date/);
    // A host without a page renderer still exports SVG, and says why PNG cannot be.
    const error = await apiError(t.api.exportImage({ format: 'png', pairIds: ['CN-TJ'] }));
    expect(error.code).toBe('unavailable');
  });

  it('marks, without labels, milestones that do not fit, and says how many', async () => {
    const before = (await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2021', to: '2021' })).milestones;
    const many = Array.from({ length: 120 }, (_, i) => ({ ...validMilestone, title: `Crowded event number ${i} with a long title`, start: '2021-03-05' }));
    for (const milestone of many) await t.api.createMilestone({ milestone });
    const file = await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2021', to: '2021' });
    expect(file.milestones).toBe(before + 120);
    expect(file.labelled).toBeLessThan(file.milestones);
    const { texts } = parseSvg(file);
    expect(texts.join(' ')).toContain(`${file.milestones - file.labelled} milestones are marked without a label`);
  });
});
