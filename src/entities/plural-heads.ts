/**
 * "Emails seen by the BBC show …", "Photos posted on Twitter showed smoke": a sentence's first word that is a plural
 * common noun, followed by a past participle that opens a phrase, heads a reduced relative clause. Its capital is
 * the sentence's; the tagger, which learned that a capitalized word before "by" or "on" is often a name, is wrong
 * there. A body named by a plural word ("News said …", "Marines landed in Somalia.") does not stand that way.
 */
import type { Candidate } from './candidates.js';
import type { DocEvidence, NerToken } from './features.js';
import {
  firstNames,
  gazetteerPhrases,
  knownCompanies,
  lastNames,
  numberWords,
  personNouns,
  teamLastWords,
} from './lexicon.js';
import { sameSentence } from './tokens.js';

/** A capitalized word of lower-case letters ending in "s": the shape of a plural ("Emails", "Photos"). */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+s$/u;

/** Words that end the reduced relative's clause before a main verb could be found. */
const CLAUSE_ENDS = new Set([',', 'and', 'but', 'or', ';', ':', '—', '–']);
/** Words that open another clause, whose verb is not the main one ("Bonds came out … after he hurt …"). */
const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'until', 'because', 'as', 'if', 'that']);

/** A past participle (or past form): not its lemma, no -ing or third-person -s form. */
function pastForm(t: NerToken): boolean {
  const low = t.text;
  return (
    t.pos === 'VERB' && low === low.toLowerCase() && low !== t.lemma && !low.endsWith('ing') && low !== `${t.lemma}s`
  );
}

/** Whether the word at i is a plural common noun that heads a reduced relative ("Emails seen by …"). */
function headsReducedRelative(tokens: readonly NerToken[], i: number): boolean {
  const t = tokens[i]!;
  const low = t.text.toLowerCase();
  if (!t.sentenceStart || t.line !== 'n' || !PLURAL_WORD.test(t.text)) return false;
  // A known name ("Siemens", "Reuters", "Jones") keeps its capital.
  if (gazetteerPhrases.has(low) || knownCompanies.has(t.text) || lastNames.has(low) || firstNames.has(low))
    return false;
  const participle = tokens[i + 1];
  const prep = tokens[i + 2];
  if (!participle || !prep || !sameSentence(tokens, i, i + 2) || !pastForm(participle) || prep.pos !== 'ADP') {
    return false;
  }
  // The clause's own verb comes later ("… by the BBC show", "… on Twitter showed"): "Marines landed in Somalia." has
  // none, its verb is the one after the name.
  for (let k = i + 3; sameSentence(tokens, i, k); k++) {
    const w = tokens[k]!;
    if (CLAUSE_ENDS.has(w.text) || SUBORDINATORS.has(w.text)) return false;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !w.text.endsWith('ing')) return true;
  }
  return false;
}

/** Whether a lower-case word is the plural of a noun for people ("fans", "residents", "activists", "firemen"). */
export function pluralOfPeople(low: string): boolean {
  if (low.endsWith('men')) return personNouns.has(`${low.slice(0, -3)}man`);
  if (!low.endsWith('s')) return false;
  return (
    personNouns.has(low.slice(0, -1)) ||
    (low.endsWith('es') && personNouns.has(low.slice(0, -2))) ||
    (low.endsWith('ies') && personNouns.has(`${low.slice(0, -3)}y`))
  );
}

/**
 * "Fans packed the arena.", "Residents fled.", "Dozens died.": a sentence's first word that is the plural of a noun
 * for people or of a number word, and
 * that the document never writes as a name elsewhere (capitalized in mid-sentence, or next to another capitalized
 * word), is the subject in common words. A team's name ("Patriots", "Saints") and a known name keep the mention.
 */
function peopleSubject(tokens: readonly NerToken[], i: number, evidence: DocEvidence): boolean {
  const t = tokens[i]!;
  if (!t.sentenceStart || t.line !== 'n' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const low = t.text.toLowerCase();
  const counted = pluralOfPeople(low) || (low.endsWith('s') && numberWords.has(low.slice(0, -1)));
  if (!counted || teamLastWords.has(low) || gazetteerPhrases.has(low) || lastNames.has(low)) return false;
  return !evidence.capitalMid.has(low) && !evidence.inCapitalRun.has(low) && !evidence.afterFirstName.has(low);
}

/**
 * Drops one-word candidates at the start of their sentence that head a reduced relative or are a plural noun for
 * people.
 */
export function dropPluralHeads(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
): Candidate[] {
  return cands.filter(
    (c) =>
      c.form !== 'name' ||
      c.first !== c.last ||
      !(headsReducedRelative(tokens, c.first) || peopleSubject(tokens, c.first, evidence)),
  );
}
