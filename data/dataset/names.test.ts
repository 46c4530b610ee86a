import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesTable, personName, placeName, placeParts } from './names';

const DIR = __dirname;
const deep = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')).pairs as string[];
type Named = { place?: string | null; people?: string[] };
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
// The deep pairs' own milestones and the events they share (stored once, in shared/).
const milestones: Named[] = [
  ...deep.flatMap((id) => read(`pairs/${id}.json`).milestones as Named[]),
  ...fs.readdirSync(path.join(DIR, 'shared')).filter((f) => f.endsWith('.json')).flatMap((f) => read(`shared/${f}`).milestones as Named[]),
];
const table = namesTable();

describe('names of people and places (issue 17)', () => {
  const people = new Set(milestones.flatMap((m) => m.people ?? []));
  const places = new Set(milestones.flatMap((m) => (m.place ? placeParts(m.place).flat() : [])));
  const untranslated = new Map(table.untranslated.map((u) => [u.en, u.kind]));

  it('has every person and place of the deep pairs in three languages, or lists it as untranslated', () => {
    expect(people.size).toBeGreaterThan(30);
    const translatedPeople = new Set(table.people.map((e) => e.en));
    const translatedPlaces = new Set(table.places.map((e) => e.en));
    for (const p of people) expect(translatedPeople.has(p) || untranslated.get(p) === 'person', p).toBe(true);
    for (const p of places) expect(translatedPlaces.has(p) || untranslated.get(p) === 'place', p).toBe(true);
    // Nothing stale or listed twice.
    for (const e of table.people) expect(people.has(e.en) && !untranslated.has(e.en), e.en).toBe(true);
    for (const e of table.places) expect(places.has(e.en) && !untranslated.has(e.en), e.en).toBe(true);
    for (const [en, kind] of untranslated) expect((kind === 'person' ? people : places).has(en), en).toBe(true);
  });

  it('takes every Arabic and Chinese form from a bundled text that writes it so', () => {
    const text = new Map<string, string>();
    const readText = (file: string) => text.get(file) ?? text.set(file, fs.readFileSync(path.join(DIR, file), 'utf8')).get(file)!;
    for (const e of [...table.people, ...table.places]) {
      expect(e.ar, e.en).toMatch(/^[\u0600-\u06FF -]+$/);
      expect(e.zh, e.en).toMatch(/^[\u4E00-\u9FFF·]+$/);
      expect(readText(e.ar_in).includes(e.ar), `${e.en}: ${e.ar} in ${e.ar_in}`).toBe(true);
      expect(readText(e.zh_in).includes(e.zh), `${e.en}: ${e.zh} in ${e.zh_in}`).toBe(true);
    }
  });

  it('names a person and writes a place from its parts in each language', () => {
    expect(personName('Xi Jinping')).toEqual({ en: 'Xi Jinping', ar: 'شي جين بينغ', zh: '习近平' });
    expect(personName('Someone Unknown')).toEqual({ en: 'Someone Unknown', ar: null, zh: null });
    expect(placeName('Dushanbe, Tajikistan')).toEqual({ en: 'Dushanbe, Tajikistan', ar: 'دوشنبه، طاجيكستان', zh: '塔吉克斯坦杜尚别' });
    expect(placeName("Beijing and Xi'an, China")).toEqual({ en: "Beijing and Xi'an, China", ar: 'بكين وشيآن، الصين', zh: '中国北京和西安' });
    // A part the table lacks: the whole place stays English rather than half translated.
    expect(placeName('Akorda, Astana')).toEqual({ en: 'Akorda, Astana', ar: null, zh: null });
  });
});
