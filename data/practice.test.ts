/**
 * Practice rounds built from the bundled dataset's real pairs: every question is answerable from the
 * data, asks no finer than the data knows, and is checked against the data (computed here independently).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from './test/test-api';
import { buildRound, checkLevel, checkOrder, checkWhen, levelYears, type PracticeData, type Question } from '../shared/practice';
import { endInstant, parsePartialDate, startInstant } from '../shared/dates';
import type { PairTimeline } from '../shared/domain';

let t: TestApi;
let timelines: PairTimeline[];
beforeAll(async () => {
  t = openTestApi();
  timelines = await Promise.all((await t.api.listPairs({})).map((p) => t.api.getPairTimeline({ pairId: p.id })));
});
afterAll(() => t.core.close());

const practiceData = (tl: PairTimeline): PracticeData => ({
  milestones: tl.milestones.map((m) => ({ ...m, pairId: tl.pair.id })),
  pairs: [{ id: tl.pair.id, ladder: tl.ladder, bands: tl.bands }],
});

/** The level in force over all of `year`, from the milestones alone: none set in that year, the latest before it. */
function levelInForceAllYear(tl: PairTimeline, year: number): number | null {
  const setters = tl.milestones.filter((m) => m.levelId !== null);
  const jan1 = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  if (setters.some((m) => endInstant(m.start).getTime() > jan1 && startInstant(m.start).getTime() < next)) return null;
  const before = setters.filter((m) => endInstant(m.start).getTime() <= jan1).sort((a, b) => startInstant(b.start).getTime() - startInstant(a.start).getTime());
  return before[0]?.levelId ?? null;
}

describe('practice rounds from the bundled pairs', () => {
  it('build rounds of every kind for the real pairs', () => {
    const kinds = new Set<string>();
    for (const tl of timelines) for (const q of buildRound(practiceData(tl), { seed: 7, lastYear: 2025 })) kinds.add(q.kind);
    expect([...kinds].sort()).toEqual(['level', 'order', 'when']);
  });

  it('ask "when" only to the precision the date is known to, and check answers against it', () => {
    let asked = 0;
    for (const tl of timelines) {
      for (let seed = 1; seed <= 20; seed++) {
        for (const q of buildRound(practiceData(tl), { seed, lastYear: 2025 }).filter((x): x is Extract<Question, { kind: 'when' }> => x.kind === 'when')) {
          const m = tl.milestones.find((x) => x.id === q.milestoneId)!;
          const truth = parsePartialDate(m.start)!;
          expect(q.precision).toBe(truth.precision);
          const right = { year: truth.year, month: truth.month ?? undefined, day: truth.day ?? undefined };
          expect(checkWhen(q, right)).toBe(true);
          expect(checkWhen(q, { ...right, year: truth.year + 1 })).toBe(false);
          if (truth.precision !== 'year') expect(checkWhen(q, { ...right, month: (truth.month! % 12) + 1 })).toBe(false);
          if (truth.precision === 'day') expect(checkWhen(q, { ...right, day: (truth.day! % 28) + 1 })).toBe(false);
          // A year-only date is right for any month a student might add: the data knows no month.
          if (truth.precision === 'year') expect(checkWhen(q, { year: truth.year, month: 6 })).toBe(true);
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(50);
  });

  it('order only milestones whose dates settle their order, and check the order against the dates', () => {
    let asked = 0;
    for (const tl of timelines) {
      for (let seed = 1; seed <= 20; seed++) {
        for (const q of buildRound(practiceData(tl), { seed, lastYear: 2025 })) {
          if (q.kind !== 'order') continue;
          const spans = q.answer.map((id) => tl.milestones.find((m) => m.id === id)!).map((m) => [startInstant(m.start).getTime(), endInstant(m.end ?? m.start).getTime()]);
          for (let i = 1; i < spans.length; i++) expect(spans[i - 1][1]).toBeLessThanOrEqual(spans[i][0]);
          expect(new Set(q.shown)).toEqual(new Set(q.answer));
          expect(checkOrder(q, q.shown)).toBe(q.shown.every((id, i) => id === q.answer[i]));
          expect(checkOrder(q, q.answer)).toBe(true);
          expect(checkOrder(q, [...q.answer].reverse())).toBe(false);
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(20);
  });

  it('ask the level of a year only when one level was in force all that year, and check against the milestones', () => {
    let asked = 0;
    for (const tl of timelines) {
      for (const { year, band } of levelYears({ id: tl.pair.id, ladder: tl.ladder, bands: tl.bands }, 2025)) expect(levelInForceAllYear(tl, year)).toBe(band.levelId);
      for (let seed = 1; seed <= 20; seed++) {
        for (const q of buildRound(practiceData(tl), { seed, lastYear: 2025 })) {
          if (q.kind !== 'level') continue;
          expect(levelInForceAllYear(tl, q.year)).toBe(q.answer);
          expect(q.options).toContain(q.answer);
          expect(checkLevel(q, q.answer)).toBe(true);
          for (const other of q.options.filter((o) => o !== q.answer)) expect(checkLevel(q, other)).toBe(false);
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(20);
  });

  it('give the same round for the same seed, and a pair without milestones no questions', () => {
    const data = practiceData(timelines[0]);
    expect(buildRound(data, { seed: 3 })).toEqual(buildRound(data, { seed: 3 }));
    expect(buildRound({ milestones: [], pairs: [] }, { seed: 3 })).toEqual([]);
  });
});
