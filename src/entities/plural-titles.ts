/**
 * "Justices Sanjay Kaul and Sudhanshu Dhulia", "Sens. Elizabeth Warren and Bernie Sanders": a plural title before
 * names joined by commas and "and" titles each of them. The tagger sees the title before the first name only, and
 * may type a later name an organization.
 */

import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames, pluralTitles } from './lexicon.js';

/** The plural title right before token `first` ("Justices", or "Sens" and its full stop), in the same sentence. */
function pluralBefore(tokens: readonly NerToken[], first: number): string {
  const before = tokens[first - 1];
  if (!before || before.sentence !== tokens[first]!.sentence) return '';
  const word = tokens[first - 2];
  if (before.text === '.' && word && word.end === before.start) return `${word.text}.`;
  return before.text;
}

/** The tokens that may join two names of the list: ",", "and", ", and". */
function joined(tokens: readonly NerToken[], prev: Candidate, next: Candidate): boolean {
  const gap = next.first - prev.last - 1;
  const a = tokens[prev.last + 1]?.text;
  if (gap === 1) return a === ',' || a === 'and';
  return gap === 2 && a === ',' && tokens[prev.last + 2]?.text === 'and';
}

/** Titles (in place) each name of a list after a plural title, and types the later ones persons. */
export function pluralTitleNames(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (let n = 0; n < cands.length; n++) {
    const head = cands[n]!;
    const plural = pluralBefore(tokens, head.first);
    const singular = pluralTitles.get(plural);
    if (!singular || head.form !== 'name' || head.type === 'country') continue;
    // "Sens. Timothy M. Kaine" typed an organization: a first name after the title makes it the person it titles, and
    // so does an abbreviated title ("Reps. Warren and Sanders"), which only ever titles people ("Senators" may be a
    // team's name).
    const abbreviated = plural.endsWith('.');
    if (head.type !== 'person' && !abbreviated && !firstNames.has(tokens[head.first]!.text.toLowerCase())) continue;
    head.type = 'person';
    head.titles = [singular, ...(head.titles ?? []).filter((t) => t !== plural)];
    for (let m = n + 1; m < cands.length; m++) {
      const c = cands[m]!;
      if (c.form !== 'name' || !joined(tokens, cands[m - 1]!, c) || c.type === 'country') break;
      // "and Sudhanshu Dhulia": a name of as many words as the first or more; a single word only after a single word
      // ("Justices Kaul and Dhulia").
      if (c.last === c.first && head.last > head.first) break;
      c.type = 'person';
      c.country = undefined;
      c.titles = [singular, ...(c.titles ?? []).filter((t) => t !== singular)];
      if (tokens[c.last + 1]?.text !== ',' && tokens[c.last + 1]?.text !== 'and') break;
    }
  }
}
