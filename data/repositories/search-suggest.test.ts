import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { editDistance } from './search-suggest';

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

describe('search suggestions', () => {
  it('measures edits, adjacent swaps included, and stops past the limit', () => {
    expect(editDistance('astna', 'astana', 2)).toBe(1);
    expect(editDistance('astnaa', 'astana', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('offers "Astana" for "Astna" (a typo that finds nothing), and the suggestion finds milestones', async () => {
    const { api } = t;
    const typo = await api.search({ query: 'Astna' });
    expect(typo.total).toBe(0);
    expect(typo.suggestions?.[0]).toBe('Astana');
    expect((await api.search({ query: typo.suggestions![0] })).total).toBeGreaterThan(0);
  });

  it('corrects only the unknown word of several, keeps the known ones, and says nothing when the search finds something', async () => {
    const { api } = t;
    const { suggestions } = await api.search({ query: 'Astna summit' });
    expect(suggestions?.[0]).toBe('Astana summit');
    expect((await api.search({ query: 'Astana' })).suggestions).toBeUndefined();
  });

  it('offers only what finds something under the filters, and nothing for a word far from every indexed one', async () => {
    const { api } = t;
    await api.createMilestone({ milestone: { ...validMilestone, title: 'Zyxwquart festival' } });
    expect((await api.search({ query: 'Zyxwquartt' })).suggestions).toEqual(['Zyxwquart']);
    // Limited to a pair that does not hold it, the correction would find nothing there: not offered.
    expect((await api.search({ query: 'Zyxwquartt', pairIds: ['CN-KZ'] })).suggestions).toBeUndefined();
    expect((await api.search({ query: 'qqqqqqqqqq' })).suggestions).toBeUndefined();
  });

  it('reads the vocabulary anew once the index changes: a word added after a search is offered for the same typo', async () => {
    const { api } = t;
    // The first search reads (and keeps) the words under "z" and "y": "Zyxwquart" is not among them yet.
    expect((await api.search({ query: 'Zyxwquartt' })).suggestions).toBeUndefined();
    const created = await api.createMilestone({ milestone: { ...validMilestone, title: 'Zyxwquart festival' } });
    expect((await api.search({ query: 'Zyxwquartt' })).suggestions).toEqual(['Zyxwquart']);
    await api.deleteMilestone({ id: created.value.id });
    expect((await api.search({ query: 'Zyxwquartt' })).suggestions).toBeUndefined();
  });
});
