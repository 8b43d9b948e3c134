import { addDays, getISODay } from '../adapters/date-fns.js';
import { type Anchor, directionOf, isoDay, isoWeek, yearOfMonthDay, yearString } from './anchor.js';
import { EASTER_HOLIDAYS, YEAR_END_PERIODS } from './lexicon.js';
import { PhraseIndex } from './phrase-index.js';
import { type Hit, hit, type RuleContext } from './rule.js';
import { holidayRule, yearAt } from './rules-calendar.js';

const EASTER_PHRASES = new PhraseIndex<number>(EASTER_HOLIDAYS);
const YEAR_END_PHRASES = new PhraseIndex<boolean>(YEAR_END_PERIODS);

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus' Astronomical Algorithms). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

/** The feast `offset` days from Easter in the year given, else in the year the tense points to from the anchor. */
function easterFeast(c: RuleContext, k: number, last: number, offset: number, given: number | null): Date | null {
  const a: Anchor | null = c.anchor;
  let year = given;
  if (year === null) {
    if (!a) return null;
    const near = addDays(easterSunday(a.year), offset);
    year = yearOfMonthDay(a, near.getMonth() + 1, near.getDate(), directionOf(c.tense(k, last)));
  }
  return addDays(easterSunday(year), offset);
}

/** "Easter", "Good Friday", "Easter Monday 2027": feasts counted from Easter Sunday. */
export function easterRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  if (!s.cap(k)) return null;
  const found = EASTER_PHRASES.match(s, k);
  if (!found) return null;
  const year = yearAt(s, found.next);
  // "the Easter Rising", "Easter Island", "Palm Sunday Mass": a capitalized word after the feast makes it a name.
  if (!year && s.cap(found.next)) return null;
  const last = year ? year.next - 1 : found.next - 1;
  const day = easterFeast(c, k, last, found.value, year ? year.value : null);
  if (!day) return hit(k, last, 'date', 'XXXX-XX-XX', 'dates/easter', 0.6);
  return hit(k, last, 'date', isoDay(day), 'dates/easter', 0.8);
}

/**
 * "the Easter weekend", "over Thanksgiving weekend", "the Labor Day weekend": the weekend of a holiday, as an ISO
 * week with -WE. A Monday holiday closes the weekend before it; any other day lies in the week of its weekend.
 * "Easter week", "Thanksgiving week": the ISO week that holds the holiday (TimeBank: "Easter week" 2000-W16).
 */
export function holidayWeekendRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const j = s.w(k) === 'the' ? k + 1 : k;
  const day = easterRule(c, j) ?? holidayRule(c, j);
  const unit = day ? s.w(day.last + 1) : '';
  if (!day || (unit !== 'weekend' && unit !== 'week') || !FULL_DAY.test(day.value)) return null;
  const [y, m, d] = day.value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  if (unit === 'week') return hit(k, day.last + 1, 'date', isoWeek(date), 'dates/holiday-week', 0.8);
  const inWeekend = getISODay(date) === 1 ? addDays(date, -1) : date;
  return hit(k, day.last + 1, 'date', `${isoWeek(inWeekend)}-WE`, 'dates/holiday-weekend', 0.8);
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Prepositions that make "the holidays" a time ("over the holidays"), not a thing ("the holidays are stressful"). */
const PERIOD_LEADS = new Set([
  'over',
  'during',
  'for',
  'before',
  'after',
  'through',
  'throughout',
  'until',
  'till',
  'around',
  'since',
  'in',
  'of',
]);
/** Months in which "the holidays" alone are the year-end ones (the US season runs from Thanksgiving). */
const YEAR_END_MONTHS = new Set([11, 12, 1]);

/**
 * "over the holidays", "during the festive season", "the Christmas break": the year-end holidays, as the December
 * they fall in (TIMEX3 has no code for them) in the year the tense points to. "the holidays" alone means them only
 * in a story written from November to January; a phrase naming Christmas means them whenever it is written.
 */
export function yearEndRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  if (s.w(k) !== 'the' || !PERIOD_LEADS.has(s.w(k - 1))) return null;
  const found = YEAR_END_PHRASES.match(s, k + 1);
  if (!found) return null;
  const a = c.anchor;
  if (!found.value && !(a && YEAR_END_MONTHS.has(a.month))) return null;
  const last = found.next - 1;
  const y = a ? yearString(yearOfMonthDay(a, 12, 25, directionOf(c.tense(k, last)))) : 'XXXX';
  return hit(k, last, 'date', `${y}-12`, 'dates/year-end-holidays', 0.7);
}

/** First words of the phrases these rules read, for the trigger map. */
export const EASTER_WORDS = [...EASTER_PHRASES.firstTokens()];
export const YEAR_END_WORDS = [...YEAR_END_PHRASES.firstTokens()];
