/**
 * "Cancer Research UK", "Amazon UK", "Priorities USA", "Alarm UK": a name written right before a country's code is
 * a body (a charity, a company's branch, a campaign), not a name and a country. The tagger knows "UK" alone far
 * better and keeps it the country, leaving the words before it a place, a person or nothing.
 */
import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { startsCapitalized } from '../text/letters.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import {
  countryByDemonym,
  countryByName,
  gazetteerPhrases,
  honorificGender,
  partyLabels,
  plainWords,
  titleFirstWords,
  titlePhrases,
} from './lexicon.js';

const CODES = new Set(['UK', 'U.K.', 'USA', 'U.S.A.', 'US', 'U.S.']);
/** "The U.S.", "In UK": function words capitalized are no name's. */
const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'PUNCT', 'SYM']);
/** Words of the name before the code, at most. */
const MAX_WORDS = 3;

/** A capitalized word that may be part of a body's name: no place, title, demonym, month or weekday. */
function nameWord(t: NerToken): boolean {
  if (t.line !== 'n' || !startsCapitalized(t.text) || FUNCTION_POS.has(t.pos)) return false;
  // "Democrat U.S. Senate candidates", "Assistant U.S. Attorney": a party label or a title's word.
  if (partyLabels.has(t.text) || titleFirstWords.has(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (MONTHS.has(lower) || WEEKDAYS.has(lower)) return false;
  if (titlePhrases.has(t.text) || honorificGender.has(t.text) || countryByDemonym.has(t.text)) return false;
  return !countryByName.has(t.text) && gazetteerPhrases.get(lower) !== 'L';
}

/** The candidates with each name-and-code pair made one organization. */
export function countryBranches(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  // The candidate on each token, so that a pair's words are looked up, not searched for.
  let owner: (Candidate | undefined)[] | undefined;
  const replaced = new Set<Candidate>();
  const bodies: Candidate[] = [];
  for (const code of cands) {
    if (code.form !== 'name' || code.type !== 'country' || code.first !== code.last) continue;
    if (!CODES.has(tokens[code.first]!.text)) continue;
    // "U.S. Attorney", "US Ambassador": the code opens a title.
    const next = tokens[code.last + 1]?.text ?? '';
    if (titlePhrases.has(next) || titlePhrases.has(`${tokens[code.first]!.text} ${next}`)) continue;
    let first = code.first;
    while (first > 0 && code.first - first < MAX_WORDS) {
      const t = tokens[first - 1]!;
      if (t.sentence !== tokens[code.first]!.sentence || t.end + 1 !== tokens[first]!.start || !nameWord(t)) break;
      first--;
    }
    // "Schools UK" at a sentence's start: its first word is capitalized whatever it is; "Cancer Research UK" keeps it.
    const opener = tokens[first]!;
    if (first + 1 === code.first && opener.sentenceStart && plainWords.has(opener.text.toLowerCase())) first++;
    // "Anywhere U.S.A.": a lone adverb of plain English names a kind of place, no body ("Progress Forward USA" is one).
    if (first + 1 === code.first && opener.pos === 'ADV' && plainWords.has(opener.text.toLowerCase())) first++;
    if (first === code.first) continue;
    if (!owner) {
      owner = new Array(tokens.length);
      for (const c of cands) for (let i = c.first; i <= c.last; i++) owner[i] = c;
    }
    // "the Trump US campaign": a person before the code is no body's name.
    const inside = new Set<Candidate>();
    for (let i = first; i <= code.last; i++) if (owner[i]) inside.add(owner[i]!);
    let whole = true;
    for (const c of inside) whole &&= c === code || (c.type !== 'person' && c.first >= first && c.last <= code.last);
    if (!whole) continue;
    for (const c of inside) replaced.add(c);
    bodies.push(
      candidate({
        first,
        last: code.last,
        type: 'organization',
        form: 'name',
        rule: 'entities/country-branch',
        confidence: 0.7,
      }),
    );
  }
  if (bodies.length === 0) return cands as Candidate[];
  return [...cands.filter((c) => !replaced.has(c)), ...bodies].sort((a, b) => a.first - b.first);
}
