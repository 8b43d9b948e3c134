import type { QuoteContext } from './context.js';
import { DATE_WORDS, isNounish, NP_PREPOSITIONS, POSSESSIVES, SUBJECT_PRONOUNS } from './words.js';

/** An inclusive token range. */
export type Range = [first: number, last: number];

function isDateToken(ctx: QuoteContext, i: number): boolean {
  return ctx.inDate[i] === 1 || DATE_WORDS.has(ctx.words[i]!);
}

/**
 * The noun phrase ending at token `j`, walking left within the sentence starting at `floor`: names, nouns,
 * adjectives, determiners, possessives, and "of/for" links inside a phrase ("a spokesman for the company").
 * A subject pronoun ("he", "who") is a phrase on its own. Stops at dates ("On Monday Trump said" gives "Trump").
 */
export function phraseEndingAt(ctx: QuoteContext, j: number, floor: number): Range | null {
  const { tokens, words } = ctx;
  const last = tokens[j];
  if (!last || j < floor) return null;
  if (last.pos === 'PRON' || SUBJECT_PRONOUNS.has(words[j]!)) {
    return SUBJECT_PRONOUNS.has(words[j]!) || words[j] === 'this' ? [j, j] : null;
  }
  let first = j + 1;
  for (let i = j; i >= floor; i--) {
    const t = tokens[i]!;
    const w = words[i]!;
    if (ctx.quoteOf[i]! >= 0) break;
    if (isDateToken(ctx, i) && first <= j) break;
    if (isNounish(t) || t.pos === 'ADJ' || w === "'s" || w === "'" || w === '.' || w === '&' || w === '-') {
      if (isDateToken(ctx, i)) return null;
      first = i;
      continue;
    }
    if (POSSESSIVES.has(w)) {
      first = i;
      break;
    }
    if (t.pos === 'DET') {
      first = i;
      // "a spokesman for the company": a preposition between two nouns keeps the phrase going.
      const prep = words[i - 1];
      const before = tokens[i - 2];
      if (i - 2 >= floor && prep && NP_PREPOSITIONS.has(prep) && before && isNounish(before)) {
        i--;
        continue;
      }
      break;
    }
    if ((NP_PREPOSITIONS.has(w) || w === 'and') && first <= j) {
      const before = tokens[i - 1];
      if (i - 1 >= floor && before && (isNounish(before) || (w === 'and' && before.pos === 'PROPN'))) continue;
      break;
    }
    break;
  }
  // A phrase never begins with a link word or a dangling possessive marker.
  while (first <= j && (NP_PREPOSITIONS.has(words[first]!) || words[first] === 'and' || words[first] === "'s")) {
    first++;
  }
  if (first > j) return null;
  if (!tokens.slice(first, j + 1).some((t) => isNounish(t) || t.pos === 'PRON')) return null;
  return [first, j];
}

/** An aside between commas is an appositive (kept in the speaker phrase) when it reads as a noun phrase. */
function isAppositive(ctx: QuoteContext, first: number, last: number): boolean {
  if (last < first || last - first > 30) return false;
  const t = ctx.tokens[first]!;
  const w = ctx.words[first]!;
  if (w === 'who' || w === 'which' || w === 'whose') return false;
  if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'ADV' || t.pos === 'SCONJ' || t.pos === 'AUX') return false;
  for (let i = first; i <= last; i++) if (ctx.tokens[i]!.pos === 'AUX') return false;
  return t.pos === 'DET' || isNounish(t) || t.pos === 'ADJ' || POSSESSIVES.has(w);
}

/**
 * The speaker phrase left of a cue starting at token `cue` (PolNeAR's source): the subject noun phrase, keeping an
 * appositive between commas ("Ren, a former army engineer, said") and skipping a non-appositive aside ("Ren, in a
 * rare appearance, said" gives "Ren"). Auxiliaries and adverbs between subject and cue are skipped.
 */
export function speakerBefore(ctx: QuoteContext, cue: number, floor: number): Range | null {
  const { tokens, words } = ctx;
  let j = cue - 1;
  while (j >= floor && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) {
    if (words[j] === "'s") break;
    j--;
  }
  if (j < floor) return null;
  if (words[j] !== ',') return phraseEndingAt(ctx, j, floor);
  // An aside between commas: find the comma that opens it.
  let k = j - 1;
  while (k >= floor && words[k] !== ',' && ctx.quoteOf[k]! < 0 && j - k < 40) k--;
  if (k < floor || words[k] !== ',') return null;
  const head = phraseEndingAt(ctx, k - 1, floor);
  if (!head) return null;
  return isAppositive(ctx, k + 1, j - 1) ? [head[0], j] : head;
}

/**
 * The speaker phrase right of a cue in inverted order ("…,” said Ren, a former engineer."): a noun phrase and its
 * appositives, up to the end of the sentence, an opening quotation mark, or a clause-like continuation.
 */
export function speakerAfter(ctx: QuoteContext, cue: number, ceiling: number): Range | null {
  const { tokens, words } = ctx;
  const first = cue + 1;
  const t = tokens[first];
  if (!t || first > ceiling) return null;
  if (SUBJECT_PRONOUNS.has(words[first]!) && words[first] !== 'that' && words[first] !== 'which') {
    return [first, first];
  }
  if (!(isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(words[first]!))) return null;
  if (isDateToken(ctx, first)) return null;
  let last = first - 1;
  for (let i = first; i <= ceiling; i++) {
    const w = words[i]!;
    const tok = tokens[i]!;
    if (ctx.quoteOf[i]! >= 0) break;
    if (w === ',' || w === '.' || w === ';' || w === ':' || w === '!' || w === '?' || w === '—') {
      if (w !== ',') break;
      const next = tokens[i + 1];
      const nextWord = words[i + 1];
      // Keep an appositive ("said Ren, a former engineer"), stop before anything else.
      if (!next || i + 1 > ceiling || ctx.quoteOf[i + 1]! >= 0) break;
      if (nextWord === 'who' || nextWord === 'which' || next.pos === 'ADP' || next.pos === 'VERB') break;
      if (next.pos === 'SCONJ' || next.pos === 'CCONJ' || next.pos === 'ADV' || isDateToken(ctx, i + 1)) break;
      continue;
    }
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'SCONJ') break;
    if (isDateToken(ctx, i) && i > first) break;
    if (tok.pos === 'ADP' && !NP_PREPOSITIONS.has(w)) break;
    last = i;
  }
  while (last >= first && (words[last] === ',' || tokens[last]!.pos === 'ADP' || words[last] === 'and')) last--;
  if (last < first) return null;
  return [first, last];
}

/** The first noun phrase of a sentence, after a leading adverbial ("On Monday, the company said …"). */
export function sentenceSubject(ctx: QuoteContext, from: number, to: number): Range | null {
  let i = from;
  // Skip a leading adverbial clause up to its comma, when there is one early in the sentence.
  for (let k = from; k <= Math.min(to, from + 8); k++) {
    if (ctx.words[k] === ',') {
      const t = ctx.tokens[from]!;
      if (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'SCONJ' || isDateToken(ctx, from)) i = k + 1;
      break;
    }
  }
  let end = i - 1;
  for (let k = i; k <= to; k++) {
    const t = ctx.tokens[k]!;
    if (isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || ctx.words[k] === "'s") end = k;
    else break;
  }
  if (end < i) return null;
  return phraseEndingAt(ctx, end, i);
}
