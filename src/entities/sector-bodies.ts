/**
 * "Statistics Canada", "Cricket Australia", "Police Scotland", "Colleges Ontario": a capitalized word of a public
 * sector or a sport right before a country or a province names a national body. The tagger sees the place far more
 * often alone and keeps it a place, dropping the word before it, or types the pair a person.
 */

import { startsCapitalized } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import {
  commonWords,
  countryByDemonym,
  countryByName,
  gazetteerPhrases,
  portfolioWords,
  sectorBodyWords,
  titlePhrases,
} from './lexicon.js';

function sectorWordAt(tokens: readonly NerToken[], i: number, place: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    t.line === 'n' &&
    t.sentence === tokens[place]!.sentence &&
    t.end + 1 === tokens[place]!.start &&
    sectorBodyWords.has(t.text)
  );
}

/** Re-types (in place) each place candidate a sector word opens, or runs it back over that word. */
export function sectorBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  const covered = new Set<number>();
  for (const c of cands) for (let i = c.first; i <= c.last; i++) covered.add(i);
  for (const c of cands) {
    if (c.form !== 'name') continue;
    if ((c.type === 'country' || c.type === 'location') && c.first === c.last) {
      if (covered.has(c.first - 1) || !sectorWordAt(tokens, c.first - 1, c.first)) continue;
      c.first -= 1;
    } else if (c.type === 'person' && c.last === c.first + 1 && sectorWordAt(tokens, c.first, c.last)) {
      if (!placeWord(tokens[c.last]!.text)) continue;
    } else continue;
    c.type = 'organization';
    c.country = undefined;
    c.titles = undefined;
    c.rule = 'entities/sector-body';
  }
}

/** A country's name or a place the gazetteer knows ("Ontario"), as the second word of a pair typed a person. */
function placeWord(word: string): boolean {
  return countryByName.has(word) || gazetteerPhrases.get(word.toLowerCase()) === 'L';
}

/** Endings of abstract nouns and of the adjectives before them ("Procurement", "Citizenship", "Economic"). */
const PORTFOLIO_ENDING = /(?:tion|sion|ship|ment|ence|ance|ity|ure|ism|ness|ies|ic|al)s?$/;

/**
 * A capitalized word of a portfolio ("Immigration", "Crown-Indigenous" part by part): a listed portfolio or sector
 * word, a common word, or an abstract noun's ending. Names of firms and places ("Airbus", "Norwest") are none.
 */
function portfolioWord(t: NerToken): boolean {
  if (t.line !== 'n' || !startsCapitalized(t.text)) return false;
  for (const part of t.text.split('-')) {
    if (portfolioWords.has(part) || sectorBodyWords.has(part) || commonWords.has(part.toLowerCase())) continue;
    if (!PORTFOLIO_ENDING.test(part) || countryByDemonym.has(part)) return false;
  }
  return true;
}

/**
 * "Immigration, Refugees and Citizenship Canada", "Fisheries and Oceans Canada": a body named by its portfolios, a
 * list of capitalized portfolio words before a country's name, is one organization. The tagger cuts it at the
 * commas and the "and". Returns the candidates with each such list joined into its body; a list holding a person, a
 * place or a word of no portfolio ("Airbus and Air France", "Ottawa, Toronto and Statistics Canada") is left alone.
 */
export function listedPortfolioBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const drop = new Set<Candidate>();
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.form !== 'name' || c.type !== 'organization' || c.last === c.first) continue;
    if (!countryByName.has(tokens[c.last]!.text)) continue;
    let ok = true;
    for (let i = c.first; i < c.last && ok; i++) ok = portfolioWord(tokens[i]!);
    if (!ok || tokens[c.first - 1]?.text !== 'and') continue;
    // Back over "and", then over items of portfolio words, each after a comma but the first.
    const sentence = tokens[c.first]!.sentence;
    let first = c.first - 1;
    let i = first - 1;
    for (;;) {
      let k = i;
      while (k >= 0 && tokens[k]!.sentence === sentence && portfolioWord(tokens[k]!)) k--;
      if (k === i) break;
      first = k + 1;
      if (tokens[k]?.text !== ',' || tokens[k]!.sentence !== sentence) break;
      i = k - 1;
    }
    if (first === c.first - 1) continue;
    // The items may be candidates of their own ("Public Services"); a person or a place among them is a real list.
    const inside = cands.filter((o) => o !== c && o.first >= first && o.last < c.first);
    if (inside.some((o) => o.type !== 'organization' || o.form !== 'name')) continue;
    if (cands.some((o) => o !== c && !inside.includes(o) && o.last >= first && o.first < c.first)) continue;
    for (const o of inside) drop.add(o);
    c.first = first;
    c.rule = 'entities/portfolio-body';
  }
  return drop.size === 0 ? [...cands] : cands.filter((c) => !drop.has(c));
}

/** Words that join two portfolios of one office ("Municipal Affairs and Housing"). */
const PORTFOLIO_JOINS = new Set(['and', '&']);

/**
 * Whether an "and" and more portfolio words lead from candidate `c` to a title and a name ("Municipal Affairs" +
 * "and Housing Minister Rob Flack").
 */
function portfolioBeforeTitle(tokens: readonly NerToken[], c: Candidate): boolean {
  const sentence = tokens[c.last]!.sentence;
  let k = c.last + 1;
  if (!PORTFOLIO_JOINS.has(tokens[k]?.text ?? '')) return false;
  k++;
  for (let n = 0; n < 3 && portfolioWords.has(tokens[k]?.text ?? '') && !titlePhrases.has(tokens[k]!.text); n++) k++;
  const title = tokens[k];
  const name = tokens[k + 1];
  return (
    k > c.last + 2 &&
    title?.sentence === sentence &&
    titlePhrases.has(title.text) &&
    name?.sentence === sentence &&
    startsCapitalized(name.text)
  );
}

/**
 * "Municipal Affairs and Housing Minister Rob Flack": the first of two portfolios joined by "and" before a title,
 * which the tagger reads as a person, is the ministry's name, an organization (CoNLL marks a portfolio so, as it
 * marks "Finance" in "Minister of Finance"). Changed in place.
 */
export function personPortfolios(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person' || !portfolioBeforeTitle(tokens, c)) continue;
    let portfolio = true;
    for (let k = c.first; k <= c.last && portfolio; k++) portfolio = portfolioWords.has(tokens[k]!.text);
    if (!portfolio) continue;
    c.type = 'organization';
    c.rule = 'entities/portfolio-body';
    c.titles = undefined;
  }
}
