import { porterStem } from '../adapters/natural.js';
import type { Span } from '../types.js';
import { GENERIC_LEMMAS, HEDGE_WORDS, NEGATION_SUFFIXES, NEGATION_WORDS, STOPWORDS, SYNONYM_GROUP } from './lexicon.js';
import type { Word } from './words.js';

/**
 * The content words of a statement as Porter stems of their lemmas ("spied" → spy → "spy", "requests" →
 * "request"), without function, negation and hedge words, so two statements can be compared on what they
 * are about rather than how they are phrased. Words inside entity mentions (`names`) are left out: shared
 * entities are counted once, as about-entities, not again as words. Lemmas in a synonym group
 * (data/claim-synonyms.json) count as their group.
 */
export function contentStems(words: readonly Word[], names: readonly Span[] = []): Set<string> {
  const out = new Set<string>();
  for (const [i, w] of words.entries()) {
    // Near-synonyms share a group ("provide information" ~ "turned over passwords"); phrasal verbs first.
    const next = words[i + 1];
    const group = (next && SYNONYM_GROUP.get(`${w.lemma} ${next.lower}`)) ?? SYNONYM_GROUP.get(w.lemma);
    if (group !== undefined && !names.some((n) => n.start <= w.start && w.end <= n.end)) {
      out.add(group);
      continue;
    }
    if (STOPWORDS.has(w.lower) || NEGATION_WORDS.has(w.lower) || HEDGE_WORDS.has(w.lower)) continue;
    if (GENERIC_LEMMAS.has(w.lemma) || names.some((n) => n.start <= w.start && w.end <= n.end)) continue;
    if (NEGATION_SUFFIXES.includes(w.lower) || w.lower.length < 3 || /^\d+$/.test(w.lower)) continue;
    out.add(stem(w.lemma.replace(/['’]s$/, '')));
  }
  return out;
}

// Stemming is the costly step and news repeats its words: remember stems, forgetting all when the memo is full.
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;

function stem(lemma: string): string {
  let s = memo.get(lemma);
  if (s === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    s = porterStem(lemma);
    memo.set(lemma, s);
  }
  return s;
}
