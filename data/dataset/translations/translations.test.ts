/**
 * The editors' Arabic and Chinese translations (README.md beside this file) checked against the pair
 * files they translate: complete, keyed to real milestones and levels, in the right script, plain text,
 * keeping every year the English names and the names of people and places in the README's table.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DATASET_DIR } from '../../test/temp-db';

const DIR = path.join(DATASET_DIR, 'translations');
const LANGS = ['ar', 'zh'] as const;
type Lang = (typeof LANGS)[number];
type Texts = Partial<Record<Lang, string>>;

interface TranslationFile {
  milestones: Record<string, { title: Texts; summary?: Texts }>;
  levels: Record<string, Texts>;
}
interface PairMilestone { key: string; title: string; title_ar?: string | null; title_zh?: string | null; summary?: string | null }
interface PairFile { pair: string; ladder: { key: string }[]; milestones: PairMilestone[] }

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const pairIds: string[] = readJson(path.join(DATASET_DIR, 'manifest.json')).pairs;
const pairOf = (id: string): PairFile => readJson(path.join(DATASET_DIR, 'pairs', `${id}.json`));
const translationOf = (id: string): TranslationFile => readJson(path.join(DIR, `${id}.json`));

const ARABIC = /\p{Script=Arabic}/u;
const HAN = /\p{Script=Han}/u;
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}]*$/u;
const HTML = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** The names table of README.md: English | Arabic | Chinese. */
function namesTable(): { en: string; ar: string; zh: string }[] {
  const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Names'), readme.indexOf('## How a reviewer'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---') && !line.startsWith('| English'))
    .map((line) => {
      const [en, ar, zh] = line.split('|').slice(1, 4).map((cell) => cell.trim());
      return { en, ar, zh };
    });
}
/** A whole-word English name; "Xi" must not match "Xi'an". */
const nameIn = (english: string, text: string) =>
  new RegExp(`(?<!\\p{L})${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’])`, 'u').test(text);

/** Every translated string with the English it translates, for the per-string checks. */
function allStrings(): { where: string; lang: Lang; text: string; english: string }[] {
  const out: { where: string; lang: Lang; text: string; english: string }[] = [];
  for (const id of pairIds) {
    const pair = pairOf(id);
    const tr = translationOf(id);
    const byKey = new Map(pair.milestones.map((m) => [m.key, m]));
    for (const [key, t] of Object.entries(tr.milestones)) {
      const m = byKey.get(key);
      for (const lang of LANGS) {
        if (t.title[lang] !== undefined) out.push({ where: `${id} ${key} title.${lang}`, lang, text: t.title[lang]!, english: m?.title ?? '' });
        if (t.summary?.[lang] !== undefined) out.push({ where: `${id} ${key} summary.${lang}`, lang, text: t.summary[lang]!, english: m?.summary ?? '' });
      }
    }
    const ladder = new Map(readJson(path.join(DATASET_DIR, 'pairs', `${id}.json`)).ladder.map((l: any) => [l.key, l.name.en]));
    for (const [key, t] of Object.entries(tr.levels))
      for (const lang of LANGS) if (t[lang] !== undefined) out.push({ where: `${id} level ${key}.${lang}`, lang, text: t[lang]!, english: String(ladder.get(key) ?? '') });
  }
  return out;
}

describe('the dataset translations', () => {
  it('has one translation file per pair and nothing else', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(pairIds.map((id) => `${id}.json`).sort());
  });

  it.each(pairIds)('%s: keys match the pair file both ways, with no unknown fields', (id) => {
    const pair = pairOf(id);
    const tr = translationOf(id);
    expect(Object.keys(tr).sort()).toEqual(['levels', 'milestones']);
    expect(Object.keys(tr.milestones).sort()).toEqual(pair.milestones.map((m) => m.key).sort());
    expect(Object.keys(tr.levels).sort()).toEqual(pair.ladder.map((l) => l.key).sort());
    for (const [key, t] of Object.entries(tr.milestones)) {
      for (const field of Object.keys(t)) expect(['title', 'summary'], `${key}.${field}`).toContain(field);
      for (const texts of [t.title, t.summary ?? {}]) for (const lang of Object.keys(texts)) expect(LANGS, `${key} ${lang}`).toContain(lang);
    }
    for (const [key, t] of Object.entries(tr.levels)) expect(Object.keys(t).sort(), key).toEqual(['ar', 'zh']);
  });

  it.each(pairIds)('%s: every milestone reads in both languages, a source-language title left to the pair file', (id) => {
    const tr = translationOf(id);
    for (const m of pairOf(id).milestones) {
      const t = tr.milestones[m.key];
      for (const lang of LANGS) {
        const fromSource = Boolean(m[`title_${lang}`]);
        // Exactly one of: the source's own title in the pair file, or the editors' translation here.
        expect(t.title[lang] !== undefined, `${m.key} title.${lang} (source title: ${fromSource})`).toBe(!fromSource);
        expect(t.summary?.[lang] !== undefined, `${m.key} summary.${lang}`).toBe(Boolean(m.summary));
      }
    }
  });

  it('writes Arabic in Arabic script and Chinese in Han characters, never Latin-only, never empty', () => {
    const bad = allStrings().filter(({ lang, text }) =>
      text.trim() !== text || text === '' || LATIN_ONLY.test(text) || !(lang === 'ar' ? ARABIC : HAN).test(text),
    );
    expect(bad.map((b) => b.where)).toEqual([]);
  });

  it('keeps each language to its own script (no Chinese in Arabic text, no Arabic in Chinese)', () => {
    const bad = allStrings().filter(({ lang, text }) => (lang === 'ar' ? HAN : ARABIC).test(text));
    expect(bad.map((b) => b.where)).toEqual([]);
  });

  it('is plain text: no HTML tags or entities, within the schema lengths', () => {
    const bad = allStrings().filter(({ where, text }) => HTML.test(text) || text.length > (where.includes('summary') ? 4000 : 300));
    expect(bad.map((b) => b.where)).toEqual([]);
  });

  it('keeps every year the English text names', () => {
    const missing = allStrings().flatMap(({ where, text, english }) =>
      [...english.matchAll(YEAR)].map((y) => y[0]).filter((y) => !text.includes(y)).map((y) => `${where}: ${y}`),
    );
    expect(missing).toEqual([]);
  });

  it('writes the names of the README table as the table gives them', () => {
    const names = namesTable();
    expect(names.length).toBeGreaterThan(20);
    const missing = allStrings().flatMap(({ where, lang, text, english }) =>
      names.filter((n) => nameIn(n.en, english) && !text.includes(n[lang])).map((n) => `${where}: ${n.en} → ${n[lang]}`),
    );
    expect(missing).toEqual([]);
  });
});
