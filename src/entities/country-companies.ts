/**
 * "Norway's Schibsted said", "Sweden's Bonnier and Germany's Axel Springer both reported": business copy names a
 * company after its home country's possessive, and the tagger, which has not seen the company, reads the unknown word
 * there as one more of the country's places. A place the gazetteer does not know, after a country's possessive, that
 * does what companies do (reports, announces, hires, cuts, says) is a company; "Ukraine's Pokrovsk fell" and
 * "China's Xinjiang region" stay places.
 */
import { type Candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { capitals, countryByName, gazetteerPhrases } from './lexicon.js';

/** Verbs of what a company does, which a town does not: it speaks, reports results, deals, hires and cuts. */
const COMPANY_VERBS = new Set([
  'said',
  'says',
  'reported',
  'reports',
  'announced',
  'announces',
  'posted',
  'posts',
  'agreed',
  'acquired',
  'acquires',
  'bought',
  'buys',
  'sold',
  'sells',
  'hired',
  'launched',
  'launches',
  'cut',
  'cuts',
  'plans',
  'planned',
  'expects',
  'expected',
  'forecast',
  'raised',
  'denied',
  'confirmed',
  'declined',
  'warned',
]);
/** Words between the subject and its verb: "both reported", "also said", "on Friday said". */
const SKIPPED = new Set([
  'both',
  'also',
  'each',
  'has',
  'have',
  'had',
  'on',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);
const POSSESSIVE = /^['’]s$/;

/** Whether candidate `k` follows a country's name and its possessive mark ("Norway" "'s"). */
function afterCountryPossessive(cands: readonly Candidate[], k: number, tokens: readonly NerToken[]): boolean {
  const c = cands[k]!;
  const owner = cands[k - 1];
  if (owner?.type !== 'country' || owner.form !== 'name' || owner.last !== c.first - 2) return false;
  const mark = tokens[c.first - 1]!;
  // "Officials in Kenya's Kakamega said": after a preposition the name is where, not who.
  if (tokens[owner.first - 1]?.pos === 'ADP') return false;
  return POSSESSIVE.test(mark.text) && mark.sentence === tokens[c.first]!.sentence;
}

/**
 * The verb the subject ending at `last` (maybe the first of two conjuncts, "X and Germany's Y both reported") goes
 * with: the first word after it and the next conjunct, past "both", "also" and a weekday.
 */
function verbAfter(cands: readonly Candidate[], k: number, tokens: readonly NerToken[]): NerToken | undefined {
  const sentence = tokens[cands[k]!.last]!.sentence;
  let i = cands[k]!.last + 1;
  if (tokens[i]?.text === 'and') {
    // The next conjunct: a name, maybe after its own country's possessive.
    let next = cands[k + 1];
    if (next?.first === i + 1 && next.type === 'country' && POSSESSIVE.test(tokens[next.last + 1]?.text ?? '')) {
      next = cands[k + 2];
      if (next?.first !== cands[k + 1]!.last + 2) return undefined;
    } else if (next?.first !== i + 1) return undefined;
    i = next!.last + 1;
  }
  for (let n = 0; n < 3 && tokens[i] && SKIPPED.has(tokens[i]!.text); n++) i++;
  const verb = tokens[i];
  return verb?.sentence === sentence ? verb : undefined;
}

/** Retypes such places to organizations, in place. */
export function countryCompanies(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.form !== 'name' || c.type !== 'location' || !afterCountryPossessive(cands, k, tokens)) continue;
    const name = spanText(tokens, c.first, c.last, text);
    if (gazetteerPhrases.has(name.toLowerCase()) || capitals.has(name) || countryByName.has(name)) continue;
    const verb = verbAfter(cands, k, tokens);
    if (!verb || !COMPANY_VERBS.has(verb.text)) continue;
    c.type = 'organization';
    c.rule = 'entities/country-company';
  }
}
