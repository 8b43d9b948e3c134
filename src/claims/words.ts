import { startsLetter, startsLetterOrDigit } from '../text/letters.js';
import { lowerCase, lowerTexts } from '../text/lower-case.js';
import { firstStartingFrom } from '../text/spans.js';
import type { TextSpan, Token } from '../types.js';

export interface Word {
  start: number;
  end: number;
  /** Lower-case surface form, curly apostrophes kept as typed. */
  lower: string;
  /** The surface form as typed (case matters for "may" the modal versus "May" the month). */
  text: string;
  /** wink's lemma when a token starts here, else the lower-case form. */
  lemma: string;
  /**
   * Always present, undefined where no token starts here: one literal shape for every word. A `pos` added after
   * the literal needed a property store of its own, a fifth of pushWord's allocation.
   */
  pos: string | undefined;
}

// A word is /[\p{L}\p{N}]+(?:['’]\p{L}+)*/u: letters, digits and in-word apostrophes (see `wordEnd`); "n't" is
// split off as its own word so negation is one lookup.

export interface TokenLookup {
  get(start: number): Token | undefined;
  /** lowerCase(tok.text) for a token `get` returned, from the document's table (lowerTexts). */
  lower(tok: Token): string;
  /** Words already split over this lookup's tokens, by span list (see wordsOf). */
  readonly split: Map<string, { texts: readonly string[]; words: readonly Word[] }>;
}

/**
 * Tokens by start offset, so a span's words can borrow wink's lemma and POS without a second tokenizer.
 * Tokens are sorted by start, so a binary search serves without building anything per document.
 */
export function tokenIndex(tokens: readonly Token[]): TokenLookup {
  return lookup(tokens);
}

function lookup(tokens: readonly Token[]): TokenLookup {
  // Words are looked up in text order: the answer is usually at or just after the previous one.
  let hint = 0;
  const isLowerBound = (i: number, start: number) =>
    (i === 0 || tokens[i - 1]!.start < start) && (i === tokens.length || tokens[i]!.start >= start);
  let lowered: readonly string[] | undefined;
  return {
    split: new Map(),
    lower(tok) {
      // A token of this list at its own index (`i`); any other is lower-cased afresh.
      if (tokens[tok.i] !== tok) return lowerCase(tok.text);
      lowered ??= lowerTexts(tokens);
      return lowered[tok.i]!;
    },
    get(start) {
      for (let i = hint; i <= Math.min(tokens.length, hint + 2); i++) {
        if (!isLowerBound(i, start)) continue;
        hint = i;
        const t = tokens[i];
        return t && t.start === start ? t : undefined;
      }
      const lo = firstStartingFrom(tokens, start);
      hint = lo;
      const t = tokens[lo];
      return t && t.start === start ? t : undefined;
    },
  };
}

/**
 * The words of `spans` in order, with lemmas from `tokens` where a token starts at the same offset. The result
 * is shared between callers with the same spans and the same lookup: read it, never change it.
 *
 * The words are cached on the lookup, so the cache lives as long as the stage that made it. It was a module-level
 * WeakMap keyed by a lookup cached in another WeakMap, so that the graph stage could reuse the claims stage's words.
 * Held from module-level state (those maps, or even a one-document slot), each document's tokens and words were
 * promoted to V8's old generation and died there: 183 KB per document of old-generation garbage with the maps,
 * about 145 with a slot, 52 without (sampling heap profile of objects that outlived young collections). That
 * garbage is what grew the process between full collections; splitting the claims again costs 0.3% more work.
 */
export function wordsOf(spans: readonly TextSpan[], tokens: TokenLookup): readonly Word[] {
  const cache = tokens.split;
  const key = spans.map((s) => `${s.start}:${s.end}`).join(',');
  const hit = cache.get(key);
  if (hit && hit.texts.length === spans.length && hit.texts.every((t, i) => t === spans[i]!.text)) {
    return hit.words;
  }
  const words = splitSpans(spans, tokens);
  cache.set(key, { texts: spans.map((s) => s.text), words });
  return words;
}

function splitSpans(spans: readonly TextSpan[], tokens: TokenLookup): Word[] {
  const out: Word[] = [];
  for (const span of spans) {
    const text = span.text;
    for (let i = 0; i < text.length; ) {
      const end = wordEnd(text, i);
      if (end === i) {
        i += codePointWidth(text, i);
        continue;
      }
      pushWord(out, text.slice(i, end), span.start + i, tokens);
      i = end;
    }
  }
  return out;
}

/**
 * Where the word starting at `i` ends (`i` when none starts there): letters and digits, then any number of
 * apostrophe-plus-letters. A loop over char codes with an ASCII fast path gives the same words as matching the
 * pattern above, whose match iterator was the claims stages' largest cost.
 */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetterOrDigit(text, j)) j += codePointWidth(text, j);
  if (j === i) return i;
  // Reads stay inside the text: a read past the end gives NaN, and V8 deoptimizes the loop for it.
  for (;;) {
    if (j + 1 >= text.length) return j;
    const c = text.charCodeAt(j);
    if ((c !== 0x27 && c !== 0x2019) || !isLetter(text, j + 1)) return j;
    let k = j + 1;
    while (k < text.length && isLetter(text, k)) k += codePointWidth(text, k);
    j = k;
  }
}

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return !Number.isNaN(c) && startsLetterOrDigit(codePointAt(text, i));
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return !Number.isNaN(c) && startsLetter(codePointAt(text, i));
}

/** The code point at `i` as a string (a surrogate pair stays whole, as the `u` flag reads it). */
function codePointAt(text: string, i: number): string {
  return text.slice(i, i + codePointWidth(text, i));
}

function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function pushWord(out: Word[], text: string, start: number, tokens: TokenLookup): void {
  const tok = tokens.get(start);
  // A word that is a whole token (most are) takes the document's lower-cased text of it.
  const lower = tok !== undefined && tok.text === text ? tokens.lower(tok) : lowerCase(text);
  // "doesn't" → "does" + "n't", as wink and the Penn Treebank split it.
  const n = lower.length;
  // Only a word of four letters or more is read at all: a read before the start deoptimizes this hot function.
  const isNeg =
    n > 3 &&
    lower.charCodeAt(n - 1) === 0x74 &&
    (lower.charCodeAt(n - 2) === 0x27 || lower.charCodeAt(n - 2) === 0x2019) &&
    lower.charCodeAt(n - 3) === 0x6e;
  const neg = isNeg ? n - 3 : -1;
  if (neg > 0) {
    pushWord(out, text.slice(0, neg), start, tokens);
    const end = start + text.length;
    out.push({ start: start + neg, end, lower: lower.slice(neg), text: text.slice(neg), lemma: 'not', pos: undefined });
    return;
  }
  const word: Word = {
    start,
    end: start + text.length,
    lower,
    text,
    lemma: tok?.lemma === undefined ? lower : lowerCase(tok.lemma),
    pos: tok?.pos,
  };
  out.push(word);
}
