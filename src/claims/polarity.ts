import type { Polarity } from '../types.js';
import { NEGATION_SUFFIXES, NEGATION_WORDS, NOT_NEGATING, SUBORDINATORS } from './lexicon.js';
import type { Word } from './words.js';

export interface PolarityResult {
  polarity: Polarity;
  /** The negation words that counted (main clause only), for evidence and debugging. */
  negations: Word[];
}

/**
 * Polarity of a statement from the negations in its main clause. A subordinate clause ("who…", "because…",
 * "that…" after the first word) runs to the next comma, semicolon or dash and its negations do not count:
 * "the report that he never paid is false" is positive. Fixed phrases such as "not only" and "no doubt" do not
 * negate, and an even number of negations cancels out ("it is not true that we never…" is handled as one
 * negation in the main clause, because the second sits in the subordinate "that" clause).
 */
export function polarityOf(words: readonly Word[], text: string): PolarityResult {
  const negations: Word[] = [];
  let subordinate = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    // Words carry no punctuation, so a clause break is read from the text between two words.
    if (subordinate && prev && CLAUSE_BREAK.test(text.slice(prev.end, w.start))) subordinate = false;
    // A leading "that" is the complementizer of an indirect quote, not a subordinate clause of the statement.
    if (SUBORDINATORS.has(w.lower) && i > 0 && !(w.lower === 'that' && w.pos === 'DET')) {
      subordinate = true;
      continue;
    }
    if (subordinate || !isNegation(w)) continue;
    if (startsFixedPhrase(words, i)) continue;
    negations.push(w);
  }
  return { polarity: negations.length % 2 === 1 ? 'negative' : 'positive', negations };
}

const CLAUSE_BREAK = /[,;:—–()]/;

function isNegation(w: Word): boolean {
  return NEGATION_WORDS.has(w.lower) || NEGATION_SUFFIXES.includes(w.lower);
}

function startsFixedPhrase(words: readonly Word[], i: number): boolean {
  return NOT_NEGATING.some((phrase) => phrase.every((p, k) => words[i + k]?.lower === p));
}
