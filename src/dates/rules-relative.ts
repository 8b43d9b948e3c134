import {
  type Anchor,
  type Direction,
  dayOffset,
  directionOf,
  monthOffset,
  pad2,
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
import { weekdayAt } from './rules-calendar.js';
import { quarterAt } from './rules-quarter.js';
import { SHIFTS, type Shift } from './shifts.js';

const FUZZY_PHRASES = new PhraseIndex<string>(FUZZY);

/** "now", "currently", "recently", "the past", "the near future", "recent years". */
export function fuzzyRule(c: RuleContext, k: number): Hit | null {
  const found = FUZZY_PHRASES.match(c.s, k);
  if (!found) return null;
  // "Now, ..." opening a sentence is a discourse marker, not a time.
  if (k === c.s.lo && c.s.w(k) === 'now' && c.s.w(k + 1) === ',') return null;
  // "recent weeks" is a stretch of unknown length (PXW); "recently" a point in the past.
  const type = /^P[\dTX]/.test(found.value) ? 'duration' : 'date';
  return hit(k, found.next - 1, type, found.value, 'dates/fuzzy', 0.7);
}

const DEICTIC = new Map<string, number>([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
  ['tonight', 0],
]);

const TITLE_LEADS = new Set(["'s", '’s', 'the', 'a']);

/** "today", "yesterday morning", "tonight". */
export function deicticRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const word = s.w(k);
  const offset = DEICTIC.get(word);
  if (offset === undefined) return null;
  // "the BBC's Today programme", "USA Today", "the Today show": a capitalized "Today" inside a sentence that
  // follows a possessive, an article or a name, or precedes a capitalized word, is a title.
  if (k > s.lo && s.cap(k) && (TITLE_LEADS.has(s.w(k - 1)) || s.tok(k - 1)?.pos === 'PROPN' || s.cap(k + 1))) {
    return null;
  }
  const day = dayOffset(c.anchor, offset);
  if (word === 'tonight') return hit(k, k, 'time', `${day}TNI`, 'dates/tonight', 0.85);
  const part = PARTS_OF_DAY.get(s.w(k + 1));
  if (part !== undefined) return hit(k, k + 1, 'time', `${day}T${part}`, 'dates/deictic-part-of-day', 0.85);
  return hit(k, k, 'date', day, `dates/${word}`, 0.9);
}

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

/** Words after which "last" is the verb: modals, auxiliaries, an infinitive's "to". */
const VERB_LEADS = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'shall',
  "'ll",
  'to',
  'not',
  "n't",
  'did',
  'does',
  'do',
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
  // "stocks would last two weeks", "to last a year": the verb, not the past.
  if (s.w(k) === 'last' && (VERB_LEADS.has(s.w(k - 1)) || s.tok(k)?.pos === 'VERB')) return null;
  j++;
  // "this past weekend" is the last one; "this coming Monday" the next.
  if (shift === 0 && (s.w(j) === 'past' || s.w(j) === 'coming')) {
    shift = s.w(j) === 'past' ? -1 : 1;
    j++;
  }
  const a = c.anchor;
  const word = s.w(j);
  // "this fiscal year", "last fiscal year", "the current fiscal year": TimeBank gives the year by its number, as for
  // "fiscal 1989". "the following fiscal year" is left to the reference time.
  if (word === 'fiscal' && s.w(j + 1) === 'year' && s.w(k) !== 'following' && s.w(k) !== 'previous') {
    return hit(k, j + 1, 'date', yearOffset(a, shift), 'dates/shift-fiscal-year', 0.85);
  }
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
    // "the last fortnight", "over the next fortnight": a fortnight is no calendar unit, only a stretch of two weeks.
    if (code === 'FN' && shift !== 0) return hit(k, j, 'duration', 'P2W', 'dates/shift-fortnight', 0.7);
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
    // "On this day in 1969": the same day of another year, which the year after it names; "this day" is no date here.
    if (code === 'D' && shift === 0 && s.w(j + 1) === 'in' && /^[12]\d{3}$/.test(s.w(j + 2))) return null;
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

const ANAPHORIC_SHIFTS = new Map<string, number>([
  ['following', 1],
  ['next', 1],
  ['previous', -1],
  ['prior', -1],
  ['same', 0],
]);
const ANAPHORIC_UNITS = new Set(['D', 'W', 'M', 'Y']);

const BEFORE_AFTER = new Set(['before', 'after']);
/** What may follow "the day before" for it to stand alone: the end of the sentence or of a clause. */
const CLAUSE_ENDS = new Set(['', '.', ',', ';', ':', '!', '?', ')', 'and', 'but']);

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
  // "released the day before", "the day after, police charged him": the day on either side of the story's, when
  // nothing follows "before"/"after" (else "the day before the vote" counts from the vote).
  if (shift === undefined && s.w(k) === 'the' && s.w(k + 1) === 'day' && BEFORE_AFTER.has(s.w(k + 2))) {
    if (!CLAUSE_ENDS.has(s.w(k + 3))) return null;
    const by = s.w(k + 2) === 'before' ? -1 : 1;
    const fallback = shiftedUnit(c.anchor, 'D', by, 'none');
    if (fallback === null) return null;
    return { ...hit(k, k + 2, 'date', fallback, 'dates/anaphoric', 0.6), anaphor: { code: 'D', shift: by } };
  }
  if (shift === undefined) return null;
  // "argued that March was too early": a month with a verb after it is the subject of a clause "that" opens (the
  // tagger calls every "that" a conjunction, so the verb decides).
  const next = s.tok(j + 1)?.pos;
  if (shift === 0 && s.w(j - 1) === 'that' && next !== 'VERB' && next !== 'AUX') {
    const within = monthOrSeasonOf(c, j);
    if (within) return within;
  }
  // "the next morning", "the following night": the day after the story's (TimeBank: "the next morning" 2000-02-23).
  // "the previous night" stays the publication day's eve (shiftRule).
  if (shift > 0 && PARTS_OF_DAY.has(s.w(j)) && s.w(j + 1) !== "'s") {
    const fallback = shiftedUnit(c.anchor, 'D', 1, 'none');
    if (fallback === null) return null;
    return { ...hit(k, j, 'date', fallback, 'dates/anaphoric-part-of-day', 0.6), anaphor: { code: 'D', shift } };
  }
  const unit = s.unit(j);
  if (!unit || unit.value.plural || !ANAPHORIC_UNITS.has(unit.value.code) || s.w(j + 1) === "'s") return null;
  // "The next day, police charged him" is the day after the story's; "over the next year" is a stretch of time.
  if (s.w(j - 1) === 'next' && unit.value.code !== 'D') return null;
  const fallback = shiftedUnit(c.anchor, unit.value.code, shift === 0 ? 0 : shift < 0 ? -1 : 1, 'none');
  if (fallback === null) return null;
  return { ...hit(k, j, 'date', fallback, 'dates/anaphoric', 0.6), anaphor: { code: unit.value.code, shift } };
}

/**
 * "resigned that April", "later that summer": a month or a season of the year the text was last talking about. The
 * fallback, for a text that named no year before, is the latest such month or season before the anchor.
 */
function monthOrSeasonOf(c: RuleContext, j: number): Hit | null {
  const { s, anchor: a } = c;
  const word = s.w(j);
  const month = MONTHS.get(word);
  const within = month !== undefined && s.cap(j) ? pad2(month) : SEASONS.get(word);
  if (within === undefined) return null;
  const y = !a ? 'XXXX' : yearString(month !== undefined ? yearOfMonth(a, month, 'past') : yearOfSeason(a, within, -1));
  return {
    ...hit(j - 1, j, 'date', `${y}-${within}`, 'dates/anaphoric', 0.6),
    anaphor: { code: 'Y', shift: 0, within },
  };
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

/** Units that a "-to-date" stretch runs through, and how far back from the anchor the current one is counted. */
const TO_DATE_UNITS = new Map([
  ['year', 'Y'],
  ['month', 'M'],
  ['quarter', 'Q'],
]);

/**
 * "up 14% year-to-date", "in the year to date", "YTD": the current year (month, quarter) so far, given as that year
 * (month, quarter) by its number.
 */
export function toDateRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  if (s.w(k) === 'ytd' && s.tok(k)?.text === 'YTD')
    return hit(k, k, 'date', yearOffset(c.anchor, 0), 'dates/to-date', 0.7);
  const j = s.w(k) === 'the' ? k + 1 : k;
  const code = TO_DATE_UNITS.get(s.w(j));
  if (code === undefined) return null;
  const hyphen = s.hyphenAfter(j);
  let last = -1;
  if (hyphen > 0 && s.w(hyphen) === 'to' && s.hyphenAfter(hyphen) > 0 && s.w(s.hyphenAfter(hyphen)) === 'date') {
    last = s.hyphenAfter(hyphen);
  } else if (s.w(j + 1) === 'to' && s.w(j + 2) === 'date') last = j + 2;
  if (last < 0) return null;
  const value = shiftedUnit(c.anchor, code, 0, 'none');
  return value === null ? null : hit(k, last, 'date', value, 'dates/to-date', 0.7);
}
