import { quarterOf, yearOffset, yearString } from './anchor.js';
import { FINANCE_WORDS, GAME_WORDS, MONTHS } from './lexicon.js';
import { type Hit, hit, type RuleContext } from './rule.js';
import { fiscalYearAt, yearAt } from './rules-calendar.js';
import type { Parsed, Scanner } from './scanner.js';
import { SHIFTS } from './shifts.js';

function fiscal(s: Scanner, k: number): boolean {
  return s.w(k) === 'fiscal' || s.w(k + 1) === 'fiscal';
}

/**
 * Whether the sentence tells a match's score and nothing of a business ("Tatum scored 12 points in the fourth
 * quarter", "Boston led by 10 after the first quarter"): its quarters are the game's, which TimeML marks as no date.
 */
function gamePeriod(s: Scanner): boolean {
  let game = false;
  for (let i = s.lo; i <= s.hi; i++) {
    const w = s.w(i);
    if (FINANCE_WORDS.has(w)) return false;
    if (GAME_WORDS.has(w)) game = true;
  }
  return game;
}

/** "Q2FY27", "H1FY2026": a quarter or a half of a fiscal year in one token (Indian business news writes them so). */
const FISCAL_PART_LABEL = /^([qh])([1-4])(fy\d{2}(?:\d{2})?)$/;

/** Months that end a calendar quarter, which names the quarter by them: "the September quarter" is Q3. */
const QUARTER_END_MONTHS = new Map([
  [3, 1],
  [6, 2],
  [9, 3],
  [12, 4],
]);

/**
 * "third-quarter", "the fourth quarter", "Q3", "the first half", "the September quarter": part codes Q1–Q4, H1–H2.
 * `fiscalYear` is set when the token names its fiscal year too ("Q2FY27").
 */
export function quarterAt(
  c: RuleContext,
  k: number,
): { part: string; q: number; last: number; fiscalYear?: number } | null {
  const { s } = c;
  const qm = /^q([1-4])$/.exec(s.w(k));
  if (qm) return { part: `Q${qm[1]}`, q: Number(qm[1]), last: k };
  // "H1 2026": a half by its label.
  const hm = /^h([12])$/.exec(s.w(k));
  if (hm) return { part: `H${hm[1]}`, q: Number(hm[1]) * 2, last: k };
  const fm = FISCAL_PART_LABEL.exec(s.w(k));
  if (fm && (fm[1] === 'q' || Number(fm[2]) <= 2)) {
    const n = Number(fm[2]);
    const fy = fiscalYearAt(c, k, fm[3]!);
    const part = `${fm[1]!.toUpperCase()}${n}`;
    if (fy) return { part, q: fm[1] === 'q' ? n : n * 2, last: k, fiscalYear: fy.value };
  }
  let j = k;
  if (s.w(j) === 'fiscal') j++;
  // "the September quarter", "the June-quarter results": a quarter by the month it ends in (Australian and Indian
  // usage). The month must be capitalized and right before "quarter".
  const endMonth = s.cap(j) ? QUARTER_END_MONTHS.get(MONTHS.get(s.w(j)) ?? 0) : undefined;
  if (endMonth !== undefined) {
    const unitAt = s.hyphenAfter(j) > 0 ? s.hyphenAfter(j) : j + 1;
    // "the June quarter-final" is a round of a cup.
    if (s.w(unitAt) === 'quarter' && s.hyphenAfter(unitAt) < 0)
      return { part: `Q${endMonth}`, q: endMonth, last: unitAt };
  }
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
  } else if (s.w(k) === 'the' && s.w(j) === 'year' && /^(ago|earlier)$/.test(s.w(s.hyphenAfter(j)))) {
    // "the year-ago third quarter": that quarter of the year before.
    explicitYear = c.anchor ? yearString(c.anchor.year - 1) : 'XXXX';
    j = s.hyphenAfter(j) + 1;
  }
  // "FY27 Q2", "fiscal 2026 first half": the fiscal year before its part.
  const leading = s.w(k) === 'the' ? null : fiscalYearAt(c, k);
  if (leading) {
    explicitYear = yearString(leading.value);
    j = leading.next;
  }
  const q = quarterAt(c, j);
  if (!q) return null;
  let last = q.last;
  if (q.fiscalYear !== undefined) explicitYear = yearString(q.fiscalYear);
  const a = c.anchor;
  const ofYear = s.w(last + 1) === 'of' || s.w(last + 1) === ',' ? yearAfter(c, last + 2) : yearAfter(c, last + 1);
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
  if (explicitYear === null && !fiscal(s, k) && gamePeriod(s)) return null;
  // "four minutes into the second half": a half with no year and no "of the year" is a match's or a show's, not
  // the calendar's (TimeBank marks none of them).
  const ofTheYear = s.w(last + 1) === 'of' && s.w(last + 2) === 'the' && s.w(last + 3) === 'year';
  if (explicitYear === null && q.part.startsWith('H') && !ofTheYear && !fiscal(s, k)) return null;
  if (ofTheYear && explicitYear === null) last += 3;
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

/** The year after a quarter: a calendar year ("Q3 2026", "the third quarter of 1990") or a fiscal one ("Q2 FY27"). */
function yearAfter(c: RuleContext, k: number): Parsed<number> | null {
  return yearAt(c.s, k) ?? fiscalYearAt(c, k);
}
