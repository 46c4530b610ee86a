import { describe, expect, it } from 'vitest';
import { checkMilestone, checkMilestoneWithSchema } from './validate-row';
import { MILESTONE_FIELDS, PlannedRows } from './planned-rows';
import { cleanRow } from './clean-text';

const full = {
  category: 'visits', title: 'A visit «مرحبا» 访问 😀', titleAr: 'زيارة', titleZh: '访问', summary: 'Two\nlines', place: 'Dushanbe', people: ['A', 'B'],
  start: '2020-02', end: '2020-03', level: 'strategic', datasetKey: 'k-1', modified: true, established: true, summaryAr: 'ملخص', summaryZh: null,
  alsoPairs: ['CN-KZ'], translated: ['title_ar'], quote: 'q', quoteLanguage: 'zh', disagreement: 'On the date.',
  sources: [{ publisher: 'P', title: 'T', date: '2020', language: 'en', url: 'https://example.org/x', kind: 'treaty' }, { publisher: 'Q', title: 'U', date: null, language: 'ru', url: null }],
};

/** Absent and null are the same to the commit (it writes `?? null`). */
const nullish = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x) => (x === undefined ? null : x)));

describe('PlannedRows', () => {
  it('stores every field the row check gives (fast path and zod alike), and gives the rows back in order', () => {
    const rows = new PlannedRows();
    const checked = [checkMilestone(structuredClone(full)), checkMilestoneWithSchema(structuredClone(full)), checkMilestone({ category: 'economy', title: 'x', start: '1999' })];
    const planned = checked.map((c, i) => {
      if (!c.ok) throw new Error(c.problem.message);
      for (const key of Object.keys(c.value)) expect([...MILESTONE_FIELDS, 'sources']).toContain(key);
      return { pairId: `CN-T${'JKM'[i]}`, m: c.value };
    });
    for (const p of planned) rows.push(p);
    expect(rows.length).toBe(3);
    expect(nullish([...rows])).toEqual(nullish(planned.map((p) => ({ ...p, m: { ...p.m, sources: p.m.sources.map((s) => ({ kind: null, ...s })) } }))));
  });

  it('spans buffers, and leaves out dropped rows', () => {
    const rows = new PlannedRows();
    const m = checkMilestone({ category: 'economy', title: 'y'.repeat(300), summary: '摘'.repeat(4000), start: '1999' });
    if (!m.ok) throw new Error('invalid');
    for (let i = 0; i < 2000; i++) rows.push({ pairId: 'CN-TJ', m: { ...m.value, start: String(1000 + i) } });
    rows.drop(5);
    expect(rows.length).toBe(1999);
    const starts = [...rows].map((r) => r.m.start);
    expect(starts.length).toBe(1999);
    expect(starts.slice(4, 6)).toEqual(['1004', '1006']);
    expect(starts.at(-1)).toBe('2999');
    expect(rows.first(2).map((r) => r.m.summary)).toEqual([m.value.summary, m.value.summary]);
  });

  it('relies on row text never holding its separators: the row cleaning refuses NUL and removes U+0001 and U+0002', () => {
    const row: Record<string, unknown> = { title: 'a\u0001b\u0002c', people: ['x\u0002y'], sources: [{ title: '\u0001' }] };
    expect(cleanRow(row)).toBeNull();
    expect(row).toEqual({ title: 'abc', people: ['xy'], sources: [{ title: '' }] });
    expect(cleanRow({ title: 'a\u0000b' })?.why.key).toBe('importRow.nul');
  });
});
