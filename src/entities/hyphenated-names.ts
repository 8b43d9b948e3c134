import { Initials } from '../text/initials.js';
import { LetterPattern, startsCapitalized } from '../text/letters.js';
/**
 * Double-barrelled names are one name: "Ellen Mbeki-Carr", "Steve Krieg-Ellison", "Gareth Pryce-Jones". The
 * tokenizer splits at the hyphen and the tagger, which never saw the parts glued, tags "Ellen Mbeki" and "Carr"
 * (or "Ellison" as an organization) apart; the speaker of "Mbeki-Carr said" then became the second half.
 */
import { type Candidate, candidate, coveredTokens } from './candidates.js';
import type { NerToken } from './features.js';
import { eastAsianSurnames } from './lexicon.js';
import { ARABIC_ARTICLES } from './name-particles.js';

const SURNAME_INITIALS = new Initials(eastAsianSurnames);

const SHORT_CAPITALIZED = new LetterPattern(String.raw`^\p{Lu}\p{Ll}{0,5}$`);
const SHORT_LOWER = new LetterPattern(String.raw`^\p{Ll}{1,6}$`);
const TINY_LOWER = new LetterPattern(String.raw`^\p{Ll}{1,4}$`);

/** Whether tokens i and i + 2 are capitalized words glued by a hyphen at i + 1, with no space on either side. */
function gluedByHyphen(tokens: readonly NerToken[], i: number): boolean {
  const hyphen = tokens[i + 1];
  const next = tokens[i + 2];
  return (
    hyphen !== undefined &&
    next !== undefined &&
    hyphen.text === '-' &&
    tokens[i]!.end === hyphen.start &&
    hyphen.end === next.start &&
    startsCapitalized(next.text)
  );
}

/** Lower-case words a hyphenated place name holds between its capitalized parts ("Port-au-Prince"). */
const PLACE_PARTICLES = new Set([
  'au',
  'aux',
  'en',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'sur',
  'sous',
  'upon',
  'on',
  'under',
  'di',
  'del',
  'am',
  'im',
]);

/**
 * Lower-case words a hyphenated Arabic, Persian or Urdu name holds between its capitalized parts: the article
 * ("Inzamam-ul-Haq", "Ata-ur-Rehman", "Salah-ud-Din", "Hizb-ut-Tahrir") and the Persian link ("Lashkar-e-Taiba",
 * "Jamaat-i-Islami").
 */
const NAME_PARTICLES = new Set([...ARABIC_ARTICLES, 'ul', 'ur', 'ud', 'us', 'ut', 'uz', 'un', 'e', 'i']);

/**
 * Whether token i is followed by "-particle-Capitalized", all glued ("Port" of "Port-au-Prince", "Inzamam" of
 * "Inzamam-ul-Haq").
 */
export function particleChain(tokens: readonly NerToken[], i: number): boolean {
  const [h1, p, h2, next] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!h1 || !p || !h2 || !next || h1.text !== '-' || h2.text !== '-') return false;
  if (!PLACE_PARTICLES.has(p.text) && !NAME_PARTICLES.has(p.text)) return false;
  return (
    tokens[i]!.end === h1.start &&
    h1.end === p.start &&
    p.end === h2.start &&
    h2.end === next.start &&
    startsCapitalized(next.text)
  );
}

/**
 * "Lee Jae-myung", "Moon Jae-in", "Tsai Ing-wen": a two-syllable given name romanized with a hyphen and a lower-case
 * second syllable. Whether token i is the first syllable and i + 2 the second, glued by the hyphen at i + 1.
 */
function syllableAfter(tokens: readonly NerToken[], i: number): boolean {
  const hyphen = tokens[i + 1];
  const next = tokens[i + 2];
  return (
    hyphen?.text === '-' &&
    next !== undefined &&
    SHORT_CAPITALIZED.test(tokens[i]!.text) &&
    tokens[i]!.end === hyphen.start &&
    hyphen.end === next.start &&
    SHORT_LOWER.test(next.text) &&
    !compoundGoesOn(tokens, i + 2)
  );
}

/**
 * "Anna Berg-in-law", "Berg-to-be": a lower-case word glued on by a second hyphen to another makes a compound of
 * kinship or time that the name does not hold; a romanized given name has two syllables only ("Moon Jae-in").
 */
function compoundGoesOn(tokens: readonly NerToken[], k: number): boolean {
  const hyphen = tokens[k + 1];
  const next = tokens[k + 2];
  return hyphen?.text === '-' && next !== undefined && tokens[k]!.end === hyphen.start && hyphen.end === next.start;
}

/** English words that glue a compound rather than spell a name ("mother-in-law", "Stratford-on-the-sea"). */
const COMPOUND_WORDS = new Set([
  'in',
  'on',
  'at',
  'of',
  'the',
  'to',
  'for',
  'by',
  'and',
  'a',
  'an',
  'up',
  'off',
  'out',
]);

/**
 * "Prayut Chan-o-cha": a family name written with two or more lower-case syllables glued by hyphens. The index of
 * the chain's last syllable after token i, or -1 when there are fewer than two.
 */
function syllableChain(tokens: readonly NerToken[], i: number): number {
  let last = i;
  let syllables = 0;
  for (;;) {
    const hyphen = tokens[last + 1];
    const next = tokens[last + 2];
    if (hyphen?.text !== '-' || !next || tokens[last]!.end !== hyphen.start || hyphen.end !== next.start) break;
    if (!TINY_LOWER.test(next.text) || COMPOUND_WORDS.has(next.text)) break;
    last += 2;
    syllables++;
  }
  return syllables >= 2 ? last : -1;
}

/**
 * Extends each name candidate over the capitalized words glued to its end by hyphens and drops the candidates those
 * words held. A person of two words or more stays a person ("Steve Krieg" + "Ellison"); otherwise the first
 * part's type stands ("Mercedes-Benz"). Returns the candidates kept, in order.
 */
export function joinHyphenatedNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  return joinGlued(withRomanizedNames(cands, tokens), tokens);
}

/**
 * "Transport chief Chan Hak-kan said": a known East Asian family name before a given name romanized with a hyphen
 * and a lower-case second syllable is a person's name though the tagger saw neither word. Returns the candidates
 * with the names it found no candidate on, in order.
 */
function withRomanizedNames(cands: readonly Candidate[], tokens: readonly NerToken[]): readonly Candidate[] {
  const covered = coveredTokens(cands, tokens.length);
  const found: Candidate[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (!SURNAME_INITIALS.mayBe(w) || !eastAsianSurnames.has(w) || !syllableAfter(tokens, i + 1)) continue;
    if (covered[i] || covered[i + 1] || covered[i + 3] || tokens[i + 3]!.sentence !== tokens[i]!.sentence) continue;
    if (tokens[i]!.end + 1 !== tokens[i + 1]!.start) continue;
    found.push(
      candidate({
        first: i,
        last: i + 3,
        type: 'person',
        form: 'name',
        rule: 'entities/romanized-name',
        confidence: 0.7,
      }),
    );
    i += 3;
  }
  return found.length === 0 ? cands : [...cands, ...found].sort((a, b) => a.first - b.first);
}

/**
 * "Coca-Cola", "Hewlett-Packard", "Anheuser-Busch InBev": the tagger may tag only the part after the hyphen. The
 * first token of the name with the capitalized words glued before it by hyphens, back to no further than `floor`
 * (the end of the name before). A prefix glued to a name makes no name of it ("Anti-Trump", "Ex-Im").
 */
function gluedStart(tokens: readonly NerToken[], c: Candidate, floor: number): number {
  let first = c.first;
  // "Initiative-America", "Sino-Japanese": a country's name glued on is a compound, not a longer name.
  if (c.form !== 'name' || c.type === 'country') return first;
  for (;;) {
    const back = gluedBefore(tokens, first, floor);
    if (back === 0) return first;
    first -= back;
  }
}

/**
 * How many tokens a capitalized word glued before token `first` takes: 2 by a hyphen ("Coca-"), 4 by a particle
 * between hyphens ("Ulema-e-" of "Ulema-e-Islam"); 0 if none is, or it would reach `floor`.
 */
function gluedBefore(tokens: readonly NerToken[], first: number, floor: number): number {
  for (const back of [2, 4]) {
    const k = first - back;
    if (k <= floor || tokens[k]!.sentence !== tokens[first]!.sentence || !startsCapitalized(tokens[k]!.text)) continue;
    if (GLUED_PREFIXES.has(tokens[k]!.text.toLowerCase())) continue;
    if (back === 2 ? gluedByHyphen(tokens, k) : particleChain(tokens, k)) return back;
  }
  return 0;
}

/** Prefixes written with a hyphen before a name that stay outside it: "Pro-Brexit", "Anti-Trump", "Post-Soviet". */
const GLUED_PREFIXES = new Set(['pro', 'anti', 'ex', 'non', 'post', 'pre', 'mid', 'neo', 'pan', 'un', 'self', 'all']);

function joinGlued(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  let absorbedUntil = -1;
  for (let n = 0; n < cands.length; n++) {
    let c = cands[n]!;
    if (c.first <= absorbedUntil) continue;
    const first = gluedStart(tokens, c, out.at(-1)?.last ?? -1);
    if (first < c.first) c = candidate({ ...c, first, rule: 'entities/hyphenated-name' });
    // The tagger may end the name on the hyphen ("Lee Jae -").
    const syllable = tokens[c.last]!.text === '-' ? c.last - 1 : c.last;
    // The tagger may end the name inside the chain ("Prayut Chan - o"): the chain is read from its capitalized word.
    let word = c.last;
    while (word > c.first && (tokens[word]!.text === '-' || TINY_LOWER.test(tokens[word]!.text))) word--;
    const chain = c.form === 'name' && startsCapitalized(tokens[word]!.text) ? syllableChain(tokens, word) : -1;
    if (chain > c.last) {
      out.push(candidate({ ...c, last: chain, rule: 'entities/hyphenated-name' }));
      continue;
    }
    if (c.form === 'name' && c.type === 'person' && syllable > c.first && syllableAfter(tokens, syllable)) {
      out.push(candidate({ ...c, last: syllable + 2, rule: 'entities/hyphenated-name' }));
      continue;
    }
    if (c.form !== 'name' || !(gluedByHyphen(tokens, c.last) || particleChain(tokens, c.last))) {
      out.push(c);
      continue;
    }
    let last = c.last;
    for (;;) {
      if (gluedByHyphen(tokens, last)) last += 2;
      else if (particleChain(tokens, last)) last += 4;
      else break;
    }
    const joined: Candidate = candidate({ ...c, last, rule: 'entities/hyphenated-name' });
    // A later candidate inside the joined words is part of this name now ("Carr" of "Mbeki-Carr").
    for (let m = n + 1; m < cands.length && cands[m]!.first <= last; m++) {
      absorbedUntil = Math.max(absorbedUntil, cands[m]!.last);
      joined.last = Math.max(joined.last, cands[m]!.last);
      // A one-word first part takes the person type of the rest ("Mbeki" + "Carr").
      if (cands[m]!.type === 'person' && c.first === c.last) joined.type = 'person';
    }
    if (joined.type !== 'country') joined.country = undefined;
    out.push(joined);
  }
  return out;
}
