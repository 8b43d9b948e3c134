import { isCapitalizedWord, LetterPattern, startsUpper } from '../text/letters.js';
/**
 * "Emails seen by the BBC show …", "Photos posted on Twitter showed smoke": a sentence's first word that is a plural
 * common noun, followed by a past participle that opens a phrase, heads a reduced relative clause. Its capital is
 * the sentence's; the tagger, which learned that a capitalized word before "by" or "on" is often a name, is wrong
 * there. A body named by a plural word ("News said …", "Marines landed in Somalia.") does not stand that way.
 */
import type { Candidate } from './candidates.js';
import type { DocEvidence, NerToken } from './features.js';
import {
  countryByDemonym,
  firstNames,
  gazetteerPhrases,
  knownCompanies,
  lastNames,
  numberWords,
  partyLabels,
  personNouns,
  teamLastWords,
} from './lexicon.js';
import { sameSentence } from './tokens.js';

const LOWER_PLURAL = new LetterPattern(String.raw`^\p{Ll}+s$`);

/** A capitalized word of lower-case letters ending in "s": the shape of a plural ("Emails", "Photos"). */
const PLURAL_WORD = new LetterPattern(String.raw`^\p{Lu}\p{Ll}+s$`);

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
  if (!t.sentenceStart || t.line !== 'n' || !isCapitalizedWord(t.text)) return false;
  const low = t.text.toLowerCase();
  const counted = pluralOfPeople(low) || (low.endsWith('s') && numberWords.has(low.slice(0, -1)));
  if (!counted || teamLastWords.has(low) || gazetteerPhrases.has(low) || lastNames.has(low)) return false;
  return !evidence.capitalMid.has(low) && !evidence.inCapitalRun.has(low) && !evidence.afterFirstName.has(low);
}

/** Plural nouns for a body's stock and people, which follow its name ("Acme shares", "Acme employees"). */
const MEMBER_NOUNS = new Set([
  'shares',
  'stocks',
  'shareholders',
  'investors',
  'executives',
  'employees',
  'workers',
  'staff',
  'representatives',
  'officials',
  'spokesmen',
  'lawyers',
  'members',
  'customers',
  'fans',
  'players',
]);

/** Words written capitalized alone in mid-sentence prose, neither neighbour capitalized: names by themselves. */
function aloneInProse(tokens: readonly NerToken[]): Set<string> {
  const out = new Set<string>();
  const capital = (t: NerToken | undefined, at: NerToken) => t?.sentence === at.sentence && startsUpper(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentenceStart || t.line !== 'n' || !isCapitalizedWord(t.text)) continue;
    if (!capital(tokens[i - 1], t) && !capital(tokens[i + 1], t)) out.add(t.text.toLowerCase());
  }
  return out;
}

/**
 * "Environmental groups welcomed the ruling": a sentence's first word before a plural common noun, which the document
 * writes capitalized elsewhere only inside a longer name ("West Coast Environmental Law"), is no name of its own but
 * a word of that name that here modifies the noun; the tagger took the capital for the name's. A word the document
 * also writes alone as a name keeps it ("Vantorix workers … at Vantorix"), and so do known names ("Apple shares",
 * "Ford workers"), countries, peoples and party labels ("Labour leaders").
 */
function modifiesPluralNoun(
  tokens: readonly NerToken[],
  i: number,
  evidence: DocEvidence,
  alone: () => Set<string>,
): boolean {
  const t = tokens[i]!;
  if (!t.sentenceStart || t.line !== 'n' || !isCapitalizedWord(t.text)) return false;
  const next = tokens[i + 1];
  if (!next || !sameSentence(tokens, i, i + 1) || next.pos !== 'NOUN' || !LOWER_PLURAL.test(next.text)) return false;
  // "Blockbuster shares closed", "Cornerstone representatives said": a body's shares and people follow its short name.
  if (MEMBER_NOUNS.has(next.text)) return false;
  // The noun heads the subject: a verb (or a second noun joined by "and") follows it. "Viacom plans a sequel":
  // a verb's -s form is no plural noun.
  const after = sameSentence(tokens, i, i + 2) ? tokens[i + 2]! : undefined;
  if (!after || !(after.pos === 'VERB' || after.pos === 'AUX' || after.text === 'and' || after.text === 'or')) {
    return false;
  }
  const low = t.text.toLowerCase();
  if (!evidence.inCapitalRun.has(low) || gazetteerPhrases.has(low) || knownCompanies.has(t.text)) return false;
  if (firstNames.has(low) || lastNames.has(low) || countryByDemonym.has(t.text) || partyLabels.has(t.text))
    return false;
  return !alone().has(low);
}

/**
 * Drops one-word candidates at the start of their sentence that head a reduced relative, are a plural noun for
 * people or modify the plural noun after them.
 */
export function dropPluralHeads(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
): Candidate[] {
  let alone: Set<string> | undefined;
  const aloneWords = () => {
    alone ??= aloneInProse(tokens);
    return alone;
  };
  return cands.filter(
    (c) =>
      c.form !== 'name' ||
      c.first !== c.last ||
      !(
        headsReducedRelative(tokens, c.first) ||
        peopleSubject(tokens, c.first, evidence) ||
        modifiesPluralNoun(tokens, c.first, evidence, aloneWords)
      ),
  );
}
