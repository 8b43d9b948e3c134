import type { Polarity } from '../types.js';
import { NEGATION_SUFFIXES, NEGATION_WORDS, NOT_NEGATING, SUBORDINATORS } from './lexicon.js';
import type { Word } from './words.js';

export interface PolarityResult {
  polarity: Polarity;
  /** The negation words that counted (main clauses only), for evidence and debugging. */
  negations: Word[];
}

// A new sentence or an independent clause: end punctuation, a semicolon, or a comma before "and"/"but".
const SENTENCE_BREAK = /[.!?;]/;
const CLAUSE_BREAK = /[,;:—–()]/;
const COORDINATORS = new Set(['and', 'but', 'yet', 'or']);

/**
 * Polarity of a statement from the negations in its main clauses. The statement is cut into independent
 * clauses (sentences, fragments of a discontinuous quote, ", and …"); a clause is negative when it holds an odd
 * number of negations ("it is not true that we never paid" has two: positive); the statement is negative when
 * any clause is. A subordinate clause (a relative "who…", "because…", or a "that" after a noun) runs to the
 * next comma or dash and its negations do not count: "the report that he never paid is false" is positive.
 * A "that" after a verb or adjective opens a complement, whose negations do count. Fixed phrases such as
 * "not only" and "no doubt" do not negate.
 */
export function polarityOf(words: readonly Word[], text: string): PolarityResult {
  const counted: Word[] = [];
  let clause: Word[] = [];
  let negative = false;
  let subordinate = false;
  const close = (): void => {
    if (clause.length % 2 === 1) negative = true;
    counted.push(...clause);
    clause = [];
    subordinate = false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    // Words carry no punctuation, so breaks are read from the text between two words; most gaps are one space,
    // which breaks nothing, and are passed over without slicing and testing them.
    if (prev && !(w.start === prev.end + 1 && text.charCodeAt(prev.end) === 0x20)) {
      const gap = text.slice(prev.end, w.start);
      if (SENTENCE_BREAK.test(gap) || gap.length > 3 || (gap.includes(',') && COORDINATORS.has(w.lower))) close();
      else if (subordinate && CLAUSE_BREAK.test(gap)) subordinate = false;
    }
    if (i > 0 && SUBORDINATORS.has(w.lower) && !complement(w, prev)) {
      subordinate = true;
      continue;
    }
    if (subordinate || !isNegation(w) || startsFixedPhrase(words, i)) continue;
    clause.push(w);
  }
  close();
  return { polarity: negative ? 'negative' : 'positive', negations: counted };
}

/** "that" as a determiner ("that plan") or after a verb or adjective ("true that", "said that") is no relative. */
function complement(w: Word, prev: Word | undefined): boolean {
  if (w.lower !== 'that') return false;
  if (w.pos === 'DET') return true;
  return prev?.pos === 'ADJ' || prev?.pos === 'VERB' || prev?.pos === 'AUX';
}

function isNegation(w: Word): boolean {
  return NEGATION_WORDS.has(w.lower) || NEGATION_SUFFIXES.includes(w.lower);
}

function startsFixedPhrase(words: readonly Word[], i: number): boolean {
  return NOT_NEGATING.some((phrase) => phrase.every((p, k) => words[i + k]?.lower === p));
}
