/**
 * A capitalized word between a title and a name is the first name, even when it is also a common word the
 * first-name lists leave out: "Professor Will Hutton", "Dr May Lin". The tagger drops it, and the rest of the name
 * alone ("Hutton") was then typed as an organization.
 */
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { honorificGender, titlePhrases } from './lexicon.js';

function isTitle(t: NerToken | undefined): boolean {
  return t !== undefined && (titlePhrases.has(t.text) || honorificGender.has(t.text));
}

/** Extends name candidates over a first name between a title and the name; they become persons. Changed in place. */
export function titledFirstNames(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    const p = c.first - 1;
    const word = tokens[p];
    if (c.form !== 'name' || p < 1 || !word || word.sentence !== tokens[c.first]!.sentence) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || isTitle(word) || !isTitle(tokens[p - 1])) continue;
    if (word.end === tokens[c.first]!.start) continue;
    c.first = p;
    c.type = 'person';
    c.rule = 'entities/titled-first-name';
    c.titles = [...(c.titles ?? []), tokens[p - 1]!.text];
    delete c.country;
  }
}
