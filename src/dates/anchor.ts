import {
  addDays,
  addMonths,
  addWeeks,
  differenceInCalendarDays,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  isValid,
} from '../adapters/date-fns.js';

/**
 * Calendar arithmetic against the document creation time (the anchor), with date-fns. Every function takes the
 * anchor or `null`: without one, the parts that would need it stay `X` ("XXXX-08", "XXXX-WXX"), never today's
 * date and never a guessed year.
 */
export interface Anchor {
  /** Local midnight of the publication day (date-fns works in local time; only calendar fields are read). */
  readonly date: Date;
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** Which way a bare weekday or month points: the verb's tense, or an explicit last/next/this. */
export type Direction = 'past' | 'future' | 'none';

/** A tense as a direction: a simple present leaves a month or a day open ('none'). */
export function directionOf(tense: Direction | 'present'): Direction {
  return tense === 'present' ? 'none' : tense;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The anchor of an ISO YYYY-MM-DD date, or null when absent or malformed. */
export function anchorOf(published: string | undefined): Anchor | null {
  if (published === undefined) return null;
  const m = ISO_DATE.exec(published);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getMonth() !== month - 1) return null;
  return { date, year, month, day };
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function yearString(y: number): string {
  return y >= 0 && y < 1000 ? String(y).padStart(4, '0') : String(y);
}

export function isoDay(date: Date): string {
  return `${yearString(date.getFullYear())}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

export function isoWeek(date: Date): string {
  return `${yearString(getISOWeekYear(date))}-W${pad2(getISOWeek(date))}`;
}

/** Whether year-month-day exists (Feb 29 only in leap years). */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(year, month - 1, day);
  return d.getMonth() === month - 1 && d.getDate() === day;
}

/** The day `n` days from the anchor: "yesterday" is -1. */
export function dayOffset(a: Anchor | null, n: number): string {
  return a ? isoDay(addDays(a.date, n)) : 'XXXX-XX-XX';
}

export function weekOffset(a: Anchor | null, n: number): string {
  return a ? isoWeek(addWeeks(a.date, n)) : 'XXXX-WXX';
}

export function monthOffset(a: Anchor | null, n: number): string {
  if (!a) return 'XXXX-XX';
  const d = addMonths(new Date(a.year, a.month - 1, 1), n);
  return `${yearString(d.getFullYear())}-${pad2(d.getMonth() + 1)}`;
}

export function yearOffset(a: Anchor | null, n: number): string {
  return a ? yearString(a.year + n) : 'XXXX';
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function quarterOffset(a: Anchor | null, n: number): string {
  if (!a) return 'XXXX-QX';
  const index = a.year * 4 + (quarterOf(a.month) - 1) + n;
  return `${yearString(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
}

/**
 * The weekend meant by "the weekend" / "this past weekend" (past: the last Saturday–Sunday before the anchor day)
 * or "this weekend" / "next weekend" (future), as an ISO week with `-WE`.
 */
export function weekendValue(a: Anchor | null, dir: Direction, extraWeeks = 0): string {
  if (!a) return 'XXXX-WXX-WE';
  const isoDayNum = getISODay(a.date);
  let saturday: Date;
  if (dir === 'past') {
    // On a Sunday the weekend under way is "this weekend"; "the past weekend" is the one before.
    const back = isoDayNum === 6 ? 7 : isoDayNum === 7 ? 8 : isoDayNum + 1;
    saturday = addDays(a.date, -back - 7 * extraWeeks);
  } else {
    saturday = addDays(a.date, (isoDayNum === 7 ? -1 : 6 - isoDayNum) + 7 * extraWeeks);
  }
  return `${isoWeek(saturday)}-WE`;
}

/**
 * "this weekend": the weekend of the anchor's ISO week, or, early in the week and in the past tense, the one
 * just gone ("was held this weekend" on a Monday).
 */
export function thisWeekendValue(a: Anchor | null, dir: Direction): string {
  if (a && dir === 'past' && getISODay(a.date) <= 2) return weekendValue(a, 'past');
  return weekendValue(a, 'future');
}

/** A weekday (1 = Monday … 7 = Sunday) relative to the anchor: the nearest one in `dir`, the anchor day included. */
export function weekdayValue(a: Anchor | null, weekday: number, dir: Direction, strict = false): string {
  if (!a) return `XXXX-WXX-${weekday}`;
  const today = getISODay(a.date);
  let delta = weekday - today;
  if (dir === 'future') {
    if (delta < 0 || (strict && delta === 0)) delta += 7;
  } else if (delta > 0 || (strict && delta === 0)) delta -= 7;
  return isoDay(addDays(a.date, delta));
}

/** The weekday of the anchor's own ISO week ("this Friday"). */
export function weekdayThisWeek(a: Anchor | null, weekday: number): string {
  if (!a) return `XXXX-WXX-${weekday}`;
  return isoDay(addDays(a.date, weekday - getISODay(a.date)));
}

/**
 * The year of a month named without one: the nearest such month, the tense deciding near-ties. `strict`
 * ("last August", "next March") takes the latest before / the earliest after the anchor's month.
 */
/**
 * How far (in months, in days) a tense can pull a month or a day away from its nearest occurrence: "in March,
 * the company lost money" written in October is last March, not next March five months away.
 */
const MONTH_TENSE_WEIGHT = 8;
const DAY_TENSE_WEIGHT = 240;

export function yearOfMonth(a: Anchor, month: number, dir: Direction, strict = false): number {
  if (strict && dir === 'past') return month < a.month ? a.year : a.year - 1;
  if (strict && dir === 'future') return month > a.month ? a.year : a.year + 1;
  // The nearest such month, the tense breaking near-ties: "in January" written in November is the coming one.
  let best = a.year;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const y of [a.year - 1, a.year, a.year + 1]) {
    const diff = (y - a.year) * 12 + month - a.month;
    let score = Math.abs(diff);
    if (dir === 'past' && diff > 0) score += MONTH_TENSE_WEIGHT;
    if (dir === 'future' && diff < 0) score += MONTH_TENSE_WEIGHT;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/**
 * The year of a month and day named without one: the occurrence nearest the anchor, unless the tense points
 * the other way and that occurrence is not much farther: "said Dec. 28" in an article of 2019-01-03. `firm` (a
 * plain future, "will open on May 5") takes no occurrence more than two days past.
 */
export function yearOfMonthDay(a: Anchor, month: number, day: number, dir: Direction, firm = false): number {
  let best = a.year;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const y of [a.year - 1, a.year, a.year + 1]) {
    if (!validDay(y, month, day)) continue;
    const diff = differenceInCalendarDays(new Date(y, month - 1, day), a.date);
    // "will open on May 5" written on June 1: a plain future has no occurrence already past.
    if (firm && diff < -2) continue;
    let score = Math.abs(diff);
    if (dir === 'past' && diff > 2) score += DAY_TENSE_WEIGHT;
    if (dir === 'future' && diff < -2) score += DAY_TENSE_WEIGHT;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** Seasons as TIMEX3 codes, with the month each one ends in (winter ends in February of the next year). */
const SEASON_END = new Map<string, number>([
  ['SP', 5],
  ['SU', 8],
  ['FA', 11],
  ['WI', 14],
]);

/**
 * The year of a season named without one: "last fall", "this summer", "next spring". -1 is the latest one already
 * over (or under way), +1 the earliest one not yet over ("will open in the spring" written in November is next
 * year's), 0 the anchor's year.
 */
export function yearOfSeason(a: Anchor, season: string, offset: -1 | 0 | 1): number {
  if (offset === 0) return a.year;
  const end = SEASON_END.get(season) ?? 12;
  const over = a.month > end;
  if (offset === -1) return over ? a.year : a.year - 1;
  return over ? a.year + 1 : a.year;
}
