import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  dayOffset,
  monthOffset,
  quarterOffset,
  weekdayValue,
  weekendValue,
  weekOffset,
  yearOfMonth,
  yearOfMonthDay,
} from '../../src/dates/anchor.js';

const at = (iso: string) => {
  const a = anchorOf(iso);
  if (!a) throw new Error(`bad anchor ${iso}`);
  return a;
};

describe('anchorOf', () => {
  it('reads ISO dates and rejects impossible ones', () => {
    expect(anchorOf('2020-02-29')?.day).toBe(29);
    expect(anchorOf('2019-02-29')).toBeNull();
    expect(anchorOf('2019-13-01')).toBeNull();
    expect(anchorOf('January 15')).toBeNull();
    expect(anchorOf(undefined)).toBeNull();
  });
});

describe('calendar arithmetic (date-fns)', () => {
  it.each([
    ['2019-01-01', -1, '2018-12-31'],
    ['2020-03-01', -1, '2020-02-29'],
    ['2019-03-01', -1, '2019-02-28'],
    ['2020-12-31', 1, '2021-01-01'],
  ])('day %s %+d = %s', (iso, n, want) => {
    expect(dayOffset(at(iso), n)).toBe(want);
  });

  it('counts months, quarters and ISO weeks across year ends', () => {
    expect(monthOffset(at('2019-01-15'), -1)).toBe('2018-12');
    expect(quarterOffset(at('2019-02-10'), -1)).toBe('2018-Q4');
    expect(quarterOffset(at('2019-11-02'), -5)).toBe('2018-Q3');
    expect(weekOffset(at('2021-01-05'), -1)).toBe('2020-W53');
    expect(weekOffset(at('2018-12-31'), 0)).toBe('2019-W01');
  });

  it('finds the weekend and weekdays around the anchor', () => {
    expect(weekendValue(at('2019-01-15'), 'past')).toBe('2019-W02-WE');
    expect(weekendValue(at('2019-01-15'), 'future')).toBe('2019-W03-WE');
    expect(weekdayValue(at('2019-01-15'), 2, 'past')).toBe('2019-01-15');
    expect(weekdayValue(at('2019-01-15'), 2, 'past', true)).toBe('2019-01-08');
    expect(weekdayValue(at('2019-01-15'), 5, 'future')).toBe('2019-01-18');
  });

  it('gives a bare month or day the nearest year, the tense breaking ties', () => {
    expect(yearOfMonthDay(at('2019-01-03'), 12, 28, 'past')).toBe(2018);
    expect(yearOfMonthDay(at('2018-12-29'), 1, 4, 'future')).toBe(2019);
    expect(yearOfMonth(at('2019-01-15'), 11, 'none')).toBe(2018);
    expect(yearOfMonth(at('2019-11-02'), 1, 'none')).toBe(2020);
    expect(yearOfMonth(at('2019-08-20'), 8, 'past', true)).toBe(2018);
  });

  it('keeps unknown parts as X without an anchor', () => {
    expect(dayOffset(null, -1)).toBe('XXXX-XX-XX');
    expect(weekOffset(null, 0)).toBe('XXXX-WXX');
    expect(weekdayValue(null, 3, 'past')).toBe('XXXX-WXX-3');
  });
});
