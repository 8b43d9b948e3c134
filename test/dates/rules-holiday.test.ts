import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../src/dates/rules-holiday.js';
import { datePairs } from './helpers.js';

/** [sentence, publication date, expected [span, TIMEX3 value] pairs]. Sentences written for these tests. */
type Row = [string, string, [string, string][]];

const feasts: Row[] = [
  // Feasts counted from Easter Sunday, in the year the tense points to.
  ['Most shops will close on Good Friday.', '2026-03-20', [['Good Friday', '2026-04-03']]],
  ['Most shops closed on Good Friday.', '2026-05-20', [['Good Friday', '2026-04-03']]],
  ['The parade ran on Easter Monday 2024.', '2026-05-20', [['Easter Monday 2024', '2024-04-01']]],
  ['Crowds filled the square at Easter.', '2026-05-20', [['Easter', '2026-04-05']]],
  // A holiday's weekend: the ISO week of its Saturday and Sunday; a Monday holiday closes the one before it.
  ['Roads were jammed over the Easter weekend.', '2026-05-20', [['the Easter weekend', '2026-W14-WE']]],
  ['Roads were jammed over Thanksgiving weekend.', '2026-12-02', [['Thanksgiving weekend', '2026-W48-WE']]],
  ['Three people drowned over the Labor Day weekend.', '2026-09-10', [['the Labor Day weekend', '2026-W36-WE']]],
  ['Pilgrims arrived as Easter week began.', '2026-03-30', [['Easter week', '2026-W14']]],
  // The year-end holidays, as their December.
  ['Many families will travel over the holidays.', '2026-12-02', [['the holidays', '2026-12']]],
  ['Sales slumped during the festive season.', '2027-01-08', [['the festive season', '2026-12']]],
  ['The mill shut for the Christmas break.', '2026-06-08', [['the Christmas break', '2025-12']]],
];

const notFeasts: Row[] = [
  // A name, a season that is no time, and "the holidays" outside the year's end.
  ['The Easter Rising began in Dublin.', '2026-05-20', []],
  ['The holidays are stressful for many.', '2026-12-02', []],
  ['Many families will travel over the holidays.', '2026-07-02', []],
];

describe('feasts and holiday periods', () => {
  it.each(feasts)('%s (%s)', (sentence, published, expected) => {
    expect(datePairs(sentence, published)).toEqual(expected);
  });
  it.each(notFeasts)('%s (%s): none', (sentence, published, expected) => {
    expect(datePairs(sentence, published)).toEqual(expected);
  });
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, iso) => {
    const d = easterSunday(year);
    expect(
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
    ).toBe(iso);
  });
});
