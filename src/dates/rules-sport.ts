import { yearString } from './anchor.js';
import { type Hit, hit, type RuleContext } from './rule.js';
import { yearSpanAt } from './rules-calendar.js';

/** Nouns of a sports season written with its two years: "the 2025-26 season", "the 2025/26 campaign". */
const SEASON_NOUNS = new Set(['season', 'campaign']);
/** Capitalized words a competition's name may put between the years and "season": "the 2025-26 Premier League season". */
const NAME_REACH = 3;
/** Shift words before "season" and the season they name, counted from the one in progress. */
const SEASON_SHIFTS = new Map([
  ['this', 0],
  ['current', 0],
  ['last', -1],
  ['previous', -1],
  ['next', 1],
  ['coming', 1],
]);
/**
 * From August to December a season that spans two years (football, basketball, hockey) and one within a calendar
 * year (baseball, Formula One, cricket in England) both began in the publication year: "this season" is that year.
 * From January to July the two kinds disagree, and only the direction is sure.
 */
const SURE_FROM_MONTH = 8;
const VAGUE = new Map([
  [-1, 'PAST_REF'],
  [0, 'PRESENT_REF'],
  [1, 'FUTURE_REF'],
]);

/**
 * A sports season by its years or by a shift: "the 2025-26 season" is the season that starts in 2025, which TIMEX3
 * writes as that year (a value names one period; like a range of days, a span of two years is given by its start).
 * "this season", "last season", "next season" written from August to December are the publication year, the one
 * before, the one after; written earlier in the year they are PRESENT_REF, PAST_REF, FUTURE_REF.
 */
export function sportSeasonRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const j = s.w(k) === 'the' ? k + 1 : k;
  const span = yearSpanAt(s, j);
  if (span) {
    // "the 2025/26 financial year", "the 2026-27 fiscal year": a fiscal year is named by the year it ends in, as
    // "FY27" and "FY 2026-27" are.
    const fiscal = s.w(span.next) === 'financial' || s.w(span.next) === 'fiscal';
    if (fiscal && s.w(span.next + 1) === 'year') {
      return hit(k, span.next + 1, 'date', yearString(span.value + 1), 'dates/fiscal-year', 0.8);
    }
    let noun = span.next;
    while (noun - span.next < NAME_REACH && s.cap(noun) && !SEASON_NOUNS.has(s.w(noun))) noun++;
    if (!SEASON_NOUNS.has(s.w(noun))) return null;
    return hit(k, noun, 'date', yearString(span.value), 'dates/sport-season', 0.8);
  }
  const shift = SEASON_SHIFTS.get(s.w(j));
  if (shift === undefined || s.w(j + 1) !== 'season') return null;
  // "the current season"; "the last season" is the final one, "the next season" counts from the text's own time.
  if (j > k && shift !== 0) return null;
  // "this season of the show", "last season of Succession": a series' season, no year.
  if (s.w(j + 2) === 'of') return null;
  // "binge-watched the last season": after "the", "last" is the final one.
  if (s.w(j - 1) === 'the' && j === k && shift !== 0) return null;
  const a = c.anchor;
  const value = a && a.month >= SURE_FROM_MONTH ? yearString(a.year + shift) : VAGUE.get(shift)!;
  return hit(k, j + 1, 'date', value, 'dates/sport-season', 0.7);
}
