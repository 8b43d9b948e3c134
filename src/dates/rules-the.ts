import { addDays, getISODay } from '../adapters/date-fns.js';
import {
  directionOf,
  isoWeek,
  pad2,
  quarterOffset,
  validDay,
  weekendValue,
  yearOffset,
  yearOfMonth,
  yearOfSeason,
  yearString,
} from './anchor.js';
import { MONTHS, ORDINALS, SEASONS, WEEKDAYS } from './lexicon.js';
import { centuryValue, durationValue } from './normalize.js';
import { type Hit, hit, type RuleContext } from './rule.js';
import { monthDate, weekdayDate, yearAt, yearRule } from './rules-calendar.js';
import { deicticRule, shiftedUnit, shiftRule } from './rules-relative.js';

const EDGE_OF = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn', 'rest', 'remainder']);

/**
 * "the ..." expressions that are not a fuzzy phrase or a quarter: "the past year" (2018), "the past two months"
 * (P2M), "the first nine months" (P9M), "the 1990s", "the late 1970s", "the 20th century", "the weekend",
 * "the quarter" (the last one reported), "the year", "the end of 1990", "the winter of 1994".
 */
export function theRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  if (s.w(k) !== 'the') return null;
  const a = c.anchor;
  const j = k + 1;
  const word = s.w(j);
  // "the last Friday of June" before "the last Friday".
  const nth = nthWeekdayOfMonth(c, k);
  if (nth) return nth;
  const dayOfMonth = bareDayOfMonth(c, k);
  if (dayOfMonth) return dayOfMonth;
  // "the first week of December", "the last week of June 2025": the ISO week of its first (or last) day.
  const weekOfMonth = nthWeekOfMonth(c, k);
  if (weekOfMonth) return weekOfMonth;
  const shifted = shiftRule(c, j, true);
  if (shifted) return { ...shifted, first: k };
  // "the first nine months", "the nine months", "the first two years": durations.
  const lead = word === 'first' || word === 'last' || word === 'final' || word === 'initial' ? j + 1 : j;
  const count = s.count(lead);
  if (count && (count.value !== 1 || lead > j)) {
    const unit = s.unit(count.next);
    if (unit && (unit.value.plural || count.value === 1)) {
      return hit(
        k,
        unit.next - 1,
        'duration',
        durationValue(count.value, unit.value.code),
        'dates/the-count-unit',
        0.8,
      );
    }
  }
  if (word === 'late' || word === 'early' || word === 'mid' || /^\d{4}s$/.test(word) || /^'\d0s$/.test(word)) {
    const inner = word === 'late' || word === 'early' || word === 'mid' ? j + 1 : j;
    const dec = yearRule(c, inner);
    if (dec && dec.rule === 'dates/decade') return { ...dec, first: k };
  }
  const decadeWord = DECADE_WORDS.get(word);
  if (decadeWord !== undefined) return hit(k, j, 'date', decadeWord, 'dates/decade-word', 0.85);
  const century = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (century && Number(century[1]) > 0 && s.w(j + 1) === 'century') {
    return hit(k, j + 1, 'date', centuryValue(Number(century[1])), 'dates/century', 0.9);
  }
  // "the week of Dec. 7": the ISO week of that day.
  if (word === 'week' && s.w(j + 1) === 'of') {
    const day = monthDate(c, j + 2, false);
    const m = day ? FULL_DAY.exec(day.value) : null;
    if (day && m) {
      const week = isoWeek(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return hit(k, day.last, 'date', week, 'dates/week-of', 0.85);
    }
  }
  // "the weekend before last", "the week before last": one more back than the last one.
  if ((word === 'weekend' || word === 'week') && s.w(j + 1) === 'before' && s.w(j + 2) === 'last') {
    const value = word === 'weekend' ? weekendValue(a, 'past', 1) : a ? isoWeek(addDays(a.date, -14)) : 'XXXX-WXX';
    return hit(k, j + 2, 'date', value, 'dates/before-last', 0.8);
  }
  if (word === 'weekend' && s.w(j + 1) !== "'s") {
    return hit(
      k,
      j,
      'date',
      weekendValue(a, c.tense(k, j) === 'future' || c.tense(k, j) === 'present' ? 'future' : 'past'),
      'dates/the-weekend',
      0.75,
    );
  }
  const quarterWords = QUARTER_SHIFT.get(word);
  if (quarterWords !== undefined) {
    const q = s.w(j + quarterWords.length) === 'quarter' ? j + quarterWords.length : -1;
    if (q > 0) return hit(k, q, 'date', quarterOffset(a, quarterWords.shift), 'dates/the-quarter', 0.75);
  }
  if (word === 'quarter' && s.w(j + 1) !== 'of' && s.w(j + 1) !== 'century') {
    return hit(k, j, 'date', quarterOffset(a, -1), 'dates/the-quarter', 0.7);
  }
  if ((word === 'year' || (word === 'full' && s.w(j + 1) === 'year')) && s.w(j - 2) !== 'of') {
    const last = word === 'year' ? j : j + 1;
    if (/^(before|after|earlier|later|ago|of|in|when|that|-)$/.test(s.w(last + 1))) return null;
    if (word === 'year') {
      // "the year 2000", "the year two thousand": that year.
      const named = yearRule(c, last + 1);
      if (named) return { ...named, first: k };
      // "a terrible end to the year", "a strong start to the year": the current year, as "the end of the year" is.
      if (s.w(k - 1) === 'to' && EDGE_OF.has(s.w(k - 2)))
        return hit(k, last, 'date', yearOffset(a, 0), 'dates/the-year', 0.6);
      // "for the year", "the year ended March 31": TimeBank reads "the year" as a stretch of a year (P1Y).
      return hit(k, last, 'duration', 'P1Y', 'dates/the-year-stretch', 0.6);
    }
    return hit(k, last, 'date', yearOffset(a, 0), 'dates/the-year', 0.6);
  }
  if (word === 'fiscal' && s.w(j + 1) === 'year' && !/^\d/.test(s.w(j + 2))) {
    return hit(k, j + 1, 'duration', 'P1Y', 'dates/the-fiscal-year', 0.6);
  }
  if (EDGE_OF.has(word) && s.w(j + 1) === 'of') {
    const inner = pointAt(c, j + 2);
    if (inner) return { ...inner, first: k, rule: `${inner.rule}+edge` };
    return null;
  }
  const season = SEASONS.get(word);
  if (season !== undefined) {
    if (s.w(j + 1) === 'of') {
      const y = yearAt(s, j + 2);
      if (y) return hit(k, j + 2, 'date', `${yearString(y.value)}-${season}`, 'dates/season-of-year', 0.9);
    }
    if (!SEASON_LEADS.has(s.w(k - 1))) return null;
    // "into the summer", "before the winter"; not "before the fall of the Wall", nor "into the fall campaign".
    if (LATE_SEASON_LEADS.has(s.w(k - 1)) && (s.w(j + 1) === 'of' || s.tok(j + 1)?.pos === 'NOUN')) return null;
    // "began in the spring" is the last one; "will open in the spring" the next one not yet over.
    // "since the autumn" looks back whatever the verb's tense.
    const tense = s.w(k - 1) === 'since' ? 'past' : c.tense(k, j);
    const offset = tense === 'past' ? -1 : tense === 'future' || tense === 'present' ? 1 : 0;
    const y = a ? yearString(yearOfSeason(a, season, offset)) : 'XXXX';
    return hit(k, j, 'date', `${y}-${season}`, 'dates/the-season', 0.7);
  }
  return null;
}

/** Prepositions that make "the spring" a season of the calendar. */
const SEASON_LEADS = new Set([
  'in',
  'during',
  'over',
  'by',
  'until',
  'since',
  'through',
  'throughout',
  'into',
  'before',
]);
/** The leads of SEASON_LEADS that also come before "the fall of …" or a noun the season qualifies. */
const LATE_SEASON_LEADS = new Set(['into', 'before']);

const FULL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "the first Tuesday of March", "the last Friday of June 2026", "the second Monday in May": one day. Without a
 * year it is the coming one (the one before, in the past tense), counted from the publication day; under a custom
 * ("is held on") it is a SET.
 */
/** Weeks of a month by their order (-1: the last). */
const WEEK_ORDINALS = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['last', -1],
  ['final', -1],
]);

/**
 * "the first week of December", "the second week of March 2024", "the last week of June": the ISO week that holds
 * the month's first (second…, last) Thursday, so most of its days lie in the month, as ISO counts weeks to years; the
 * month's year as a bare month's would be.
 */
const THURSDAY = 4;

function nthWeekOfMonth(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const from = WEEK_ORDINALS.get(s.w(k + 1));
  if (from === undefined || s.w(k + 2) !== 'week' || s.w(k + 3) !== 'of') return null;
  const month = monthDate(c, k + 4, false);
  const m = month ? /^(\d{4})-(\d{2})$/.exec(month.value) : null;
  if (!month || !m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const isoOf = (d: number): number => getISODay(new Date(y, mo - 1, d));
  const end = new Date(y, mo, 0).getDate();
  const day = from > 0 ? 1 + ((THURSDAY - isoOf(1) + 7) % 7) + 7 * (from - 1) : end - ((isoOf(end) - THURSDAY + 7) % 7);
  return hit(k, month.last, 'date', isoWeek(new Date(y, mo - 1, day)), 'dates/week-of-month', 0.8);
}

function nthWeekdayOfMonth(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const word = s.w(k + 1);
  const n = word === 'last' || word === 'final' ? -1 : (ORDINALS.get(word) ?? 0);
  if (n === 0 || n > 5) return null;
  const weekday = WEEKDAYS.get(s.w(k + 2));
  const of = s.w(k + 3);
  const month = MONTHS.get(s.w(k + 4));
  if (weekday === undefined || month === undefined || (of !== 'of' && of !== 'in')) return null;
  const y = yearAt(s, k + 5);
  const a = c.anchor;
  let last = k + 4;
  let year: number | undefined;
  // "The race is held on the first Tuesday of March": a rule of the calendar under a custom is that day of every
  // year, not one day ("The primary falls on the first Tuesday of March" is the coming one).
  if (!y && c.custom(k)) return hit(k, last, 'set', `XXXX-${pad2(month)}`, 'dates/nth-weekday-custom', 0.6);
  if (y) {
    year = y.value;
    last = y.next - 1;
  } else if (a) {
    const past = c.tense(k, last) === 'past';
    year = a.year;
    const day = nthWeekday(year, month, weekday, n);
    const ahead = day !== null && day.getTime() >= a.date.getTime();
    if (past && ahead) year--;
    else if (!past && !ahead) year++;
  }
  if (year === undefined) return hit(k, last, 'date', `XXXX-${pad2(month)}`, 'dates/nth-weekday-of-month', 0.6);
  const day = nthWeekday(year, month, weekday, n);
  if (!day) return null;
  return hit(
    k,
    last,
    'date',
    `${yearString(year)}-${pad2(month)}-${pad2(day.getDate())}`,
    'dates/nth-weekday-of-month',
    0.85,
  );
}

/** Prepositions before "the 14th" that make it a day of the month. */
const DAY_OF_MONTH_LEADS = new Set(['on', 'by', 'until', 'till', 'since']);
/** What may follow such a "the 14th": the end of a clause, not a noun ("the 14th floor") or a month ("of March"). */
const DAY_OF_MONTH_ENDS = new Set(['', '.', ',', ';', ':', '!', '?', ')', 'and', 'but', 'when', 'after', 'before']);

/**
 * "on the 14th", "by the 30th": a day of the month the story is in (the one before it in the past tense, the next
 * in the future when the day is already over), as a reader dates it from the publication day.
 */
function bareDayOfMonth(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  if (!DAY_OF_MONTH_LEADS.has(s.w(k - 1)) || !DAY_OF_MONTH_ENDS.has(s.w(k + 2))) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(s.w(k + 1));
  const day = m ? Number(m[1]) : 0;
  if (day < 1 || day > 31) return null;
  const a = c.anchor;
  if (!a) return hit(k, k + 1, 'date', `XXXX-XX-${pad2(day)}`, 'dates/the-day-of-month', 0.6);
  const tense = s.w(k - 1) === 'since' ? 'past' : c.tense(k, k + 1);
  let shift = 0;
  if (tense === 'past' && day > a.day) shift = -1;
  else if ((tense === 'future' || tense === 'present') && day < a.day) shift = 1;
  // No tense ("must be paid by the 5th"): the nearer of this month's and the next or last one's.
  else if (tense === 'none') shift = day < a.day ? (a.day - day > 15 ? 1 : 0) : day - a.day > 15 ? -1 : 0;
  const index = a.year * 12 + a.month - 1 + shift;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (!validDay(year, month, day)) return null;
  return hit(k, k + 1, 'date', `${yearString(year)}-${pad2(month)}-${pad2(day)}`, 'dates/the-day-of-month', 0.6);
}

/** The nth (1-based; -1 the last) ISO weekday (1 Monday … 7 Sunday) of a month, or null past its end. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date | null {
  const js = weekday % 7;
  if (n > 0) {
    const first = new Date(year, month - 1, 1);
    const d = 1 + ((js - first.getDay() + 7) % 7) + (n - 1) * 7;
    const date = new Date(year, month - 1, d);
    return date.getMonth() === month - 1 ? date : null;
  }
  const end = new Date(year, month, 0);
  return new Date(year, month - 1, end.getDate() - ((end.getDay() - js + 7) % 7));
}

const DECADE_WORDS = new Map<string, string>([
  ['twenties', '192'],
  ['thirties', '193'],
  ['forties', '194'],
  ['fifties', '195'],
  ['sixties', '196'],
  ['seventies', '197'],
  ['eighties', '198'],
  ['nineties', '199'],
]);

const QUARTER_SHIFT = new Map<string, { length: number; shift: number }>([
  ['latest', { length: 1, shift: -1 }],
  ['current', { length: 1, shift: 0 }],
  ['most', { length: 2, shift: -1 }],
  ['year-ago', { length: 1, shift: -5 }],
  ['year-earlier', { length: 1, shift: -5 }],
]);

/**
 * A point in time for the modifiers early/late/mid and "the end of": a month, a year, a decade, a weekday,
 * "this/next/last year", "today", "yesterday", a season.
 */
export function pointAt(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const word = s.w(k);
  if (word === 'the') {
    const unit = s.unit(k + 1);
    if (unit && !unit.value.plural) {
      const v = shiftedUnit(c.anchor, unit.value.code, 0, 'none');
      if (v !== null) return hit(k, k + 1, 'date', v, 'dates/the-unit', 0.8);
    }
    return theRule(c, k);
  }
  return (
    shiftRule(c, k) ??
    deicticRule(c, k) ??
    (monthDate(c, k, false) && monthAsHit(c, k)) ??
    weekdayDate(c, k, WEEKDAYS) ??
    yearRule(c, k) ??
    seasonYear(c, k)
  );
}

function monthAsHit(c: RuleContext, k: number): Hit | null {
  const d = monthDate(c, k, false);
  return d ? hit(k, d.last, 'date', d.value, `dates/${d.rule}`, 0.9) : null;
}

/** "spring 2019", "summer of 2018". */
function seasonYear(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const season = SEASONS.get(s.w(k));
  if (season === undefined) return null;
  const at = s.w(k + 1) === 'of' ? k + 2 : k + 1;
  const y = yearAt(s, at);
  if (y) return hit(k, at, 'date', `${yearString(y.value)}-${season}`, 'dates/season-year', 0.9);
  const a = c.anchor;
  return hit(k, k, 'date', `${a ? yearString(a.year) : 'XXXX'}-${season}`, 'dates/season', 0.6);
}

/** "spring 2019" without a modifier. */
export function seasonYearRule(c: RuleContext, k: number): Hit | null {
  const h = seasonYear(c, k);
  return h && h.rule === 'dates/season-year' ? h : null;
}

const EDGES = new Set(['early', 'late', 'mid', 'earlier', 'later']);

/**
 * "early next year", "late November", "mid-1996", "earlier this month", "late yesterday": the value of what
 * they modify, over the whole span.
 */
export function edgeRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const word = s.w(k);
  if (word.startsWith('mid-') && word.length > 4) return midToken(c, k, word.slice(4));
  if (!EDGES.has(word)) return null;
  let j = k + 1;
  if (word === 'mid' && s.w(j) === '-') j++;
  if (s.w(j) === 'in' || s.w(j) === 'on') return null;
  const inner = pointAt(c, j);
  if (!inner || inner.type === 'duration') return null;
  if ((word === 'earlier' || word === 'later') && inner.rule === 'dates/year') return null;
  return { ...inner, first: k, rule: `${inner.rule}+${word}` };
}

function midToken(c: RuleContext, k: number, rest: string): Hit | null {
  if (/^[12]\d{3}$/.test(rest)) return hit(k, k, 'date', rest, 'dates/mid-year', 0.9);
  const dec = /^(\d{3})0'?s$/.exec(rest);
  if (dec) return hit(k, k, 'date', dec[1]!, 'dates/mid-decade', 0.9);
  const month = MONTHS.get(rest);
  if (month !== undefined) {
    const a = c.anchor;
    const next = yearAt(c.s, k + 1);
    if (next) return hit(k, k + 1, 'date', `${yearString(next.value)}-${pad2(month)}`, 'dates/mid-month-year', 0.9);
    const y = a ? yearString(yearOfMonth(a, month, directionOf(c.tense(k, k)))) : 'XXXX';
    return hit(k, k, 'date', `${y}-${pad2(month)}`, 'dates/mid-month', 0.85);
  }
  return null;
}
