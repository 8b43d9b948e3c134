/**
 * Names the text itself calls a body: "DTEK, Ukraine's largest private energy company, said …" (an appositive whose
 * head noun is "company", "bank", "group" …) and "analysts at Bernstein", "economists at Nomura" (people who work
 * at it). The tagger calls an unfamiliar short name a place; the writer's own words say otherwise.
 */

import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { startsLower } from '../text/letters.js';
import { type Candidate, candidate, coveredTokens } from './candidates.js';
import type { NerToken } from './features.js';
import { capitals, firstNames, locationSuffixes, organizationDescriptionHeads, plainWords } from './lexicon.js';

/** People who work at a body, before "at": "analysts at Bernstein", "officials at the Pentagon". */
const STAFF_NOUNS = new Set([
  'analyst',
  'analysts',
  'economist',
  'economists',
  'strategist',
  'strategists',
  'researchers',
  'scientists',
  'executives',
  'officials',
  'employees',
  'workers',
  'staff',
  'engineers',
  'traders',
]);
/** Words that end an appositive's noun phrase before its head could come later. */
const PHRASE_ENDS = new Set([',', '.', ';', ':', 'of', 'for', 'at', 'in', 'with', 'that', 'which', 'who', '(', ')']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** How far an appositive may run, in tokens. */
const APPOSITIVE_REACH = 10;

/** Retypes place and person candidates the text describes as bodies to organizations. Changed in place. */
export function describedBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.form !== 'name') continue;
    const body =
      c.type === 'location'
        ? staffAt(tokens, c) || bodyAppositive(tokens, c)
        : c.type === 'person' &&
          !firstNames.has(tokens[c.first]!.text.toLowerCase()) &&
          (bodyNounBefore(tokens, c) || (c.titles === undefined && bodyAppositive(tokens, c, true)));
    if (body) {
      c.type = 'organization';
      c.rule = 'entities/described-body';
    }
  }
}

/**
 * Whether a body noun stands right before the name as its description: "shipping group A.P. Moller-Maersk",
 * "carmaker Stellantis", "the lender Nordbank". Initials and a hyphen make a company look like a person to the
 * tagger; the writer's noun says what it is. A name opening with a given name stays a person: the noun may be the
 * person's trade or party ("insurer Thierry Dehaan", "the party Vladimir Zhirinovsky leads").
 */
function bodyNounBefore(tokens: readonly NerToken[], c: Candidate): boolean {
  const noun = tokens[c.first - 1];
  if (noun === undefined || noun.sentence !== tokens[c.first]!.sentence || noun.pos !== 'NOUN') return false;
  return startsLower(noun.text) && organizationDescriptionHeads.has(noun.text);
}

/** Whether staff work at the name ("analysts at Bernstein"), which is no named place ("engineers at Changi Airport"). */
function staffAt(tokens: readonly NerToken[], c: Candidate): boolean {
  const at = tokens[c.first - 1];
  const staff = tokens[c.first - 2];
  if (at?.text !== 'at' || staff === undefined || !STAFF_NOUNS.has(staff.text.toLowerCase())) return false;
  return !locationSuffixes.has(tokens[c.last]!.text) && !capitals.has(tokens[c.first]!.text.toLowerCase());
}

/**
 * Heads of an appositive that describe a body of people, not a business: "Samyukt Kisan Morcha, an umbrella body of
 * farm unions," (the tagger reads an unfamiliar name of three words as a person). Kept apart from the description
 * heads that coreference reads: "the body" in a story is as often a corpse.
 */
const COLLECTIVE_HEADS = new Set([
  'body',
  'coalition',
  'alliance',
  'federation',
  'association',
  'movement',
  'collective',
  'council',
  'committee',
  'charity',
  'foundation',
  'nonprofit',
  'non-profit',
  'think-tank',
  'institute',
]);

/**
 * Whether ", (a|the|its|X's …) HEAD," follows the name, HEAD being a body noun ("company", "bank"), or, for a name
 * the tagger made a person, also a collective noun ("an umbrella body of farm unions").
 */
function bodyAppositive(tokens: readonly NerToken[], c: Candidate, collective = false): boolean {
  const comma = tokens[c.last + 1];
  if (comma?.text !== ',') return false;
  // "Pol Pot, Ta Mok, Son Sen's group": after a person's name, only an appositive with an article (a list goes on
  // with names).
  if (collective && !ARTICLES.has(tokens[c.last + 2]?.text.toLowerCase() ?? '')) return false;
  let head: NerToken | undefined;
  for (let i = c.last + 2; i < tokens.length && i - c.last <= APPOSITIVE_REACH; i++) {
    const t = tokens[i]!;
    if (t.sentence !== comma.sentence || PHRASE_ENDS.has(t.text.toLowerCase())) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos === 'NOUN') head = t;
  }
  if (head === undefined) return false;
  const noun = head.text.toLowerCase();
  return organizationDescriptionHeads.has(noun) || (collective && COLLECTIVE_HEADS.has(noun));
}

/** Words after which a name opens a clause. */
const OPENERS = new Set([',', 'and', 'but', '“', '"', ';']);
/** Capitalized words of an untagged name, at most. */
const MAX_UNTAGGED_WORDS = 3;

/**
 * "Cosatu, the country's largest labour federation, said …": a name the tagger left untagged (an acronym read as a
 * word, an unfamiliar name) that an appositive with an article calls a body is an organization. Only proper nouns
 * that are no everyday word or given name. New candidates, in no particular order.
 */
export function appositiveBodies(tokens: readonly NerToken[], cands: readonly Candidate[]): Candidate[] {
  const covered = coveredTokens(cands, tokens.length);
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]!.text !== ',' || covered[i] === 1 || !untaggedName(tokens[i]!)) continue;
    let first = i;
    while (
      first > 0 &&
      i - first + 1 < MAX_UNTAGGED_WORDS &&
      covered[first - 1] !== 1 &&
      tokens[first - 1]!.sentence === tokens[i]!.sentence &&
      untaggedName(tokens[first - 1]!)
    ) {
      first--;
    }
    // The subject of its clause: at a sentence's start or after a comma or "and" ("In late Sonora, …" is none).
    const before = tokens[first - 1];
    const opens =
      tokens[first]!.sentenceStart ||
      before?.sentence !== tokens[i]!.sentence ||
      OPENERS.has(before.text.toLowerCase());
    if (!opens) continue;
    const c = candidate({
      first,
      last: i,
      type: 'organization',
      form: 'name',
      rule: 'entities/described-body',
      confidence: 0.6,
    });
    if (bodyAppositive(tokens, c, true)) out.push(c);
  }
  return out;
}

function untaggedName(t: NerToken): boolean {
  const lower = t.text.toLowerCase();
  if (MONTHS.has(lower) || WEEKDAYS.has(lower)) return false;
  return t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !plainWords.has(lower) && !firstNames.has(lower);
}
