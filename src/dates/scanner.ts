import type { Sentence, Token } from '../types.js';
import { FUZZY_NUMBERS, NUMBER_WORDS, TENS, UNITS } from './lexicon.js';
import { PhraseIndex } from './phrase-index.js';

/** A parsed number: a count, or 'X' for "several", "a few". */
export type Count = number | 'X';

export interface Parsed<T> {
  value: T;
  /** Index of the first token after the parsed words. */
  next: number;
}

/**
 * Read access to one sentence's tokens for the date rules: lower-case words, adjacency (for "third-quarter",
 * "5-year" split by the tokenizer) and small parsers for numbers and units. Out-of-sentence reads give ''.
 */
export class Scanner {
  readonly lo: number;
  readonly hi: number;
  constructor(
    readonly tokens: readonly Token[],
    readonly low: readonly string[],
    readonly sentence: Sentence,
  ) {
    this.lo = sentence.tokens[0];
    this.hi = sentence.tokens[1];
  }

  w(k: number): string {
    return k >= this.lo && k <= this.hi ? this.low[k]! : '';
  }

  tok(k: number): Token | undefined {
    return k >= this.lo && k <= this.hi ? this.tokens[k] : undefined;
  }

  /** Whether the token starts with a capital letter. */
  cap(k: number): boolean {
    const t = this.tok(k);
    if (!t) return false;
    const c = t.text.charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  /** Whether tokens k and k+1 touch (no space between): "third" "-" "quarter". */
  touches(k: number): boolean {
    const a = this.tok(k);
    const b = this.tok(k + 1);
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** The end (exclusive token index) of `words` matched from k, or -1. A word may span touching tokens ("year's"). */
  phrase(k: number, words: readonly string[]): number {
    let p = k;
    for (const word of words) {
      let acc = this.w(p);
      if (acc === '' || !word.startsWith(acc)) return -1;
      p++;
      while (acc.length < word.length) {
        if (!this.touches(p - 1)) return -1;
        acc += this.w(p);
        if (!word.startsWith(acc)) return -1;
        p++;
      }
    }
    return p;
  }

  /** A hyphen between touching tokens at k ("5" "-" "year"): the index after it, or -1. */
  hyphenAfter(k: number): number {
    return this.touches(k) && this.w(k + 1) === '-' && this.touches(k + 1) ? k + 2 : -1;
  }

  /** A count: digits, number words ("twenty-four", "twenty four", "a couple of"), or a vague one ("several"). */
  count(k: number): Parsed<Count> | null {
    const word = this.w(k);
    if (word === '') return null;
    if (/^\d{1,4}$/.test(word)) return { value: Number(word), next: k + 1 };
    if (/^\d{1,3}(,\d{3})+$/.test(word)) return { value: Number(word.replaceAll(',', '')), next: k + 1 };
    const hyphen = word.indexOf('-');
    if (hyphen > 0) {
      const tens = TENS.get(word.slice(0, hyphen));
      const unit = NUMBER_WORDS.get(word.slice(hyphen + 1));
      if (tens !== undefined && unit !== undefined && unit < 10) return { value: tens + unit, next: k + 1 };
    }
    const multi = MULTI_NUMBERS.match(this, k);
    if (multi) return multi;
    if (FUZZY_NUMBERS.has(word)) {
      if (word === 'a' || word === 'some') return null;
      return { value: 'X', next: k + 1 };
    }
    if (word === 'a' && this.w(k + 1) === 'few') return { value: 'X', next: k + 2 };
    if (word === 'a' && this.w(k + 1) === 'number' && this.w(k + 2) === 'of') return { value: 'X', next: k + 3 };
    const n = NUMBER_WORDS.get(word);
    if (n === undefined) return null;
    const tens = TENS.get(word);
    if (tens !== undefined) {
      // "ninety-six" split by the tokenizer into "ninety" "-" "six".
      const afterHyphen = this.hyphenAfter(k);
      const split = afterHyphen > 0 ? NUMBER_WORDS.get(this.w(afterHyphen)) : undefined;
      if (split !== undefined && split < 10) return { value: tens + split, next: afterHyphen + 1 };
      const unit = NUMBER_WORDS.get(this.w(k + 1));
      if (unit !== undefined && unit < 10 && this.w(k + 1) !== 'a' && this.w(k + 1) !== 'an') {
        return { value: tens + unit, next: k + 2 };
      }
    }
    return { value: n, next: k + 1 };
  }

  /** The unit code of a unit word ("years" → Y), or undefined. */
  unitCode(word: string): string | undefined {
    return UNITS.get(word);
  }

  /** A time unit word: the unit code (S MI H D W WE M Q Y DE CE ML) and whether it was plural. */
  unit(k: number): Parsed<{ code: string; plural: boolean }> | null {
    const word = this.w(k);
    const code = UNITS.get(word);
    if (code === undefined) return null;
    return { value: { code, plural: word.endsWith('s') || word === 'millennia' }, next: k + 1 };
  }
}

/** Number phrases of more than one word, longest first ("half a dozen" before "a dozen"). */
const MULTI_NUMBERS = new PhraseIndex<number>([...NUMBER_WORDS].filter(([phrase]) => phrase.includes(' ')));
