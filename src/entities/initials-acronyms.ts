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

/**
 * "the Central Organisation of Trade Unions (Cotu)": an acronym read as a word, which British and African copy write
 * in lower case after its capital, in brackets right after an organization's name whose initials it spells, is that
 * organization, and so is the same word elsewhere in the text (the tagger reads it as a place or a person). Changed
 * in place.
 */
export function bracketedInitials(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const retyped = new Set<string>();
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.form !== 'name' || c.type === 'organization' || c.type === 'country') continue;
    const word = tokens[c.first]!.text;
    if (word.length >= 3 && spellsInitialsOf(c, cands[k - 1]!, tokens, text)) retyped.add(word);
  }
  if (retyped.size === 0) return;
  for (const c of cands) {
    if (c.form !== 'name' || c.first !== c.last || !retyped.has(tokens[c.first]!.text)) continue;
    c.type = 'organization';
    c.rule = 'entities/acronym';
    c.country = undefined;
    c.titles = undefined;
  }
}

/**
 * Whether candidate `c`, one token in brackets right after `body` (an organization of several words), spells the
 * body's initials, in capitals or as a word ("(IEC)", "(Nersa)").
 */
export function spellsInitialsOf(c: Candidate, body: Candidate, tokens: readonly NerToken[], text: string): boolean {
  if (c.first !== c.last || body.type !== 'organization' || body.first === body.last || body.last !== c.first - 2) {
    return false;
  }
  if (tokens[c.first - 1]!.text !== '(' || tokens[c.last + 1]?.text !== ')') return false;
  return tokens[c.first]!.text.toUpperCase() === initials(words(spanText(tokens, body.first, body.last, text)));
}
