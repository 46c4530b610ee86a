import { describe, expect, it } from 'vitest';
import { atPrecision, comparePartialDates, shiftDates } from './dates';

const DAY = 86_400_000;

describe('moving dates by a drag', () => {
  it('keeps each precision', () => {
    expect(shiftDates('2019', null, 400 * DAY)).toEqual({ start: '2020', end: null });
    expect(shiftDates('2019-06', null, 31 * DAY)).toEqual({ start: '2019-07', end: null });
    expect(shiftDates('2019-06-15', '2019-06-17', 2 * DAY)).toEqual({ start: '2019-06-17', end: '2019-06-19' });
    expect(shiftDates('2013', '2017-08', -365 * DAY)).toEqual({ start: '2012', end: '2016-08' });
  });
  it('never puts the end before the start', () => {
    const moved = shiftDates('2019-12', '2020', 20 * DAY);
    expect(moved.start).toBe('2020-01');
    expect(comparePartialDates(moved.end!, moved.start)).toBeGreaterThanOrEqual(0);
  });
  it('formats an instant at a precision', () => {
    expect(atPrecision(new Date(Date.UTC(2024, 1, 29)), 'month')).toBe('2024-02');
  });
});
