/**
 * Teams read from a results line. "Wigan 42 Bradford Bulls 36" and "Rivertown 2 Lakeside Rovers 1 Eastport 0
 * Northgate 3" pair names with scores and nothing else: every name on such a line is a team. The tagger, which
 * reads such a line without context, takes a two-word club ("Lakeside Rovers") for a person's given and family
 * name. Such a name keeps the team's type wherever else the document writes it (a standings row).
 */

import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { startsUpper } from '../text/letters.js';
import { type Candidate, candidate, coveredTokens, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { numberedNouns, plainWords } from './lexicon.js';
import { nationalSide, sportsText } from './match-teams.js';

/** A score in a results line: a small whole number. */
const SCORE = /^\d{1,3}$/;

/** Whether token k may belong to a team's name: a capitalized word, or a hyphen, dot or apostrophe inside one. */
function nameToken(t: NerToken): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || t.text === '-' || t.text === '.' || t.text === "'";
}

/**
 * The token ranges of the names on the lines that are results: pairs of a name and a score, an even number of them,
 * then at most a full stop or a parenthesized list of scorers (whose names are no teams). Slots 2k and 2k + 1 are
 * the two sides of one match.
 */
function teamSlots(tokens: readonly NerToken[], text: string): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  while (a < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[a]!.start);
    let b = a;
    while (b + 1 < tokens.length && (lineEnd < 0 || tokens[b + 1]!.start < lineEnd)) b++;
    out.push(...lineSlots(tokens, a, b));
    a = b + 1;
  }
  return out;
}

/** The name ranges of line a..b if it is a results line, else none. */
function lineSlots(tokens: readonly NerToken[], a: number, b: number): [number, number][] {
  const slots: [number, number][] = [];
  let k = a;
  while (k <= b) {
    const t = tokens[k]!;
    if ((t.text === '.' && k === b) || (t.text === '(' && slots.length > 0)) break;
    const start = k;
    while (k <= b && nameToken(tokens[k]!) && !SCORE.test(tokens[k]!.text)) k++;
    if (k === start || k > b || !SCORE.test(tokens[k]!.text)) return [];
    slots.push([start, k - 1]);
    k++;
  }
  // Teams play in pairs: an odd count is some other table.
  return slots.length >= 2 && slots.length % 2 === 0 ? slots : [];
}

/** Re-types persons named on a results line, and their other mentions, as organizations. Changed in place. */
export function resultLineTeams(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const slots = teamSlots(tokens, text);
  if (slots.length === 0) return;
  const teams = new Set<string>();
  let n = 0;
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person') continue;
    while (n < slots.length && slots[n]![1] < c.first) n++;
    const slot = slots[n];
    if (slot && slot[0] <= c.first && c.last <= slot[1]) teams.add(spanText(tokens, c.first, c.last, text));
  }
  clubsAgainstClubs(cands, slots);
  if (teams.size === 0) return;
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person' || !teams.has(spanText(tokens, c.first, c.last, text))) continue;
    c.type = 'organization';
    c.rule = 'entities/result-line-team';
    c.confidence = 0.6;
  }
}

/**
 * "Guingamp 2 Monaco 1", "Guadalajara 5 America 0": a place playing an organization is a club named after its town,
 * not a national side ("Togo 1 Congo 0" keeps its two countries). Changed in place.
 */
function clubsAgainstClubs(cands: readonly Candidate[], slots: readonly [number, number][]): void {
  const at = new Map<number, Candidate>();
  for (const c of cands) if (c.form === 'name') at.set(c.first, c);
  const exact = (slot: [number, number]) => {
    const c = at.get(slot[0]);
    return c && c.last === slot[1] ? c : undefined;
  };
  for (let k = 0; k + 1 < slots.length; k += 2) {
    const a = exact(slots[k]!);
    const b = exact(slots[k + 1]!);
    if (!a || !b) continue;
    const place = (c: Candidate) => c.type === 'location' || c.type === 'country';
    for (const [club, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!place(club) || other.type !== 'organization') continue;
      club.type = 'organization';
      club.country = undefined;
      club.rule = 'entities/result-line-team';
      club.confidence = 0.6;
    }
  }
}

/**
 * A column of a standings row: a count, a percentage ("122.5", ".632" whose point may be a token of its own), or
 * half a game behind ("21 1/2").
 */
const COLUMN = /^(?:\d{1,5}|\d{0,3}\.\d{1,3}|1\/2)$/;
/** Marks between or in a row's columns: a dash for none, a percentage's point. */
const COLUMN_MARKS = new Set(['-', '.']);
/** How many figures a standings row has at least: won, lost and a percentage (".461", the games behind a dash). */
const MIN_COLUMNS = 3;

/**
 * "Monaco 3 1 1 1 5 3 4", "NEW YORK 59 69 .461 21": in a sports report, a line that is a name and nothing but three
 * or more columns of figures is a row of a league table, and a town that heads it is the club. Players' rows ("Jim
 * Furyk 75 69 67 73") keep their persons, and countries their national sides. Changed in place.
 */
export function standingsTeams(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  let sports: boolean | undefined;
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'location' || !rowHead(tokens, c, text)) continue;
    if (nationalSide(c, spanText(tokens, c.first, c.last, text))) continue;
    sports ??= sportsText(tokens);
    if (!sports) return;
    c.type = 'organization';
    c.rule = 'entities/standings-team';
    c.confidence = 0.6;
  }
}

/** Whether the name opens its line and only columns of figures follow it to the line's end. */
function rowHead(tokens: readonly NerToken[], c: Candidate, text: string): boolean {
  const start = tokens[c.first]!.start;
  if (start > 0 && text[start - 1] !== '\n') return false;
  const lineEnd = text.indexOf('\n', start);
  let columns = 0;
  for (let k = c.last + 1; k < tokens.length && (lineEnd < 0 || tokens[k]!.start < lineEnd); k++) {
    const t = tokens[k]!.text;
    if (COLUMN.test(t)) columns++;
    else if (!COLUMN_MARKS.has(t)) return false;
  }
  return columns >= MIN_COLUMNS;
}

/** An innings or a match score after a side's name: "259", "108-3" (in one token or three). */
const RUNS = /^\d{1,3}$/;
const RUNS_WICKETS = /^\d{1,3}-\d{1,2}$/;
/** Tokens after which a side's name may open: a line's start, a venue's colon, the comma or "v" between sides. */
const SIDE_OPENERS = new Set([':', ',', 'v', ';']);
/** Tokens that may follow a side's score: its batsmen in brackets, the next side, a second innings, the end. */
const SCORE_CLOSERS = new Set(['(', ',', 'and', 'declared', '.', 'v', ';']);
/** How many capitalized words a side's name may have ("Queen of the South" aside). */
const MAX_SIDE_WORDS = 3;

/** The index after the score that starts at token k ("259", "108-3", "108 - 3"), or -1 if none does. */
function scoreEnd(tokens: readonly NerToken[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (RUNS_WICKETS.test(t.text)) return k + 1;
  if (!RUNS.test(t.text)) return -1;
  const dash = tokens[k + 1];
  const wickets = tokens[k + 2];
  if (dash?.text === '-' && wickets && dash.start === t.end && wickets.start === dash.end && RUNS.test(wickets.text)) {
    return k + 3;
  }
  return k + 1;
}

/**
 * "Chester-le-Street: Glamorgan 259 and 207 (A. Dale 69), Durham 114 and 81-3.": in a sports report's scorecard, a
 * name that opens a line or follows a venue's colon, a comma or "v", outside brackets, and is followed by a score
 * and then a bracket, a comma, "and", "declared" or the line's end, is a side. The tagger, reading such lines
 * without context, tags few of them; a place so named is its club. Batsmen in brackets ("A. Dale 69"), bowlers
 * after "b" and golfers' rounds ("Jim Furyk 75 69 67 73") are no sides. Returns the candidates with the sides no
 * candidate covered added, places among them retyped; in order.
 */
export function scorecardSides(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  let sports: boolean | undefined;
  let covered: Uint8Array | undefined;
  let out: Candidate[] | undefined;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lineStart = t.start === 0 || text[t.start - 1] === '\n';
    if (lineStart) depth = 0;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || !startsUpper(t.text)) continue;
    const before = tokens[i - 1];
    if (!lineStart && !(before && SIDE_OPENERS.has(before.text) && before.end <= t.start)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      last - i + 1 < MAX_SIDE_WORDS &&
      sameLine(tokens, last, text) &&
      startsUpper(tokens[last + 1]!.text)
    ) {
      last++;
    }
    if (!sameLine(tokens, last, text) || !sideWords(tokens, i, last)) continue;
    const end = scoreEnd(tokens, last + 1);
    if (end < 0) continue;
    const next = tokens[end];
    if (next && sameLine(tokens, end - 1, text) && !SCORE_CLOSERS.has(next.text)) continue;
    sports ??= sportsText(tokens);
    if (!sports) return [...cands];
    covered ??= coveredTokens(cands, tokens.length);
    out ??= [...cands];
    const side = sideAt(out, covered, i, last);
    if (side === 'free') {
      out.push(
        candidate({
          first: i,
          last,
          type: 'organization',
          form: 'name',
          rule: 'entities/scorecard-side',
          confidence: 0.6,
        }),
      );
    } else if (side && side.type === 'location' && !nationalSide(side, spanText(tokens, i, last, text))) {
      side.type = 'organization';
      side.rule = 'entities/scorecard-side';
      side.confidence = 0.6;
    }
    i = end - 1;
  }
  return out ? out.sort((a, b) => a.first - b.first) : [...cands];
}

/**
 * Whether tokens first..last may name a side: no date word ("May 15 v Kent", "Oct. 9"), no everyday word
 * ("Halftime 1-0", "Now 20"), no noun of a numbered series ("Group 2"), no abbreviation or model ("LM600").
 */
function sideWords(tokens: readonly NerToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.text;
    const lower = w.toLowerCase();
    if (w.includes('.') || /\d/.test(w) || MONTHS.has(lower) || WEEKDAYS.has(lower) || plainWords.has(lower))
      return false;
    if (numberedNouns.has(w)) return false;
  }
  return true;
}

/** Whether token k + 1 is on token k's line. */
function sameLine(tokens: readonly NerToken[], k: number, text: string): boolean {
  const next = tokens[k + 1];
  return next !== undefined && !text.slice(tokens[k]!.end, next.start).includes('\n');
}

/** The candidate that is exactly tokens first..last, 'free' if none covers any of them, else undefined. */
function sideAt(
  cands: readonly Candidate[],
  covered: Uint8Array,
  first: number,
  last: number,
): Candidate | 'free' | undefined {
  let free = true;
  for (let k = first; k <= last && free; k++) free = covered[k] === 0;
  if (free) return 'free';
  return cands.find((c) => c.first === first && c.last === last && c.form === 'name');
}
