/**
 * One writer per table: only the milestones repository writes the milestone tables (the seed, the import,
 * the handlers and the pairs repository call it). Migrations, which change the schema, are the exception.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');
const WRITES = /\b(INSERT(\s+OR\s+\w+)?\s+INTO|UPDATE(\s+OR\s+\w+)?|DELETE\s+FROM)\s+(milestones|milestone_sources|milestone_pairs)\b/i;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' || e.name === 'node_modules' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('the milestone tables have one writer', () => {
  it('no statement outside repositories/milestones.ts writes milestones, milestone_sources or milestone_pairs', () => {
    const writers = ['data', 'server', 'electron', 'scripts', 'shared']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .filter((file) => WRITES.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(writers).toEqual(['data/repositories/milestones.ts']);
  });
});
