import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readDataset } from './validate';
import { DATASET_DIR, tempDir } from '../test/temp-db';

/** A copy of the bundled dataset that a test may break. */
function copyDataset(): string {
  const dir = tempDir('bilateral-dataset-');
  fs.cpSync(DATASET_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  return dir;
}

function editJson(file: string, change: (json: any) => void): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

const editResearch = (dir: string, change: (json: any) => void) => editJson(path.join(dir, 'world/research.json'), change);
const country = (j: any, iso2: string) => j.countries.find((c: any) => c.iso2 === iso2);

describe('the bundled dataset', () => {
  it('is valid', () => {
    const { dataset, problems } = readDataset(DATASET_DIR);
    expect(problems).toEqual([]);
    expect(dataset?.pairs.length).toBeGreaterThanOrEqual(2);
  });

  it('holds a world pair per country of the research file, under the atlas rules, beside the five deep pairs', () => {
    const { dataset } = readDataset(DATASET_DIR);
    const research = JSON.parse(fs.readFileSync(path.join(DATASET_DIR, 'world/research.json'), 'utf8'));
    const world = dataset!.pairs.filter((p) => p.scope === 'world');
    const deep = dataset!.pairs.filter((p) => p.scope !== 'world').map((p) => p.pair);
    expect(deep).toEqual(dataset!.manifest.pairs);
    expect(world.length + deep.length).toBe(research.countries.length);
    const fr = world.find((p) => p.pair === 'CN-FR')!;
    const steps = research.countries.find((c: any) => c.iso2 === 'FR').relations;
    expect(fr.milestones.find((m) => m.key === fr.established)).toMatchObject({ category: 'diplomatic', relation_event: 'established', start: steps[0].date, sources: steps[0].sources });
    // Every level of every pair, deep ones included, sits on a tier of the scale.
    for (const p of dataset!.pairs) for (const l of p.ladder) expect(l.tier, `${p.pair} ${l.key}`).toBeGreaterThanOrEqual(1);
    const codes = new Map(dataset!.world!.countries.map((c) => [c.code, c]));
    expect(codes.get('FR')).toMatchObject({ iso3: 'FRA', cow: 220, m49: '250', region: '150', subregion: '155', name: { en: 'France', zh: '法国' } });
    expect(codes.get('KZ')).toMatchObject({ iso3: 'KAZ', cow: 705, region: '142', subregion: '143' });
    // A republished text is a copy, whatever kind the research gave it.
    expect(dataset!.sources.filter((s) => /republished by/.test(s.publisher)).every((s) => s.kind === 'copy')).toBe(true);
  });
});

describe('the dataset validator reports each problem with its file and place', () => {
  it.each([
    ['a milestone without a source', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => (j.milestones[0].sources = [])), /pairs\/CN-KG\.json milestones\.0\.sources: every milestone names at least one source/],
    ['an impossible date', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => (j.milestones[1].start = '2023-02-30')), /pairs\/CN-KG\.json milestones\.1\.start: a date is YYYY/],
    ['a date before 1991', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => (j.milestones[1].start = '1989-06-04')), /CN-KG\.json milestones\[1\].*is before 1991/],
    ['a date in the future', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => (j.milestones[1].start = '2999-01-01')), /is in the future/],
    ['a source that does not exist', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => (j.milestones[1].sources = ['no-such-source'])), /no source with key no-such-source/],
    ['a level not on the ladder', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => (j.milestones[1].sets_level = 'imaginary-level')), /level imaginary-level is not on this pair's ladder/],
    ['a duplicate milestone', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => j.milestones.push({ ...j.milestones[1], key: 'cn-kg-copy' })), /duplicate milestone/],
    ['a repeated key', (dir: string) => editJson(path.join(dir, 'pairs/CN-TJ.json'), (j) => j.milestones.push({ ...j.milestones[0], title: 'Other', start: '2020' })), /milestone key is not unique/],
    ['overlapping bands', (dir: string) => editJson(path.join(dir, 'pairs/CN-TJ.json'), (j) => {
      j.milestones[0] = { ...j.milestones[0], sets_level: j.ladder[0].key, start: '2019' };
      j.milestones[1] = { ...j.milestones[1], sets_level: j.ladder[1].key, start: '2019' };
    }), /bands would overlap/],
    ['malformed JSON', (dir: string) => fs.writeFileSync(path.join(dir, 'pairs/CN-TJ.json'), '{"pair": "CN-TJ",'), /pairs\/CN-TJ\.json: cannot be read as JSON/],
    ['an unknown field', (dir: string) => editJson(path.join(dir, 'pairs/CN-TJ.json'), (j) => (j.milestones[0].colour = 'red')), /pairs\/CN-TJ\.json milestones\.0: Unrecognized key/],
    ['an establishment that is not a diplomatic milestone', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => (j.established = j.milestones.find((m: any) => m.category !== 'diplomatic').key)), /established: .* is not in the "diplomatic" category/],
    ['a level change on one source', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => {
      const m = j.milestones.find((x: any) => x.key === 'cn-kg-2023-05-18-new-era-partnership');
      m.sources = ['kg-xinhua-2023-05-18-elevate'];
    }), /CN-KG\.json milestones\[\d+\] \(cn-kg-2023-05-18-new-era-partnership\)\.sources: a level change needs at least two independent sources/],
    ['a milestone only on copies', (dir: string) => editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => {
      j.milestones.find((x: any) => x.key === 'cn-kg-2023-05-18-xian-talks').sources = ['xinhua-ar-2023-05-18-xi-japarov-talks'];
    }), /cn-kg-2023-05-18-xian-talks\)\.sources: rests only on copies, low-reputation sites or sources without a link/],
    ['two records with one URL', (dir: string) => editJson(path.join(dir, 'sources/kg.json'), (j) => {
      j.sources[1].url = j.sources[0].url;
    }), /sources\/kg\.json sources\[key=[a-z0-9-]+\]: same URL as source/],
    ['a repost dated by the repost', (dir: string) => editJson(path.join(dir, 'sources/kg.json'), (j) => {
      j.sources.find((x: any) => x.key === 'kg-xinhua-2023-05-18-elevate').date = '2023-06-30';
    }), /kg-xinhua-2023-05-18-elevate\]\.date: 2023-06-30 is not the date the link shows \(2023-05-18\)/],
    ['a press-release wire not marked as a copy', (dir: string) => editJson(path.join(dir, 'sources/tj.json'), (j) => {
      j.sources.find((x: any) => x.key === 'tj-mfa-2024-07-05-joint-press').kind = 'official-release';
    }), /tj-mfa-2024-07-05-joint-press\]\.kind: a press-release wire carries copies/],
    ['a shared event also stored in a pair file', (dir: string) => editJson(path.join(dir, 'pairs/CN-TJ.json'), (j) => {
      j.milestones.push({ key: 'cn-tj-2023-05-18-xian-summit-again', category: 'multilateral', title: "First China–Central Asia Summit in Xi'an", title_ar: 'قمة', title_zh: '峰会', start: '2023-05-18', sources: ['kg-xinhua-2023-05-18-elevate'] });
    }), /cn-tj-2023-05-18-xian-summit-again\): the same event as cn-kz-2023-05-xian-china-central-asia-summit .* shown in CN-TJ twice/],
    ['a milestone without its Chinese title', (dir: string) => {
      editJson(path.join(dir, 'translations/CN-KG.json'), (j) => delete j.milestones['cn-kg-2023-05-18-xian-talks'].title.zh);
      editJson(path.join(dir, 'pairs/CN-KG.json'), (j) => delete j.milestones.find((x: any) => x.key === 'cn-kg-2023-05-18-xian-talks').title_zh);
    }, /cn-kg-2023-05-18-xian-talks\): no title_zh: every milestone reads in English, Arabic and Chinese/],
    ['a translation of no milestone', (dir: string) => editJson(path.join(dir, 'translations/CN-KG.json'), (j) => (j.milestones['cn-kg-no-such'] = { title: { ar: 'x', zh: 'x' } })), /translations\/CN-KG\.json milestones\.cn-kg-no-such: no milestone with key/],
    ['a world step without a source', (dir: string) => editResearch(dir, (j) => (country(j, 'FR').relations[0].sources = [])), /world\/research\.json countries\.\d+\.relations\.0\.sources: every step names at least one source/],
    ['a world rung without a source', (dir: string) => editResearch(dir, (j) => (country(j, 'PK').ladder[0].sources = [])), /world\/research\.json countries\.\d+\.ladder\.0\.sources: every step names at least one source/],
    ['a world rung on no tier', (dir: string) => editResearch(dir, (j) => (country(j, 'FR').ladder[0].key = 'imaginary-partnership')), /world\/research\.json CN-FR ladder\[0\] \(imaginary-partnership\): level imaginary-partnership is on no tier/],
    ['a world rung on another tier than the scale says', (dir: string) => editResearch(dir, (j) => (country(j, 'FR').ladder.at(-1).tier = 1)), /CN-FR ladder\[\d\] \([a-z-]+\)\.tier: tier 1 differs from the scale's tier/],
    ['a deep pair level on no tier', (dir: string) => editResearch(dir, (j) => {
      for (const t of j.tiers.scale) t.includes = t.includes.filter((k: string) => k !== 'good-neighbourly');
    }), /pairs\/CN-TJ\.json ladder\[0\] \(good-neighbourly\): level good-neighbourly is on no tier/],
    ['a country code that is not ISO 3166', (dir: string) => editResearch(dir, (j) => (country(j, 'FR').iso2 = 'XF')), /countries \(XF\): XF is not an ISO 3166-1 alpha-2 country code/],
    ['a COW code given to two countries', (dir: string) => editJson(path.join(dir, 'world/cow-codes.json'), (j) => (j.codes.FR.cow = j.codes.US.cow)), /COW code 2 is also/],
    ['relations that do not start with their establishment', (dir: string) => editResearch(dir, (j) => (country(j, 'FR').relations[0].event = 'restored')), /CN-FR: the relations start with their establishment/],
    ['a restoration of relations never interrupted', (dir: string) => editResearch(dir, (j) => country(j, 'FR').relations.push({ event: 'restored', date: '1970', sources: country(j, 'FR').relations[0].sources })), /CN-FR cn-fr-1970-restored: restored, but the relations were not interrupted/],
    ['a world step before 1949', (dir: string) => editResearch(dir, (j) => (country(j, 'FR').relations[0].date = '1948-05-01')), /CN-FR milestones\[0\] \(cn-fr-1948-05-01-established\)\.start: 1948-05-01 is before 1949/],
    ['an unused source', (dir: string) => editJson(path.join(dir, 'sources/seed-articles.json'), (j) => j.sources.push({ ...j.sources[0], key: 'orphan-source' })), /orphan-source\]: source is not cited/],
  ])('%s', (_label, breakIt, expected) => {
    const dir = copyDataset();
    breakIt(dir);
    const { dataset, problems } = readDataset(dir);
    expect(dataset).toBeNull();
    const lines = problems.map((p) => `${p.file}${p.at ? ` ${p.at}` : ''}: ${p.message}`);
    expect(lines.join('\n')).toMatch(expected);
  });
});
