/**
 * Particles join the parts of one name: patronymics ("Mohammed bin Salman", "Tamim bin Hamad Al Thani"), family-name
 * particles ("Lula da Silva", "Ursula von der Leyen") and the Arabic article ("Abdel Fattah al-Sisi"). The tagger,
 * trained on names without them, splits such a name at the particle into a person and a place or organization.
 */

import { MONTHS } from '../dates/lexicon.js';
import { isCapitalizedWord, startsUpper } from '../text/letters.js';
import { type Candidate, candidate, coveredTokens, personTitles, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByDemonym, firstNames } from './lexicon.js';

/** Lower-case particles between a given name and a father's or family name (Arabic "bin", Kikuyu "wa"). */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'binti', 'wa']);
/**
 * Filipino spellings that write "de la" and "de los" as one word ("dela Cruz", "delos Santos"). They open family
 * names, not places ("Ana dela Rosa" is no place however the tagger types "Ana").
 */
const PERSON_ONLY_PARTICLES: readonly string[] = ['dela', 'delos', 'delas'];
/**
 * Family-name particles ("da Silva", "von der Leyen", "van Gogh", "de Gaulle"). They also open the names of places and
 * bodies ("Banco de Portugal"), so they join only after a person: a person candidate or a known given name.
 */
const FAMILY_PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  // Filipino spellings that write "de la" and "de los" as one word ("dela Cruz", "delos Santos").
  'dela',
  'delos',
  'delas',
  'dei',
  'van',
  'von',
  'vom',
  'zu',
  'du',
  'ter',
  'ten',
]);
/** A second particle after the first ("von der", "van den", "de la", "de los"). */
const SECOND_PARTICLES = new Set(['der', 'den', 'la', 'los', 'las']);
/** The Arabic article glued to a family name by a hyphen ("al-Sisi", "el-Erian"). */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);
/** How many capitalized words may follow a particle in one name ("bin Hamad Al Thani"). */
const MAX_AFTER = 4;

function capitalized(t: NerToken | undefined): boolean {
  return t !== undefined && startsUpper(t.text);
}

/**
 * Joins a candidate to the capitalized words after a particle right behind it, and drops the candidates those
 * words held: the whole is one person. Returns the candidates kept, in order.
 */
export function joinNameParticles(
  tagged: readonly Candidate[],
  tokens: readonly NerToken[],
  text: string,
): Candidate[] {
  const cands = joinNicknames(particleOpeners(withGivenNameSeeds(tagged, tokens), tokens), tokens);
  const out: Candidate[] = [];
  let skipUntil = -1;
  for (const c of cands) {
    if (c.first <= skipUntil) continue;
    articleBefore(tokens, c);
    // "Viana do Castelo", "Santiago de Compostela": a place, a particle and a place are one place.
    const place = placeAfterParticle(tokens, c, cands);
    if (place) {
      out.push(candidate({ ...c, last: place.last, rule: 'entities/place-particle' }));
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
    const joined: Candidate = candidate({
      ...c,
      last,
      type: 'person',
      rule: 'entities/name-particle',
      confidence: 0.75,
    });
    joined.country = undefined;
    // "Saudi Crown Prince Mohammed bin Salman" tagged whole: the demonym is the country's, the titles the person's.
    const country = countryByDemonym.get(tokens[joined.first]!.text);
    if (country && joined.first < c.last) {
      out.push(
        candidate({
          first: joined.first,
          last: joined.first,
          type: 'country',
          form: 'demonym',
          rule: 'entities/demonym',
          confidence: 0.9,
          country,
        }),
      );
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
    ARABIC_ARTICLES.has(p.text) &&
    hyphen?.text === '-' &&
    hyphen.start === p.end &&
    tokens[c.last + 3]?.start === hyphen.end;
  const personAfter = article && cands.some((d) => d.first === c.last + 3 && d.type === 'person');
  // A particle that opens only family names ("Arnel dela Paz") is evidence enough, as the article is.
  const person =
    c.type === 'person' ||
    firstNames.has(tokens[c.last]!.text.toLowerCase()) ||
    personAfter ||
    PERSON_ONLY_PARTICLES.includes(p.text);
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
    !ARABIC_ARTICLES.has(article.text.toLowerCase()) ||
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
  if (PERSON_ONLY_PARTICLES.includes(p.text)) return undefined;
  if (p.sentence !== tokens[c.last]!.sentence) return undefined;
  return cands.find((d) => d.first === c.last + 2 && d.type === 'location' && d.form === 'name');
}

/** How many known given names before a particle a seeded name takes in ("Jan Peter de Vries"). */
const MAX_GIVEN = 2;

/** Whether a particle (with its second one) and a capitalized word follow token `i` in its sentence. */
function particleNameAfter(tokens: readonly NerToken[], i: number): boolean {
  const p = tokens[i + 1];
  if (!p || p.sentence !== tokens[i]!.sentence || !(FAMILY_PARTICLES.has(p.text) || PARTICLES.has(p.text))) {
    return false;
  }
  const second = SECOND_PARTICLES.has(tokens[i + 2]?.text ?? '') ? 1 : 0;
  const name = tokens[i + 2 + second];
  return name !== undefined && name.sentence === p.sentence && capitalized(name);
}

/**
 * A capital and then lower-case letters only ("Jan", "Ursula"). A constant, not a literal in the loop: the bundle's
 * node20 target makes esbuild write a `\p{…}` literal as `new RegExp(source, flags)`, which ran for every token.
 */

/**
 * "Jan de Vries said", "backed by Ursula von der Leyen", "Werner von Siemens founded": the tagger, which never saw the
 * particle inside a name, often tags no part of the given name. A known given name no candidate holds, right before
 * a particle and a capitalized word, becomes a person candidate for the join below. Returns all candidates in order.
 */
function withGivenNameSeeds(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const covered = coveredTokens(cands, tokens.length);
  const seeds: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    // Lower-cased only past the two cheap tests: most tokens fail them, and this runs for every token.
    if (covered[i] || !isCapitalizedWord(t.text)) continue;
    // The given-name lists leave out month abbreviations ("Jan", written "Jan." too); before a particle none is a
    // month. A full month's name may be ("In March de Gaulle flew").
    const lower = t.text.toLowerCase();
    const abbreviation = MONTHS.has(lower) && MONTHS.has(`${lower}.`);
    if (!(firstNames.has(lower) || abbreviation)) continue;
    if (!particleNameAfter(tokens, i)) continue;
    let first = i;
    while (i - first + 1 < MAX_GIVEN && first > 0 && !covered[first - 1]) {
      const g = tokens[first - 1]!;
      if (g.sentence !== t.sentence || !isCapitalizedWord(g.text) || !firstNames.has(g.text.toLowerCase())) break;
      first--;
    }
    seeds.push(
      candidate({ first, last: i, type: 'person', form: 'name', rule: 'entities/name-particle', confidence: 0.7 }),
    );
  }
  return seeds.length === 0 ? [...cands] : [...cands, ...seeds].sort((a, b) => a.first - b.first);
}

/**
 * "Von der Leyen said", "Van der Vaart scored", "de Gaulle flew": particles open a family name written alone; the
 * tagger keeps only the last word. The candidate takes them in and is a person. A capitalized particle needs a
 * second one ("Von der"): alone it also opens bodies' names ("De Beers"); a lower-case one must not follow a
 * capitalized word, whose name it would continue ("Banco de Portugal"). Returns the candidates (changed in place).
 */
function particleOpeners(cands: Candidate[], tokens: readonly NerToken[]): Candidate[] {
  for (const c of cands) {
    if (c.form !== 'name' || c.type === 'country' || c.first < 1) continue;
    const second = SECOND_PARTICLES.has(tokens[c.first - 1]!.text) ? 1 : 0;
    const at = c.first - 1 - second;
    const opener = tokens[at];
    if (!opener || opener.sentence !== tokens[c.first]!.sentence || opener.end === tokens[at + 1]!.start) continue;
    const before = tokens[at - 1];
    if (before?.sentence === opener.sentence && capitalized(before)) continue;
    const open = second === 1 ? CAPITAL_PARTICLES.has(opener.text) : false;
    if (!open && !(FAMILY_PARTICLES.has(opener.text) && (second === 1 || c.first === c.last))) continue;
    c.first = at;
    c.type = 'person';
    c.rule = 'entities/name-particle';
    c.country = undefined;
  }
  return cands;
}

const OPEN_QUOTES = new Set(['"', '\u201c', "'", '\u2018']);
const CLOSE_QUOTES = new Set(['"', '\u201d', "'", '\u2019']);
/** How many words a nickname in quotes, and the family name after it, may have. */
const MAX_NICKNAME = 2;

/** The capitalized words from `i` on, in `i`'s sentence and one space apart (at most MAX_NICKNAME), as the last one. */
function nameWords(tokens: readonly NerToken[], i: number): number {
  let last = i - 1;
  while (last + 1 - i < MAX_NICKNAME && capitalized(tokens[last + 1])) {
    const t = tokens[last + 1]!;
    if (t.sentence !== tokens[i]!.sentence || (last >= i && t.start !== tokens[last]!.end + 1)) break;
    last++;
  }
  return last;
}

/**
 * 'Mohamed Hamdan "Hemedti" Dagalo', 'José "Pepe" Mujica': a nickname in quotes between a given name and a family
 * name is part of one person's name; the tagger splits it into a person and bodies or places. A person candidate
 * opening on a known given name, quote marks glued around one or two capitalized words right after it, and one or
 * two capitalized words after them, make one person; the candidates inside are dropped. Returns the candidates kept.
 */
function joinNicknames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const dropped = new Set<Candidate>();
  let n = 0;
  for (const c of cands) {
    n++;
    if (dropped.has(c) || c.form !== 'name' || c.type !== 'person') continue;
    if (!firstNames.has(tokens[c.first]!.text.toLowerCase())) continue;
    const open = tokens[c.last + 1];
    if (!open || !OPEN_QUOTES.has(open.text) || open.sentence !== tokens[c.last]!.sentence) continue;
    const nick = nameWords(tokens, c.last + 2);
    const close = tokens[nick + 1];
    if (nick < c.last + 2 || tokens[c.last + 2]!.start !== open.end) continue;
    if (!close || !CLOSE_QUOTES.has(close.text) || close.start !== tokens[nick]!.end) continue;
    const family = nameWords(tokens, nick + 2);
    if (family < nick + 2 || tokens[nick + 2]!.start !== close.end + 1) continue;
    // The candidates inside, if none reaches past the family name.
    const inside: Candidate[] = [];
    let past = false;
    for (let k = n; k < cands.length && cands[k]!.first <= family; k++) {
      if (cands[k]!.last > family) past = true;
      inside.push(cands[k]!);
    }
    if (past) continue;
    for (const d of inside) dropped.add(d);
    c.last = family;
    c.rule = 'entities/nickname';
  }
  return dropped.size === 0 ? [...cands] : cands.filter((c) => !dropped.has(c));
}
