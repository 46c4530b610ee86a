/**
 * The shared web page as written by the exportWebPage call, on the bundled dataset with the real viewer
 * (built here): the data reads back exactly from its JSON block, the CSP names exactly the page's script
 * and styles, hostile text never appears as markup, and bad requests change nothing and say why.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShareViewer } from '../../scripts/build-share-viewer';
import { openAppCore, type AppCore } from '../app-core';
import { DATASET_DIR } from '../../server/paths';
import { tempDbFile } from '../test/temp-db';
import { NO_FILTERS } from '../../shared/filters';
import { SHARE_DATA_ID, type SharedPage, type WebPageFile } from '../../shared/share';
import { jsonForScript } from './web-page';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';

const viewerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-viewer-'));
let core: AppCore;
beforeAll(async () => {
  await buildShareViewer(viewerDir);
  core = openAppCore({ dbFile: tempDbFile(), datasetDir: DATASET_DIR, shareViewerDir: viewerDir, jobs: 'inline', log: () => {} });
}, 60_000);
afterAll(() => {
  core.close();
  fs.rmSync(viewerDir, { recursive: true, force: true });
});

async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const r = await core.dispatch(name, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as CallOutput<K>;
}
const page = (input: CallInput<'exportWebPage'>): Promise<WebPageFile> => call('exportWebPage', input);

const dataOf = (html: string) => JSON.parse(new RegExp(`<script type="application/json" id="${SHARE_DATA_ID}">(.*?)</script>`, 's').exec(html)![1]) as SharedPage;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('exportWebPage', () => {
  it('carries the pair with every milestone, detail and source, and a CSP that allows exactly its script and styles', async () => {
    const file = await page({ scope: { kind: 'pairs', pairIds: ['CN-TJ'], filters: NO_FILTERS }, language: 'en' });
    const data = dataOf(file.text);
    expect(data.timelines[0]).toEqual(await call('getPairTimeline', { pairId: 'CN-TJ' }));
    expect(data.details.map((d) => d.id).sort()).toEqual(data.timelines[0].milestones.map((m) => m.id).sort());
    expect(data.details[0].sources).toEqual((await call('getMilestone', { id: data.details[0].id })).sources);
    expect(data.dataset.version).toBeGreaterThan(0);
    expect(file.milestones).toBe(data.timelines[0].milestones.length);

    const script = /<body>\n<div id="app"><\/div>\n<script>(.*)<\/script>\n<\/body>/s.exec(file.text)![1];
    const style = /<style>(.*?)<\/style>/s.exec(file.text)![1];
    const csp = /content="(default-src[^"]+)"/.exec(file.text)![1];
    expect(csp).toBe(`default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; font-src data:; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(script).toBe(fs.readFileSync(path.join(viewerDir, 'viewer.js'), 'utf8'));
    // Fonts: only regular and bold faces the text needs, inline; no Chinese face for an English page of Latin text.
    expect(style).toContain("font-family:'Noto Sans'");
    expect(style).not.toMatch(/url\((?!data:)/);
  });

  it('cuts the fonts to the language shown: a Chinese page embeds Chinese faces, an English one fewer bytes of them', async () => {
    const en = await page({ scope: { kind: 'pairs', pairIds: ['CN-KG'], filters: NO_FILTERS }, language: 'en' });
    const zh = await page({ scope: { kind: 'pairs', pairIds: ['CN-KG'], filters: NO_FILTERS }, language: 'zh' });
    const sc = (html: string) => (html.match(/font-family:'Noto Sans SC'/g) ?? []).length;
    expect(sc(zh.text)).toBeGreaterThan(sc(en.text));
    expect(zh.bytes).toBeLessThan(3 * 1024 * 1024);
    expect(dataOf(zh.text).messages.practice).toMatchObject({ button: '练习' });
  });

  it('keeps hostile text as data: escaped in the JSON block, never as markup', async () => {
    const title = '</script><img src=x onerror=alert(1)><!--';
    const made = await core.dispatch('createMilestone', { milestone: { pairId: 'CN-UZ', category: 'visits', title, start: '2020-05' } });
    expect(made.ok).toBe(true);
    const file = await page({ scope: { kind: 'pairs', pairIds: ['CN-UZ'], filters: NO_FILTERS }, language: 'ar', title: '<b>My class</b>' });
    expect(file.text).not.toContain('<img src=x');
    expect(file.text).not.toContain('</script><img');
    expect(file.text).toContain('<title>&#60;b&#62;My class&#60;/b&#62;</title>');
    const data = dataOf(file.text);
    expect(data.timelines[0].milestones.some((m) => m.title === title)).toBe(true);
    expect(data.title).toBe('<b>My class</b>');
    expect(jsonForScript({ s: '\u2028<&>' })).toBe('{"s":"\\u2028\\u003c\\u0026\\u003e"}');
  });

  it('shares a story in its own order over its pairs, filters a pair, and leaves practice out when asked', async () => {
    const tj = await call('getPairTimeline', { pairId: 'CN-TJ' });
    const kg = await call('getPairTimeline', { pairId: 'CN-KG' });
    const ids = [kg.milestones[3].id, tj.milestones[0].id, tj.milestones[5].id];
    const story = await call('saveStory', { id: null, name: 'Lesson 3', milestoneIds: ids });
    const file = await page({ scope: { kind: 'story', id: story.value.id }, language: 'zh', practice: false });
    const data = dataOf(file.text);
    expect(data.title).toBe('Lesson 3');
    expect(data.story?.order).toEqual(ids);
    expect(data.practice).toBe(false);
    expect(data.timelines.map((t) => t.pair.id).sort()).toEqual(['CN-KG', 'CN-TJ']);
    expect(data.timelines.flatMap((t) => t.milestones).length).toBe(3);
    // Bands stay the pairs' whole history.
    expect(data.timelines.find((t) => t.pair.id === 'CN-TJ')!.bands).toEqual(tj.bands);

    const filtered = dataOf((await page({ scope: { kind: 'pairs', pairIds: ['CN-TJ'], filters: { ...NO_FILTERS, categories: ['agreements'] } } })).text);
    expect(filtered.timelines[0].milestones.length).toBeGreaterThan(0);
    expect(filtered.timelines[0].milestones.every((m) => m.category === 'agreements')).toBe(true);
  });

  it('refuses an unknown pair or story, a pair twice and an unknown language, with clear messages', async () => {
    const unknown = await core.dispatch('exportWebPage', { scope: { kind: 'pairs', pairIds: ['CN-ZZ'], filters: NO_FILTERS } });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'not_found', reason: { key: 'noSuchPair', params: { pairId: 'CN-ZZ' } } });
    const story = await core.dispatch('exportWebPage', { scope: { kind: 'story', id: 99999 } });
    expect(!story.ok && story.error.code).toBe('not_found');
    const twice = await core.dispatch('exportWebPage', { scope: { kind: 'pairs', pairIds: ['CN-TJ', 'CN-TJ'], filters: NO_FILTERS } });
    expect(!twice.ok && twice.error.code).toBe('invalid_input');
    const lang = await core.dispatch('exportWebPage', { scope: { kind: 'pairs', pairIds: ['CN-TJ'], filters: NO_FILTERS }, language: 'fr' });
    expect(!lang.ok && lang.error.code).toBe('invalid_input');
  });

  it('says the viewer is missing when the host has none built', async () => {
    const bare = openAppCore({ dbFile: tempDbFile(), datasetDir: DATASET_DIR, shareViewerDir: path.join(viewerDir, 'nowhere'), jobs: 'inline', log: () => {} });
    try {
      const r = await bare.dispatch('exportWebPage', { scope: { kind: 'pairs', pairIds: ['CN-TJ'], filters: NO_FILTERS } });
      expect(!r.ok && r.error).toMatchObject({ code: 'unavailable', reason: { key: 'share.noViewer' } });
    } finally {
      bare.close();
    }
  });
});
