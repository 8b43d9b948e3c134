import type { Sentence, Token } from '../types.js';
import type { Anchor } from './anchor.js';
import {
  FUZZY,
  FUZZY_NUMBERS,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  PLURAL_WEEKDAYS,
  QUANTITY_MODIFIERS,
  SEASONS,
  SETS,
  UNITS,
  WEEKDAY_HOLIDAYS,
  WEEKDAYS,
} from './lexicon.js';
import { firstKey } from './phrase-index.js';
import type { Hit, Rule, RuleContext } from './rule.js';
import { dayMonthRule, holidayRule, monthRule, numericDateRule, weekdayRule, yearRule } from './rules-calendar.js';
import { EASTER_WORDS, easterRule, holidayWeekendRule, YEAR_END_WORDS, yearEndRule } from './rules-holiday.js';
import { barePluralRule, quantityRule, setRule, timeRule } from './rules-quantity.js';
import { quarterRule } from './rules-quarter.js';
import { anaphorRule, deicticRule, fuzzyRule, shiftRule, toDateRule, yearAgoRule } from './rules-relative.js';
import { sportSeasonRule } from './rules-sport.js';
import { edgeRule, seasonYearRule, theRule } from './rules-the.js';
import { Scanner } from './scanner.js';
import { customAround, firmFutureAround, type Tense, tenseAround } from './tense.js';

const weekday: Rule = (c, k) => weekdayRule(c, k, WEEKDAYS);
const shift: Rule = (c, k) => shiftRule(c, k);

/** Rules in order of preference when two read spans of the same length from one token. */
const ORDER: readonly Rule[] = [
  quarterRule,
  toDateRule,
  sportSeasonRule,
  yearAgoRule,
  anaphorRule,
  theRule,
  shift,
  edgeRule,
  fuzzyRule,
  deicticRule,
  monthRule,
  dayMonthRule,
  weekday,
  numericDateRule,
  timeRule,
  yearRule,
  holidayWeekendRule,
  holidayRule,
  easterRule,
  yearEndRule,
  seasonYearRule,
  quantityRule,
  setRule,
  barePluralRule,
];

const words = (phrases: Iterable<string>): string[] => [...phrases].map((p) => firstKey(p.split(' ')[0]!));

/** Which rules can start at a word: the trigger map. Every other word is skipped with one Map lookup. */
const BY_WORD = new Map<string, Set<Rule>>();
function on(rule: Rule, triggers: Iterable<string>): void {
  for (const t of triggers) {
    let set = BY_WORD.get(t);
    if (!set) {
      set = new Set();
      BY_WORD.set(t, set);
    }
    set.add(rule);
  }
}
on(quarterRule, [
  'the',
  'fiscal',
  'fy',
  'first',
  'second',
  'third',
  'fourth',
  'final',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
]);
on(sportSeasonRule, ['the', 'this', 'current', 'last', 'previous', 'next', 'coming']);
on(yearAgoRule, ['the', 'year']);
on(toDateRule, ['the', 'year', 'month', 'quarter', 'ytd']);
on(theRule, ['the']);
on(anaphorRule, ['the', 'that', 'later', 'earlier']);
on(shift, ['last', 'past', 'previous', 'this', 'current', 'next', 'coming', 'following']);
on(edgeRule, ['early', 'late', 'mid', 'earlier', 'later']);
on(fuzzyRule, words(FUZZY.keys()));
on(deicticRule, ['today', 'yesterday', 'tomorrow', 'tonight']);
on(monthRule, MONTHS.keys());
on(weekday, WEEKDAYS.keys());
on(timeRule, ['noon', 'midnight', 'midday']);
on(yearRule, ['fiscal', 'fy', 'nineteen', 'eighteen', 'two']);
const HOLIDAY_WORDS = words([...HOLIDAYS.keys(), ...WEEKDAY_HOLIDAYS.keys()]);
on(holidayRule, HOLIDAY_WORDS);
on(easterRule, EASTER_WORDS);
on(holidayWeekendRule, ['the', ...HOLIDAY_WORDS, ...EASTER_WORDS]);
on(yearEndRule, ['the']);
on(seasonYearRule, SEASONS.keys());
on(quantityRule, words([...NUMBER_WORDS.keys(), ...FUZZY_NUMBERS, ...QUANTITY_MODIFIERS]));
on(barePluralRule, ['the', 'years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes']);
on(setRule, [...SETS.keys(), ...PLURAL_WEEKDAYS.keys(), 'every', 'each', 'per']);

/** Rule lists in preference order, per trigger word. */
const RULES_BY_WORD = new Map<string, readonly Rule[]>(
  [...BY_WORD].map(([word, set]) => [word, ORDER.filter((r) => set.has(r))]),
);
const NUMBER_RULES: readonly Rule[] = [
  sportSeasonRule,
  dayMonthRule,
  numericDateRule,
  timeRule,
  yearRule,
  quantityRule,
];
/** Rules for a word opening with an apostrophe ("'90s"): a decade. */
const APOSTROPHE_RULES: readonly Rule[] = [yearRule];
const MID_RULES: readonly Rule[] = [edgeRule];

/**
 * Very common trigger words start a date expression only before a few words: "the" before "past", "third",
 * "1990s"…, "a"/"an" before a unit or "few". Checking the next word first skips most of them cheaply.
 */
const NEXT_WORDS = new Map<string, ReadonlySet<string>>();
{
  const afterThe = new Set<string>([
    ...['past', 'last', 'next', 'previous', 'current', 'coming', 'following', 'this', 'first', 'second', 'third'],
    ...['fourth', 'final', 'initial', 'late', 'early', 'mid', 'week', 'weekend', 'quarter', 'latest', 'most'],
    'year-ago',
    'day',
    ...['year-earlier', 'year', 'full', 'fiscal', 'end', 'beginning', 'start', 'middle', 'close', 'turn', 'rest'],
    ...[
      'remainder',
      'future',
      'near',
      'years',
      'months',
      'long',
      'comparable',
      'same',
      'prior',
      'twenties',
      'thirties',
    ],
    ...['forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'few', 'several', 'couple'],
    ...SEASONS.keys(),
    ...NUMBER_WORDS.keys(),
    ...FUZZY_NUMBERS,
  ]);
  NEXT_WORDS.set('the', afterThe);
  const afterA = new Set<string>([...UNITS.keys(), 'few', 'couple', 'dozen', 'hundred', 'number', 'half', 'full']);
  NEXT_WORDS.set('a', afterA);
  NEXT_WORDS.set('an', afterA);
}
const THE_NEXT_PATTERN = /^(?:\d|'\d|mid-)/;
/** "FY2026", "FY26", "FY2026-27": a fiscal year in one token. */
const FISCAL_LABEL = /^fy\d{2}(?:\d{2})?(?:-\d{2})?$/;
/** "Q2FY27", "H1FY2026": a part of a fiscal year in one token. */
const FISCAL_PART = /^[qh][1-4]fy\d{2}(?:\d{2})?$/;
/** A fiscal year's label may lead its quarter ("FY27 Q2") or stand alone as a year. */
const FISCAL_RULES: readonly Rule[] = [quarterRule, yearRule];
const QUARTER_RULES: readonly Rule[] = [quarterRule];
/** Words after "the" that only a few rules read: a month ending a quarter, a holiday's first word. */
const AFTER_THE = new Map<string, readonly Rule[]>();
{
  const add = (rules: readonly Rule[], nexts: Iterable<string>): void => {
    for (const next of nexts) {
      const set = new Set([...(AFTER_THE.get(next) ?? []), ...rules]);
      AFTER_THE.set(
        next,
        ORDER.filter((r) => set.has(r)),
      );
    }
  };
  add(
    QUARTER_RULES,
    [...MONTHS].filter(([, m]) => m % 3 === 0).map(([w]) => w),
  );
  add([holidayWeekendRule], [...HOLIDAY_WORDS, ...EASTER_WORDS]);
  add([yearEndRule], YEAR_END_WORDS);
}

function rulesFor(word: string, next: string): readonly Rule[] | undefined {
  const listed = RULES_BY_WORD.get(word);
  if (listed) {
    const followers = NEXT_WORDS.get(word);
    if (followers && !followers.has(next) && !THE_NEXT_PATTERN.test(next)) {
      // "the September quarter", "the Easter weekend", "the holidays": a few rules read other words after "the".
      return word === 'the' ? AFTER_THE.get(next) : undefined;
    }
    return listed;
  }
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return NUMBER_RULES;
  if (c === 39 /* ' */ && word.length > 2) return APOSTROPHE_RULES;
  if (c === 109 /* m */ && word.startsWith('mid-')) return MID_RULES;
  if (c === 102 /* f */ && FISCAL_LABEL.test(word)) return FISCAL_RULES;
  if ((c === 113 /* q */ || c === 104) /* h */ && FISCAL_PART.test(word)) return QUARTER_RULES;
  return undefined;
}

/**
 * Finds the date expressions of one sentence: one left-to-right pass over its tokens; at a trigger word every
 * rule is tried and the longest reading wins, then the scan resumes after it.
 */
export function detectInSentence(
  tokens: readonly Token[],
  low: readonly string[],
  sentence: Sentence,
  anchor: Anchor | null,
): Hit[] {
  const s = new Scanner(tokens, low, sentence);
  const ctx: RuleContext = {
    s,
    anchor,
    tense: (first: number, last: number): Tense => tenseAround(tokens, sentence, first, last),
    custom: (first: number): boolean => customAround(tokens, sentence, first),
    firmFuture: (first: number): boolean => firmFutureAround(tokens, sentence, first),
  };
  const out: Hit[] = [];
  for (let k = s.lo; k <= s.hi; k++) {
    const rules = rulesFor(low[k]!, k < s.hi ? low[k + 1]! : '');
    if (!rules) continue;
    let best: Hit | null = null;
    for (const rule of rules) {
      const h = rule(ctx, k);
      if (h && h.last >= k && (!best || h.last > best.last)) best = h;
    }
    if (best) {
      const merged = ofAnaphoricYear(out[out.length - 1], best, low);
      if (merged) {
        out[out.length - 1] = merged;
        k = merged.last;
        continue;
      }
      onDateBefore(best, out[out.length - 1], low);
      onDateAfter(out[out.length - 1], best, low);
      out.push(best);
      k = best.last;
    }
  }
  return out;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rules that read a month, a day of a month or a season without a year, and the part of the value they name. */
const YEARLESS_RULES = new Set(['dates/month', 'dates/month-day', 'dates/day-month', 'dates/the-season']);
const YEARLESS_VALUE = /^(?:\d{4}|XXXX)-(\d{2}(?:-\d{2})?|SP|SU|FA|WI)$/;

/**
 * "August 19 of that year", "in March of the following year", "the spring of that year": the month, day or season
 * lies in the year the anaphor names (counted from the reference time in stage.ts), not in the anchor's. One hit.
 */
function ofAnaphoricYear(date: Hit | undefined, year: Hit, low: readonly string[]): Hit | null {
  if (!date || year.anaphor?.code !== 'Y' || year.anaphor.within !== undefined) return null;
  if (date.last !== year.first - 2 || low[date.last + 1] !== 'of' || !YEARLESS_RULES.has(date.rule)) return null;
  const within = YEARLESS_VALUE.exec(date.value)?.[1];
  if (within === undefined) return null;
  const value = `${year.value}-${within}`;
  return { ...date, last: year.last, value, rule: `${date.rule}+of-year`, anaphor: { ...year.anaphor, within } };
}

/**
 * "Published: November 19, 2026 at 6:12 p.m.", "on Jan. 5, 3 p.m.": a clock time right after a full date is on that
 * day, not on the anchor's. Changed in place.
 */
function onDateBefore(time: Hit, date: Hit | undefined, low: readonly string[]): void {
  if (!date) return;
  if (clockNextTo(date, time, low)) time.value = date.value + time.value.slice(date.value.length);
}

/** "Published: 8:30pm, 29 Nov 2026": a clock time right before a full date is on that day too. Changed in place. */
function onDateAfter(time: Hit | undefined, date: Hit, low: readonly string[]): void {
  if (!time) return;
  if (clockNextTo(date, time, low)) time.value = date.value + time.value.slice(date.value.length);
}

/** Whether `time` is a clock time and `date` a full date beside it, with at most "at", "on" or a comma between. */
function clockNextTo(date: Hit, time: Hit, low: readonly string[]): boolean {
  if (time.type !== 'time' || time.rule !== 'dates/time' || date.type !== 'date' || !FULL_DATE.test(date.value))
    return false;
  const [a, b] = time.first > date.last ? [date.last, time.first] : [time.last, date.first];
  const between = b - a;
  return between === 1 || (between === 2 && (low[a + 1] === 'at' || low[a + 1] === ',' || low[a + 1] === 'on'));
}
