/**
 * A capitalized ordinal right before a tagged name, mid-sentence, is the name's first word: "First Nations", "First
 * Chicago" (a bank, not the city), "Second City". The tagger leaves the ordinal out as it would a sentence's first
 * word, cutting the name to a word that means something else ("Nations", a place "Chicago").
 */
import { startsCapitalized } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';

const ORDINALS = new Set(['First', 'Second', 'Third']);
/** Marks after which a capital opens a sentence of its own. */
const OPENERS = new Set([':', '“', '"', '‘', "'", '«', '(', '[', '—', '–']);

/** Extends organization and place names over the ordinal before them, as organizations. Changed in place. */
export function ordinalNames(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  const ends = new Set<number>();
  for (const c of cands) ends.add(c.last);
  for (const c of cands) {
    if (c.form !== 'name' || c.type === 'person') continue;
    const ord = tokens[c.first - 1];
    const name = tokens[c.first]!;
    if (!ord || !ORDINALS.has(ord.text) || ord.sentenceStart || ord.line !== 'n') continue;
    if (ord.sentence !== name.sentence || ord.end + 1 !== name.start || ends.has(c.first - 1)) continue;
    const before = tokens[c.first - 2];
    // "… said: First Chicago …" opens a sentence; "Chase First Chicago" is a longer run the tagger cut elsewhere.
    if (before && (OPENERS.has(before.text) || (before.sentence === ord.sentence && startsCapitalized(before.text)))) {
      continue;
    }
    c.first -= 1;
    c.type = 'organization';
    c.country = undefined;
    c.rule = 'entities/ordinal-name';
  }
}
