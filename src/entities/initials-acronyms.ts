/**
 * "The World Health Organization recommended … A WHO spokesperson said …": an acronym the document never spells out
 * in brackets, which the tagger leaves untagged when it is also a word ("WHO") or unknown to it. Written in capitals
 * in prose and equal to the initials of an organization the document names in full, it is a mention of that body
 * (clustering then joins the two by their initials).
 */
import { type Candidate, candidate, coveredTokens, spanText } from './candidates.js';
import { initials, words } from './clusters.js';
import type { NerToken } from './features.js';
import { commonWords, eventSuffixes, lawSuffixes, nameConnectors, organizationHeadWords } from './lexicon.js';

const ACRONYM = /^[A-Z]{2,6}$/;

/** New organization candidates for the acronyms of the document's organizations, where no candidate is. */
export function initialsAcronyms(tokens: readonly NerToken[], cands: readonly Candidate[], text: string): Candidate[] {
  const known = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'organization' || c.form !== 'name' || c.last === c.first) continue;
    const key = initials(words(spanText(tokens, c.first, c.last, text)));
    if (key.length >= 2) known.add(key);
  }
  if (known.size === 0) return [];
  const covered = coveredTokens(cands, tokens.length);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A line in capitals (a headline, a table) proves nothing by its capitals.
    if (covered[i] === 1 || t.line === 'u' || !ACRONYM.test(t.text) || !known.has(t.text)) continue;
    // "WE", "IN", "IT" are words shouted more often than two-word bodies abbreviated; "WHO" has three letters.
    if (t.text.length < 3 && commonWords.has(t.text.toLowerCase())) continue;
    out.push(
      candidate({ first: i, last: i, type: 'organization', form: 'name', rule: 'entities/initials', confidence: 0.7 }),
    );
  }
  return out;
}

/**
 * "the Central Organisation of Trade Unions (Cotu)": an acronym read as a word, which British and African copy write
 * in lower case after its capital, in brackets right after an organization's name whose initials it spells, is that
 * organization, and so is the same word elsewhere in the text (the tagger reads it as a place or a person). Changed
 * in place.
 */
export function bracketedInitials(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const retyped = new Set<string>();
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.form !== 'name' || c.type === 'organization' || c.type === 'country') continue;
    const word = tokens[c.first]!.text;
    if (word.length >= 3 && spellsInitialsOf(c, cands[k - 1]!, tokens, text)) retyped.add(word);
  }
  if (retyped.size === 0) return;
  for (const c of cands) {
    if (c.form !== 'name' || c.first !== c.last || !retyped.has(tokens[c.first]!.text)) continue;
    c.type = 'organization';
    c.rule = 'entities/acronym';
    c.country = undefined;
    c.titles = undefined;
  }
}

/**
 * Whether candidate `c`, one token in brackets right after `body` (an organization of several words), spells the
 * body's initials, in capitals or as a word ("(IEC)", "(Nersa)").
 */
export function spellsInitialsOf(c: Candidate, body: Candidate, tokens: readonly NerToken[], text: string): boolean {
  if (c.first !== c.last || body.type !== 'organization' || body.first === body.last || body.last !== c.first - 2) {
    return false;
  }
  if (tokens[c.first - 1]!.text !== '(' || tokens[c.last + 1]?.text !== ')') return false;
  return tokens[c.first]!.text.toUpperCase() === initials(words(spanText(tokens, body.first, body.last, text)));
}

const BRACKETED_ACRONYM = /^[A-Z]{2,6}$/;
/** How many words may stand between the first and the last of a spelled-out name ("of", "and", "for the"). */
const MAX_CONNECTORS = 3;

/** Head words of parties and movements that the organization words lack ("Democratic Alliance", "Popular Front"). */
const MOVEMENT_HEADS = new Set(['alliance', 'front', 'movement', 'league', 'coalition', 'federation', 'forum']);
/** Last words of the names of treaties, which CoNLL marks MISC ("Comprehensive Test Ban Treaty (CTBT)"). */
const PACT_WORDS = new Set(['Treaty', 'Agreement', 'Accord', 'Accords', 'Protocol', 'Pact']);

/**
 * Whether the words first..last name a body: one of them heads an organization's name ("Union", "Party",
 * "Alliance"), and none an event's, a law's or a treaty's ("Conference", "Act", "Treaty"): no disease, treaty or method spelled out before its initials
 * ("Bovine Spongiform Encephalopathy (BSE)", "Comprehensive Test Ban Treaty (CTBT)").
 */
function bodyWords(tokens: readonly NerToken[], first: number, last: number): boolean {
  let head = false;
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.text;
    if (eventSuffixes.has(w) || lawSuffixes.has(w) || PACT_WORDS.has(w)) return false;
    const lower = w.toLowerCase();
    if (organizationHeadWords.has(lower) || MOVEMENT_HEADS.has(lower)) head = true;
  }
  return head;
}

/**
 * The first token of the capitalized words ending at `end` whose initials spell `acronym` ("Democratic Alliance" for
 * "DA", "Congress of South African Trade Unions" for "COSATU"), connectors between them skipped, or -1. A
 * sentence's opening "The" is no part of the name.
 */
function spelledFrom(tokens: readonly NerToken[], end: number, acronym: string): number {
  const sentence = tokens[end]!.sentence;
  let letter = acronym.length - 1;
  let connectors = 0;
  for (let k = end; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.text;
    if (nameConnectors.has(w.toLowerCase()) && k !== end) {
      if (w === 'The' || ++connectors > MAX_CONNECTORS) return -1;
      continue;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(w) || w.charAt(0) !== acronym.charAt(letter)) return -1;
    if (letter === 0) return k;
    letter--;
  }
  return -1;
}

/**
 * "The Democratic Alliance (DA) said": a name of capitalized words the tagger left untagged, right before an acronym
 * in brackets that spells its initials, is an organization's when a word of it heads a body's name, and so is the acronym (the tagger reads a two-letter
 * one as a place when it stands alone: "The DA has 87 seats"). Every other bare mention of the acronym is retyped
 * with it. Returns the candidates with the new names, in order.
 */
export function spelledOutBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  let covered: Uint8Array | undefined;
  const added: Candidate[] = [];
  const acronyms = new Set<string>();
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || !BRACKETED_ACRONYM.test(t.text)) continue;
    if (t.line === 'u') continue;
    const first = spelledFrom(tokens, i - 2, t.text);
    if (first < 0 || first === i - 2 || !bodyWords(tokens, first, i - 2)) continue;
    covered ??= coveredTokens(cands, tokens.length);
    let free = true;
    for (let k = first; k <= i - 2 && free; k++) free = covered[k] === 0;
    if (!free) continue;
    added.push(
      candidate({
        first,
        last: i - 2,
        type: 'organization',
        form: 'name',
        rule: 'entities/spelled-out',
        confidence: 0.7,
      }),
    );
    acronyms.add(t.text);
    if (covered[i] === 0) {
      added.push(
        candidate({ first: i, last: i, type: 'organization', form: 'name', rule: 'entities/acronym', confidence: 0.7 }),
      );
    }
  }
  if (added.length === 0) return [...cands];
  for (const c of cands) {
    if (c.form !== 'name' || c.first !== c.last || c.type === 'organization' || !acronyms.has(tokens[c.first]!.text)) {
      continue;
    }
    c.type = 'organization';
    c.rule = 'entities/acronym';
    c.country = undefined;
    c.titles = undefined;
  }
  return [...cands, ...added].sort((a, b) => a.first - b.first);
}
