import type { Stance } from '../types.js';
import { FUTURE_MARKERS, HEDGE_CUE_LEMMAS, HEDGE_WORDS, STANCE_BY_LEMMA } from './lexicon.js';
import type { Word } from './words.js';

/**
 * Stance from the cue's lemma (data/stances.json); a plain "said" statement in the future tense ("we will
 * win") predicts. Backshifted "would" is left out: in reported speech it is as often a past habit or a
 * conditional as a prediction.
 */
export function stanceOf(cueLemma: string | undefined, words: readonly Word[]): Stance {
  const fromCue = cueLemma === undefined ? undefined : STANCE_BY_LEMMA.get(cueLemma.toLowerCase());
  if (fromCue) return fromCue;
  if (words.some((w) => FUTURE_MARKERS.has(w.lower))) return 'predicts';
  return 'asserts';
}

/**
 * Hedged when the statement carries a hedge word (may, could, reportedly…) or the cue itself hedges
 * ("suggested", "believes"). "May" capitalized mid-statement is the month, so hedge words must be typed in
 * lower case unless they open the statement.
 */
export function isHedged(cueLemma: string | undefined, words: readonly Word[]): boolean {
  if (cueLemma !== undefined && HEDGE_CUE_LEMMAS.has(cueLemma.toLowerCase())) return true;
  return words.some((w, i) => HEDGE_WORDS.has(w.lower) && (i === 0 || w.text === w.lower));
}
