import { describe, expect, it } from 'vitest';
import { roundAnniversaries, tiesAge, tiesAgeDuring } from './anniversary';

describe('years of diplomatic ties', () => {
  it('counts whole years for a day-precise establishment', () => {
    expect(tiesAge('1992-01-05', '2023-05-18')).toEqual({ min: 31, max: 31 });
    expect(tiesAge('1992-01-05', '2023-01-04')).toEqual({ min: 30, max: 30 });
    expect(tiesAge('1992-01-05', '2023-01-05')).toEqual({ min: 31, max: 31 });
  });

  it('handles a 29 February establishment: the anniversary falls on 1 March in common years', () => {
    expect(tiesAge('1996-02-29', '2001-02-28')).toEqual({ min: 4, max: 4 });
    expect(tiesAge('1996-02-29', '2001-03-01')).toEqual({ min: 5, max: 5 });
    expect(tiesAge('1996-02-29', '2004-02-29')).toEqual({ min: 8, max: 8 });
  });

  it('is uncertain by one within the month or year the establishment is known to', () => {
    expect(tiesAge('1992-01', '2023-01-15')).toEqual({ min: 30, max: 31 });
    expect(tiesAge('1992-01', '2023-02-01')).toEqual({ min: 31, max: 31 });
    expect(tiesAge('1992-02', '2023-02-28')).toEqual({ min: 31, max: 31 });
    expect(tiesAge('1992', '2023-05-18')).toEqual({ min: 30, max: 31 });
    expect(tiesAge('1992', '2023-12-31')).toEqual({ min: 31, max: 31 });
  });

  it('has nothing to count before the establishment', () => {
    expect(tiesAge('1992-01-05', '1992-01-04')).toBeNull();
    expect(tiesAge('1992-01-05', '1992-01-05')).toEqual({ min: 0, max: 0 });
    expect(tiesAge('1992', '1992-06-01')).toBeNull();
    expect(tiesAge('1992', '1992-12-31')).toEqual({ min: 0, max: 0 });
  });

  it('rejects a non-day reference date', () => {
    expect(() => tiesAge('1992', '2023')).toThrow(RangeError);
  });

  it('lists round anniversaries at the establishment precision', () => {
    expect(roundAnniversaries('1992-01-05', '2023-05-18').map((a) => `${a.years}@${a.date}`)).toEqual([
      '5@1997-01-05', '10@2002-01-05', '15@2007-01-05', '20@2012-01-05', '25@2017-01-05', '30@2022-01-05',
    ]);
    expect(roundAnniversaries('1992', '2002-06-01').map((a) => a.date)).toEqual(['1997', '2002']);
    expect(roundAnniversaries('1996-02-29', '2001-12-31')).toEqual([{ years: 5, date: '2001-03-01' }]);
  });
});

describe('tiesAgeDuring: the age at some time within a year or a month', () => {
  it('"this year" (2022) of ties established 3 January 1992: 29 on 1 January, 30 from 3 January', () => {
    expect(tiesAgeDuring('1992-01-03', '2022')).toEqual({ min: 29, max: 30 });
    expect(tiesAgeDuring('1992-01-03', '2022-06')).toEqual({ min: 30, max: 30 });
    expect(tiesAgeDuring('1992-01', '2022-01')).toEqual({ min: 29, max: 30 });
    expect(tiesAgeDuring('1992-01-03', '2022-06-01')).toEqual(tiesAge('1992-01-03', '2022-06-01'));
    expect(tiesAgeDuring('1992-01-03', '1991')).toBeNull();
  });
});
