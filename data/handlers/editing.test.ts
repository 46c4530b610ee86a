import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { apiError, openTestApi, validMilestone, type TestApi } from '../test/test-api';

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

describe('undo and redo', () => {
  it('undo of an add, an edit and a delete each give back the exact previous database', async () => {
    const { api, snapshot } = t;
    const s0 = snapshot();
    const created = (await api.createMilestone({ milestone: validMilestone })).value;
    const s1 = snapshot();
    await api.updateMilestone({ id: created.id, milestone: { ...validMilestone, title: 'Renamed', sources: [] } });
    const s2 = snapshot();
    const deleted = await api.deleteMilestone({ id: created.id });
    expect(deleted.history.undoLabel).toBe('Delete “Renamed”');
    expect(snapshot()).not.toBe(s2);

    await api.undo({});
    expect(snapshot()).toBe(s2);
    await api.undo({});
    expect(snapshot()).toBe(s1);
    const state = await api.undo({});
    expect(snapshot()).toBe(s0);
    expect(state).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Add “A test agreement”' });

    await api.redo({});
    expect(snapshot()).toBe(s1);
    await api.redo({});
    expect(snapshot()).toBe(s2);
    await api.redo({});
    expect((await api.historyState({})).canRedo).toBe(false);
    await apiError(api.getMilestone({ id: created.id }));
  });

  it('deleting a bundled milestone (with its links and the pair pointing at it) is undone completely', async () => {
    const { api, core, snapshot } = t;
    const before = snapshot();
    const established = core.db.prepare("SELECT established_milestone_id FROM pairs WHERE id = 'CN-KG'").pluck().get() as number;
    await api.deleteMilestone({ id: established });
    expect((await api.listPairs({})).find((p) => p.id === 'CN-KG')?.established).toBeNull();
    await api.undo({});
    expect(snapshot()).toBe(before);
    expect((await api.listPairs({})).find((p) => p.id === 'CN-KG')?.established).toBe('1992-01-05');
  });

  it('deleting a pair removes its milestones; undo brings all of them back', async () => {
    const { api, snapshot } = t;
    const before = snapshot();
    await api.deletePair({ id: 'CN-TJ' });
    expect((await api.listPairs({})).map((p) => p.id)).not.toContain('CN-TJ');
    await api.undo({});
    expect(snapshot()).toBe(before);
  });

  it('a new edit after undo clears redo; a refused edit leaves history alone', async () => {
    const { api, snapshot } = t;
    await api.createMilestone({ milestone: validMilestone });
    await api.undo({});
    await api.createMilestone({ milestone: { ...validMilestone, title: 'Other' } });
    expect(await api.historyState({})).toMatchObject({ canRedo: false, undoLabel: 'Add “Other”' });
    const before = snapshot();
    await apiError(api.createMilestone({ milestone: { ...validMilestone, start: '2023-02-30' } }));
    expect(snapshot()).toBe(before);
    expect((await api.historyState({})).undoLabel).toBe('Add “Other”');
  });

  it('is kept by the core, so a reloaded renderer (a new client) can still undo', async () => {
    const { api, core, snapshot } = t;
    const before = snapshot();
    await api.createMilestone({ milestone: validMilestone });
    const reloaded = createClient((name, input) => core.dispatch(name, input));
    expect((await reloaded.historyState({})).undoLabel).toBe('Add “A test agreement”');
    await reloaded.undo({});
    expect(snapshot()).toBe(before);
  });
});

describe('editing bundled milestones', () => {
  it('marks an edited bundled milestone modified; reset gives back the shipped text and sources', async () => {
    const { api, core } = t;
    const id = core.db.prepare("SELECT id FROM milestones WHERE dataset_key = 'cn-kg-2023-05-18-new-era-partnership'").pluck().get() as number;
    const shipped = await api.getMilestone({ id });
    expect(shipped).toMatchObject({ bundled: true, modified: false });
    const edited = await api.updateMilestone({
      id,
      milestone: { pairId: shipped.pairId, category: shipped.category, title: 'My wording', start: shipped.start, levelId: shipped.level?.id ?? null, sources: [] },
    });
    expect(edited.value).toMatchObject({ title: 'My wording', modified: true, sources: [] });
    const reset = await api.resetMilestone({ id });
    expect(reset.value).toEqual(shipped);
    await api.undo({});
    expect((await api.getMilestone({ id })).title).toBe('My wording');
  });

  it('an edited translation is the user\'s text: only the fields the edit changed lose the editors\' translation mark', async () => {
    const { api, core } = t;
    const id = core.db.prepare("SELECT id FROM milestones WHERE dataset_key = 'cn-kz-1993-10-nazarbayev-first-visit'").pluck().get() as number;
    const shipped = await api.getMilestone({ id });
    expect(shipped.translated).toEqual(expect.arrayContaining(['title_ar', 'title_zh', 'summary_ar', 'summary_zh']));
    const input = {
      pairId: shipped.pairId, category: shipped.category, title: shipped.title, titleAr: shipped.titleAr, titleZh: shipped.titleZh,
      summary: shipped.summary, summaryAr: shipped.summaryAr, summaryZh: shipped.summaryZh, place: shipped.place, people: shipped.people,
      start: shipped.start, end: shipped.end, levelId: shipped.level?.id ?? null, sources: [],
    };
    const same = await api.updateMilestone({ id, milestone: input });
    expect(same.value.translated).toEqual(shipped.translated);
    const edited = await api.updateMilestone({ id, milestone: { ...input, summaryAr: 'نص كتبه المستخدم.' } });
    expect(edited.value.summaryAr).toBe('نص كتبه المستخدم.');
    expect(edited.value.translated).toEqual(shipped.translated!.filter((f) => f !== 'summary_ar'));
    await api.undo({});
    expect((await api.getMilestone({ id })).translated).toEqual(shipped.translated);
    const reset = await api.resetMilestone({ id });
    expect(reset.value).toEqual(shipped);
  });

  it('moving a milestone by drag keeps the precision of the dates given', async () => {
    const { api } = t;
    const created = (await api.createMilestone({ milestone: validMilestone })).value;
    const moved = await api.moveMilestone({ id: created.id, start: '2022-05', end: '2022-07-01' });
    expect(moved.value).toMatchObject({ start: '2022-05', end: '2022-07-01', modified: false });
    expect((await apiError(api.moveMilestone({ id: created.id, start: '2022-05', end: '2021' }))).message).toMatch(/end date is before/);
  });

  it('refuses a user milestone reset, a pair of one country and a country still in a pair', async () => {
    const { api, snapshot } = t;
    const created = (await api.createMilestone({ milestone: validMilestone })).value;
    const before = snapshot();
    expect((await apiError(api.resetMilestone({ id: created.id }))).code).toBe('conflict');
    expect((await apiError(api.createPair({ a: 'CN', b: 'cn' }))).code).toBe('invalid_input');
    expect((await apiError(api.deleteCountry({ code: 'TJ' }))).message).toMatch(/delete the pair first/);
    expect((await apiError(api.createPair({ a: 'CN', b: 'ZZ' }))).message).toMatch(/no country ZZ/);
    expect(snapshot()).toBe(before);
  });

  it('adds a country and a pair, in any order of codes', async () => {
    const { api } = t;
    // Bhutan: a country the bundled world pairs do not hold (it has no relations with the People's Republic).
    await api.saveCountry({ code: 'bt', name: { en: 'Bhutan', ar: 'بوتان', zh: '不丹' } });
    const pair = (await api.createPair({ a: 'CN', b: 'BT' })).value;
    expect(pair).toMatchObject({ id: 'BT-CN', a: { code: 'BT', name: { ar: 'بوتان' } }, milestoneCount: 0 });
    expect((await apiError(api.createPair({ a: 'BT', b: 'CN' }))).code).toBe('conflict');
  });
});
