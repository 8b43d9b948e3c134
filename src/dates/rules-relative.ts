import {
  type Anchor,
  type Direction,
  dayOffset,
  directionOf,
  monthOffset,
  pad2,
  quarterOf,
  quarterOffset,
  thisWeekendValue,
  weekdayThisWeek,
  weekdayValue,
  weekendValue,
  weekOffset,
  yearOffset,
  yearOfMonth,
  yearOfSeason,
  yearString,
} from './anchor.js';
import { FUZZY, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from './lexicon.js';
import { centuryValue, decadeValue, durationValue } from './normalize.js';
import { PhraseIndex } from './phrase-index.js';
import { type Hit, hit, type RuleContext } from './rule.js';
import { monthDate, weekdayAt, weekdayDate, yearAt, yearRule } from './rules-calendar.js';

const FUZZY_PHRASES = new PhraseIndex<string>(FUZZY);

/** "now", "currently", "recently", "the past", "the near future", "recent years". */
export function fuzzyRule(c: RuleContext, k: number): Hit | null {
  const found = FUZZY_PHRASES.match(c.s, k);
  if (!found) return null;
  // "Now, ..." opening a sentence is a discourse marker, not a time.
  if (k === c.s.lo && c.s.w(k) === 'now' && c.s.w(k + 1) === ',') return null;
  // "recent weeks" is a stretch of unknown length (PXW); "recently" a point in the past.
  const type = found.value.startsWith('P') ? 'duration' : 'date';
  return hit(k, found.next - 1, type, found.value, 'dates/fuzzy', 0.7);
}

const DEICTIC = new Map<string, number>([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
  ['tonight', 0],
]);

/** "today", "yesterday morning", "tonight". */
export function deicticRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const word = s.w(k);
  const offset = DEICTIC.get(word);
  if (offset === undefined) return null;
  const day = dayOffset(c.anchor, offset);
  if (word === 'tonight') return hit(k, k, 'time', `${day}TNI`, 'dates/tonight', 0.85);
  const part = PARTS_OF_DAY.get(s.w(k + 1));
  if (part !== undefined) return hit(k, k + 1, 'time', `${day}T${part}`, 'dates/deictic-part-of-day', 0.85);
  return hit(k, k, 'date', day, `dates/${word}`, 0.9);
}

type Shift = -1 | 0 | 1;
const SHIFTS = new Map<string, Shift>([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
]);

/** Words before "last year" that make it a comparison with the same period a year back. */
const COMPARISON = new Set([
  'million',
  'billion',
  'share',
  'than',
  'from',
  'with',
  'cents',
  'period',
  'quarter',
  'earlier',
]);

/** A unit shifted from the anchor: "last year" 2018, "next month" 2019-02, "this week" 2019-W03. */
export function shiftedUnit(a: Anchor | null, code: string, shift: Shift, dir: Direction): string | null {
  switch (code) {
    case 'D':
      return dayOffset(a, shift);
    case 'W':
      return weekOffset(a, shift);
    case 'WE':
      if (shift === 0) return thisWeekendValue(a, dir);
      return weekendValue(a, shift < 0 ? 'past' : 'future', shift < 0 ? 0 : 1);
    case 'M':
      return monthOffset(a, shift);
    case 'Q':
      return quarterOffset(a, shift);
    case 'Y':
      return yearOffset(a, shift);
    case 'DE':
      return a ? decadeValue(a.year + 10 * shift) : 'XXX';
    case 'CE':
      return a ? centuryValue(Math.floor(a.year / 100) + 1 + shift) : 'XX';
    default:
      return null;
  }
}

/**
 * "last year", "this past weekend", "next Tuesday", "last August", "this summer", "last night", and with a
 * count "the past two months" (a duration). `k` is at last/this/next/past/previous/coming/following.
 */
export function shiftRule(c: RuleContext, k: number, withThe = false): Hit | null {
  const { s } = c;
  let j = k;
  let shift = SHIFTS.get(s.w(j));
  if (shift === undefined) return null;
  j++;
  // "this past weekend" is the last one; "this coming Monday" the next.
  if (shift === 0 && (s.w(j) === 'past' || s.w(j) === 'coming')) {
    shift = s.w(j) === 'past' ? -1 : 1;
    j++;
  }
  const a = c.anchor;
  const word = s.w(j);
  const count = s.count(j);
  if (count && count.value !== 1) {
    const unit = s.unit(count.next);
    if (unit?.value.plural && count.value === 'X' && shift < 0) {
      // "the past several quarters", "the last few months": vague, as TimeBank marks them.
      return hit(k, unit.next - 1, 'date', shift < 0 ? 'PAST_REF' : 'FUTURE_REF', 'dates/shift-vague', 0.6);
    }
    if (unit?.value.plural) {
      return hit(k, unit.next - 1, 'duration', durationValue(count.value, unit.value.code), 'dates/shift-count', 0.85);
    }
  }
  const unit = s.unit(j);
  // "This Week", "60 Minutes": a capitalized unit inside a sentence is a title.
  if (unit && !(s.cap(j) && j > s.lo + 1)) {
    const { code, plural } = unit.value;
    if (plural) {
      // "coming months", "the past years": vague references to the past or the future, as TimeBank marks them.
      if (shift === 0) return null;
      return hit(k, j, 'date', shift < 0 ? 'PAST_REF' : 'FUTURE_REF', 'dates/shift-plural', 0.6);
    }
    // "the past week" is a stretch of time; "the past year" and "last week" are calendar units.
    if (withThe && shift === -1 && (code === 'W' || code === 'D' || code === 'DE' || code === 'CE')) {
      return hit(k, j, 'duration', durationValue(1, code), 'dates/the-past-unit', 0.7);
    }
    const value = shiftedUnit(a, code, shift, directionOf(c.tense(k, j)));
    if (value === null) return null;
    // "last year's third quarter": the quarter of that year.
    if (code === 'Y' && s.w(j + 1) === "'s") {
      const q = quarterAt(c, j + 2);
      if (q)
        return hit(k, q.last, 'date', a ? `${value}-${q.part}` : `XXXX-${q.part}`, 'dates/shift-year-quarter', 0.9);
    }
    const h = hit(k, j, 'date', value, 'dates/shift-unit', 0.9);
    // "compared with $3 million last year": in a paragraph about a quarter, that quarter a year back.
    return code === 'Y' && shift === -1 && COMPARISON.has(s.w(k - 1)) ? { ...h, yearsBack: 1 } : h;
  }
  const part = PARTS_OF_DAY.get(word);
  if (part !== undefined && shift !== 1) {
    // "last night" is yesterday's; "this morning" today's.
    const night = shift === -1 && part === 'NI';
    if (shift === -1 && !night) return null;
    return hit(k, j, 'time', `${dayOffset(a, night ? -1 : 0)}T${part}`, 'dates/shift-part-of-day', 0.85);
  }
  const wd = weekdayAt(s, j, WEEKDAYS);
  if (wd) {
    let value: string;
    if (shift === 0) value = weekdayThisWeek(a, wd.value);
    else value = weekdayValue(a, wd.value, shift < 0 ? 'past' : 'future', true);
    const p = PARTS_OF_DAY.get(s.w(j + 1));
    if (p !== undefined) return hit(k, j + 1, 'time', `${value}T${p}`, 'dates/shift-weekday-part', 0.85);
    return hit(k, j, 'date', value, 'dates/shift-weekday', 0.9);
  }
  const month = MONTHS.get(word);
  if (month !== undefined && s.cap(j)) {
    const y = a
      ? yearString(shift === 0 ? a.year : yearOfMonth(a, month, shift < 0 ? 'past' : 'future', true))
      : 'XXXX';
    return hit(k, j, 'date', `${y}-${pad2(month)}`, 'dates/shift-month', 0.9);
  }
  const season = SEASONS.get(word);
  if (season !== undefined) {
    const y = a ? yearString(yearOfSeason(a, season, shift)) : 'XXXX';
    return hit(k, j, 'date', `${y}-${season}`, 'dates/shift-season', 0.85);
  }
  return null;
}

/** "third-quarter", "the fourth quarter", "Q3", "the first half": part codes Q1–Q4, H1–H2. */
function quarterAt(c: RuleContext, k: number): { part: string; q: number; last: number } | null {
  const { s } = c;
  const qm = /^q([1-4])$/.exec(s.w(k));
  if (qm) return { part: `Q${qm[1]}`, q: Number(qm[1]), last: k };
  let j = k;
  if (s.w(j) === 'fiscal') j++;
  const ord = s.w(j);
  const n =
    ord === 'first' ? 1 : ord === 'second' ? 2 : ord === 'third' ? 3 : ord === 'fourth' ? 4 : ord === 'final' ? 4 : 0;
  if (n === 0) return null;
  const after = s.hyphenAfter(j) > 0 ? s.hyphenAfter(j) : j + 1;
  let unit = s.w(after);
  if (unit === 'fiscal') unit = s.w(after + 1);
  const unitAt = s.w(after) === 'fiscal' ? after + 1 : after;
  if (unit === 'quarter') return { part: `Q${n}`, q: n, last: unitAt };
  if (unit === 'half' && n <= 2) return { part: `H${n}`, q: n * 2, last: unitAt };
  return null;
}

/**
 * Quarters and halves: "the third quarter", "third-quarter", "fourth quarter of 2018", "Q3 2018". Without a
 * year, the anchor's year, or the one before when the quarter has not begun and the verb is past ("reported
 * fourth-quarter profit" in January).
 */
export function quarterRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const start = k;
  let j = k;
  if (s.w(j) === 'the') j++;
  let explicitYear: string | null = null;
  const y = yearAt(s, j);
  if (y && s.w(k) === 'the') {
    explicitYear = yearString(y.value);
    j = y.next;
  }
  const q = quarterAt(c, j);
  if (!q) return null;
  let last = q.last;
  const a = c.anchor;
  const ofYear = s.w(last + 1) === 'of' || s.w(last + 1) === ',' ? yearAt(s, last + 2) : yearAt(s, last + 1);
  if (!explicitYear && ofYear) {
    explicitYear = yearString(ofYear.value);
    last = ofYear.next - 1;
  } else if (!explicitYear && s.w(last + 1) === 'of' && s.w(last + 3) === 'year') {
    const shift = SHIFTS.get(s.w(last + 2));
    if (shift !== undefined) {
      explicitYear = yearOffset(a, shift);
      last += 3;
    }
  }
  let year = explicitYear;
  if (year === null) {
    if (!a) year = 'XXXX';
    else {
      const current = q.part.startsWith('H') ? (a.month <= 6 ? 2 : 4) : quarterOf(a.month);
      year = yearString(q.q > current && c.tense(start, last) === 'past' ? a.year - 1 : a.year);
    }
  }
  return hit(start, last, 'date', `${year}-${q.part}`, 'dates/quarter', 0.85);
}

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
    // "for the year" is the stretch of a year (P1Y); "earlier in the year" the calendar year.
    if (word === 'year' && /^(for|over|throughout)$/.test(s.w(k - 1)) && !/^(end|to)/.test(s.w(last + 1))) {
      return hit(k, last, 'duration', 'P1Y', 'dates/for-the-year', 0.6);
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
    if (!/^(in|during|over|by|until|since|through|throughout)$/.test(s.w(k - 1))) return null;
    const y = a ? yearString(yearOfSeason(a, season, c.tense(k, j) === 'past' ? -1 : 0)) : 'XXXX';
    return hit(k, j, 'date', `${y}-${season}`, 'dates/the-season', 0.7);
  }
  return null;
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

const ANAPHORIC_SHIFTS = new Map<string, number>([
  ['following', 1],
  ['previous', -1],
  ['prior', -1],
  ['same', 0],
]);
const ANAPHORIC_UNITS = new Set(['D', 'W', 'M', 'Y']);

/** "the following year", "that day", "the same month", "later that year": relative to the reference time. */
export function anaphorRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  let j = k;
  if (s.w(j) === 'later' || s.w(j) === 'earlier') j++;
  let shift: number | undefined;
  if (s.w(j) === 'that') {
    shift = 0;
    j++;
  } else if (s.w(j) === 'the') {
    shift = ANAPHORIC_SHIFTS.get(s.w(j + 1));
    j += 2;
  }
  if (shift === undefined) return null;
  const unit = s.unit(j);
  if (!unit || unit.value.plural || !ANAPHORIC_UNITS.has(unit.value.code) || s.w(j + 1) === "'s") return null;
  const fallback = shiftedUnit(c.anchor, unit.value.code, shift === 0 ? 0 : shift < 0 ? -1 : 1, 'none');
  if (fallback === null) return null;
  return { ...hit(k, j, 'date', fallback, 'dates/anaphoric', 0.6), anaphor: { code: unit.value.code, shift } };
}

/**
 * "the year-ago quarter", "the year-earlier period", "year-earlier" (as in "year-earlier profit"), "year-end":
 * the year before the anchor's (or, in stage.ts, the quarter a year before the one under discussion).
 */
export function yearAgoRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  let j = k;
  if (s.w(j) === 'the') j++;
  if (s.w(j) === 'comparable' || s.w(j) === 'same') j++;
  if (s.w(j) !== 'year' || s.hyphenAfter(j) < 0) return null;
  const after = s.hyphenAfter(j);
  const word = s.w(after);
  const a = c.anchor;
  if (word === 'end')
    return hit(k, after, 'date', a ? `${yearString(a.year)}-12-31` : 'XXXX-12-31', 'dates/year-end', 0.7);
  if (word !== 'ago' && word !== 'earlier') return null;
  const noun = s.w(after + 1);
  if (noun === 'quarter' || noun === 'period') {
    return { ...hit(k, after + 1, 'date', quarterOffset(a, -5), 'dates/year-ago-quarter', 0.75), yearsBack: 1 };
  }
  if (k !== j) return null;
  return { ...hit(k, after, 'date', yearOffset(a, -1), 'dates/year-ago', 0.7), yearsBack: 1 };
}

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
