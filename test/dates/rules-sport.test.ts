import { describe, expect, it } from 'vitest';
import { datePairs } from './helpers.js';

/** [sentence, publication date, expected [span, TIMEX3 value] pairs]. Sentences written for these tests. */
type Row = [string, string, [string, string][]];

const seasons: Row[] = [
  // A season by its two years is the year it starts in.
  ['The club finished fourth in the 2023-24 season.', '2026-03-10', [['the 2023-24 season', '2023']]],
  ['She signed before the 2019/20 Serie A season.', '2026-03-10', [['the 2019/20 Serie A season', '2019']]],
  [
    'Their 2024-25 campaign ended in May.',
    '2026-03-10',
    [
      ['2024-25 campaign', '2024'],
      ['May', '2025-05'],
    ],
  ],
  // From August to December the season in progress began in the publication year, whatever the sport.
  ['He has scored eight goals this season.', '2026-10-10', [['this season', '2026']]],
  ['The keeper was injured for most of last season.', '2026-09-10', [['last season', '2025']]],
  ['The team hopes to win the league next season.', '2026-10-10', [['next season', '2027']]],
  ['Ticket prices rise for the current season.', '2026-10-10', [['the current season', '2026']]],
  // From January to July a football season and a baseball season disagree: only the direction is sure.
  ['He has scored eight goals this season.', '2026-03-10', [['this season', 'PRESENT_REF']]],
  ['The winger scored 20 goals last season.', '2026-07-01', [['last season', 'PAST_REF']]],
  ['The winger will captain the side next season.', '2026-07-01', [['next season', 'FUTURE_REF']]],
  // A fiscal year by its two years is the year it ends in, as "FY27" is.
  ['Revenue rose in the 2025/26 financial year.', '2026-11-29', [['the 2025/26 financial year', '2026']]],
  ['The 2026-27 fiscal year budget was tabled.', '2026-11-29', [['The 2026-27 fiscal year', '2027']]],
];

const notSeasons: Row[] = [
  // A series' season, the final season of something, a span of years that is no season.
  ['Critics loved the last season of the drama.', '2026-03-10', []],
  ['She has not watched the last season yet.', '2026-10-10', []],
  ['Fans were angry about this season of the show.', '2026-03-10', []],
  ['The score was 2012-13 at the break.', '2026-03-10', []],
  ['Borrowing rose in 2024-26 terms.', '2026-03-10', []],
  // A match clock: no duration and no date.
  ['Okafor scored on 71 minutes to level the game.', '2026-03-10', []],
  ['The winner came in the 88th minute.', '2026-03-10', []],
];

describe('sports seasons', () => {
  it.each(seasons)('%s (%s)', (sentence, published, expected) => {
    expect(datePairs(sentence, published)).toEqual(expected);
  });
  it.each(notSeasons)('%s (%s): none', (sentence, published, expected) => {
    expect(datePairs(sentence, published)).toEqual(expected);
  });
  it('keeps a stretch of minutes a duration', () => {
    expect(datePairs('Rescuers arrived after 40 minutes.', '2026-03-10')).toEqual([['40 minutes', 'PT40M']]);
  });
});
