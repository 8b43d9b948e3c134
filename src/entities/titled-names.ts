/**
 * Names read by the words before them. A capitalized word between a title and a name is the first name, even when
 * it is also a common word the first-name lists leave out: "Professor Will Hutton", "Dr May Lin" (the tagger drops
 * it, and "Hutton" alone was typed as an organization). A name after "the journal" or "the newspaper" is a body.
 */
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames, honorificGender, titlePhrases } from './lexicon.js';

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

/** Nouns before a name that make it a body or a publication, not a person ("the journal Nature Geoscience"). */
const BODY_NOUNS = new Set([
  'journal',
  'newspaper',
  'magazine',
  'broadcaster',
  'network',
  'agency',
  'firm',
  'company',
  'charity',
  'website',
  'station',
  'publisher',
  'tabloid',
  'paper',
  'think-tank',
]);

/** Persons named right after a body noun ("the journal Nature Geoscience") are organizations. Changed in place. */
export function namedBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    const before = tokens[c.first - 1];
    if (c.form !== 'name' || c.type !== 'person' || !before || !BODY_NOUNS.has(before.text)) continue;
    // "told the newspaper Jane Smith was wrong": a first name keeps the person.
    if (before.sentence !== tokens[c.first]!.sentence || firstNames.has(tokens[c.first]!.text.toLowerCase())) continue;
    c.type = 'organization';
    c.rule = 'entities/named-body';
    delete c.titles;
  }
}
