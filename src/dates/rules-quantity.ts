import { addDays, addMonths, addWeeks, addYears } from '../adapters/date-fns.js';
import { LetterPattern, startsLower } from '../text/letters.js';
import { QUOTE_MARK_TOKENS } from '../text/quote-marks.js';
import { type Anchor, dayOffset, isoDay, yearString } from './anchor.js';
import { MONTHS, PLURAL_WEEKDAYS, QUANTITY_MODIFIERS, SETS, WEEKDAYS } from './lexicon.js';
import { clockValue, durationValue, setValue } from './normalize.js';
import { PhraseIndex } from './phrase-index.js';
import { type Hit, hit, type RuleContext } from './rule.js';
import { monthDate, weekdayAt, weekdayDate } from './rules-calendar.js';
import { deicticRule } from './rules-relative.js';
import type { Count, Parsed, Scanner } from './scanner.js';
import { zoneAt } from './zones.js';

const LOWER_PLURAL = new LetterPattern(String.raw`^\p{Ll}+s$`);

const MODIFIER_PHRASES = new PhraseIndex<true>(QUANTITY_MODIFIERS.map((p): [string, true] => [p, true]));

/** "more than", "nearly", "about": the index after the modifier, or k when there is none. */
function afterModifier(s: Scanner, k: number): number {
  return MODIFIER_PHRASES.match(s, k)?.next ?? k;
}

/** Words before "a year" / "a day" that make it a rate ("twice a year", "$5 a day"): a SET. */
const RATE_LEADS = new Set(['once', 'twice', 'times', 'thrice']);
/** Amount words that end a quantity ("5% a year", "$33 million a year", "40 cents a day"): what follows is its rate. */
const AMOUNT_ENDS = new Set([
  '%',
  'percent',
  'pct',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'dozens',
]);
/** Words after "a year" that make it a point or a comparison ("a year after", "a year or two"), not a rate. */
const NOT_RATE_AFTER = new Set(['after', 'before', 'later', 'earlier', 'ago', 'since', 'or', 'of', 'into', 'from']);

/**
 * Whether "a year" at k is the rate of the amount before it: "5% a year", "$33 million a year", "15 tankers a year",
 * "hundreds of interviews a day". A counted plural noun (a number at most three words before it) counts too.
 */
function rateOfAmount(s: Scanner, k: number, last: number): boolean {
  if (NOT_RATE_AFTER.has(s.w(last + 1))) return false;
  const prev = s.w(k - 1);
  if (RATE_LEADS.has(prev) || /\d/.test(prev) || AMOUNT_ENDS.has(prev)) return true;
  if (!LOWER_PLURAL.test(prev) || s.unitCode(prev) !== undefined) return false;
  for (let j = k - 2; j >= s.lo && k - j <= 4; j--) {
    const w = s.w(j);
    if (/\d/.test(w) || AMOUNT_ENDS.has(w) || (s.count(j) !== null && w !== 'a' && w !== 'an')) return true;
  }
  return false;
}

/**
 * A count and a unit from k: "two weeks", "18 months", "a year", "several years", "5-year", "two-year-old".
 * Returns the duration parts and the last token.
 */
function countUnit(s: Scanner, k: number): Parsed<{ n: Count; code: string; adjectival: boolean }> | null {
  const word = s.w(k);
  // A single token "two-year" or "10-day" (the tokenizer sometimes keeps the hyphen inside).
  const dash = word.indexOf('-');
  if (dash > 0 && !word.startsWith('mid-')) {
    const parts = word.split('-');
    const n = parts[0] !== undefined && /^\d+$/.test(parts[0]) ? Number(parts[0]) : null;
    const unitWord = parts[1];
    if (n !== null && unitWord !== undefined && s.unitCode(unitWord) !== undefined && !unitWord.endsWith('s')) {
      if (isAge(s, k + 1)) return null;
      return { value: { n, code: s.unitCode(unitWord)!, adjectival: true }, next: k + 1 };
    }
  }
  const count = s.count(k);
  if (!count) return null;
  const hyphen = s.hyphenAfter(count.next - 1);
  const at = hyphen > 0 ? hyphen : count.next;
  const unit = s.unit(at);
  if (!unit || (s.cap(at) && at > s.lo + 1)) return null;
  // "a year-earlier quarter", "year-end": the unit belongs to a compound read by another rule.
  const compound = s.hyphenAfter(at);
  if (compound > 0 && /^(earlier|ago|end|on|round|long)$/.test(s.w(compound))) return null;
  if (count.value === 1 && unit.value.plural && (word === 'a' || word === 'an')) return null;
  // "a quarter of the votes", "half of" are fractions, not spans of time.
  if (unit.value.code === 'Q' && s.w(unit.next) === 'of') return null;
  // "a second" is far more often the ordinal ("a second plane") than a second of time.
  if (unit.value.code === 'S' && !unit.value.plural && count.value === 1) return null;
  if (hyphen > 0 && unit.value.plural) return null;
  // "the 1988 quarter" is a year's quarter, not 1,988 of them.
  if (typeof count.value === 'number' && count.value >= 1000 && !unit.value.plural) return null;
  if (isAge(s, unit.next)) return null;
  return { value: { n: count.value, code: unit.value.code, adjectival: hyphen > 0 }, next: unit.next };
}

/** "6-year-old", "52 years old": ages, which TimeBank does not mark as durations. */
function isAge(s: Scanner, next: number): boolean {
  const w = s.w(next) === '-' ? s.w(next + 1) : s.w(next);
  return w === 'old' || w === 'old-' || w === 'olds';
}

/** The date a count of units before (-1) or after (+1) the anchor falls in, at the unit's granularity. */
function agoValue(a: Anchor | null, n: Count, code: string, sign: -1 | 1): string | null {
  if (n === 'X') return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  if (!a) {
    if (code === 'Y') return 'XXXX';
    if (code === 'M') return 'XXXX-XX';
    return 'XXXX-XX-XX';
  }
  const k = n * sign;
  switch (code) {
    case 'D':
      return isoDay(addDays(a.date, k));
    case 'W':
      return isoDay(addWeeks(a.date, k));
    case 'FN':
      return isoDay(addWeeks(a.date, 2 * k));
    case 'M': {
      const d = addMonths(a.date, k);
      return `${yearString(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    }
    case 'Y':
      return yearString(addYears(a.date, k).getFullYear());
    case 'DE':
      return yearString(a.year + 10 * k);
    case 'CE':
      return yearString(a.year + 100 * k);
    default:
      return null;
  }
}

/**
 * Durations and dates counted from the anchor: "two weeks" (P2W), "more than four hours" (PT4H), "5-year" (P5Y),
 * "two weeks ago" (a date), "a year earlier", "three days from now"; "twice a year" is a set (P1Y).
 */
export function quantityRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const j = afterModifier(s, k);
  const cu = countUnit(s, j);
  if (!cu) return j > k ? timeRule(c, j, k) : null;
  const { n, code, adjectival } = cu.value;
  let last = cu.next - 1;
  const after = s.w(cu.next);
  // "Game 5 is set for two days later": after a preposition "N units later" is a point, counted from the date the
  // story was last talking about (TimeBank's sentence-opening "Three days later" stays a stretch).
  if (!adjectival && after === 'later' && POINT_LEADS.has(s.w(k - 1))) {
    const value = agoValue(c.anchor, n, code, 1);
    const anaphor = anaphorOf(n, code, 1);
    if (value !== null && anaphor) return { ...hit(k, cu.next, 'date', value, 'dates/later', 0.75), anaphor };
  }
  if (!adjectival && (after === 'ago' || after === 'earlier' || (after === 'from' && s.w(cu.next + 1) === 'now'))) {
    const sign = after === 'from' ? 1 : -1;
    last = after === 'from' ? cu.next + 1 : cu.next;
    const value = agoValue(c.anchor, n, code, sign);
    if (value === null) return null;
    const h = hit(k, last, 'date', value, `dates/${after === 'from' ? 'from-now' : after}`, 0.85);
    const back = n === 1 && code === 'Y' && sign < 0 && j === k ? { ...h, yearsBack: 1 } : h;
    // "ago" counts from the publication date; "earlier" from the date the story was last talking about, unless it
    // is the other side of a comparison ("up 15% from 4 pence a year earlier": a year before the period reported).
    const anaphor = after === 'earlier' && !comparedWith(s, k) ? anaphorOf(n, code) : undefined;
    return anaphor ? { ...back, anaphor } : back;
  }
  // "five days a week", "eight hours a day", "three times per month": a frequency, one SET of the larger unit.
  if (!adjectival && (after === 'a' || after === 'an' || after === 'per')) {
    const per = s.unit(cu.next + 1);
    if (per && !per.value.plural && UNIT_ORDER.indexOf(per.value.code) > UNIT_ORDER.indexOf(code)) {
      return hit(k, per.next - 1, 'set', setValue(per.value.code), 'dates/frequency', 0.8);
    }
  }
  const word = s.w(j);
  if ((word === 'a' || word === 'an') && n === 1 && j === k) {
    const prev = s.w(k - 1);
    if (rateOfAmount(s, k, last)) return hit(k, last, 'set', setValue(code), 'dates/rate', 0.8);
    // "a day" is mostly figurative ("a day to celebrate") unless something counts it ("for a day").
    if (code === 'D' && !/^(for|within|in|over|than|about|nearly|almost|only|just|least)$/.test(prev)) return null;
  }
  // "one day he will" is a vague future, not a day's length.
  if (n === 1 && word === 'one' && code === 'D' && s.w(k - 1) !== 'for' && !adjectival) return null;
  // "scored on 71 minutes", "was booked on the hour": a match clock's reading is a moment of the game, no stretch.
  if (code === 'MI' && j === k && !adjectival && s.w(k - 1) === 'on') return null;
  return hit(
    k,
    last,
    'duration',
    durationValue(n, code),
    adjectival ? 'dates/duration-adjective' : 'dates/duration',
    0.8,
  );
}

const COMPARISON_LEADS = new Set(['from', 'than', 'with', 'versus', 'vs.', 'against', 'over']);
/** How many tokens before a date a comparison word may be ("from 4 pence a year earlier"). */
const COMPARISON_REACH = 5;

/** Whether the expression at k is the second term of a comparison: "from $3 million a year earlier". */
function comparedWith(s: Scanner, k: number): boolean {
  for (let j = k - 1; j >= s.lo && k - j <= COMPARISON_REACH; j--) {
    const w = s.w(j);
    if (COMPARISON_LEADS.has(w)) return true;
    if (w === ',' || w === ';' || s.tok(j)?.pos === 'VERB') return false;
  }
  return false;
}

/**
 * A count of units before a reference date ("two weeks earlier"), as the stage shifts it; undefined when vague.
 * "Two weeks later" stays a duration, as TimeML marks it ("later" is a signal outside the span: TimeBank's
 * "Three days later" is P3D), and so does "three days before that".
 */
function anaphorOf(n: Count, code: string, sign = -1): { code: string; shift: number } | undefined {
  if (n === 'X') return undefined;
  if (code === 'D') return { code: 'D', shift: sign * n };
  if (code === 'W') return { code: 'D', shift: sign * 7 * n };
  if (code === 'FN') return { code: 'D', shift: sign * 14 * n };
  if (code === 'M') return { code: 'M', shift: sign * n };
  if (code === 'Y') return { code: 'Y', shift: sign * n };
  if (code === 'DE') return { code: 'Y', shift: sign * 10 * n };
  return undefined;
}

/** Unit codes from the smallest up: a frequency's "per" unit is larger than its counted one. */
const UNIT_ORDER = ['S', 'MI', 'H', 'D', 'W', 'M', 'Q', 'Y', 'DE', 'CE'];

/** Prepositions that make "N units later" a point in time: "set for two days later", "moved to a week later". */
const POINT_LEADS = new Set(['for', 'on', 'to', 'until', 'till', 'by']);

const BARE_PLURAL_LEADS = new Set(['for', 'over', 'in', 'within', 'after']);

/** "for years", "over the years", "in months", "decades-long": an unknown number of units (PXY, PXM). */
export function barePluralRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  let j = k;
  if (s.w(j) === 'the' && s.w(k - 1) === 'over') j++;
  const unit = s.unit(j);
  if (!unit?.value.plural || s.cap(j)) return null;
  const hyphen = s.hyphenAfter(j);
  if (hyphen > 0 && s.w(hyphen) === 'long') {
    return hit(k, hyphen, 'duration', durationValue('X', unit.value.code), 'dates/plural-long', 0.7);
  }
  if (!BARE_PLURAL_LEADS.has(s.w(k - 1)) || s.w(j + 1) === 'of' || s.w(j + 1) === 'ago') return null;
  return hit(k, j, 'duration', durationValue('X', unit.value.code), 'dates/bare-plural', 0.6);
}

/** "every day", "each Thursday", "daily", "every two weeks", "on Mondays", "per year". */
export function setRule(c: RuleContext, k: number): Hit | null {
  const { s } = c;
  const word = s.w(k);
  const period = SETS.get(word);
  // "the Daily Nation", "Weekly Standard": a capitalized set word before a capitalized one names a paper.
  if (period !== undefined && s.cap(k) && s.cap(k + 1)) return null;
  if (period !== undefined) return hit(k, k, 'set', period, 'dates/set-word', 0.75);
  const pluralWd = PLURAL_WEEKDAYS.get(word);
  if (pluralWd !== undefined && s.cap(k) && s.w(k - 1) === 'on') {
    return hit(k, k, 'set', `XXXX-WXX-${pluralWd}`, 'dates/set-weekdays', 0.8);
  }
  if (word !== 'every' && word !== 'each' && word !== 'per') return null;
  let j = k + 1;
  if (s.w(j) === 'other') {
    const unit = s.unit(j + 1);
    return unit ? hit(k, j + 1, 'set', durationValue(2, unit.value.code), 'dates/set-every-other', 0.8) : null;
  }
  const wd = weekdayAt(s, j, WEEKDAYS);
  if (wd) return hit(k, j, 'set', `XXXX-WXX-${wd.value}`, 'dates/set-weekday', 0.85);
  const month = MONTHS.get(s.w(j));
  if (month !== undefined && s.cap(j)) {
    return hit(k, j, 'set', `XXXX-${String(month).padStart(2, '0')}`, 'dates/set-month', 0.85);
  }
  const count = s.count(j);
  if (count && count.value !== 1) j = count.next;
  const unit = s.unit(j);
  if (!unit) return null;
  // "Every day of delay costs lives", "each year of education": a unit with its "of" is a noun phrase, not a
  // frequency ("tons per year of carbon dioxide" is one: the "of" is the tons').
  if (word !== 'per' && s.w(j + 1) === 'of') return null;
  const n = count && count.value !== 1 ? count.value : 1;
  return hit(k, j, 'set', durationValue(n, unit.value.code), 'dates/set-every', 0.85);
}

/** "6pm." at a sentence's end reaches the tokenizer as one token with the full stop: the meridiem may carry it. */
const CLOCK = /^(\d{1,2})(?::(\d{2})|\.(\d{2}))?(am\.?|pm\.?|a\.m\.?|p\.m\.?)?$/;
const MERIDIEM = /^(am|pm|a\.m\.?|p\.m\.?)$/;
const MILITARY_CLOCK = /^([01]\d|2[0-3])([0-5]\d)$/;
/** A clock with a dot and its meridiem, once its touching tokens are joined: "4.12am", "7.45pm". */
const DOT_CLOCK = /^(\d{1,2})\.(\d{2})(am|pm)\.?$/;
/** At most this many touching tokens make one clock ("4" "." "12am"). */
const GLUED_CLOCK_TOKENS = 3;

/** The clock written across touching tokens from k, with the index of its last token; null when there is none. */
function gluedClock(
  s: Scanner,
  k: number,
): { hour: number; minute: number; meridiem: 'am' | 'pm'; last: number } | null {
  let acc = s.w(k);
  for (let j = k; j < k + GLUED_CLOCK_TOKENS && s.touches(j); j++) {
    acc += s.w(j + 1);
    const m = DOT_CLOCK.exec(acc);
    if (m) return { hour: Number(m[1]), minute: Number(m[2]), meridiem: m[3] as 'am' | 'pm', last: j + 1 };
  }
  return null;
}
const TIME_LEADS = new Set([
  'at',
  'around',
  'about',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'since',
  'approximately',
  'shortly',
  'to',
]);

/**
 * Clock times: "3 p.m.", "10:30 a.m. EST", "3pm", "noon Thursday", "10 p.m. Wednesday". A bare "10:30" is a
 * time only after at/around/by/until… (else a score or a ratio). The day is the one named after it, else the
 * anchor's.
 */
export function timeRule(c: RuleContext, k: number, spanStart = k): Hit | null {
  const { s } = c;
  const word = s.w(k);
  let clock: string | null = null;
  let last = k;
  const military = MILITARY_CLOCK.exec(word);
  const glued = gluedClock(s, k);
  if ((word === 'noon' || word === 'midday' || word === 'midnight') && inWorkTitle(s, k)) return null;
  if (word === 'noon' || word === 'midday') clock = '12:00';
  else if (word === 'midnight') clock = '24:00';
  // "by 1405 GMT": wire copy's four-digit clock, always with its zone (without one it is a year or a count). In
  // brackets it restates a time just given ("10:35 a.m. (0735 GMT)"), which TimeBank leaves unmarked.
  else if (military && zoneAt(s, k + 1) && s.w(k - 1) !== '(') clock = `${military[1]}:${military[2]}`;
  else if (glued) {
    // "4.12am", "7.45pm": British clocks the tokenizer cuts up ("4" "." "12am", "7.4" "5pm").
    clock = clockValue(glued.hour, glued.minute, glued.meridiem);
    if (clock === null) return null;
    last = glued.last;
  } else {
    const m = CLOCK.exec(word);
    if (!m) return null;
    let meridiem = m[4];
    if (meridiem === undefined && MERIDIEM.test(s.w(k + 1))) {
      meridiem = s.w(k + 1);
      last = k + 1;
    }
    // "9.30 a.m.": a dot between hour and minutes only with its meridiem (else "at 2.25" is a rate).
    if (m[3] !== undefined && meridiem === undefined) return null;
    const oclock = s.w(k + 1) === "o'clock" || s.phrase(k + 1, ["o'clock"]) > 0;
    // "14:58 GMT": a 24-hour clock with its zone (a live blog's stamp) is a time without a lead word.
    if (meridiem === undefined && !oclock) {
      if (m[2] === undefined || !(TIME_LEADS.has(s.w(spanStart - 1)) || zoneAt(s, k + 1))) return null;
    }
    if (oclock) last = s.phrase(k + 1, ["o'clock"]) - 1;
    clock = clockValue(
      Number(m[1]),
      Number(m[2] ?? m[3] ?? 0),
      meridiem === undefined ? null : meridiem.startsWith('a') ? 'am' : 'pm',
    );
    if (clock === null) return null;
  }
  // UTC/GMT clock times carry TIMEX3's "Z"; a local zone ("KST", "Eastern time") is part of the span only.
  const zone = zoneAt(s, last + 1);
  if (zone) last = zone.last;
  else if (s.w(last + 1) === 'local' && s.w(last + 2) === 'time') last += 2;
  // A day right after: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9", "8 a.m. today".
  const onDay =
    s.w(last + 1) === 'on' ? last + 2 : s.w(last + 1) === ',' && MONTHS.has(s.w(last + 2)) ? last + 2 : last + 1;
  const day = weekdayDate(c, onDay, WEEKDAYS) ?? deicticRule(c, onDay) ?? monthDay(c, onDay);
  if (day && day.type === 'date' && s.w(onDay - 1) !== 'on') {
    return hit(spanStart, day.last, 'time', `${day.value}T${clock}${zone?.suffix ?? ''}`, 'dates/time-day', 0.9);
  }
  const date = day && day.type === 'date' ? day.value : dayOffset(c.anchor, 0);
  return hit(spanStart, last, 'time', `${date}T${clock}${zone?.suffix ?? ''}`, 'dates/time', 0.85);
}

/**
 * "her novel Midnight Orchard", "Midnight Orchard sold well": a capitalized "Midnight" or "Noon" in prose is part of a
 * name, after a lower-case word or before another capitalized word that is no day, month or zone (a title-case
 * headline, "Midnight Deadline Looms", has no lower-case word after the run, and stays a time), or a capitalized run
 * in quotation marks.
 */
function inWorkTitle(s: Scanner, k: number): boolean {
  if (!s.cap(k)) return false;
  if (k > s.lo && startsLower(s.tok(k - 1)?.text ?? '')) return true;
  // The film "Midnight Orchard", code-named "Midnight": a capitalized run inside quotation marks is a title.
  let end = k + 1;
  while (end <= s.hi && s.cap(end)) end++;
  if (QUOTE_MARK_TOKENS.has(s.w(k - 1)) && QUOTE_MARK_TOKENS.has(s.w(end))) return true;
  const next = s.w(k + 1);
  if (!s.cap(k + 1) || WEEKDAYS.has(next) || MONTHS.has(next) || zoneAt(s, k + 1)) return false;
  let j = k + 1;
  while (j <= s.hi && s.cap(j)) j++;
  return j <= s.hi && startsLower(s.tok(j)?.text ?? '');
}

function monthDay(c: RuleContext, k: number): Hit | null {
  const d = monthDate(c, k, false);
  return d && d.rule !== 'month' && d.rule !== 'month-year' ? hit(k, d.last, 'date', d.value, d.rule) : null;
}
