/**
 * Patronymic particles join the parts of one name: "Mohammed bin Salman", "Osama bin Laden", "Tamim bin
 * Hamad Al Thani". The tagger, trained on names without them, splits such a name at the particle into a person and
 * a place or organization.
 */
import { type Candidate, personTitles, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByDemonym } from './lexicon.js';

/** Lower-case particles between a given name and a father's or family name (Arabic "bin", Kikuyu "wa"). */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'binti', 'wa']);
/** How many capitalized words may follow a particle in one name ("bin Hamad Al Thani"). */
const MAX_AFTER = 4;

function capitalized(t: NerToken | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

/**
 * Joins a candidate to the capitalized words after a particle right behind it, and drops the candidates those
 * words held: the whole is one person. Returns the candidates kept, in order.
 */
export function joinNameParticles(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const out: Candidate[] = [];
  let skipUntil = -1;
  for (const c of cands) {
    if (c.first <= skipUntil) continue;
    const particle = tokens[c.last + 1];
    if (
      c.form !== 'name' ||
      !particle ||
      !PARTICLES.has(particle.text) ||
      particle.sentence !== tokens[c.last]!.sentence ||
      !capitalized(tokens[c.last + 2])
    ) {
      out.push(c);
      continue;
    }
    let last = c.last + 2;
    while (last + 1 < tokens.length && last - c.last <= MAX_AFTER && capitalized(tokens[last + 1])) {
      if (tokens[last + 1]!.sentence !== particle.sentence) break;
      last++;
    }
    // A later candidate inside the joined words is part of this name now.
    for (const d of cands) if (d.first > c.last && d.first <= last) skipUntil = Math.max(skipUntil, d.last);
    last = Math.max(last, skipUntil);
    const joined: Candidate = { ...c, last, type: 'person', rule: 'entities/name-particle', confidence: 0.75 };
    delete joined.country;
    // "Saudi Crown Prince Mohammed bin Salman" tagged whole: the demonym is the country's, the titles the person's.
    const country = countryByDemonym.get(tokens[joined.first]!.text);
    if (country && joined.first < c.last) {
      out.push({
        first: joined.first,
        last: joined.first,
        type: 'country',
        form: 'demonym',
        rule: 'entities/demonym',
        confidence: 0.9,
        country,
      });
      joined.first++;
    }
    personTitles(tokens, joined, text);
    if (joined.first <= joined.last && spanText(tokens, joined.first, joined.last, text) !== '') out.push(joined);
  }
  return out;
}
