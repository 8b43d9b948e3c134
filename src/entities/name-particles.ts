/**
 * Particles join the parts of one name: patronymics ("Mohammed bin Salman", "Tamim bin Hamad Al Thani"), family-name
 * particles ("Lula da Silva", "Ursula von der Leyen") and the Arabic article ("Abdel Fattah al-Sisi"). The tagger,
 * trained on names without them, splits such a name at the particle into a person and a place or organization.
 */

import { startsUpper } from '../text/letters.js';
import { type Candidate, personTitles, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByDemonym, firstNames } from './lexicon.js';

/** Lower-case particles between a given name and a father's or family name (Arabic "bin", Kikuyu "wa"). */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'binti', 'wa']);
/**
 * Family-name particles ("da Silva", "von der Leyen", "van Gogh", "de Gaulle"). They also open the names of places and
 * bodies ("Banco de Portugal"), so they join only after a person: a person candidate or a known given name.
 */
const FAMILY_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'du', 'ter']);
/** A second particle after the first ("von der", "van den", "de la", "de los"). */
const SECOND_PARTICLES = new Set(['der', 'den', 'la', 'los', 'las']);
/** The Arabic article glued to a family name by a hyphen ("al-Sisi", "el-Erian"). */
const ARTICLES = new Set(['al', 'el']);
/** How many capitalized words may follow a particle in one name ("bin Hamad Al Thani"). */
const MAX_AFTER = 4;

function capitalized(t: NerToken | undefined): boolean {
  return t !== undefined && startsUpper(t.text);
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
    articleBefore(tokens, c);
    // "Viana do Castelo", "Santiago de Compostela": a place, a particle and a place are one place.
    const place = placeAfterParticle(tokens, c, cands);
    if (place) {
      out.push({ ...c, last: place.last, rule: 'entities/place-particle' });
      skipUntil = place.last;
      continue;
    }
    const particle = tokens[c.last + 1];
    const width =
      c.form === 'name' && particle?.sentence === tokens[c.last]!.sentence ? particlesAfter(tokens, c, cands) : 0;
    if (!particle || width === 0 || !capitalized(tokens[c.last + width + 1])) {
      out.push(c);
      continue;
    }
    let last = c.last + width + 1;
    const patronymic = PARTICLES.has(particle.text);
    while (patronymic && last + 1 < tokens.length && last - c.last <= MAX_AFTER && capitalized(tokens[last + 1])) {
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

/** Capitalized family-name particles: "Le Pen", "Di Maio" and "La Russa" alone are the short form of a full name. */
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set([
  'Le',
  'La',
  'De',
  'Di',
  'Da',
  'Del',
  'Della',
  'Van',
  'Von',
  'Dos',
  'Du',
]);

/** How many particle tokens follow the candidate before the name resumes: 0 when none does. */
function particlesAfter(tokens: readonly NerToken[], c: Candidate, cands: readonly Candidate[]): number {
  const p = tokens[c.last + 1]!;
  if (PARTICLES.has(p.text)) return 1;
  const hyphen = tokens[c.last + 2];
  // "al-Sisi": the article, a hyphen and the name, with no space between them. The name after it being a person
  // is evidence enough ("Faisal al-Harbi", where the tagger called "Faisal" a place).
  const article =
    ARTICLES.has(p.text) && hyphen?.text === '-' && hyphen.start === p.end && tokens[c.last + 3]?.start === hyphen.end;
  const personAfter = article && cands.some((d) => d.first === c.last + 3 && d.type === 'person');
  const person = c.type === 'person' || firstNames.has(tokens[c.last]!.text.toLowerCase()) || personAfter;
  if (!person) return 0;
  if (article) return 2;
  if (!FAMILY_PARTICLES.has(p.text)) return 0;
  return SECOND_PARTICLES.has(tokens[c.last + 2]?.text ?? '') ? 2 : 1;
}

/**
 * "Al-Zindani said": the Arabic article glued before a person's family name is part of it. Changed in place.
 */
function articleBefore(tokens: readonly NerToken[], c: Candidate): void {
  const hyphen = tokens[c.first - 1];
  const article = tokens[c.first - 2];
  if (c.form !== 'name' || c.type !== 'person' || hyphen?.text !== '-' || !article) return;
  if (
    !ARTICLES.has(article.text.toLowerCase()) ||
    article.end !== hyphen.start ||
    hyphen.end !== tokens[c.first]!.start
  )
    return;
  if (article.sentence !== tokens[c.first]!.sentence) return;
  c.first -= 2;
}

/** The place candidate after a location's family-style particle ("do", "de", "del"), or undefined. */
function placeAfterParticle(
  tokens: readonly NerToken[],
  c: Candidate,
  cands: readonly Candidate[],
): Candidate | undefined {
  const p = tokens[c.last + 1];
  if (c.form !== 'name' || c.type !== 'location' || !p || !FAMILY_PARTICLES.has(p.text)) return undefined;
  if (p.sentence !== tokens[c.last]!.sentence) return undefined;
  return cands.find((d) => d.first === c.last + 2 && d.type === 'location' && d.form === 'name');
}
