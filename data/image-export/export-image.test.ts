import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { apiError, openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { CATEGORIES } from '../../shared/domain';
import type { ImageFile } from '../../shared/image-export';
import enCommon from '../../shared/locales/en/common.json' with { type: 'json' };
import { formatPartialRange, titleIn } from '../../shared/locale-format';
import type { Language } from '../../shared/domain';
import { textWidth } from './svg-text';
import { MAX_KEY } from './chart-svg';

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

/** Text as read: bidi marks and isolates dropped, no whitespace (wrapped lines joined, in any script). */
const bare = (text: string) => text.replace(/[\u200E\u200F\u2066-\u2069]/g, '').replace(/\s+/g, '');

/** Every label the image gives a milestone: beside its mark, or as an entry of the key (its lines joined, after its number). */
function labelsOf(svg: ReturnType<typeof parseSvg>): string[] {
  const inline = svg.all('text').filter((e) => e.getAttribute('class') === 'label');
  const keyed = svg.all('g').filter((g) => g.getAttribute('class') === 'key-entry');
  return [...inline.map((e) => e.textContent ?? ''), ...keyed.map((g) => (Array.from(g.getElementsByTagName('text')) as XmlElement[]).slice(1).map((e) => e.textContent).join(''))].map(bare);
}

/** Texts whose box, measured with the fonts the layout uses, leaves the image's width. */
function overflowing(svg: ReturnType<typeof parseSvg>): string[] {
  const width = Number(svg.doc.documentElement!.getAttribute('width'));
  return svg.all('text').flatMap((e) => {
    const w = textWidth(e.textContent ?? '', Number(e.getAttribute('font-size')), e.getAttribute('font-weight') === '700' ? 700 : 400);
    const x = Number(e.getAttribute('x'));
    const [left, right] = e.getAttribute('direction') === 'rtl' ? [x - w, x] : [x, x + w];
    return left < -0.5 || right > width + 0.5 ? [`${e.textContent} (${Math.round(left)}–${Math.round(right)} of ${width})`] : [];
  });
}

/** Each milestone of the pairs in the period as its label should read: date at its precision, then the title. */
async function expectedLabels(pairIds: string[], language: Language, locale: string, from = '', to = '\uffff'): Promise<string[]> {
  const out: string[] = [];
  for (const pairId of pairIds) {
    const { milestones } = await t.api.getPairTimeline({ pairId });
    for (const m of milestones) {
      if ((m.end ?? m.start) < from || m.start > to) continue;
      out.push(bare(`${formatPartialRange(m.start, m.end ?? null, locale)} ${titleIn(m, language)}`));
    }
  }
  return out;
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

    const svg = parseSvg(file);
    const labels = labelsOf(svg);
    // Each label starts with its date; source note numbers may follow the title.
    for (const want of await expectedLabels(['CN-TJ'], 'en', 'en-GB', '2013', '2024-12-31')) expect(labels.some((l) => l.startsWith(want)), want).toBe(true);
    expect(all('g').filter((g) => /^milestone( |$)/.test(g.getAttribute('class') ?? ''))).toHaveLength(inPeriod.length);
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
    expect(texts.some((s) => bare(s).includes(bare('<script>alert(1)</script>')))).toBe(true);
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
    // A host without a page renderer still exports SVG and PNG (resvg), and says why PDF cannot be.
    const error = await apiError(t.api.exportImage({ format: 'pdf', pairIds: ['CN-TJ'] }));
    expect(error.code).toBe('unavailable');
    const png = await t.api.exportImage({ format: 'png', pairIds: ['CN-TJ'], width: 800 });
    expect(Buffer.from(png.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('labels every milestone of every bundled pair’s whole history, and of a five-pair comparison, with no text leaving the image', async () => {
    const pairs = (await t.api.listPairs({})).map((p) => p.id);
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    for (const [ids, language, locale] of [...pairs.map((id) => [[id], 'en', 'en-GB'] as const), [pairs.slice(0, 5), 'en', 'en-GB'] as const, [pairs.slice(0, 5), 'zh', 'zh-CN'] as const]) {
      const file = await t.api.exportImage({ format: 'svg', pairIds: [...ids], language });
      const svg = parseSvg(file);
      const labels = labelsOf(svg);
      const wanted = await expectedLabels([...ids], language, locale);
      expect(file.labelled, ids.join(' ')).toBe(wanted.length);
      // In a comparison, an entry of the key names its pair first ("China–Kazakhstan: 1992 …").
      const missing = wanted.filter((want) => !labels.some((l) => l.startsWith(want) || (ids.length > 1 && l.includes(`:${want}`))));
      expect(missing, `${ids.join(' ')} ${language}`).toEqual([]);
      expect(overflowing(svg), `${ids.join(' ')} ${language}`).toEqual([]);
    }
  }, 120_000);

  it('numbers milestones that do not fit beside their mark, one mark for those at one place, and lists them in the key', async () => {
    const before = (await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2021', to: '2021' })).milestones;
    const many = Array.from({ length: 120 }, (_, i) => ({ ...validMilestone, title: `Crowded event number ${i} with a long title`, start: '2021-03-05' }));
    for (const milestone of many) await t.api.createMilestone({ milestone });
    const file = await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2021', to: '2021' });
    expect(file.milestones).toBe(before + 120);
    expect(file.labelled).toBe(file.milestones);
    const svg = parseSvg(file);
    const labels = labelsOf(svg);
    for (let i = 0; i < 120; i++) expect(labels.some((l) => l.includes(bare(`Crowded event number ${i} with a long title`))), String(i)).toBe(true);
    // The numbered marks at 5 March 2021 are one, standing for a range ("12–107").
    const numbers = svg.all('text').filter((e) => e.getAttribute('class') === 'key-number').map((e) => e.textContent);
    expect(numbers.some((n) => /^\d+–\d+$/.test(n ?? ''))).toBe(true);
    expect(svg.texts).toContain('Numbered milestones');
    expect(overflowing(svg)).toEqual([]);
  });

  it('lists at most MAX_KEY numbered milestones in the key and says how many more are marked without a label', async () => {
    const many = Array.from({ length: MAX_KEY + 60 }, (_, i) => ({ ...validMilestone, title: `Crowded event number ${i} with a long title`, start: '2021-03-05' }));
    for (const milestone of many) await t.api.createMilestone({ milestone });
    const file = await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2021', to: '2021' });
    const svg = parseSvg(file);
    const keyed = svg.all('g').filter((g) => g.getAttribute('class') === 'key-entry');
    const unlabelled = svg.all('g').filter((g) => g.getAttribute('class') === 'milestone unlabelled');
    expect(keyed).toHaveLength(MAX_KEY);
    expect(unlabelled.length).toBeGreaterThan(0);
    expect(file.labelled).toBe(file.milestones - unlabelled.length);
    expect(svg.texts.map(bare)).toContain(bare(`${unlabelled.length} milestones are marked without a label (too many to fit at this size).`));
    expect(overflowing(svg)).toEqual([]);
  });

  it('puts the source notes in the image, or leaves them out for one line naming the publishers', async () => {
    const full = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'] }));
    const line = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], notesPlacement: 'line' }));
    expect(full.texts).toContain('Sources');
    expect(line.texts).not.toContain('Sources');
    expect(line.all('g').filter((g) => g.getAttribute('class') === 'note')).toHaveLength(0);
    const joined = bare(line.texts.join(''));
    expect(joined.slice(joined.indexOf('Sources:'))).toContain(bare('China Daily'));
    expect(Number(line.doc.documentElement!.getAttribute('height'))).toBeLessThan(Number(full.doc.documentElement!.getAttribute('height')));
    // Links are whole: a cut link cannot be followed.
    const notes = full.all('g').filter((g) => g.getAttribute('class') === 'note').map((g) => g.textContent ?? '');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.includes('…'))).toEqual([]);
    expect((await apiError(t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], notesPlacement: 'page' }))).message).toMatch(/need a PDF/);
  });

  it('titles a view export with the years of the milestones it shows, not the window', async () => {
    const file = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '1990-02-14', to: '2036-12-01' }));
    const { milestones } = await t.api.getPairTimeline({ pairId: 'CN-TJ' });
    const years = milestones.map((m) => Number(m.start.slice(0, 4)));
    expect(file.texts[0]).toBe(`China–Tajikistan, ${Math.min(...years)}–${Math.max(...years)}`);
  });

  it('draws a date known only to the month or year as a hollow mark, as the app does', async () => {
    await t.api.createMilestone({ milestone: { ...validMilestone, title: 'Known to the month', start: '2021-03' } });
    await t.api.createMilestone({ milestone: { ...validMilestone, title: 'Known to the day', start: '2021-04-05' } });
    const svg = parseSvg(await t.api.exportImage({ format: 'svg', pairIds: ['CN-TJ'], from: '2021', to: '2021' }));
    const shapeOf = (title: string) => {
      const g = svg.all('g').find((e) => /^milestone( |$)/.test(e.getAttribute('class') ?? '') && (e.getElementsByTagName('title')[0]?.textContent ?? '').includes(title))!;
      return (Array.from(g.childNodes) as XmlElement[]).find((n) => n.nodeType === 1 && n.tagName !== 'title' && n.tagName !== 'text')!;
    };
    expect(shapeOf('Known to the month').getAttribute('fill')).toBe('#fff');
    expect(shapeOf('Known to the day').getAttribute('fill')).not.toBe('#fff');
  });
});
