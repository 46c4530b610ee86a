import { describe, expect, it } from 'vitest';
import { comparePartialDates, endInstant, parsePartialDate, precisionOf, startInstant } from './dates';

describe('partial dates', () => {
  it('parses each precision', () => {
    expect(parsePartialDate('2019')).toEqual({ year: 2019, month: null, day: null, precision: 'year' });
    expect(parsePartialDate('2019-06')).toMatchObject({ month: 6, precision: 'month' });
    expect(parsePartialDate('2019-06-15')).toMatchObject({ day: 15, precision: 'day' });
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2023-02-29', '2023-13', '2023-00', '2023-04-31', '19', '2019-6-1', '2019-06-15T00:00', ' 2019', '', '0000']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
  });

  it('knows the Gregorian leap years, the centuries and the first ones included', () => {
    for (const leap of ['2000-02-29', '2024-02-29', '1600-02-29', '0004-02-29', '0400-02-29']) expect(parsePartialDate(leap), leap).not.toBeNull();
    for (const common of ['1900-02-29', '2100-02-29', '0100-02-29', '0001-02-29', '2023-02-29']) expect(parsePartialDate(common), common).toBeNull();
    expect(parsePartialDate('2023-12-31')).not.toBeNull();
    expect(parsePartialDate('2023-11-31')).toBeNull();
  });

  it('spans the whole year or month it names', () => {
    expect(startInstant('2019').toISOString()).toBe('2019-01-01T00:00:00.000Z');
    expect(endInstant('2019').toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(endInstant('2024-02').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(endInstant('2023-12-31').toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('orders coarser dates first within their span', () => {
    const sorted = ['2019-06-15', '2019', '2018-12-31', '2019-06'].sort(comparePartialDates);
    expect(sorted).toEqual(['2018-12-31', '2019', '2019-06', '2019-06-15']);
    expect(precisionOf('2019-06')).toBe('month');
  });
});
