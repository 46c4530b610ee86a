/**
 * The start reads only the manifest's version: a database that already holds the bundled version opens
 * without reading the dataset files; the files are read (and checked) when the version is new or a reset
 * needs them. Each case runs on a copy of the bundled dataset that the test damages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from './app-core';
import { DATASET_DIR, tempDbFile, tempDir } from './test/temp-db';
import { createClient } from '../shared/api/client';

const opened: AppCore[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

function open(dbFile: string, datasetDir: string): AppCore {
  const core = openAppCore({ dbFile, datasetDir, jobs: 'inline', log: () => {} });
  opened.push(core);
  return core;
}

/** A copy of the bundled dataset whose first pair file no longer parses. */
function damagedCopy(): string {
  const dir = path.join(tempDir(), 'dataset');
  fs.cpSync(DATASET_DIR, dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { pairs: string[] };
  fs.writeFileSync(path.join(dir, 'pairs', `${manifest.pairs[0]}.json`), '{ not json');
  return dir;
}

function bumpVersion(dir: string): void {
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number };
  fs.writeFileSync(file, JSON.stringify({ ...manifest, version: manifest.version + 1 }));
}

describe('the bundled dataset at start', () => {
  it('a first run reads and checks the files: a damaged dataset is refused', () => {
    expect(() => open(tempDbFile(), damagedCopy())).toThrow(/bundled dataset is invalid/);
  });

  it('a database at the bundled version opens without reading the files; a newer version reads them', async () => {
    const dbFile = tempDbFile();
    const seeded = open(dbFile, DATASET_DIR);
    const pairs = await createClient(seeded.dispatch).listPairs({});
    expect(pairs.length).toBeGreaterThan(0);
    seeded.close();
    opened.pop();

    const damaged = damagedCopy();
    const again = open(dbFile, damaged);
    expect(await createClient(again.dispatch).listPairs({})).toEqual(pairs);
    again.close();
    opened.pop();

    bumpVersion(damaged);
    expect(() => open(dbFile, damaged)).toThrow(/bundled dataset is invalid/);
  });

  it('resetting an edited milestone reads the files on first use', async () => {
    const dbFile = tempDbFile();
    open(dbFile, DATASET_DIR).close();
    opened.pop();
    const dir = path.join(tempDir(), 'dataset');
    fs.cpSync(DATASET_DIR, dir, { recursive: true });
    const core = open(dbFile, dir);
    const api = createClient(core.dispatch);
    const id = core.db.prepare("SELECT id FROM milestones WHERE dataset_key = 'cn-kg-2023-05-18-new-era-partnership'").pluck().get() as number;
    const shipped = await api.getMilestone({ id });
    await api.updateMilestone({ id, milestone: { pairId: shipped.pairId, category: shipped.category, title: 'My wording', start: shipped.start, levelId: shipped.level?.id ?? null, sources: [] } });
    // Read now, at the reset, not at the start: damaging them before the reset makes it fail.
    fs.writeFileSync(path.join(dir, 'sources', fs.readdirSync(path.join(dir, 'sources'))[0]), '{ not json');
    await expect(api.resetMilestone({ id })).rejects.toMatchObject({ code: 'internal' });
    expect((await api.getMilestone({ id })).title).toBe('My wording');
  });
});
