import { describe, expect, it } from 'vitest';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { atlasSvg } from './atlas-svg';
import { renderAtlasImage } from './export-atlas';
import { fixtureAtlasModel } from '../../shared/atlas/dev-fixture';
import { cellColor } from '../../shared/atlas/palette';
import { cellValue } from '../../shared/atlas/grid';
import { ApiError } from '../../shared/api/errors';
import { atlasImageSchema } from '../../shared/api/calls/image';

// The research file's model stands in for the database's (the views draw whatever AtlasModel they are given).
const model = fixtureAtlasModel(2025);

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag)) as XmlElement[];
  return { all, texts: all('text').map((e) => e.textContent ?? '').join(' ') };
}

// Laying out text loads and measures the bundled fonts (Arabic and Chinese too): seconds on a busy machine.
describe('atlas SVG', { timeout: 30_000 }, () => {
  it('colours each country on the map by what was in force at the end of the year', () => {
    const { all, texts } = parse(atlasSvg(model, { view: 'map', year: 2015, language: 'en', background: 'white' }).svg);
    const fillOf = (name: string) => all('path').find((p) => p.getElementsByTagName('title')[0]?.textContent === name)?.getAttribute('fill');
    const ae = model.countries.find((c) => c.iso2 === 'AE')!;
    expect(fillOf(ae.name.en)).toBe(cellColor(cellValue(ae, 2015)));
    const a2010 = parse(atlasSvg(model, { view: 'map', year: 2010, language: 'en', background: 'white' }).svg);
    expect(a2010.all('path').find((p) => p.getElementsByTagName('title')[0]?.textContent === ae.name.en)?.getAttribute('fill')).toBe(cellColor(1));
    // Title with the year, legend with the model's tier names, the tier source.
    expect(texts).toContain("China's partnerships at the end of 2015");
    for (const tier of model.tiers) expect(texts).toContain(tier.name.en);
    expect(texts).toContain(model.tierSource.publisher);
  });

  it('draws microstates as dots and Taiwan as no separate relations, with its note', () => {
    const { all, texts } = parse(atlasSvg(model, { view: 'map', year: 2015, language: 'en', background: 'white' }).svg);
    const sg = model.countries.find((c) => c.iso2 === 'SG')!;
    const dot = all('circle').find((c) => c.getElementsByTagName('title')[0]?.textContent === sg.name.en);
    expect(dot?.getAttribute('fill')).toBe(cellColor(cellValue(sg, 2015)));
    const taiwan = all('path').find((p) => p.getElementsByTagName('title')[0]?.textContent?.startsWith('Taiwan'));
    expect(taiwan?.getAttribute('fill')).toBe('url(#no-separate)');
    expect(all('pattern').map((p) => p.getAttribute('id'))).toContain('no-separate');
    expect(texts).toContain('No separate relations');
    expect(texts).toContain('Taiwan has no row of its own.');
  });

  it('draws the matrix with every country and a run of cells per status', () => {
    const { texts, all } = parse(atlasSvg(model, { view: 'matrix', year: 2025, language: 'en', background: 'white' }).svg);
    const drawn = model.countries.filter((c) => texts.includes(c.name.en.slice(0, 12)));
    expect(drawn.length).toBe(model.countries.length);
    expect(all('rect').length).toBeGreaterThan(model.countries.length);
  });

  it('writes Arabic and Chinese with their own tier names', () => {
    const ar = parse(atlasSvg(model, { view: 'map', year: 2015, language: 'ar', background: 'white' }).svg).texts;
    expect(ar).toContain(model.tiers[3].name.ar);
    expect(ar).toContain('شراكات الصين');
    const zh = parse(atlasSvg(model, { view: 'matrix', year: 2015, language: 'zh', background: 'white' }).svg).texts;
    expect(zh).toContain(model.tiers[3].name.zh);
  });

  it('refuses a year outside the atlas with a coded error', async () => {
    const req = atlasImageSchema.parse({ view: 'map', format: 'svg', year: 1900 });
    await expect(renderAtlasImage(model, req, null)).rejects.toMatchObject({ code: 'invalid_input', reason: { key: 'atlasYear' } });
    await expect(renderAtlasImage(model, atlasImageSchema.parse({ view: 'map', format: 'png' }), null)).rejects.toBeInstanceOf(ApiError);
    expect(atlasImageSchema.safeParse({ view: 'globe', format: 'svg' }).success).toBe(false);
  });
});
