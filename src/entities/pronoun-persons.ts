/**
 * "Suharto said he would not resign", "Sinéad O'Connor told the crowd she was moved", "Suharto died in 2008": a name
 * the tagger has never seen (a mononym, a foreign given name) is often typed organization. When the clause it leads
 * goes on with "he" or "she" as the subject of what it said, or its verb is one only a person does, it is a person;
 * every mention of the same form follows it, so the document's vote cannot undo it. A body named like a person
 * ("Ford") speaks as "it" and is left alone.
 */

import { LetterPattern } from '../text/letters.js';
import { type Candidate, candidate, coveredTokens, spanText } from './candidates.js';
import type { DocEvidence, NerToken } from './features.js';
import {
  commonWords,
  firstNames,
  gazetteerPhrases,
  honorificGender,
  knownCompanies,
  numberWords,
  organizationHeadWords,
  personNouns,
  strongOrganizationSuffixes,
  titlePhrases,
} from './lexicon.js';
import { pluralOfPeople } from './plural-heads.js';
import { sameSentence } from './tokens.js';

/** A word written as a name part: "Suharto", "O'Connor", "McCain", "Sinéad", "Chan-o-cha". */
const NAME_WORD = new LetterPattern(String.raw`^\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’]*(?:-\p{L}+)*$`);

/** Nominative pronouns of a person: they can only be the subject of the reported clause. */
const PERSON_SUBJECTS = new Set(['he', 'she']);

/** Words that may stand between the verb and the pronoun: "said that he", "told reporters she", "said on Monday he". */
const BRIDGE = new Set(['that', 'reporters', 'journalists', 'the', 'media', 'on', 'in', 'a', 'statement', 'interview']);

/** How many words may stand between the verb and "he"/"she". */
const BRIDGE_REACH = 3;

/** Verbs only a person is the subject of: a body or a place does not die, marry, sing or smile. */
const PERSON_VERBS = new Set(['die', 'marry', 'sing', 'smile', 'weep', 'laugh', 'divorce', 'wed']);

/** Whether the name at c is the subject of a verb only a person does ("Suharto died", "Suharto was born in …"). */
function actsAsPerson(tokens: readonly NerToken[], c: Candidate): boolean {
  const verb = tokens[c.last + 1];
  if (!verb || !sameSentence(tokens, c.last, c.last + 1)) return false;
  const prev = tokens[c.first - 1];
  if (prev && prev.sentence === tokens[c.first]!.sentence && (prev.pos === 'ADP' || prev.pos === 'DET')) return false;
  if (verb.pos === 'VERB' && PERSON_VERBS.has(verb.lemma)) return true;
  return verb.text === 'was' && tokens[c.last + 2]?.text === 'born';
}

/**
 * "he" or "she" when the name at c is the subject of a verb whose clause goes on with that pronoun ("Suharto said he
 * …", "Hasina said she …"), else undefined.
 */
export function clausePronoun(tokens: readonly NerToken[], c: Candidate): string | undefined {
  const verb = c.last + 1;
  if (!sameSentence(tokens, c.last, verb) || tokens[verb]!.pos !== 'VERB') return undefined;
  // "Paul Krueger of Acme said he …": after a preposition the name is not the subject.
  const prev = tokens[c.first - 1];
  if (prev && prev.sentence === tokens[c.first]!.sentence && (prev.pos === 'ADP' || prev.pos === 'DET')) {
    return undefined;
  }
  for (let k = verb + 1; k <= verb + 1 + BRIDGE_REACH && sameSentence(tokens, verb, k); k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (PERSON_SUBJECTS.has(w)) return w;
    // A weekday or a month may stand there too ("said on Monday he").
    if (!BRIDGE.has(w) && tokens[k]!.pos !== 'PROPN') return undefined;
  }
  return undefined;
}

function speaksAsPerson(tokens: readonly NerToken[], c: Candidate): boolean {
  return clausePronoun(tokens, c) !== undefined;
}

/**
 * "Sinéad O'Connor sang at the gala. She was 56.": a name opening its sentence as its subject, when the next
 * sentence opens with "He"/"She".
 */
function followedByPersonPronoun(tokens: readonly NerToken[], c: Candidate, cands: readonly Candidate[]): boolean {
  const first = tokens[c.first]!;
  if (!first.sentenceStart) return false;
  const verb = tokens[c.last + 1];
  if (!verb || verb.sentence !== first.sentence || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  let k = c.last + 1;
  while (k < tokens.length && tokens[k]!.sentence === first.sentence) k++;
  const next = tokens[k];
  if (!next || (next.text !== 'He' && next.text !== 'She')) return false;
  // No other name in its sentence, and no person in the one before, whom "She" could go back to.
  return !cands.some((o) => {
    const at = tokens[o.first]!.sentence;
    if (o === c || o.form !== 'name') return false;
    return at === first.sentence || (at === first.sentence - 1 && o.type === 'person');
  });
}

/** Whether a name's form could be a person's: up to three name-shaped words, none heading a body, no known place. */
function personShaped(surface: string): boolean {
  const ws = surface.split(/\s+/);
  if (ws.length > 3 || !ws.every((w) => NAME_WORD.test(w))) return false;
  if (ws.some((w) => organizationHeadWords.has(w.toLowerCase()) || strongOrganizationSuffixes.has(w))) return false;
  return !gazetteerPhrases.has(surface.toLowerCase()) && !knownCompanies.has(surface);
}

/** Changes in place every organization mention of a form one of whose mentions speaks or acts as a person. */
export function pronounPersons(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  // Each form found to be a person's, with the rule that found it.
  const persons = new Map<string, string>();
  const bodies = new Set<string>();
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization' || tokens[c.first]!.line !== 'n') continue;
    const s = spanText(tokens, c.first, c.last, text);
    if (c.withThe || !personShaped(s)) continue;
    if (speaksAsPerson(tokens, c) || followedByPersonPronoun(tokens, c, cands))
      persons.set(s, 'entities/pronoun-person');
    else if (actsAsPerson(tokens, c) && !persons.has(s)) persons.set(s, 'entities/person-verb');
    const it = tokens[c.last + 2]?.text.toLowerCase();
    if (sameSentence(tokens, c.last, c.last + 2) && (it === 'it' || it === 'its')) bodies.add(s);
  }
  if (persons.size === 0) return;
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization') continue;
    const s = spanText(tokens, c.first, c.last, text);
    if (!persons.has(s) || bodies.has(s)) continue;
    c.type = 'person';
    c.rule = persons.get(s)!;
    c.confidence = 0.6;
  }
}

/** The title phrase of one or two words ending at token k ("Chief", "Grand Chief"), or ''. */
function titleBefore(tokens: readonly NerToken[], k: number, text: string): string {
  if (k >= 1 && sameSentence(tokens, k, k - 1)) {
    const two = spanText(tokens, k - 1, k, text);
    if (titlePhrases.has(two)) return two;
  }
  return titlePhrases.has(tokens[k]!.text) ? tokens[k]!.text : '';
}

/** The last token of a family name written with glued hyphens from token k ("Gull" "-" "Masty"). */
function gluedHyphenEnd(tokens: readonly NerToken[], k: number): number {
  while (
    tokens[k + 1]?.text === '-' &&
    tokens[k + 1]!.start === tokens[k]!.end &&
    tokens[k + 2] !== undefined &&
    tokens[k + 2]!.start === tokens[k + 1]!.end &&
    NAME_WORD.test(tokens[k + 2]!.text)
  )
    k += 2;
  return k;
}

function titleEndsAt(tokens: readonly NerToken[], k: number, text: string): boolean {
  return titleBefore(tokens, k, text) !== '';
}

/** Whether the word at i may be part of a name nobody tagged: name-shaped, no everyday word, title or noun for people. */
function untaggedNameWord(tokens: readonly NerToken[], i: number, evidence: DocEvidence): boolean {
  const t = tokens[i]!;
  if (t.line !== 'n' || !NAME_WORD.test(t.text)) return false;
  const low = t.text.toLowerCase();
  // "Hundreds died", "Critics said he …": a plural of an everyday word or a number word is no name.
  const singular = low.endsWith('s') ? low.slice(0, -1) : '';
  return !(
    commonWords.has(low) ||
    commonWords.has(singular) ||
    numberWords.has(singular) ||
    evidence.lower.has(low) ||
    personNouns.has(low) ||
    pluralOfPeople(low) ||
    titlePhrases.has(t.text) ||
    honorificGender.has(t.text)
  );
}

/**
 * "Okonkwo was born in Enugu.", "Adaeze Nwosu said she would appeal.": a run of up to three name-shaped words that
 * the tagger left out (a name it has never seen, often opening its sentence), which is the subject of a verb only a
 * person does or of a verb whose clause goes on with "he"/"she", is a person. Returns the new candidates.
 */
export function untaggedPersons(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  text: string,
): Candidate[] {
  const covered = coveredTokens(cands, tokens.length);
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !untaggedNameWord(tokens, i, evidence)) continue;
    // The run must be the whole name: it starts after a space ("Har-Shefi" is not "Shefi"), not after a capital.
    const prev = sameSentence(tokens, i, i - 1) ? tokens[i - 1] : undefined;
    const titled = prev !== undefined && titleEndsAt(tokens, i - 1, text);
    if (prev && (prev.end === tokens[i]!.start || (NAME_WORD.test(prev.text) && !titled))) continue;
    let last = i;
    while (
      last - i < 2 &&
      sameSentence(tokens, i, last + 1) &&
      !covered[last + 1] &&
      untaggedNameWord(tokens, last + 1, evidence)
    ) {
      last++;
    }
    const next = tokens[last + 1];
    // Nor does anything capitalized follow it.
    if (!next || !sameSentence(tokens, last, last + 1) || NAME_WORD.test(next.text)) {
      i = last;
      continue;
    }
    const c = candidate({
      first: i,
      last,
      type: 'person',
      form: 'name',
      rule: 'entities/person-verb',
      confidence: 0.6,
    });
    if (!personShaped(spanText(tokens, i, last, text))) {
      i = last;
      continue;
    }
    // "Grand Chief Mandy Gull-Masty of the …": a title and a known first name before a name nobody tagged.
    if (titled && last > i && firstNames.has(tokens[i]!.text.toLowerCase())) {
      const end = gluedHyphenEnd(tokens, last);
      added.push(
        candidate({ ...c, last: end, rule: 'entities/titled-untagged', titles: [titleBefore(tokens, i - 1, text)] }),
      );
      i = end;
      continue;
    } else if (speaksAsPerson(tokens, c)) added.push(candidate({ ...c, rule: 'entities/pronoun-person' }));
    else if (actsAsPerson(tokens, c)) added.push(c);
    i = last;
  }
  return added;
}
