/**
 * "The World Health Organization recommended … A WHO spokesperson said …": an acronym the document never spells out
 * in brackets, which the tagger leaves untagged when it is also a word ("WHO") or unknown to it. Written in capitals
 * in prose and equal to the initials of an organization the document names in full, it is a mention of that body
 * (clustering then joins the two by their initials).
 */
import { type Candidate, candidate, coveredTokens, spanText } from './candidates.js';
import { initials, words } from './clusters.js';
import type { NerToken } from './features.js';
import { commonWords } from './lexicon.js';

const ACRONYM = /^[A-Z]{2,6}$/;

/** New organization candidates for the acronyms of the document's organizations, where no candidate is. */
export function initialsAcronyms(tokens: readonly NerToken[], cands: readonly Candidate[], text: string): Candidate[] {
  const known = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'organization' || c.form !== 'name' || c.last === c.first) continue;
    const key = initials(words(spanText(tokens, c.first, c.last, text)));
    if (key.length >= 2) known.add(key);
  }
  if (known.size === 0) return [];
  const covered = coveredTokens(cands, tokens.length);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A line in capitals (a headline, a table) proves nothing by its capitals.
    if (covered[i] === 1 || t.line === 'u' || !ACRONYM.test(t.text) || !known.has(t.text)) continue;
    // "WE", "IN", "IT" are words shouted more often than two-word bodies abbreviated; "WHO" has three letters.
    if (t.text.length < 3 && commonWords.has(t.text.toLowerCase())) continue;
    out.push(
      candidate({ first: i, last: i, type: 'organization', form: 'name', rule: 'entities/initials', confidence: 0.7 }),
    );
  }
  return out;
}
