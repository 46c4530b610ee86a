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
interface Milestone {
  key: string;
  title: string;
  title_ar?: string | null;
  title_zh?: string | null;
  summary?: string | null;
  summary_ar?: string | null;
  summary_zh?: string | null;
  replaces?: string[];
  pairs?: string[];
}
interface PairFile { pair: string; ladder: { key: string; name: { en: string } }[]; milestones: Milestone[] }

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const jsonIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);
const pairIds: string[] = readJson(path.join(DATASET_DIR, 'manifest.json')).pairs;
const pairOf = (id: string): PairFile => readJson(path.join(DATASET_DIR, 'pairs', `${id}.json`));
const translationOf = (id: string): TranslationFile => readJson(path.join(DIR, `${id}.json`));
const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
const sectionOf = (heading: string) => readme.slice(readme.indexOf(heading), readme.indexOf('\n## ', readme.indexOf(heading) + 1));

/**
 * Every milestone with the pairs it belongs to: those of the pair files and, once the dataset stores
 * shared events once, those of shared/*.json (linked to the pairs they name).
 */
function allMilestones(): Map<string, { m: Milestone; pairs: string[] }> {
  const all = new Map<string, { m: Milestone; pairs: string[] }>();
  for (const id of pairIds) for (const m of pairOf(id).milestones) all.set(m.key, { m, pairs: [id] });
  for (const f of jsonIn(path.join(DATASET_DIR, 'shared')))
    for (const m of readJson(path.join(DATASET_DIR, 'shared', f)).milestones as Milestone[]) all.set(m.key, { m, pairs: m.pairs ?? [] });
  return all;
}
/**
 * Retired keys: merged into another milestone (its `replaces`), left out of the dataset (manifest
 * `retired`), or listed in the README while a pair file still holds them. Their translations may stay
 * (the validator skips them) but nothing requires them.
 */
function retiredKeys(): Set<string> {
  const listed = [...sectionOf('## Shared milestones').matchAll(/^- `([a-z0-9-]+)`$/gm)].map((m) => m[1]);
  const manifest: string[] = readJson(path.join(DATASET_DIR, 'manifest.json')).retired ?? [];
  return new Set([...listed, ...manifest, ...[...allMilestones().values()].flatMap(({ m }) => m.replaces ?? [])]);
}

const ARABIC = /\p{Script=Arabic}/u;
const HAN = /\p{Script=Han}/u;
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}]*$/u;
const HTML = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** The names table of README.md: English | Arabic | Chinese. */
function namesTable(): { en: string; ar: string; zh: string }[] {
  return sectionOf('## Names')
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
  const milestones = allMilestones();
  for (const id of pairIds) {
    const tr = translationOf(id);
    for (const [key, t] of Object.entries(tr.milestones)) {
      const m = milestones.get(key)?.m;
      for (const lang of LANGS) {
        if (t.title[lang] !== undefined) out.push({ where: `${id} ${key} title.${lang}`, lang, text: t.title[lang]!, english: m?.title ?? '' });
        if (t.summary?.[lang] !== undefined) out.push({ where: `${id} ${key} summary.${lang}`, lang, text: t.summary[lang]!, english: m?.summary ?? '' });
      }
    }
    const ladder = new Map(pairOf(id).ladder.map((l) => [l.key, l.name.en]));
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

  it.each(pairIds)('%s: every key is a milestone of this pair or a level on its ladder, with no unknown fields', (id) => {
    const milestones = allMilestones();
    const retired = retiredKeys();
    const tr = translationOf(id);
    expect(Object.keys(tr).sort()).toEqual(['levels', 'milestones']);
    for (const [key, t] of Object.entries(tr.milestones)) {
      if (!milestones.has(key) && retired.has(key)) continue; // translated before it was retired
      expect(milestones.get(key)?.pairs ?? [], `${key} is a milestone of ${id}`).toContain(id);
      for (const field of Object.keys(t)) expect(['title', 'summary'], `${key}.${field}`).toContain(field);
      for (const texts of [t.title, t.summary ?? {}]) for (const lang of Object.keys(texts)) expect(LANGS, `${key} ${lang}`).toContain(lang);
    }
    expect(Object.keys(tr.levels).sort()).toEqual(pairOf(id).ladder.map((l) => l.key).sort());
    for (const [key, t] of Object.entries(tr.levels)) expect(Object.keys(t).sort(), key).toEqual(['ar', 'zh']);
  });

  it('gives every milestone that is not retired its Arabic and Chinese, here (in one file only) or in the dataset file', () => {
    const retired = retiredKeys();
    const files = new Map<string, string[]>();
    for (const id of pairIds) for (const key of Object.keys(translationOf(id).milestones)) files.set(key, [...(files.get(key) ?? []), id]);
    const wrong: string[] = [];
    for (const [key, { m }] of allMilestones()) {
      if (retired.has(key)) continue;
      const inFiles = files.get(key) ?? [];
      if (inFiles.length > 1) wrong.push(`${key} is translated in ${inFiles.join(' and ')}`);
      const complete = LANGS.every((lang) => m[`title_${lang}`] && (!m.summary || m[`summary_${lang}`]));
      if (!complete && inFiles.length === 0) wrong.push(`${key} has no translation`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives each language once: a title or summary already in the dataset in that language is left to it', () => {
    const milestones = allMilestones();
    const problems: string[] = [];
    for (const id of pairIds) {
      for (const [key, t] of Object.entries(translationOf(id).milestones)) {
        const m = milestones.get(key)?.m;
        if (!m) continue; // a retired key: checked in the key test
        for (const lang of LANGS) {
          // Exactly one of: the text in the dataset file (possibly the source's own words), or the editors' translation here.
          if ((t.title[lang] !== undefined) === Boolean(m[`title_${lang}`])) problems.push(`${key} title.${lang}`);
          if ((t.summary?.[lang] !== undefined) !== (Boolean(m.summary) && !m[`summary_${lang}`])) problems.push(`${key} summary.${lang}`);
        }
      }
    }
    expect(problems).toEqual([]);
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
