/**
 * A company's legal form after a comma is part of its name: "Halvorsen Robotics, Inc. today announced …". The tagger
 * reads the form alone as an organization and the name before it as anything ("Halvorsen Robotics" a person).
 */
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { legalForms } from './lexicon.js';

/**
 * Joins each name to ", FORM" right after it, as one organization, dropping a candidate the form was.
 * Returns the candidates kept, in order.
 */
export function joinLegalSuffixes(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  let skip = -1;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.first <= skip) continue;
    const comma = tokens[c.last + 1];
    const form = tokens[c.last + 2];
    if (
      c.form !== 'name' ||
      comma?.text !== ',' ||
      !form ||
      !legalForms.has(form.text) ||
      form.sentence !== tokens[c.last]!.sentence
    ) {
      out.push(c);
      continue;
    }
    out.push(candidate({ ...c, last: c.last + 2, type: 'organization', rule: 'entities/legal-suffix' }));
    skip = c.last + 2;
  }
  return out;
}
