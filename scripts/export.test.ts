/** The export CLI, run as a user runs it: exit codes, messages and the files it writes. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { findChromium } from '../server/chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-cli-'));

/** `npm run export -- …`: the built command (npm test builds it before the unit tests), through the same launcher. */
function run(...args: string[]) {
  return runBuilt('export', '--dataset', ...args);
}

function runBuilt(name: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run-built.mjs'), name, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each run starts Node (and a database, and for PNG a browser): seconds, not milliseconds.
describe('npm run export', { timeout: 120_000 }, () => {
  it('writes an SVG without needing a browser', () => {
    const out = path.join(dir, 'tj.svg');
    const r = run('--pair', 'CN-TJ', '--from', '2013', '--to', '2024', '--format', 'svg', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Exported CN-TJ: \d+ milestones \(\d+ labelled\) to .*tj\.svg \(\d+ KB\)/);
    expect(fs.readFileSync(out, 'utf8')).toContain('>China–Tajikistan, 2013–2024</text>');
  });

  it('writes the offline web page of a pair, and refuses a page without a pair or story, or of an unknown pair', () => {
    const out = path.join(dir, 'tj.html');
    const r = run('--format', 'html', '--pair', 'CN-TJ', '--lang', 'ar', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Wrote a web page of \d+ milestones to .*tj\.html \(\d+ KB\)/);
    const html = fs.readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<title>الصين–طاجيكستان</title>');
    const none = run('--format', 'html');
    expect(none.code).toBe(2);
    expect(none.err).toContain('--format html needs --pair (one or more) or --story ID');
    const unknown = run('--format', 'html', '--pair', 'CN-ZZ', '--out', path.join(dir, 'zz.html'));
    expect(unknown.code).toBe(3);
    expect(unknown.err).toContain('There is no country pair CN-ZZ');
    expect(fs.existsSync(path.join(dir, 'zz.html'))).toBe(false);
  });

  it.skipIf(!findChromium())('renders a PNG of the width asked, headless', () => {
    const out = path.join(dir, 'tj.png');
    const r = run('--pair', 'cn-tj', '--from', '2013', '--to', '2024', '--format', 'png', '--width', '3000', '--out', out);
    expect(r.code, r.err).toBe(0);
    const png = PNG.sync.read(fs.readFileSync(out));
    expect(png.width).toBe(3000);
  });

  it('says to build first when the built command is missing', () => {
    const r = runBuilt('no-such-command', '--format', 'svg');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no-such-command\.mjs is not built yet\. Run npm run build once/);
  });

  it('exits 2 with a message on bad arguments and writes nothing', () => {
    const cases: [string[], RegExp][] = [
      [['--pair', 'CN-TJ', '--format', 'gif'], /--format must be one of png, svg, pdf, html, not "gif"/],
      [['--pair', 'CN-TJ', '--width', 'wide'], /--width must be a whole number of pixels/],
      [['--pair', 'CN-TJ', '--width', '99999', '--format', 'png'], /at most 8000 pixels/],
      [['--pair', 'CN-TJ', '--from', '2023-02-30', '--format', 'svg'], /not a real date/],
      [['--pair', 'CN-TJ', '--from', '2020', '--to', '2010', '--format', 'svg'], /must end after it starts/],
      [['--format', 'svg'], /--pair is required/],
      [['--pair', 'CN-TJ', '--colour', 'red'], /Unknown option '--colour'/],
      [['--pair', 'CN-TJ', '--out', path.join(dir, 'missing', 'x.svg')], /The folder for --out does not exist/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(message);
    }
    expect(fs.readdirSync(dir).filter((f) => !/^tj\.(svg|png|html)$/.test(f))).toEqual([]);
  });

  it('writes the atlas map of a year as SVG: title, year, the tier legend and its source', () => {
    const out = path.join(dir, 'map.svg');
    const r = run('--atlas', 'map', '--year', '2015', '--format', 'svg', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Exported the atlas map: \d+ countries to .*map\.svg/);
    const svg = fs.readFileSync(out, 'utf8');
    expect(svg).toContain('>China&#39;s partnerships at the end of 2015</text>');
    expect(svg).toContain('>Strategic partnership</text>');
    expect(svg).toContain('Diplomatic partnerships of China');
    fs.rmSync(out);
  });

  it('exits 2 on bad atlas arguments and writes nothing', () => {
    const cases: [string[], RegExp][] = [
      [['--atlas', 'globe', '--format', 'svg'], /--atlas must be one of map, matrix, not "globe"/],
      [['--atlas', 'map', '--pair', 'CN-TJ'], /Give --pair or --atlas, not both/],
      [['--atlas', 'map', '--year', 'soon', '--format', 'svg'], /--year must be a year such as 2015/],
      [['--pair', 'CN-TJ', '--year', '2015'], /--year goes with --atlas/],
    ];
    const before = fs.readdirSync(dir);
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(message);
    }
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it('exits 3 for a pair the database does not have', () => {
    const r = run('--pair', 'CN-XX', '--format', 'svg', '--out', path.join(dir, 'xx.svg'));
    expect(r.code).toBe(3);
    expect(r.err).toContain('There is no country pair CN-XX in this database.');
    expect(fs.existsSync(path.join(dir, 'xx.svg'))).toBe(false);
  });

  it('writes the dyad-year panel and its codebook beside it; refuses a panel file that is not .csv', () => {
    const panelDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-panel-'));
    const out = path.join(panelDir, 'panel.csv');
    const r = run('--panel', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Exported the dyad-year panel: \d+ rows to .*panel\.csv, codebook .*panel\.codebook\.md\n.*\(Version \d+/);
    expect(fs.readFileSync(out, 'utf8').split('\n')[0]).toBe('iso3,cow,iso2,country,pair_id,region,subregion,year,relations,status,level_key,tier,visits,summits,agreements');
    expect(fs.readFileSync(path.join(panelDir, 'panel.codebook.md'), 'utf8')).toMatch(/^# Codebook: panel\.csv\n/);
    const bad = run('--panel', path.join(panelDir, 'panel.txt'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--panel names a \.csv file/);
    expect(fs.readdirSync(panelDir).sort()).toEqual(['panel.codebook.md', 'panel.csv']);
  });
});
