/**
 * "The Federal Open Market Committee", "the Commodity Futures Trading Commission", "the Southern Nevada Water
 * Authority": a run of capitalized words ending in an organization's head word is one organization. The tagger,
 * trained on 1996 wire copy, cuts such names into pieces ("Federal Open" + "Committee") or leaves words of them out,
 * and the pieces became speakers of their own.
 */
import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { Initials } from '../text/initials.js';
import { type Candidate, candidate } from './candidates.js';
import { hasUpper, type NerToken } from './features.js';
import { commonWords, countryByDemonym, organizationSuffixes } from './lexicon.js';

const SUFFIX_INITIALS = new Initials(organizationSuffixes);

/** Links inside such a name ("Fire and Rescue Service", "Alcohol & Tobacco Board"). */
const LINKS = new Set(['and', '&']);
/** Words a run never starts with: an article or a sentence's first word that is not itself a name. */
const NEVER_FIRST = new Set(['The', 'A', 'An']);
/**
 * Heads an adjective may describe rather than name: "a Republican Congress", "the Democratic Senate". A
 * legislature's name is no run of capitals.
 */
const DESCRIBED_HEADS = new Set(['Congress', 'Senate', 'House', 'Parliament', 'Assembly', 'Court']);
/** "Bavarian", "Western Australian", "Scottish": a regional or national adjective describes the body after it. */
const DEMONYM_SHAPE = /(?:[ae]n|ese|ish|i)$/;
/** Longest run, in tokens: longer capitalized stretches are headlines or lists. */
const MAX_RUN = 7;

function capitalized(t: NerToken): boolean {
  return hasUpper(t.text.charAt(0));
}

/** The first token of the capitalized run ending at head `h`, within the sentence. */
function runStart(tokens: readonly NerToken[], h: number, owner: readonly (Candidate | undefined)[]): number {
  const sentence = tokens[h]!.sentence;
  let first = h;
  while (first - 1 >= 0 && h - first < MAX_RUN) {
    const prev = tokens[first - 1]!;
    if (prev.sentence !== sentence) break;
    // "Fire and Rescue Service" but not "Chevron Corp and Texaco Inc.": a name the tagger closed before "and" is
    // its own, unless it is one everyday word ("Fire").
    const left = first - 2 >= 0 ? owner[first - 2] : undefined;
    const link =
      LINKS.has(prev.text) &&
      first - 2 >= 0 &&
      capitalized(tokens[first - 2]!) &&
      (left === undefined || (left.first === left.last && commonWords.has(tokens[left.first]!.text.toLowerCase())));
    if (!(capitalized(prev) || link)) break;
    if (NEVER_FIRST.has(prev.text)) break;
    const lower = prev.text.toLowerCase();
    // "on Tuesday Purdue Frederick Co filed": a date word is no part of a name.
    if (WEEKDAYS.has(lower) || MONTHS.has(lower)) break;
    const c = owner[first - 1];
    // A demonym or a person before the name is a mention of its own ("the Russian Interior Ministry").
    if (c && (c.type === 'person' || c.form !== 'name')) break;
    if (!c && (countryByDemonym.has(prev.text) || (prev.pos === 'ADJ' && DEMONYM_SHAPE.test(prev.text)))) break;
    if (prev.sentenceStart && commonWords.has(lower)) break;
    first -= link ? 2 : 1;
  }
  return first;
}

/**
 * Whether a candidate of `pieces` reaches outside tokens first..last. A loop rather than `some` with an arrow: an
 * arrow capturing the scan's loop variables made V8 allocate a scope object for every token scanned, whether or not
 * the arrow ran (the function's largest allocation by far, 60 KB of an average article).
 */
export function spills(pieces: Iterable<Candidate>, first: number, last: number): boolean {
  for (const c of pieces) if (c.first < first || c.last > last) return true;
  return false;
}

/**
 * Merges each run of capitalized words that ends in an organization head ("Committee", "Authority", "Service") and
 * that the tagger covered only in part, or in several pieces, into one organization candidate. Returns the
 * candidates in order.
 */
export function joinHeadedRuns(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const owner: (Candidate | undefined)[] = new Array(tokens.length);
  for (const c of cands) for (let i = c.first; i <= c.last; i++) owner[i] = c;
  // Merges are collected and applied once: filtering the whole list at each one was quadratic in a long text.
  const removed = new Set<Candidate>();
  const added: Candidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const t = tokens[h]!;
    if (t.line !== 'n' || !SUFFIX_INITIALS.mayBe(t.text) || !organizationSuffixes.has(t.text)) continue;
    if (DESCRIBED_HEADS.has(t.text)) continue;
    const next = tokens[h + 1];
    // The name goes on: "… Committee Chairman", "Patriotic Union of Kurdistan", "Financial Times-Stock Exchange".
    if (next && next.sentence === t.sentence) {
      if (capitalized(next) || next.text === 'of' || next.text === 'for' || (next.text === '-' && next.start === t.end))
        continue;
    }
    const first = runStart(tokens, h, owner);
    if (first === h) continue;
    const inside = new Set<Candidate>();
    let uncovered = false;
    for (let i = first; i <= h; i++) {
      const c = owner[i];
      if (c) inside.add(c);
      else if (!LINKS.has(tokens[i]!.text)) uncovered = true;
    }
    const pieces = [...inside];
    // The tagger's one name already is the run ("the West Bank", "the Soviet Union": heads of places too), or it
    // runs past it ("… Committee of the Red Cross").
    if (pieces.length === 1 && !uncovered) continue;
    if (spills(pieces, first, h)) continue;
    const merged: Candidate = candidate({
      first,
      last: h,
      type: 'organization',
      form: 'name',
      rule: 'entities/join:headed-run',
      confidence: 0.7,
    });
    for (let i = first; i <= h; i++) owner[i] = merged;
    for (const c of inside) removed.add(c);
    added.push(merged);
  }
  if (added.length === 0) return [...cands];
  return [...cands, ...added].filter((c) => !removed.has(c)).sort((a, b) => a.first - b.first);
}
