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

describe('the bundled dataset', () => {
  it('is valid', () => {
    const { dataset, problems } = readDataset(DATASET_DIR);
    expect(problems).toEqual([]);
    expect(dataset?.pairs.length).toBeGreaterThanOrEqual(2);
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
