import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, openTestApi, type TestApi } from '../test/test-api';

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

async function someMilestones(pairId: string, n: number) {
  return (await t.api.getPairTimeline({ pairId })).milestones.slice(0, n);
}

describe('stories', () => {
  it('keeps the chosen order, across pairs, and lists the pairs it touches', async () => {
    const [a, b] = await someMilestones('CN-TJ', 2);
    const [c] = await someMilestones('CN-KG', 1);
    const { value } = await t.api.saveStory({ name: 'Two neighbours', milestoneIds: [c.id, b.id, a.id] });
    expect(value.milestones.map((m) => m.id)).toEqual([c.id, b.id, a.id]);
    expect((await t.api.getStory({ id: value.id })).milestones.map((m) => m.pairId)).toEqual(['CN-KG', 'CN-TJ', 'CN-TJ']);
    expect(await t.api.listStories({})).toEqual([{ id: value.id, name: 'Two neighbours', count: 3, pairIds: ['CN-KG', 'CN-TJ'] }]);

    const edited = await t.api.saveStory({ id: value.id, name: 'Renamed', milestoneIds: [a.id] });
    expect(edited.value).toMatchObject({ id: value.id, name: 'Renamed', milestones: [{ id: a.id }] });
  });

  it('is undoable: save and delete are steps of the history', async () => {
    const [a] = await someMilestones('CN-TJ', 1);
    const { value, history } = await t.api.saveStory({ name: 'Lesson 1', milestoneIds: [a.id] });
    expect(history.undoLabel).toBe('Create story “Lesson 1”');
    await t.api.deleteStory({ id: value.id });
    expect(await t.api.listStories({})).toEqual([]);
    await t.api.undo({});
    expect((await t.api.getStory({ id: value.id })).milestones.map((m) => m.id)).toEqual([a.id]);
    await t.api.undo({});
    expect(await t.api.listStories({})).toEqual([]);
  });

  it('loses a milestone that is deleted, and gets it back when the deletion is undone', async () => {
    const [a, b] = await someMilestones('CN-TJ', 2);
    const { value } = await t.api.saveStory({ name: 'Lesson', milestoneIds: [a.id, b.id] });
    await t.api.deleteMilestone({ id: a.id });
    expect((await t.api.getStory({ id: value.id })).milestones.map((m) => m.id)).toEqual([b.id]);
    await t.api.undo({});
    expect((await t.api.getStory({ id: value.id })).milestones.map((m) => m.id)).toEqual([a.id, b.id]);
  });

  it('refuses an empty, duplicated, unknown or nameless story and changes nothing', async () => {
    const [a] = await someMilestones('CN-TJ', 1);
    const before = t.snapshot();
    expect((await apiError(t.api.saveStory({ name: 'x', milestoneIds: [] }))).message).toMatch(/at least one milestone/);
    expect((await apiError(t.api.saveStory({ name: 'x', milestoneIds: [a.id, a.id] }))).message).toMatch(/twice/);
    expect((await apiError(t.api.saveStory({ name: '   ', milestoneIds: [a.id] }))).message).toMatch(/name/);
    expect((await apiError(t.api.saveStory({ name: 'x', milestoneIds: [a.id, 999_999] }))).message).toMatch(/Milestone 999999 does not exist/);
    expect((await apiError(t.api.saveStory({ id: 424242, name: 'x', milestoneIds: [a.id] }))).code).toBe('not_found');
    expect((await apiError(t.api.getStory({ id: 424242 }))).code).toBe('not_found');
    expect(t.snapshot()).toBe(before);
  });
});
