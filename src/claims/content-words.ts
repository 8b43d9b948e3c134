import { porterStem } from '../adapters/natural.js';
import type { Span } from '../types.js';
import { GENERIC_LEMMAS, HEDGE_WORDS, NEGATION_SUFFIXES, NEGATION_WORDS, STOPWORDS } from './lexicon.js';
import type { Word } from './words.js';

/**
 * The content words of a statement as Porter stems of their lemmas ("spied" → spy → "spy", "requests" →
 * "request"), without function, negation and hedge words, so two statements can be compared on what they
 * are about rather than how they are phrased. Words inside entity mentions (`names`) are left out: shared
 * entities are counted once, as about-entities, not again as words.
 */
export function contentStems(words: readonly Word[], names: readonly Span[] = []): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (STOPWORDS.has(w.lower) || NEGATION_WORDS.has(w.lower) || HEDGE_WORDS.has(w.lower)) continue;
    if (GENERIC_LEMMAS.has(w.lemma) || names.some((n) => n.start <= w.start && w.end <= n.end)) continue;
    if (NEGATION_SUFFIXES.includes(w.lower) || w.lower.length < 3 || /^\d+$/.test(w.lower)) continue;
    out.add(porterStem(w.lemma.replace(/['’]s$/, '')));
  }
  return out;
}
