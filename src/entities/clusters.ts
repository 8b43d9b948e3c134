/**
 * One entity per real-world thing: name mentions are grouped by exact form, short forms join the fullest name that
 * contains them ("Ren" → "Ren Zhengfei", "Trump" → "Donald Trump", "Lockheed" → "Lockheed Martin"), acronyms join
 * their expansion ("(WEF)" after "World Economic Forum", or matching initials), countries and demonyms join by ISO code.
 */
import { WIRE_AGENCIES } from '../article/lexicon.js';
import { LetterPattern, startsCapitalized } from '../text/letters.js';
import type { EntityType } from '../types.js';
import type { Candidate } from './candidates.js';
import { followingPronounGender, type GenderVotes, titleHead, votedGender } from './family-evidence.js';
import type { NerToken } from './features.js';
import {
  type CountryInfo,
  gazetteerPhrases,
  givenNameGender,
  honorificGender,
  nameConnectors,
  nicknames,
  organizationHeadWords,
  shortNames,
} from './lexicon.js';
import { CAPITAL_PARTICLES } from './name-particles.js';

const CAPITALS = new LetterPattern(String.raw`^[\p{Lu}'’-]+$`);

export interface Cluster {
  type: EntityType;
  country?: CountryInfo;
  members: Candidate[];
  titles: string[];
}

export interface Clustered {
  clusters: Cluster[];
  /** The cluster of each candidate (same order as the input). */
  clusterOf: Map<Candidate, Cluster>;
}

/** The Arabic article glued to a family name, in any case: "al-Zindani", "Al-Zindani" and "Zindani" are one name. */
const ARTICLE = new LetterPattern(String.raw`^(?:al|el)-(?=\p{Lu})`, 'iu');

export function words(surface: string): string[] {
  const ws = surface.split(/\s+/).map((w) => w.replace(ARTICLE.for(w), '').replace(/,$/, ''));
  // "Acme Corp" and "Acme Corp." (a sentence's full stop read into the abbreviation) are one name.
  if (ws.length > 1 && ws.at(-1)!.endsWith('.')) ws[ws.length - 1] = ws.at(-1)!.slice(0, -1);
  if (ws.length > 1 && (ws[0] === 'The' || ws[0] === 'the')) ws.shift();
  return ws;
}

export function initials(ws: readonly string[]): string {
  let out = '';
  for (const w of ws) {
    if (nameConnectors.has(w.toLowerCase())) continue;
    const c = w.charAt(0);
    if (c.toUpperCase() === c && c.toLowerCase() !== c) out += c;
  }
  return out;
}

/**
 * "U.S.A." → "USA"; only all-capital forms of 2 to 6 letters count as acronyms. An ampersand between initials
 * ("J&J", "P&G", "S&P") stands for the "&" of the name, which `initials` skips: "J&J" → "JJ" for "Johnson & Johnson".
 */
function acronym(surface: string): string | undefined {
  const s = surface.replace(/\./g, '');
  if (/^[A-Z]{1,3}&[A-Z]{1,3}$/.test(s)) return s.replace('&', '');
  return /^[A-Z]{2,6}$/.test(s) ? s : undefined;
}

function containsInOrder(long: readonly string[], short: readonly string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

function isSuffix(long: readonly string[], short: readonly string[]): boolean {
  const off = long.length - short.length;
  return off > 0 && short.every((w, i) => long[off + i] === w);
}

/**
 * Whether a short form may join a longer name it begins: "Lockheed" → "Lockheed Martin", but not a body's generic head
 * word alone ("the Centre", the central government, is no "Centre for the Study of Developing Societies").
 */
function prefixJoins(short: readonly string[]): boolean {
  return !(short.length === 1 && organizationHeadWords.has(short[0]!.toLowerCase()));
}

/** "Oregon" before "Oregon Department of Corrections": a place and a body of it are two things. */
function bodyOfPlace(long: readonly string[], short: readonly string[]): boolean {
  const place = gazetteerPhrases.get(short.join(' ').toLowerCase());
  if (place !== 'L' && place !== 'C') return false;
  return organizationHeadWords.has(long[short.length]!.toLowerCase());
}

/**
 * "Federal Reserve" before "Federal Reserve Bank of Dallas": a name that goes on with a body's head word and "of" or
 * "for" names a branch of the shorter one, not the same body ("Reserve Bank" still joins "Reserve Bank of Australia").
 */
function branchOf(long: readonly string[], short: readonly string[]): boolean {
  const head = long[short.length];
  const link = long[short.length + 1];
  return (
    head !== undefined &&
    short.length + 2 < long.length &&
    organizationHeadWords.has(head.toLowerCase()) &&
    (link === 'of' || link === 'for')
  );
}

/** "Manchester City", "Manchester United": a known place's name and one more word, not a body's head ("Party"). */
function placeThenWord(ws: readonly string[]): boolean {
  if (ws.length < 2) return false;
  const last = ws.at(-1)!.toLowerCase();
  if (organizationHeadWords.has(last)) return false;
  const place = gazetteerPhrases.get(ws.slice(0, -1).join(' ').toLowerCase());
  return place === 'L' || place === 'C';
}

/**
 * The parts a hyphenated name may be shortened to: the first part of its first word and the last part of its last
 * word, both capitalized ("Mercedes-Benz" → Mercedes, Benz; "A.P. Moller-Maersk" → Maersk), and never a body's head
 * word alone.
 */
function hyphenParts(ws: readonly string[]): string[] {
  const out: string[] = [];
  const first = ws[0]!.split('-');
  const last = ws.at(-1)!.split('-');
  if (ws.length === 1 && first.length > 1) out.push(first[0]!);
  if (last.length > 1) out.push(last.at(-1)!);
  return out.filter((p) => p.length > 1 && startsCapitalized(p) && !organizationHeadWords.has(p.toLowerCase()));
}

/** The name without its hyphenated outer part: "Microsoft-LinkedIn" less "LinkedIn" is "Microsoft". */
function withoutPart(ws: readonly string[], part: string): string {
  const name = ws.join(' ');
  return name.startsWith(`${part}-`) ? name.slice(part.length + 1) : name.slice(0, -part.length - 1);
}

function isPrefix(long: readonly string[], short: readonly string[]): boolean {
  return short.length < long.length && short.every((w, i) => long[i] === w);
}

/**
 * The form a name is grouped by: a place or person written in capitals ("BERLIN" in a dateline, "SPRINGFIELD")
 * is the same as its usual form; an organization's capitals may be an acronym, so they stay.
 */
function caseKey(c: Candidate, ws: readonly string[]): string {
  if (c.type !== 'location' && c.type !== 'person') return ws.join(' ');
  return (
    ws
      // Initials ("M.K. Stalin") are no shouting: only a word of letters alone is.
      .map((w) => (w.length > 1 && CAPITALS.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
      .join(' ')
  );
}

/** Words written like a name part: a capital, then lower case ("Chaturvedi", "Okonjo-Iweala"), or initials ("M.K."). */
const NAME_WORD = new LetterPattern(String.raw`^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:\p{Lu}\.){1,3})$`);

/**
 * "Priyanka Chaturvedi said … Chaturvedi spoke in Mumbai": a two- or three-word name tagged organization whose last
 * word the document uses alone for a person, and never alone for a body, is that person. The tagger knows
 * neither word; the short form's own context ("Chaturvedi said") told it the type. Changed in place.
 */
function personByFamilyName(candidates: readonly Candidate[], surface: (c: Candidate) => string): void {
  const alone = new Map<string, Set<EntityType>>();
  for (const c of candidates) {
    if (c.form !== 'name') continue;
    const s = surface(c);
    if (/\s/.test(s)) continue;
    const types = alone.get(s) ?? new Set<EntityType>();
    types.add(c.type);
    alone.set(s, types);
  }
  for (const c of candidates) {
    if (c.form !== 'name' || c.type !== 'organization') continue;
    const ws = surface(c).split(/\s+/);
    if (ws.length < 2 || ws.length > 3 || !ws.every((w) => NAME_WORD.test(w))) continue;
    if (ws.some((w) => organizationHeadWords.has(w.toLowerCase()))) continue;
    if (gazetteerPhrases.has(ws.join(' ').toLowerCase())) continue;
    const types = alone.get(ws.at(-1)!);
    if (types?.size !== 1 || !types.has('person')) continue;
    c.type = 'person';
    c.rule = 'entities/cluster:family-name';
  }
}

/**
 * "Halvorsen Robotics, Inc. … Halvorsen Robotics has deployed …": a name typed otherwise that is a company's name
 * without its legal form is that company. Changed in place.
 */
function companyWithoutLegalForm(candidates: readonly Candidate[], wordsOf: (c: Candidate) => string[]): void {
  const companies = new Set<string>();
  for (const c of candidates) {
    if (c.form !== 'name' || c.rule !== 'entities/legal-suffix') continue;
    companies.add(wordsOf(c).slice(0, -1).join(' '));
  }
  if (companies.size === 0) return;
  for (const c of candidates) {
    if (c.form !== 'name' || c.type === 'organization' || !companies.has(wordsOf(c).join(' '))) continue;
    c.type = 'organization';
    c.rule = 'entities/cluster:company';
    c.country = undefined;
  }
}

/** The gender a person candidate's honorific gives ("Mr." male, "Ms." female), if any. */
function honorificOf(c: Candidate): 'male' | 'female' | undefined {
  for (const t of c.titles ?? []) {
    const g = honorificGender.get(t);
    if (g === 'male' || g === 'female') return g;
  }
  return undefined;
}

/**
 * Whether the document writes a one-word name with an honorific of the gender other than `gender` ("Mr. Obama"
 * besides "Michelle Obama"): then the bare name may be either spouse, and joins neither full name.
 */
function otherGenderWritten(
  honorificCounts: HonorificCounts,
  ws: readonly string[],
  gender: 'male' | 'female' | undefined,
): boolean {
  if (ws.length !== 1 || !gender) return false;
  return (honorificCounts.get(ws[0]!)?.[gender === 'male' ? 'female' : 'male'] ?? 0) > 0;
}

type HonorificCounts = ReadonlyMap<string, { male: number; female: number }>;

/** Whether a one-word name is written with both genders' honorifics: two spouses ("Mr. Obama", "Mrs. Obama"). */
function bothHonorifics(honorificCounts: HonorificCounts, word: string): boolean {
  const n = honorificCounts.get(word);
  return n !== undefined && n.male > 0 && n.female > 0;
}

/** The gender of a full person name: its honorific, else a first name of one gender only. */
function nameGenderOf(c: Candidate, ws: readonly string[]): 'male' | 'female' | undefined {
  const titled = honorificOf(c);
  if (titled) return titled;
  return givenNameGender(ws[0]!.toLowerCase());
}

/** A name right before a verb, not after a preposition: the subject of its clause. */
function actsAsSubject(tokens: readonly NerToken[], c: Candidate): boolean {
  const next = tokens[c.last + 1];
  const prev = tokens[c.first - 1];
  if (!next || next.sentence !== tokens[c.last]!.sentence || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false;
  return !prev || prev.sentence !== tokens[c.first]!.sentence || prev.pos !== 'ADP';
}

/** Whether the candidate is the subject of a verb whose clause goes on with "it"/"its" ("Ford said it would"). */
function speaksAsIt(tokens: readonly NerToken[], c: Candidate): boolean {
  const verb = tokens[c.last + 1];
  const next = tokens[c.last + 2];
  if (!verb || !next || next.sentence !== tokens[c.last]!.sentence || verb.pos !== 'VERB') return false;
  const w = next.text.toLowerCase();
  return w === 'it' || w === 'its';
}

/** Verbs whose object is a body someone made: "Henry Ford founded Ford", "she set up Vantorix in 2001". */
const FOUNDING_LEMMAS = new Set(['found', 'co-found', 'cofound', 'establish', 'start', 'set']);

/** Whether the one-word name at c is what a founding verb made: "founded Ford", "set up Ford", "Ford, founded by". */
function foundedBody(tokens: readonly NerToken[], c: Candidate): boolean {
  const sentence = tokens[c.first]!.sentence;
  const same = (k: number): NerToken | undefined => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  let verb = same(c.first - 1);
  if (verb?.text === 'up') verb = same(c.first - 2);
  if (verb?.pos === 'VERB' && FOUNDING_LEMMAS.has(verb.lemma) && (verb.lemma !== 'set' || verb !== same(c.first - 1))) {
    return true;
  }
  // "Ford, founded by Henry Ford in 1903, …" and "Ford was founded in 1903".
  const next = same(c.last + 1)?.text === ',' || same(c.last + 1)?.text === 'was' ? same(c.last + 2) : undefined;
  return next?.pos === 'VERB' && next.text.endsWith('ed') && FOUNDING_LEMMAS.has(next.lemma) && next.lemma !== 'set';
}

/**
 * "Henry Ford founded Ford in 1903. Ford said it would cut jobs.": a firm named after its founder. A one-word name
 * that the document says was founded, and each of its mentions that speaks of itself as "it", is the firm, whatever
 * full person name ends with it; the founder's other mentions ("Ford died in 1947") stay his. Changed in place;
 * returns the candidates made bodies, which the person-part rule then leaves alone.
 */
function bodiesNamedForPeople(
  candidates: readonly Candidate[],
  tokens: readonly NerToken[],
  surface: (c: Candidate) => string,
): Set<Candidate> {
  const founded = new Set<string>();
  for (const c of candidates) {
    if (c.form === 'name' && c.first === c.last && c.type !== 'country' && foundedBody(tokens, c))
      founded.add(surface(c));
  }
  const bodies = new Set<Candidate>();
  if (founded.size === 0) return bodies;
  for (const c of candidates) {
    if (c.form !== 'name' || c.first !== c.last || c.type === 'country' || !founded.has(surface(c))) continue;
    if (!foundedBody(tokens, c) && !speaksAsIt(tokens, c)) continue;
    c.type = 'organization';
    c.rule = 'entities/cluster:founded-body';
    c.country = undefined;
    bodies.add(c);
  }
  return bodies;
}

/**
 * "Margaret Ellen Ellery died on Monday. Maggie, as she was known, …": a given name alone that is a short form of
 * the first name of exactly one full name in the document (data/nicknames.json) is that person.
 */
function nicknameBearer<T extends { ws: string[] }>(anchors: readonly T[], ws: readonly string[]): T | undefined {
  const formal = ws.length === 1 ? nicknames.get(ws[0]!.toLowerCase()) : undefined;
  if (!formal) return undefined;
  const named = anchors.filter((a) => formal.includes(a.ws[0]!.toLowerCase()));
  return new Set(named.map((a) => a.ws.join(' '))).size === 1 ? named[0] : undefined;
}

/**
 * The anchors that hold each word, in document order, each anchor once. A short form can only join an anchor that
 * holds its words, so a rule that asks for the anchors fitting one name filters this list instead of every anchor:
 * a long text with many distinct names made the per-name scans quadratic. The rules' own tests stay as they were, on
 * fewer anchors, in the same order.
 */
function anchorsByWord<T extends { ws: string[] }>(anchors: readonly T[]): (ws: readonly string[]) => readonly T[] {
  const index = new Map<string, T[]>();
  for (const a of anchors) {
    for (const w of a.ws) {
      const list = index.get(w);
      if (!list) index.set(w, [a]);
      else if (list[list.length - 1] !== a) list.push(a);
    }
  }
  const none: T[] = [];
  // The anchors that hold every word of `ws` are among those of its rarest word ("Holdings" is in many names).
  return (ws) => {
    let fewest: readonly T[] | undefined;
    for (const w of ws) {
      const list = index.get(w) ?? none;
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    return fewest ?? none;
  };
}

/** Groups candidates (sorted by position) into clusters. */
export function cluster(candidates: readonly Candidate[], tokens: readonly NerToken[], text: string): Clustered {
  const surface = (c: Candidate): string => text.slice(tokens[c.first]!.start, tokens[c.last]!.end);
  // Each candidate's words, split once (no pass here moves a candidate's extent): the passes below asked for them
  // again and again, once per family and once per cluster member. Shared arrays: never changed.
  const wordsMemo = new Map<Candidate, string[]>();
  const wordsOf = (c: Candidate): string[] => {
    let ws = wordsMemo.get(c);
    if (ws === undefined) {
      ws = words(surface(c));
      wordsMemo.set(c, ws);
    }
    return ws;
  };
  const clusters: Cluster[] = [];
  const clusterOf = new Map<Candidate, Cluster>();
  const byKey = new Map<string, Cluster>();
  const add = (c: Candidate, cl: Cluster): void => {
    cl.members.push(c);
    clusterOf.set(c, cl);
    if (c.titles) for (const t of c.titles) if (!cl.titles.includes(t)) cl.titles.push(t);
  };
  const open = (c: Candidate, key: string): Cluster => {
    const cl: Cluster = { type: c.type, members: [], titles: [], ...(c.country ? { country: c.country } : {}) };
    clusters.push(cl);
    byKey.set(key, cl);
    add(c, cl);
    return cl;
  };

  personByFamilyName(candidates, surface);
  companyWithoutLegalForm(candidates, wordsOf);
  const founded = bodiesNamedForPeople(candidates, tokens, surface);
  // Multi-word person names anchor short forms anywhere in the document.
  const personAnchors: { ws: string[]; c: Candidate }[] = [];
  const orgAnchors: { ws: string[]; c: Candidate }[] = [];
  /** Organizations whose first or last word is joined by a hyphen ("Mercedes-Benz", "A.P. Moller-Maersk"). */
  const hyphenAnchors: { ws: string[]; c: Candidate }[] = [];
  /** The names the document writes, of any type, as their words joined by spaces. */
  const nameSurfaces = new Set<string>();
  /** How often each one-word person name is written with each gender's honorific ("Mr. Obama", "Mrs. Obama"). */
  const honorificCounts = new Map<string, { male: number; female: number }>();
  for (const c of candidates) {
    if (c.form !== 'name') continue;
    const ws = wordsOf(c);
    if (ws.length === 1 && c.type === 'person') {
      const g = honorificOf(c);
      if (g) {
        const n = honorificCounts.get(ws[0]!) ?? { male: 0, female: 0 };
        n[g]++;
        honorificCounts.set(ws[0]!, n);
      }
    }
    if (c.type === 'organization' && hyphenParts(ws).length > 0) hyphenAnchors.push({ ws, c });
    nameSurfaces.add(ws.join(' '));
    if (ws.length < 2) continue;
    if (c.type === 'person') personAnchors.push({ ws, c });
    else if (c.type === 'organization') orgAnchors.push({ ws, c });
  }
  const personAnchorsWith = anchorsByWord(personAnchors);
  const orgAnchorsWith = anchorsByWord(orgAnchors);
  /** Organization anchors by their initials ("WEF" for "World Economic Forum"), in document order. */
  const orgAnchorsByInitials = new Map<string, { ws: string[]; c: Candidate }[]>();
  for (const a of orgAnchors) {
    const key = initials(a.ws);
    const list = orgAnchorsByInitials.get(key);
    if (list) list.push(a);
    else orgAnchorsByInitials.set(key, [a]);
  }
  // A single word tagged place or organization that is part of a person's name is that person ("Ren" tagged ORG).
  for (const c of candidates) {
    if (c.form !== 'name' || c.type === 'person' || c.type === 'country' || founded.has(c)) continue;
    const w = surface(c);
    const parts = w.split(/\s+/);
    // One word, hyphens included ("Okonjo-Iweala" after "Ngozi Okonjo-Iweala"), or a family name that opens with a
    // particle ("Le Pen" after "Marine Le Pen").
    if (parts.length > 1 && !(parts.length === 2 && CAPITAL_PARTICLES.has(parts[0]!))) continue;
    if (w.toUpperCase() === w) continue;
    // A known place or body keeps its type unless it acts as the person would: "Hamilton was blunt", not
    // "flew to Hamilton".
    if (gazetteerPhrases.has(w.toLowerCase()) && !actsAsSubject(tokens, c)) continue;
    const tail = (a: { ws: string[] }): boolean =>
      a.ws.length > parts.length && a.ws.slice(-parts.length).join(' ') === w;
    // Both tests need the anchor to hold every word of the name.
    const anchors = personAnchorsWith(parts).filter((a) => a.ws[0] === w || tail(a));
    // "Ford said it would cut 1,000 jobs" before any "Bill Ford": a body that speaks of itself as "it", before the
    // person is named in full, stays a body ("Ren said it …" after "Ren Zhengfei" is still Ren).
    if (anchors.length > 0 && anchors.every((a) => a.c.first > c.last) && speaksAsIt(tokens, c)) continue;
    if (anchors.length > 0) {
      c.type = 'person';
      c.rule = 'entities/cluster:person-part';
    }
  }

  /**
   * The gender of a full name, or where its first name tells none and both spouses' honorifics go with its family
   * name, the gender left by the other full names of the family ("Bill Clinton" beside "Hillary Clinton"), else the
   * honorific the family name takes more often ("President Barack Obama … Mr. Obama … Mr. Obama … Mrs. Obama").
   */
  const inferredGender = new Map<Candidate, 'male' | 'female' | undefined>();
  const anchorGender = (a: { ws: string[]; c: Candidate }): 'male' | 'female' | undefined => {
    const own = nameGenderOf(a.c, a.ws);
    if (own) return own;
    if (inferredGender.has(a.c)) return inferredGender.get(a.c);
    const family = a.ws[a.ws.length - 1]!;
    let g: 'male' | 'female' | undefined;
    const counts = honorificCounts.get(family);
    if (counts && bothHonorifics(honorificCounts, family)) {
      const kin = personAnchorsWith([family]).filter(
        (k) => k.ws[k.ws.length - 1] === family && k.ws.join(' ') !== a.ws.join(' '),
      );
      const known = new Set(kin.map((k) => nameGenderOf(k.c, k.ws)));
      if (kin.length > 0 && known.size === 1 && !known.has(undefined)) g = known.has('male') ? 'female' : 'male';
      else if (kin.length === 0 && counts.male !== counts.female) g = counts.male > counts.female ? 'male' : 'female';
    }
    inferredGender.set(a.c, g);
    return g;
  };

  const nearestAnchor = <T extends { c: Candidate }>(list: readonly T[], at: Candidate): T | undefined => {
    let before: T | undefined;
    let after: T | undefined;
    for (const a of list) {
      if (a.c.first <= at.first) before = a;
      else if (!after) after = a;
    }
    return before ?? after;
  };

  // The first person named in each sentence, its subject as a rule: "Kim Yo-jong, the sister of leader Kim Jong-un,
  // warned …" is about Kim Yo-jong.
  const leads = new Set<Candidate>();
  let leadSentence = -1;
  for (const c of candidates) {
    if (c.form !== 'name' || c.type !== 'person' || tokens[c.first]!.sentence === leadSentence) continue;
    leadSentence = tokens[c.first]!.sentence;
    leads.add(c);
  }
  /**
   * The full name a short one recalls: the nearest before it, but when two full names before it share the short
   * form ("Kim" after "Kim Yo-jong" and "Kim Jong-un"), the latest that led its sentence, the one the text was about.
   */
  const bearer = (anchors: readonly { ws: string[]; c: Candidate }[], at: Candidate) => {
    const nearest = nearestAnchor(anchors, at);
    if (!nearest || nearest.c.first > at.first) return nearest;
    // With one full name before it, the latest lead is that name too.
    let lead: { ws: string[]; c: Candidate } | undefined;
    for (const a of anchors) {
      if (a.c.first > at.first) break;
      if (leads.has(a.c)) lead = a;
    }
    return lead ?? nearest;
  };

  /** The cluster of an organization anchor, opened now if the anchor comes later in the text. */
  const orgCluster = (anchor: Candidate, ws: readonly string[]): Cluster | undefined => {
    const key = `organization:${ws.join(' ')}`;
    return byKey.get(key) ?? (anchor.type === 'organization' ? open(anchor, key) : undefined);
  };

  /**
   * "President Obama … Michelle Obama … Mrs. Obama … Mr. Obama": with both spouses' honorifics written and one spouse
   * named in full, the family name alone is the other spouse, and "Mr. Obama" joins the bare "President Obama" (and
   * the bare name joins an earlier "Mr. Obama").
   */
  const spouseByElimination = (
    c: Candidate,
    ws: readonly string[],
    honorific: 'male' | 'female' | undefined,
  ): Cluster | undefined => {
    if (!bothHonorifics(honorificCounts, ws[0]!)) return undefined;
    const base = `person:${caseKey(c, ws)}`;
    const named = (g: 'male' | 'female') =>
      personAnchorsWith([ws[0]!]).some((a) => a.ws[a.ws.length - 1] === ws[0] && anchorGender(a) === g);
    if (honorific) return named(honorific === 'male' ? 'female' : 'male') ? byKey.get(base) : undefined;
    if (named('female') && !named('male')) return byKey.get(`${base}#male`);
    if (named('male') && !named('female')) return byKey.get(`${base}#female`);
    return undefined;
  };

  // "Former President Bill Clinton … Clinton is under fire for her comments": the pronouns after a bare family name
  // say which of a family it is, where the document names in full only one of another gender.
  const personAt = new Uint8Array(tokens.length);
  for (const c of candidates) if (c.form === 'name' && c.type === 'person') personAt.fill(1, c.first, c.last + 1);
  const votes = new Map<string, GenderVotes>();
  for (const c of candidates) {
    if (c.form !== 'name' || c.type !== 'person' || c.first !== c.last || honorificOf(c)) continue;
    const g = followingPronounGender(tokens, c, personAt);
    if (!g) continue;
    const w = wordsOf(c)[0]!;
    const v = votes.get(w) ?? { male: 0, female: 0 };
    v[g]++;
    votes.set(w, v);
  }
  // Each is asked once per family and remembered: a long text names the same families thousands of times, and a
  // scan of every name per mention made the pass quadratic.
  const familyAnchorsOf = new Map<string, { ws: string[]; c: Candidate }[]>();
  const familyAnchors = (ws: readonly string[]) => {
    const key = ws.join(' ');
    let found = familyAnchorsOf.get(key);
    if (!found) {
      found = personAnchorsWith(ws).filter((a) => a.ws.length > ws.length && containsInOrder(a.ws, ws));
      familyAnchorsOf.set(key, found);
    }
    return found;
  };
  /** The gender the bare family name's pronouns give, where only the other gender's full name is written. */
  const votedAgainstAnchors = (ws: readonly string[]): 'male' | 'female' | undefined => {
    if (ws.length !== 1) return undefined;
    const g = votedGender(votes.get(ws[0]!));
    if (!g) return undefined;
    const genders = new Set(familyAnchors(ws).map(anchorGender));
    if (genders.has(g) || !genders.has(g === 'male' ? 'female' : 'male')) return undefined;
    // "Clinton led Sanders … her lead over Sanders": with somebody else of that gender named, the pronouns may be hers.
    return othersOfGender(ws[0]!).has(g) ? undefined : g;
  };
  /** The genders of the people the document names whose names do not end in `family`. */
  const othersOf = new Map<string, Set<'male' | 'female'>>();
  const othersOfGender = (family: string): Set<'male' | 'female'> => {
    const known = othersOf.get(family);
    if (known) return known;
    const found = new Set<'male' | 'female'>();
    for (const c of candidates) {
      if (found.size === 2) break;
      if (c.form !== 'name' || c.type !== 'person') continue;
      const cws = wordsOf(c);
      if (cws[cws.length - 1] === family) continue;
      const g = cws.length > 1 ? nameGenderOf(c, cws) : honorificOf(c);
      if (g) found.add(g);
    }
    othersOf.set(family, found);
    return found;
  };
  /**
   * "President Clinton" beside "former President Bill Clinton" and "Hillary Clinton": the one full name of the
   * family written with a title of the same head.
   */
  const titledAnchor = (c: Candidate, ws: readonly string[]) => {
    const heads = (c.titles ?? []).filter((t) => !honorificGender.has(t)).map(titleHead);
    if (ws.length !== 1 || heads.length === 0) return undefined;
    const family = familyAnchors(ws);
    if (new Set(family.map((a) => a.ws.join(' '))).size < 2) return undefined;
    const fits = family.filter((a) => a.c.titles?.some((t) => heads.includes(titleHead(t))));
    return new Set(fits.map((a) => a.ws.join(' '))).size === 1 ? fits[0] : undefined;
  };
  /** A person cluster's gender: its honorifics', else its full names' first names', when they agree. */
  const clusterGender = (cl: Cluster): 'male' | 'female' | undefined => {
    const found = new Set<'male' | 'female'>();
    for (const t of cl.titles) {
      const g = honorificGender.get(t);
      if (g === 'male' || g === 'female') found.add(g);
    }
    if (found.size === 0) {
      for (const m of cl.members) {
        const ws = wordsOf(m);
        const g = ws.length > 1 ? nameGenderOf(m, ws) : undefined;
        if (g) found.add(g);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  };

  let previous: Candidate | undefined;
  for (const c of candidates) {
    if (clusterOf.has(c)) continue; // a full name opened early by a short form before it
    const s = surface(c);
    if (c.type === 'country' && c.country) {
      const key = `country:${c.country.code}`;
      const cl = byKey.get(key);
      if (cl) add(c, cl);
      else open(c, key);
      previous = c;
      continue;
    }
    const ws = wordsOf(c);
    // "Mr. Smith" and "Ms. Smith" after "John Smith and his wife, Mary Smith": the honorific picks the spouse.
    const honorific = c.type === 'person' ? (honorificOf(c) ?? votedAgainstAnchors(ws)) : undefined;
    const titled = c.type === 'person' ? titledAnchor(c, ws) : undefined;
    if (titled) {
      const key = `person:${titled.ws.join(' ')}`;
      const cl = clusterOf.get(titled.c) ?? byKey.get(key) ?? open(titled.c, key);
      if (titled.c !== c) {
        if (!clusterOf.has(titled.c)) add(titled.c, cl);
        add(c, cl);
      }
      previous = c;
      continue;
    }
    const exactKey = `${c.type}:${caseKey(c, ws)}${honorific ? `#${honorific}` : ''}`;
    const exact = byKey.get(exactKey);
    if (exact) {
      add(c, exact);
      previous = c;
      continue;
    }
    let target: Cluster | undefined;
    // "Prince Harry arrived … Harry said", "Harry … Lord Harry": a name alone is the one the document writes with a
    // title, when only one gender's title goes with it (the spouses "Mr. Smith" and "Ms. Smith" stay apart).
    if (c.type === 'person' && ws.length === 1) {
      const base = `person:${caseKey(c, ws)}`;
      // With both spouses' honorifics written, "Mrs. Obama" goes to the woman's full name, not the bare "Obama".
      if (honorific) {
        // "Mrs. Clinton" does not join a bare "Clinton" that went to "Bill Clinton".
        const bare = bothHonorifics(honorificCounts, ws[0]!) ? undefined : byKey.get(base);
        target = bare && clusterGender(bare) !== (honorific === 'male' ? 'female' : 'male') ? bare : undefined;
      } else {
        const male = byKey.get(`${base}#male`);
        const female = byKey.get(`${base}#female`);
        target = male && female ? undefined : (male ?? female);
      }
    }
    if (!target && c.type === 'person') {
      let anchors = personAnchorsWith(ws).filter(
        (a) =>
          a.ws.length > ws.length &&
          containsInOrder(a.ws, ws) &&
          (honorific
            ? anchorGender(a) !== (honorific === 'male' ? 'female' : 'male')
            : !otherGenderWritten(honorificCounts, ws, anchorGender(a))),
      );
      // "Mr. Okafor" after "Grace Okafor … Mrs. Okafor": a full name that already took one spouse's honorific
      // takes no other.
      if (honorific) {
        const other = honorific === 'male' ? 'female' : 'male';
        anchors = anchors.filter((a) => {
          const cl = byKey.get(`person:${a.ws.join(' ')}`);
          return !cl?.titles.some((t) => honorificGender.get(t) === other);
        });
      }
      // "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": a full name of the honorific's gender comes
      // before one whose first name tells no gender.
      if (honorific && anchors.length > 1) {
        const same = anchors.filter((a) => anchorGender(a) === honorific);
        if (same.length > 0) anchors = same;
      }
      const a = bearer(anchors, c) ?? nicknameBearer(personAnchors, ws);
      if (a) {
        const key = `person:${a.ws.join(' ')}`;
        target = byKey.get(key) ?? (a.c === c ? undefined : open(a.c, key));
        if (target && a.c !== c && !clusterOf.has(a.c)) add(a.c, target);
      }
    } else if (c.type === 'organization') {
      const acr = acronym(s);
      const prevTok = tokens[c.first - 1];
      // "the Central Organisation of Trade Unions (Cotu)": British and African copy write an acronym read as a word
      // in lower case after its capital; in brackets right after the name, its letters are the name's initials.
      const wordlike =
        !acr &&
        ws.length === 1 &&
        s.length >= 3 &&
        previous !== undefined &&
        s.toUpperCase() === initials(wordsOf(previous));
      if (
        (acr || wordlike) &&
        prevTok?.text === '(' &&
        // "MILWAUKEE (AP) —": a wire agency in brackets is no acronym of the name before it.
        !WIRE_AGENCIES.has(s) &&
        previous &&
        previous.type === 'organization' &&
        previous.last === c.first - 2
      ) {
        target = clusterOf.get(previous);
      }
      if (!target && acr) {
        const a = nearestAnchor(orgAnchorsByInitials.get(acr) ?? [], c);
        if (a) target = orgCluster(a.c, a.ws);
      }
      if (!target && ws.length >= 2) {
        // "Communist Party" after "Chinese Communist Party".
        const a = nearestAnchor(
          orgAnchorsWith(ws).filter((x) => isSuffix(x.ws, ws)),
          c,
        );
        if (a) target = orgCluster(a.c, a.ws);
      }
      // "City" after "Manchester City": a club's or body's last word alone, after a place's name.
      if (!target && ws.length === 1) {
        const a = nearestAnchor(
          orgAnchorsWith(ws).filter((x) => isSuffix(x.ws, ws) && placeThenWord(x.ws)),
          c,
        );
        if (a) target = orgCluster(a.c, a.ws);
      }
      // "the Commission" after "the European Commission", "the Party" after "the Communist Party": a body's head
      // word alone after "the" stands for the one body of the text whose name ends in it (two such bodies: no guess).
      if (!target && ws.length === 1 && organizationHeadWords.has(ws[0]!.toLowerCase())) {
        // "the" before it, or inside the span the tagger gave ("The Commission said").
        const the = c.first < c.last ? tokens[c.first] : tokens[c.first - 1];
        const ending = the?.text.toLowerCase() === 'the' ? orgAnchorsWith(ws).filter((x) => isSuffix(x.ws, ws)) : [];
        if (new Set(ending.map((x) => x.ws.join(' '))).size === 1) {
          const a = nearestAnchor(ending, c);
          if (a) target = orgCluster(a.c, a.ws);
        }
      }
      // "the Fed" after "the Federal Reserve": a short name the news uses for a body (data/entity-words.json).
      if (!target && ws.length === 1 && shortNames.has(ws[0]!)) {
        // "the Met" after "the Metropolitan Police Service" too: the full name may open a longer one.
        const full = shortNames.get(ws[0]!)!.split(' ');
        const a = nearestAnchor(
          orgAnchors.filter((x) => x.ws.length >= full.length && full.every((w, k) => x.ws[k] === w)),
          c,
        );
        if (a) target = orgCluster(a.c, a.ws);
      }
      if (!target && prefixJoins(ws)) {
        const a = nearestAnchor(
          orgAnchorsWith(ws).filter((x) => isPrefix(x.ws, ws) && !bodyOfPlace(x.ws, ws) && !branchOf(x.ws, ws)),
          c,
        );
        if (a) target = orgCluster(a.c, a.ws);
      }
      // "Mercedes" after "Mercedes-Benz", "Maersk" after "A.P. Moller-Maersk": the outer part of a hyphenated name,
      // unless the rest is a name of its own here ("the Microsoft-LinkedIn deal", "the AP-GfK poll" name two).
      if (!target && ws.length === 1) {
        const a = nearestAnchor(
          hyphenAnchors.filter(
            (x) => hyphenParts(x.ws).includes(ws[0]!) && !nameSurfaces.has(withoutPart(x.ws, ws[0]!)),
          ),
          c,
        );
        if (a) target = orgCluster(a.c, a.ws);
      }
    }
    if (!target && c.type === 'person' && ws.length === 1) target = spouseByElimination(c, ws, honorific);
    if (target) {
      byKey.set(exactKey, target);
      add(c, target);
    } else open(c, exactKey);
    previous = c;
  }
  return { clusters, clusterOf };
}

/** Whether the words `ws` end one of the full names listed (the places of their first word), after its first word. */
function endsFullName(places: readonly { ws: string[]; at: number }[] | undefined, ws: readonly string[]): boolean {
  return (places ?? []).some(
    ({ ws: full, at }) => at + ws.length === full.length && ws.every((w, k) => full[at + k] === w),
  );
}

/**
 * "Alberto Núñez Feijóo … Núñez Feijóo said", "Andrés Manuel López Obrador … López Obrador said": the tagger may end
 * a short form of a longer person name inside it (Spanish double family names). A name whose words stand inside a
 * person's full name in the document, after its first word, runs on over the capitalized words that follow there
 * too; the candidates those words held are dropped. Returns the candidates kept, in order (changed in place).
 */
export function runOnFullNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const surface = (c: Candidate): string => text.slice(tokens[c.first]!.start, tokens[c.last]!.end);
  // Each word of a full name (after its first) → where it stands in which names.
  const inside = new Map<string, { ws: string[]; at: number }[]>();
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person' || c.last - c.first < 2) continue;
    const ws = surface(c).split(/\s+/);
    for (let k = 1; k < ws.length - 1; k++) {
      const list = inside.get(ws[k]!) ?? [];
      list.push({ ws, at: k });
      inside.set(ws[k]!, list);
    }
  }
  if (inside.size === 0) return [...cands];
  const holder: (Candidate | undefined)[] = new Array(tokens.length);
  for (const c of cands) for (let i = c.first; i <= c.last; i++) holder[i] = c;
  const dropped = new Set<Candidate>();
  for (const c of cands) {
    if (c.form !== 'name' || dropped.has(c)) continue;
    const ws = surface(c).split(/\s+/);
    // "Tomasz Wierzba Nowak … Wierzba Nowak left": two or more words that end a person's full name are that person's
    // family name, whatever type the tagger gave them.
    if (c.type === 'organization' && ws.length >= 2 && endsFullName(inside.get(ws[0]!), ws)) {
      c.type = 'person';
      c.rule = 'entities/cluster:full-name-run';
      continue;
    }
    if (c.type !== 'person' && c.type !== 'location') continue;
    let best = c.last;
    for (const { ws: full, at } of inside.get(ws[0]!) ?? []) {
      if (!ws.every((w, k) => full[at + k] === w)) continue;
      let last = c.last;
      for (let k = at + ws.length; k < full.length; k++) {
        const t = tokens[last + 1];
        if (!t || t.text !== full[k] || t.sentence !== tokens[c.first]!.sentence) break;
        if (t.start !== tokens[last]!.end + 1 || (holder[last + 1] && holder[last + 1]!.last > last + 1)) break;
        last++;
      }
      best = Math.max(best, last);
    }
    if (best === c.last) continue;
    for (let i = c.last + 1; i <= best; i++) if (holder[i]) dropped.add(holder[i]!);
    c.last = best;
    c.type = 'person';
    c.rule = 'entities/cluster:full-name-run';
    c.country = undefined;
  }
  return dropped.size === 0 ? [...cands] : cands.filter((c) => !dropped.has(c));
}
