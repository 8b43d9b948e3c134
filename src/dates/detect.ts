import type { Sentence, Token } from '../types.js';
import type { Anchor } from './anchor.js';
import {
  FUZZY,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PLURAL_WEEKDAYS,
  QUANTITY_MODIFIERS,
  SEASONS,
  SETS,
  WEEKDAYS,
} from './lexicon.js';
import type { Hit, Rule, RuleContext } from './rule.js';
import { dayMonthRule, holidayRule, monthRule, numericDateRule, weekdayRule, yearRule } from './rules-calendar.js';
import { quantityRule, setRule, timeRule } from './rules-quantity.js';
import {
  deicticRule,
  edgeRule,
  fuzzyRule,
  quarterRule,
  seasonYearRule,
  shiftRule,
  theRule,
  yearAgoRule,
} from './rules-relative.js';
import { Scanner } from './scanner.js';
import { type Tense, tenseAround } from './tense.js';

/** In order of preference when two rules read spans of the same length from one token. */
const RULES: readonly Rule[] = [
  quarterRule,
  yearAgoRule,
  theRule,
  (c, k) => shiftRule(c, k),
  edgeRule,
  fuzzyRule,
  deicticRule,
  monthRule,
  dayMonthRule,
  (c, k) => weekdayRule(c, k, WEEKDAYS),
  numericDateRule,
  timeRule,
  yearRule,
  holidayRule,
  seasonYearRule,
  quantityRule,
  setRule,
];

const firstWord = (phrase: string): string => phrase.split(' ')[0]!;

/** Words that can start a date expression; every other token is skipped with one Set lookup. */
const TRIGGERS = new Set<string>([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...PLURAL_WEEKDAYS.keys(),
  ...[...NUMBER_WORDS.keys()].map(firstWord),
  ...[...FUZZY.keys()].map(firstWord),
  ...[...HOLIDAYS.keys()].map(firstWord),
  ...QUANTITY_MODIFIERS.map(firstWord),
  ...SETS.keys(),
  ...SEASONS.keys(),
  ...ORDINALS.keys(),
  ...[
    'the',
    'year',
    'thanksgiving',
    'election',
    'this',
    'last',
    'next',
    'past',
    'previous',
    'coming',
    'current',
    'following',
    'early',
    'late',
    'mid',
    'earlier',
    'later',
    'fiscal',
    'every',
    'each',
    'per',
    'today',
    'yesterday',
    'tomorrow',
    'tonight',
    'noon',
    'midnight',
    'midday',
    'several',
    'few',
    'many',
  ],
]);

function isTrigger(word: string): boolean {
  if (TRIGGERS.has(word)) return true;
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // a digit
  if (c === 39 /* ' */ && word.length > 1) return true; // '90s
  return word.startsWith('mid-') || (word.length === 2 && c === 113) /* q */;
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
  };
  const out: Hit[] = [];
  for (let k = s.lo; k <= s.hi; k++) {
    if (!isTrigger(low[k]!)) continue;
    let best: Hit | null = null;
    for (const rule of RULES) {
      const h = rule(ctx, k);
      if (h && h.last >= k && (!best || h.last > best.last)) best = h;
    }
    if (best) {
      out.push(best);
      k = best.last;
    }
  }
  return out;
}
