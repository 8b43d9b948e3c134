/**
 * "Kimilili MP Didmus Barasa", "Ottawa Centre MPP Joel Harden", "Mumbai North MP Piyush Goyal": a name right before
 * a parliamentary seat written as a title (MP, MLA, MPP, MNA, TD) and a name after it is either the member's party
 * ("SNP MP", "Labour MP", "ODM MP") or the constituency the member sits for, a place. The tagger reads a constituency
 * it does not know as a body, like the parties it saw there, or as a person. A party's name is an acronym, a party
 * label, or ends in "Party"; a constituency is a place the gazetteer knows, a town with a compass point or "Centre"
 * ("Ealing North"), one word that is no English word ("Mombasa"; one-word parties are words: "Congress", "Jubilee"),
 * or a name the tagger read as a person, which no party is.
 */
import { isAllCaps, isCapitalizedWord } from '../text/letters.js';
import { type Candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import {
  capitals,
  countryByName,
  gazetteerPhrases,
  organizationHeadWords,
  partyLabels,
  plainWords,
  seatTitles,
} from './lexicon.js';

/** Last words of constituencies named after a town and a part of it. */
const SEAT_PARTS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Centre',
  'Center',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Rural',
  'Urban',
]);

/** Whether the tokens of `c` name a party: an acronym, a party label ("Labour", "Tory"), a name ending in "Party". */
function partyName(tokens: readonly NerToken[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) {
    const w = tokens[k]!.text;
    if ((w.length > 1 && isAllCaps(w)) || partyLabels.has(w)) return true;
  }
  return tokens[c.last]!.text === 'Party';
}

/** Whether an organization's words read as a place: a known place (no country), or a town and a seat part. */
function placeWords(tokens: readonly NerToken[], c: Candidate, text: string): boolean {
  const name = spanText(tokens, c.first, c.last, text);
  if (countryByName.has(name)) return false;
  if (gazetteerPhrases.get(name.toLowerCase()) === 'L' || capitals.has(name)) return true;
  // "Mombasa MP", "Kimilili MP": one word that is no English word is a town's name; parties named in one word are
  // words ("Congress", "Jubilee", "Reform", "Green") or initials.
  if (c.first === c.last) return !plainWords.has(name.toLowerCase()) && !organizationHeadWords.has(name.toLowerCase());
  if (!SEAT_PARTS.has(tokens[c.last]!.text)) return false;
  const town = tokens[c.first]!.text;
  return !countryByName.has(town);
}

/**
 * Retypes constituencies before a seat title to locations, in place; a compass point the tagger took alone ("North")
 * takes the capitalized word before it ("Ealing North").
 */
export function seatPlaces(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  let prevLast = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const lastBefore = prevLast;
    prevLast = Math.max(prevLast, c.last);
    if (c.form !== 'name' || c.type === 'country') continue;
    const seat = tokens[c.last + 1];
    const name = tokens[c.last + 2];
    const sentence = tokens[c.last]!.sentence;
    if (!seat || !name || !seatTitles.has(seat.text) || seat.sentence !== sentence || name.sentence !== sentence) {
      continue;
    }
    if (!isCapitalizedWord(name.text) || partyName(tokens, c)) continue;
    const before = tokens[c.first - 1];
    if (
      c.first === c.last &&
      SEAT_PARTS.has(tokens[c.first]!.text) &&
      before?.sentence === sentence &&
      c.first - 1 > lastBefore &&
      isCapitalizedWord(before.text) &&
      !partyLabels.has(before.text)
    ) {
      c.first -= 1;
      c.type = 'location';
      c.rule = 'entities/seat-place';
      continue;
    }
    if (c.type === 'location') continue;
    // A person's name is a seat only before the member's own name ("Nandi Hills MLA Bernard Kitur").
    const member = cands[i + 1];
    const named = member?.first === c.last + 2 && member.type === 'person';
    if (c.type === 'person' ? c.titles?.length || !named : !placeWords(tokens, c, text)) continue;
    c.type = 'location';
    c.rule = 'entities/seat-place';
    c.titles = undefined;
  }
}
