/**
 * The renderer's keyed reads against a real core on a real SQLite file: a comparison is built from the
 * same timeline reads the chart uses (one core call per pair), an edit's invalidation reads again what a
 * view shows and forgets the rest, and the selected milestone is let go once an edit deleted it.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { validMilestone, type TestApi } from '../../../data/test/test-api';

const calls: string[] = [];
const t: TestApi = vi.hoisted(() => ({}) as TestApi);
vi.mock('../api/api', async () => {
  const { openTestApi: open } = await import('../../../data/test/test-api');
  Object.assign(t, open());
  // Every call the renderer makes, by name, to count them.
  const api = new Proxy(t.api, { get: (target, name: string) => (input: unknown) => (calls.push(name), (target as never as Record<string, (i: unknown) => unknown>)[name](input)) });
  return { api };
});

const { clearQueries, fetchQuery, peekQuery, subscribeQuery } = await import('./query-cache');
const { invalidateReads, reads } = await import('./reads');
const { refreshViews } = await import('../store/open-pair');
const { useAppStore } = await import('../store/app-store');

afterAll(() => t.core.close());
beforeEach(() => {
  clearQueries();
  calls.length = 0;
});

describe('keyed reads', () => {
  it('a comparison reuses the timelines already read, and concurrent asks share one call', async () => {
    await fetchQuery(reads.timeline('CN-TJ'));
    const [a, b] = await Promise.all([fetchQuery(reads.comparison(['CN-TJ', 'CN-KG'])), fetchQuery(reads.comparison(['CN-TJ', 'CN-KG']))]);
    expect(a).toBe(b);
    expect(a.map((tl) => tl.pair.id)).toEqual(['CN-TJ', 'CN-KG']);
    expect(calls.filter((c) => c === 'getPairTimeline')).toHaveLength(2);
    expect(peekQuery(reads.timeline('CN-KG')).status).toBe('ready');
  });

  it('an invalidation reads again what a view shows (and its parts), and forgets what none shows', async () => {
    const shown = reads.comparison(['CN-TJ', 'CN-KG']);
    const unsubscribe = subscribeQuery(shown, () => {});
    const before = await fetchQuery(shown);
    await fetchQuery(reads.pairs());
    const { value } = await t.api.createMilestone({ milestone: validMilestone });
    await invalidateReads();
    const after = peekQuery(shown).data;
    expect(after?.[0].milestones.length).toBe(before[0].milestones.length + 1);
    expect(after?.[0].milestones.some((m) => m.id === value.id)).toBe(true);
    // Nobody showed the pairs: dropped, not read again until asked.
    expect(peekQuery(reads.pairs()).status).toBe('idle');
    unsubscribe();
  });

  it('after deleting the selected milestone, the selection is let go', async () => {
    const { value } = await t.api.createMilestone({ milestone: validMilestone });
    await useAppStore.getState().select(value.id);
    const unsubscribe = subscribeQuery(reads.milestone(value.id), () => {});
    expect(peekQuery(reads.milestone(value.id)).data?.title).toBe(validMilestone.title);
    await t.api.deleteMilestone({ id: value.id });
    await refreshViews();
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(useAppStore.getState().error).toBeNull();
    unsubscribe();
  });
});
