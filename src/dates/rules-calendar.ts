import { getISODay } from '../adapters/date-fns.js';
import {
  type Anchor,
  type Direction,
  directionOf,
  pad2,
  validDay,
  weekdayValue,
  yearOfMonth,
  yearOfMonthDay,
  yearString,
} from './anchor.js';
import {
  AMBIGUOUS_MONTHS,
  COUNTRY_HOLIDAYS,
  COUNTRY_WORDS,
  HOLIDAYS,
  MONTHS,
  NOT_WEEKDAY_BEFORE,
  NOT_YEAR_AFTER,
  NOT_YEAR_BEFORE,
  ORDINALS,
  PARTS_OF_DAY,
  WEEKDAY_HOLIDAYS,
} from './lexicon.js';
import { decadeValue } from './normalize.js';
import { PhraseIndex } from './phrase-index.js';
import { type Hit, hit, type RuleContext } from './rule.js';
import type { Parsed, Scanner } from './scanner.js';
import type { Tense } from './tense.js';

/** Words before a bare month that show it is the month ("in May", "since March"), not the modal or the verb. */
/** Words of "at least", "at the earliest", "at the latest" before a month. */
const AT_BOUNDS = new Set(['least', 'earliest', 'latest']);
const MONTH_LEADS = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'of',
  'during',
  'from',
  'to',
  'through',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'between',
  'and',
  'or',
  'each',
  'every',
  'around',
  'throughout',
  'that',
  'on',
  'the',
  'late',
]);

const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
/** "3-5", "3–5th" in one token. */
const DAY_RANGE = /^(\d{1,2})(?:st|nd|rd|th)?[-–](\d{1,2})(?:st|nd|rd|th)?$/;
const RANGE_DASHES = new Set(['-', '–']);

/**
 * A day of the month at k: "15", "15th", "fifteenth". A range of days ("Nov. 3-5", "3 – 5 November") is read
 * whole and stands for its first day: one mention holds one TIMEX3 value, and the start is the point a reader
 * needs first. "the 15 people" is not reached (a month word must lead).
 */
export function dayAt(s: Scanner, k: number): Parsed<number> | null {
  const word = s.w(k);
  const range = DAY_RANGE.exec(word);
  if (range) return dayRange(s, Number(range[1]), Number(range[2]), k + 1);
  const m = DAY_NUMBER.exec(word);
  let day: number | undefined;
  if (m) day = Number(m[1]);
  else {
    const ord = ORDINALS.get(word);
    if (ord !== undefined && ord > 0) day = ord;
  }
  if (day === undefined || day < 1 || day > 31) return null;
  if (m && RANGE_DASHES.has(s.w(k + 1))) {
    const to = DAY_NUMBER.exec(s.w(k + 2));
    if (to) return dayRange(s, day, Number(to[1]), k + 3) ?? { value: day, next: k + 1 };
  }
  return { value: day, next: k + 1 };
}

/** A range from..to ending before `next`: its first day, or null unless to comes after from in one month. */
function dayRange(s: Scanner, from: number, to: number, next: number): Parsed<number> | null {
  // "March 5-10 year" is no range of days, nor "May 3-1" (a score).
  if (from < 1 || to > 31 || to <= from || s.unitCode(s.w(next)) !== undefined) return null;
  return { value: from, next };
}

/** A four-digit year at k (1000–2099), not followed by a unit of count ("2012 people"). */
export function yearAt(s: Scanner, k: number): Parsed<number> | null {
  const word = s.w(k);
  if (word.length !== 4 || !/^[12]\d{3}$/.test(word)) return null;
  const y = Number(word);
  if (y < 1000 || y > 2099) return null;
  if (NOT_YEAR_AFTER.has(s.w(k + 1))) return null;
  return { value: y, next: k + 1 };
}

/** The month at k when it is capitalized (news text capitalizes months; lower-case "may" and "march" are verbs). */
function monthAt(s: Scanner, k: number): Parsed<number> | null {
  const word = s.w(k);
  const m = MONTHS.get(word);
  if (m === undefined || !s.cap(k)) return null;
  // "Jan", "Dec" without a period are names as often as months: only next to a day ("Jan 22", "22 Jan 2019").
  if (word.length === 3 && word !== 'may' && !DAY_NUMBER.test(s.w(k + 1)) && !/^\d/.test(s.w(k - 1))) return null;
  return { value: m, next: k + 1 };
}

interface Calendar {
  /** Inclusive last token. */
  last: number;
  value: string;
  rule: string;
}

/**
 * A month-led date at k: "Jan. 22, 2015", "January 15", "December 2018", "March of 1996", "June last year",
 * "May" (only with evidence it is the month). `dir` is the tense to use for a bare month or a day without a year.
 */
export function monthDate(c: RuleContext, k: number, needsEvidence: boolean): Calendar | null {
  const { s } = c;
  const month = monthAt(s, k);
  if (!month) return null;
  let j = month.next;
  const mm = pad2(month.value);
  const day = dayAt(s, j);
  // "March 5-year plan" is no date; "Jan. 6:" ending an editorial's dateline is.
  if (day && !(day.next === j + 1 && s.w(j + 1) === '-' && s.touches(j))) {
    j = day.next;
    const withComma = s.w(j) === ',' ? j + 1 : j;
    const year = yearAt(s, withComma);
    if (year) {
      if (!validDay(year.value, month.value, day.value)) return null;
      return {
        last: year.next - 1,
        value: `${yearString(year.value)}-${mm}-${pad2(day.value)}`,
        rule: 'month-day-year',
      };
    }
    const a = c.anchor;
    if (a) {
      const dir = monthDirection(c.tense(k, j - 1));
      const y = yearOfMonthDay(a, month.value, day.value, dir, dir === 'future' && c.firmFuture(k));
      if (!validDay(y, month.value, day.value)) return null;
      return { last: j - 1, value: `${yearString(y)}-${mm}-${pad2(day.value)}`, rule: 'month-day' };
    }
    if (day.value > 29 && month.value === 2) return null;
    return { last: j - 1, value: `XXXX-${mm}-${pad2(day.value)}`, rule: 'month-day' };
  }
  const afterOf = s.w(j) === 'of' || s.w(j) === ',' ? j + 1 : j;
  const year = yearAt(s, afterOf);
  if (year) return { last: year.next - 1, value: `${yearString(year.value)}-${mm}`, rule: 'month-year' };
  const rel = s.w(j + 1) === 'year' ? s.w(j) : '';
  if (rel === 'this' || rel === 'last' || rel === 'next') {
    const a = c.anchor;
    const y = a ? yearString(a.year + (rel === 'this' ? 0 : rel === 'last' ? -1 : 1)) : 'XXXX';
    return { last: j + 1, value: `${y}-${mm}`, rule: 'month-relative-year' };
  }
  const word = s.w(k);
  if (needsEvidence && !monthEvidence(s, k, word)) return null;
  const dir = monthDirection(c.tense(k, k));
  return { last: k, value: bareMonth(c.anchor, month.value, dir, dir === 'future' && c.firmFuture(k)), rule: 'month' };
}

function monthEvidence(s: Scanner, k: number, word: string): boolean {
  const prev = s.w(k - 1);
  // "Theresa May", "Long March": a capitalized word right before makes it part of a name.
  const before = s.tok(k - 1);
  if (k > s.lo && before?.pos === 'PROPN' && s.cap(k - 1) && !MONTHS.has(prev)) return false;
  if (!AMBIGUOUS_MONTHS.has(word)) return true;
  // "until at least March", "by at the latest May": a lead, then "at least" or "at the earliest/latest".
  const led = MONTH_LEADS.has(prev) || (AT_BOUNDS.has(prev) && (s.w(k - 2) === 'at' || s.w(k - 3) === 'at'));
  if (!led) return false;
  const next = s.tok(k + 1);
  // "in May said" is rare; "... by March to Washington" is not a month either.
  return !(next && next.pos === 'VERB' && word === 'march');
}

/** A bare month after a present verb is a schedule ("The president leaves office in August"): the coming one. */
function monthDirection(tense: Tense): Direction {
  return tense === 'present' ? 'future' : directionOf(tense);
}

/** `firm` (a plain future, "will open in May"): a month already over this year is next year's. */
export function bareMonth(a: Anchor | null, month: number, dir: Direction, firm = false): string {
  if (!a) return `XXXX-${pad2(month)}`;
  const y = firm && month < a.month ? a.year + 1 : yearOfMonth(a, month, dir);
  return `${yearString(y)}-${pad2(month)}`;
}

/** "Jan. 22, 2015", "December 2018", "November". */
export function monthRule(c: RuleContext, k: number): Hit | null {
  const d = monthDate(c, k, true);
  if (d?.rule === 'month-day' && c.custom(k)) return customDay(k, d.last, d.value);
  return d ? hit(k, d.last, 'date', d.value, `dates/${d.rule}`, d.rule === 'month' ? 0.75 : 0.95) : null;
}

/**
 * "The festival is celebrated on May 5", "Mexicans celebrate it on 5 May": a day of the month without a year under a
 * custom is that day of every year, a SET (TIMEX3 "XXXX-05-05"), not the one before or after publication.
 */
function customDay(first: number, last: number, value: string): Hit {
  return hit(first, last, 'set', `XXXX${value.slice(value.indexOf('-'))}`, 'dates/month-day-custom', 0.7);
}

/** "15 January 2019", "15th of January". */
export function dayMonthRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  if (!/^\d/.test(s.w(k))) return null;
  const day = dayAt(s, k);
  if (!day) return null;
  const j = s.w(day.next) === 'of' ? day.next + 1 : day.next;
  const month = monthAt(s, j);
  if (!month) return null;
  const mm = pad2(month.value);
  const dd = pad2(day.value);
  const year = yearAt(s, month.next);
  if (year) {
    if (!validDay(year.value, month.value, day.value)) return null;
    return hit(k, year.next - 1, 'date', `${yearString(year.value)}-${mm}-${dd}`, 'dates/day-month-year', 0.95);
  }
  if (c.custom(k)) return customDay(k, j, `XXXX-${mm}-${dd}`);
  const a = c.anchor;
  const dir = monthDirection(c.tense(k, j));
  const y = a
    ? yearString(yearOfMonthDay(a, month.value, day.value, dir, dir === 'future' && c.firmFuture(k)))
    : 'XXXX';
  return hit(k, j, 'date', `${y}-${mm}-${dd}`, 'dates/day-month', 0.9);
}

/** The weekday at k, capitalized and not the first word of a name ("Sunday Times"). */
export function weekdayAt(s: Scanner, k: number, weekdays: ReadonlyMap<string, number>): Parsed<number> | null {
  const wd = weekdays.get(s.w(k));
  if (wd === undefined || !s.cap(k)) return null;
  if (s.cap(k + 1) && NOT_WEEKDAY_BEFORE.has(s.w(k + 1))) return null;
  if (s.w(k).endsWith('.') && !MONTHS.has(s.w(k + 1)) && s.w(k + 1) !== ',') return null;
  return { value: wd, next: k + 1 };
}

/**
 * "Tuesday", "Friday morning", "Saturday, April 25": a bare weekday points back or forward by the tense of
 * its verb (past by default: news reports what happened).
 */
export function weekdayDate(c: RuleContext, k: number, weekdays: ReadonlyMap<string, number>): Hit | null {
  const { s } = c;
  const wd = weekdayAt(s, k, weekdays);
  if (!wd) return null;
  const j = s.w(wd.next) === ',' ? wd.next + 1 : wd.next;
  const md = monthDate(c, j, false);
  if (md && md.rule !== 'month' && md.rule !== 'month-year') {
    return hit(k, md.last, 'date', md.value, 'dates/weekday-month-day', 0.95);
  }
  // "on Tuesday 3 March", "Friday, 12 June 2026": the British order is one date too.
  const dm = /^\d/.test(s.w(j)) ? dayMonthRule(c, j) : null;
  if (dm && (dm.rule === 'dates/day-month' || dm.rule === 'dates/day-month-year')) {
    return hit(k, dm.last, 'date', dm.value, 'dates/weekday-month-day', 0.95);
  }
  // "Tuesday's declaration" is a past event, unless a future verb awaits it ("would recover before Wednesday's trip").
  const tense = c.tense(k, k);
  const awaited = tense === 'future' && (s.w(k - 1) === 'before' || s.w(k - 1) === 'until' || s.w(k - 1) === 'for');
  const dir = s.w(wd.next) === "'s" ? (awaited ? 'future' : 'past') : weekdayDirection(tense);
  const value = weekdayValue(c.anchor, wd.value, dir);
  const part = PARTS_OF_DAY.get(s.w(wd.next));
  // "Friday night" is annotated as the day itself as often as TNI/TEV: the day is the safer value.
  if (part === 'NI') return hit(k, wd.next, 'date', value, 'dates/weekday-night', 0.8);
  if (part !== undefined) return hit(k, wd.next, 'time', `${value}T${part}`, 'dates/weekday-part-of-day', 0.85);
  return hit(k, k, 'date', value, 'dates/weekday', 0.85);
}

/** News reports what happened: a weekday points back unless its verb is future or a present-tense plan. */
function weekdayDirection(tense: Tense): Direction {
  return tense === 'future' || tense === 'present' ? 'future' : 'past';
}

export function weekdayRule(c: RuleContext, k: number, weekdays: ReadonlyMap<string, number>): Hit | null {
  return weekdayDate(c, k, weekdays);
}

const DECADE = /^(?:(\d{3})0|'(\d)0)'?s$/;

/** "2012", "1990s", "'90s", "fiscal 1998": a four-digit number is a year unless it counts or labels something. */
export function yearRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  let j = k;
  const named = fiscalYearAt(c, k);
  if (named) return hit(k, named.next - 1, 'date', yearString(named.value), 'dates/fiscal-year', 0.85);
  const fiscal = s.w(k) === 'fiscal' || (s.w(k) === 'fy' && s.cap(k));
  if (fiscal) j = s.w(k + 1) === 'year' ? k + 2 : k + 1;
  const word = s.w(j);
  const decade = DECADE.exec(word);
  if (decade) {
    const value = decade[1] ?? decadeOfTwoDigits(c.anchor, Number(decade[2]));
    return hit(k, j, 'date', value, 'dates/decade', 0.9);
  }
  const spelled = spelledYear(s, j);
  if (spelled) return hit(k, spelled.next - 1, 'date', yearString(spelled.value), 'dates/spelled-year', 0.85);
  const year = yearAt(s, j);
  if (!year) return null;
  if (!fiscal) {
    const prev = s.w(k - 1);
    if (NOT_YEAR_BEFORE.has(prev)) return null;
    // A number glued to a symbol or another number ("3-2012", "2012/13") is a code or a range, not a lone year.
    if (s.touches(k - 1) && prev !== '(' && prev !== '“' && prev !== '"') return null;
    // "2019 's" is fine; "2012 ." at sentence end is fine; a year followed by a year ("1998 1999") is a list.
    if (/^\d/.test(s.w(k + 1))) return null;
  }
  // "1988 second quarter": the quarter rule takes "the 1988 second quarter"; a year then "'s" is still a year.
  return hit(k, year.next - 1, 'date', yearString(year.value), fiscal ? 'dates/fiscal-year' : 'dates/year', 0.85);
}

/** "FY2026", "FY26", "FY2026-27": a fiscal year's label in one token. */
const FY_LABEL = /^fy(\d{4}|\d{2})(?:-(\d{2}))?$/;
/** "2026-27": a span of two years in one token, the second by its last two digits. */
const YEAR_SPAN = /^([12]\d{3})[-\u2013/](\d{2})$/;

/**
 * The years of a span written "2025-26" (or "2025/26") at k when the second year is the one after the first:
 * [first year, next token]. A score or a code ("2012-13" as a count is never written so) has no such order.
 */
export function yearSpanAt(s: Scanner, k: number): Parsed<number> | null {
  const m = YEAR_SPAN.exec(s.w(k));
  if (!m) return null;
  const first = Number(m[1]);
  return (first + 1) % 100 === Number(m[2]) ? { value: first, next: k + 1 } : null;
}

/**
 * A fiscal year named by its label at k: "FY27", "FY2026", "FY 2026", "fiscal 2027", "fiscal year 2027", and the
 * span forms "FY2026-27", "fiscal 2026-27", which name the year the fiscal year ends in (as "FY27" does).
 */
export function fiscalYearAt(c: RuleContext, k: number, word = c.s.w(k)): Parsed<number> | null {
  const { s } = c;
  const label = FY_LABEL.exec(word);
  if (label) {
    const digits = label[1]!;
    const y = digits.length === 4 ? Number(digits) : fiscalCentury(c.anchor, Number(digits));
    if (label[2] !== undefined) return (y + 1) % 100 === Number(label[2]) ? { value: y + 1, next: k + 1 } : null;
    return { value: y, next: k + 1 };
  }
  if (!(s.w(k) === 'fiscal' || (s.w(k) === 'fy' && s.cap(k)))) return null;
  const j = s.w(k + 1) === 'year' ? k + 2 : k + 1;
  const span = yearSpanAt(s, j);
  if (span) return { value: span.value + 1, next: span.next };
  const year = yearAt(s, j);
  return year ? { value: year.value, next: year.next } : null;
}

/** The year of a two-digit fiscal label: this century's when the anchor is (FY26 in 2026), else the 1900s. */
function fiscalCentury(a: Anchor | null, yy: number): number {
  return a && a.year >= 2000 && yy <= (a.year % 100) + 20 ? 2000 + yy : 1900 + yy;
}

/** "nineteen ninety-six", "nineteen eighty", "two thousand": years as broadcast transcripts spell them. */
function spelledYear(s: Scanner, k: number): Parsed<number> | null {
  const first = s.w(k);
  if (first === 'two' && s.w(k + 1) === 'thousand') {
    const rest = s.w(k + 2) === 'and' ? k + 3 : k + 2;
    const n = s.count(rest);
    if (n && typeof n.value === 'number' && n.value < 100 && s.w(rest) !== 'a')
      return { value: 2000 + n.value, next: n.next };
    return { value: 2000, next: k + 2 };
  }
  if (first !== 'nineteen' && first !== 'eighteen') return null;
  const n = s.count(k + 1);
  if (!n || typeof n.value !== 'number' || n.value < 10 || n.value > 99 || s.w(k + 1) === 'a') return null;
  return { value: (first === 'nineteen' ? 1900 : 1800) + n.value, next: n.next };
}

function decadeOfTwoDigits(a: Anchor | null, d: number): string {
  // "'90s" in a 2019 article is the 1990s; "'20s" is the 2020s only when the anchor is already past 2020.
  const century = a && a.year >= 2000 && d * 10 <= a.year - 2000 ? 20 : 19;
  return decadeValue(century * 100 + d * 10);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** "2019-01-15", "1/15/2019" (month first, as in US news), "30.11.2026" (day first, as in European news). */
export function numericDateRule(c: RuleContext, k: number): Hit | null {
  const word = c.s.w(k);
  const iso = ISO.exec(word);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validDay(y, m, d) ? hit(k, k, 'date', word, 'dates/iso', 0.95) : null;
  }
  const dotted = DOTTED.exec(word);
  if (dotted) {
    const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    return validDay(y, m, d) ? hit(k, k, 'date', `${yearString(y)}-${pad2(m)}-${pad2(d)}`, 'dates/dotted', 0.85) : null;
  }
  const us = SLASH.exec(word);
  if (!us) return null;
  const m = Number(us[1]);
  const d = Number(us[2]);
  let y = Number(us[3]);
  if (us[3]!.length === 2) y += y < 50 ? 2000 : 1900;
  if (!validDay(y, m, d)) return null;
  return hit(k, k, 'date', `${yearString(y)}-${pad2(m)}-${pad2(d)}`, 'dates/slash', 0.85);
}

const HOLIDAY_PHRASES = new PhraseIndex<string>(HOLIDAYS);
const COUNTRY_PHRASES = new PhraseIndex<string>(COUNTRY_WORDS);

/** Whether the sentence names a country other than `code` and does not name `code` itself. */
function otherCountryNamed(s: Scanner, code: string): boolean {
  let other = false;
  for (let k = s.lo; k <= s.hi; k++) {
    if (!s.cap(k)) continue;
    const found = COUNTRY_PHRASES.match(s, k);
    if (!found) continue;
    if (found.value === code) return false;
    other = true;
  }
  return other;
}
const WEEKDAY_HOLIDAY_PHRASES = new PhraseIndex<readonly number[]>(WEEKDAY_HOLIDAYS);

/** The day of a holiday on the nth weekday of a month ("the fourth Thursday of November"), or null. */
function nthWeekday(year: number, rule: readonly number[]): number | null {
  const [month, weekday, nth, from] = rule;
  if (month === undefined || weekday === undefined || nth === undefined) return null;
  const firstDay = from ?? 1;
  const isoOf = (d: number): number => getISODay(new Date(year, month - 1, d));
  if (nth > 0) {
    const offset = (weekday - isoOf(firstDay) + 7) % 7;
    return firstDay + offset + 7 * (nth - 1);
  }
  const last = new Date(year, month, 0).getDate();
  return last - ((isoOf(last) - weekday + 7) % 7);
}

/** "Thanksgiving", "Labor Day 2019": US holidays that fall on a weekday of a month. */
function weekdayHoliday(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const found = WEEKDAY_HOLIDAY_PHRASES.match(s, k);
  if (found) {
    const { value: rule, next } = found;
    const year = yearAt(s, next);
    const a = c.anchor;
    const month = rule[0] ?? 1;
    let y: number | null = year ? year.value : null;
    if (y === null && a) {
      // Nearest occurrence, as for a month and day.
      const day = nthWeekday(a.year, rule) ?? 1;
      y = yearOfMonthDay(a, month, day, directionOf(c.tense(k, next - 1)));
    }
    if (y === null) return null;
    const day = nthWeekday(y, rule);
    if (day === null) return null;
    return hit(
      k,
      year ? year.next - 1 : next - 1,
      'date',
      `${yearString(y)}-${pad2(month)}-${pad2(day)}`,
      'dates/holiday',
      0.8,
    );
  }
  return null;
}

/** "Christmas", "New Year's Day": the holiday in the year the tense points to, or the given year. */
const FULL_DATE_VALUE = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;

export function holidayRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  if (!s.cap(k)) return null;
  const computed = weekdayHoliday(c, k);
  if (computed) return computed;
  const found = HOLIDAY_PHRASES.match(s, k);
  if (found) {
    const { value: mmdd, next } = found;
    // "Nigeria celebrates Independence Day on October 1": the date given wins; another country's holiday has no
    // date of its own here.
    const given = s.w(next) === 'on' ? monthDate(c, next + 1, false) : null;
    // "… celebrates Independence Day on October 1": under a custom, the holiday is that day of every year.
    if (given?.rule === 'month-day' && c.custom(k)) return customDay(k, next - 1, given.value);
    if (given && FULL_DATE_VALUE.test(given.value))
      return hit(k, next - 1, 'date', given.value, 'dates/holiday-on', 0.85);
    const country = COUNTRY_HOLIDAYS.get(s.low.slice(k, next).join(' '));
    if (country && otherCountryNamed(s, country))
      return hit(k, next - 1, 'date', 'XXXX-XX-XX', 'dates/holiday-elsewhere', 0.5);
    const year = yearAt(s, next);
    if (year) return hit(k, next, 'date', `${yearString(year.value)}-${mmdd}`, 'dates/holiday-year', 0.9);
    const a = c.anchor;
    const month = Number(mmdd.slice(0, 2));
    const day = Number(mmdd.slice(3));
    const y = a ? yearString(yearOfMonthDay(a, month, day, directionOf(c.tense(k, next - 1)))) : 'XXXX';
    return hit(k, next - 1, 'date', `${y}-${mmdd}`, 'dates/holiday', 0.8);
  }
  return null;
}
