import { describe, expect, it } from 'vitest';
import { scoreTimex, timexScores } from '../../src/eval/timex.js';
import type { DateMention, DateType } from '../../src/types.js';
import { at, docWith } from './helpers.js';

const TEXT = 'March 3, 2008\nThe board met last Tuesday and will meet again in two weeks.';

function date(needle: string, value: string, type: DateType = 'date'): DateMention {
  return { ...at(TEXT, needle), id: `d${needle.length}`, type, value, rule: 'test' };
}

const GOLD = [
  { ...at(TEXT, 'last Tuesday'), type: 'DATE', value: '2008-02-26' },
  { ...at(TEXT, 'two weeks'), type: 'DURATION', value: 'P2W' },
];

function score(dates: DateMention[], extra: object = {}) {
  return timexScores(scoreTimex({ id: 't', text: TEXT, timexes: GOLD, ...extra }, docWith(TEXT, { dates })));
}

describe('scoreTimex', () => {
  it.each([
    ['same span, same value', [date('last Tuesday', '2008-02-26')], { strict: 1, relaxed: 1, value: 1 }],
    ['overlapping span, same value', [date('Tuesday', '2008-02-26')], { strict: 0, relaxed: 1, value: 1 }],
    ['same span, other value', [date('last Tuesday', '2008-03-04')], { strict: 1, relaxed: 1, value: 0 }],
    ['no overlap', [date('board', 'X')], { strict: 0, relaxed: 0, value: 0 }],
  ])('%s', (_name, dates, want) => {
    const s = score(dates);
    expect(s.strict.tp).toBe(want.strict);
    expect(s.relaxed.tp).toBe(want.relaxed);
    expect(s.value.tp).toBe(want.value);
    expect(s.relaxed.gold).toBe(2);
  });

  it('value F1 divides by predicted and gold counts', () => {
    const s = score([date('last Tuesday', '2008-02-26'), date('two weeks', 'P14D', 'duration')]);
    expect(s.value).toMatchObject({ tp: 1, pred: 2, gold: 2, precision: 0.5, recall: 0.5 });
    expect(s.type.tp).toBe(2);
  });

  it('ignores predictions on timex_ignore spans (the dateline)', () => {
    const s = score([date('March 3, 2008', '2008-03-03')], { timex_ignore: [at(TEXT, 'March 3, 2008')] });
    expect(s.relaxed.pred).toBe(0);
    expect(score([date('March 3, 2008', '2008-03-03')]).relaxed.pred).toBe(1);
  });

  it('ignores predictions outside annotated_regions', () => {
    const s = score([date('two weeks', 'P2W', 'duration')], { annotated_regions: [{ start: 0, end: 20 }] });
    expect(s.relaxed.pred).toBe(0);
  });
});
