import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { Initials } from '../text/initials.js';
import { isCapitalizedWord, startsUpper } from '../text/letters.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByDemonym, firstNames, lastNames, ofHeads, personNouns, roleHeads } from './lexicon.js';

/** How many capitalized words the "of" phrase may take ("of Public Health", "of Arts and Sciences"). */
const MAX_OF_WORDS = 5;
const LINKS = new Set(['and', '&', 'of', 'for']);
/** Words that tie a head to its phrase: "School of Medicine", "Office for National Statistics". */
const HEAD_LINKS = new Set(['of', 'for']);
const OF_HEAD_INITIALS = new Initials(ofHeads);
/** A head of ON_HEADS at `i` and an "on" phrase that is no date ("the Commission on Monday said"). */
function onPhrase(tokens: readonly NerToken[], i: number): boolean {
  const next = tokens[i + 2]?.text.toLowerCase() ?? '';
  return ON_HEADS.has(tokens[i]!.text) && !WEEKDAYS.has(next) && !MONTHS.has(next) && !MONTHS.has(`${next}.`);
}

/**
 * "the Kogi State House of Assembly", "the Virginia House of Delegates": "House of" a chamber's capitalized name ends
 * a legislature the tagger tagged up to "House". Only after a tagged organization that ends in "House": "House of
 * Cards" or "a House of Lords committee" alone are the tagger's to read.
 */
function houseOf(owner: readonly (Candidate | undefined)[], tokens: readonly NerToken[], i: number): boolean {
  const c = owner[i];
  return (
    tokens[i]!.text === 'House' &&
    tokens[i + 1]!.text === 'of' &&
    c !== undefined &&
    c.last === i &&
    c.first < i &&
    c.type === 'organization'
  );
}

/** Heads of deliberating bodies that take an "on" phrase: "Intergovernmental Panel on Climate Change". */
const ON_HEADS = new Set(['Panel', 'Committee', 'Commission', 'Council', 'Subcommittee']);

/**
 * "University of Colorado School of Medicine", "Harvard T.H. Chan School of Public Health": a capitalized
 * organization head ("School", "Department") with an "of" or "for" phrase of capitalized words is one organization with
 * the name right before it. The tagger splits these into an organization and a place or a second organization.
 * Returns the candidates with each such run merged into one organization.
 */
export function joinOfChains(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  // Candidates by token, and merges applied once at the end: a scan of the whole list per chain was quadratic in a
  // long text.
  const owner: (Candidate | undefined)[] = new Array(tokens.length);
  for (const c of cands) for (let k = c.first; k <= c.last; k++) owner[k] = c;
  const removed = new Set<Candidate>();
  const added: Candidate[] = [];
  // The work at a match is a function of its own: closures in this loop capturing `i` made V8 allocate a context
  // for every token (about 60 KB an article), though a match is rare.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    const link = tokens[i + 1]!.text;
    const headed = OF_HEAD_INITIALS.mayBe(head.text) && ofHeads.has(head.text) && HEAD_LINKS.has(link);
    if (!headed && !(link === 'on' && onPhrase(tokens, i)) && !houseOf(owner, tokens, i)) continue;
    // "University of the Basque Country": the article inside the name is part of it.
    const start = tokens[i + 2]!.text === 'the' && i + 3 < tokens.length ? i + 3 : i + 2;
    if (!startsUpper(tokens[start]!.text) || tokens[start]!.sentence !== head.sentence) continue;
    const merged = joinAt(owner, tokens, i, start);
    if (!merged) continue;
    for (let k = merged.first; k <= merged.last; k++) {
      const c = owner[k];
      // A candidate the chain overlaps goes with all its tokens, those past the chain too.
      if (c && !removed.has(c)) {
        removed.add(c);
        for (let x = c.first; x <= c.last; x++) if (owner[x] === c) owner[x] = undefined;
      }
      owner[k] = merged;
    }
    added.push(merged);
    i = merged.last;
  }
  if (added.length === 0) return [...cands];
  return [...cands, ...added].filter((c) => !removed.has(c)).sort((a, b) => a.first - b.first);
}

/**
 * The organization the chain whose head is token `i` makes, from the name before the head to the chain's last
 * token; undefined when no organization name comes before the head.
 */
function joinAt(
  owner: readonly (Candidate | undefined)[],
  tokens: readonly NerToken[],
  i: number,
  start: number,
): Candidate | undefined {
  const sentence = tokens[i]!.sentence;
  // The name before the head: a candidate ending right before it, or the head's own candidate.
  const own = owner[i];
  const left = owner[i - 1];
  const found = own ?? (left && left.last === i - 1 && left.type === 'organization' ? left : undefined);
  // "the Centers for Disease Control and Prevention": in prose the capitalized head alone opens the name.
  const before: Candidate | undefined =
    found ??
    (tokens[i]!.line === 'n'
      ? candidate({
          first: i,
          last: i,
          type: 'organization',
          form: 'name',
          rule: 'entities/join:of-chain',
          confidence: 0.7,
        })
      : undefined);
  if (!before || before.type === 'person' || before.type === 'country') return undefined;
  const first = demonymOpening(owner, tokens, before, i) ?? before.first;
  let end = start;
  for (let k = start + 1; k < tokens.length && k - start < MAX_OF_WORDS && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (startsUpper(t.text)) end = k;
    else if (!(LINKS.has(t.text) && startsUpper(tokens[k + 1]?.text ?? '')) && !innerHyphen(tokens, k)) break;
  }
  return candidate({ ...before, first, last: end, type: 'organization', rule: 'entities/join:of-chain' });
}

/** Heads of government departments, which a demonym before them describes rather than names ("the French Ministry of Culture"). */
const GOVERNMENT_HEADS = new Set(['Ministry', 'Department', 'Office']);

/**
 * "Australian Institute of Marine Science", "Chinese Academy of Sciences": a demonym right before the head of a
 * body's name opens the name; returns its first token, or undefined. A government department's demonym only says
 * whose it is ("the Israeli Ministry of Defence").
 */
function demonymOpening(
  owner: readonly (Candidate | undefined)[],
  tokens: readonly NerToken[],
  before: Candidate,
  i: number,
): number | undefined {
  const left = owner[before.first - 1];
  if (left?.form !== 'demonym' || left.last !== before.first - 1 || GOVERNMENT_HEADS.has(tokens[i]!.text)) {
    return undefined;
  }
  return tokens[left.first]!.sentence === tokens[i]!.sentence ? left.first : undefined;
}

/** A hyphen glued between two capitalized words ("American-Islamic"): one word of the phrase, not its end. */
function innerHyphen(tokens: readonly NerToken[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    (t.text === '-' || t.text === '‑') &&
    before !== undefined &&
    after !== undefined &&
    before.end === t.start &&
    after.start === t.end &&
    startsUpper(before.text) &&
    startsUpper(after.text)
  );
}

/** "IRS", "FBI": an acronym is a whole name, never the first half of a shared head ("the IRS and Drug … Administration"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/** Whether a capitalized organization head ("Agency", "School") stands in tokens first..last. */
function holdsHead(tokens: readonly NerToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ofHeads.has(tokens[k]!.text)) return true;
  return false;
}

/**
 * "UN Relief and Works Agency for Palestine Refugees", "Trade and Industry Ministry": the words before "and" share
 * the head of the organization after it. The tagger cuts such a name at "and" into two organizations, the first
 * without a head of its own. Returns the candidates with each such pair merged into one organization.
 */
export function joinSharedHeads(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < cands.length; n++) {
    const a = cands[n]!;
    const b = cands[n + 1];
    const shares =
      b !== undefined &&
      a.type === 'organization' &&
      b.type === 'organization' &&
      a.form === 'name' &&
      b.form === 'name' &&
      b.first === a.last + 2 &&
      tokens[a.last + 1]!.text === 'and' &&
      tokens[b.first]!.sentence === tokens[a.last]!.sentence &&
      !holdsHead(tokens, a.first, a.last) &&
      !(a.first === a.last && ACRONYM.test(tokens[a.first]!.text)) &&
      holdsHead(tokens, b.first + 1, b.last);
    if (!shares) {
      out.push(a);
      continue;
    }
    out.push(candidate({ ...a, last: b.last, rule: 'entities/join:shared-head' }));
    n++;
  }
  return out;
}

/**
 * "Media Matters for America said …", "Physicians for Human Rights, a New York group, …": an organization of two or
 * more capitalized words, "for" and a name right after it make one organization when the whole is the subject or an
 * appositive's head (a verb or a comma follows). The tagger cuts such a name into an organization and a place
 * ("America"). Sports copy's "played Chelsea for England" is neither. Returns the candidates, pairs merged.
 */
export function joinForNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < cands.length; n++) {
    const a = cands[n]!;
    const b = cands[n + 1];
    const after = b ? tokens[b.last + 1] : undefined;
    const joins =
      b !== undefined &&
      a.type === 'organization' &&
      a.form === 'name' &&
      b.form === 'name' &&
      b.type !== 'person' &&
      a.last > a.first &&
      tokens[a.first]!.line === 'n' &&
      b.first === a.last + 2 &&
      tokens[a.last + 1]!.text === 'for' &&
      tokens[b.last]!.sentence === tokens[a.first]!.sentence &&
      after !== undefined &&
      after.sentence === tokens[a.first]!.sentence &&
      (after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX');
    if (!joins) {
      out.push(a);
      continue;
    }
    out.push(
      candidate({ ...a, last: b.last, type: 'organization', country: undefined, rule: 'entities/join:for-name' }),
    );
    n++;
  }
  return out;
}

/**
 * Whether a capitalized word names the members of a group that calls itself "… for Y": a people's plural
 * ("Americans") or a plural noun for people that is no job ("Physicians", "Veterans", "Citizens"). Jobs stay out:
 * "Lawyers for Acme said …" are the firm's lawyers, not a group.
 */
function membersWord(w: string): boolean {
  if (!isCapitalizedWord(w) || !w.endsWith('s')) return false;
  if (countryByDemonym.has(w)) return true;
  const lower = w.toLowerCase();
  return personNouns.has(lower) && !roleHeads.has(lower.slice(0, -1));
}

/** The tags of a word that may qualify the members' word at the front of such a name ("Young", "Concerned"). */
const MODIFIER_TAGS = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB']);

/**
 * "Americans for Prosperity said …", "Physicians for Human Rights, a New York group, …": a group named after its
 * members, "for" and a cause or a place is one organization. The tagger knows no members' word as a name (or takes
 * "Americans" for a people), so it finds only the cause ("Prosperity") as an organization. The cause must be a
 * capitalized name that is no person ("Democrats for Smith" are supporters), and the members' word a group's
 * (see membersWord). Returns the candidates with each such name merged.
 */
export function joinMembersForNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const owner: (Candidate | undefined)[] = new Array(tokens.length);
  for (const c of cands) for (let k = c.first; k <= c.last; k++) owner[k] = c;
  const removed = new Set<Candidate>();
  const added: Candidate[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'for' || tokens[i]!.line !== 'n') continue;
    const merged = membersNameAt(owner, tokens, i);
    if (!merged) continue;
    for (let k = merged.first; k <= merged.last; k++) {
      const c = owner[k];
      if (c) removed.add(c);
    }
    added.push(merged);
    i = merged.last;
  }
  if (added.length === 0) return [...cands];
  return [...cands, ...added].filter((c) => !removed.has(c)).sort((a, b) => a.first - b.first);
}

/** The organization "for" at token `i` makes with the members' word before it, or undefined. */
function membersNameAt(
  owner: readonly (Candidate | undefined)[],
  tokens: readonly NerToken[],
  i: number,
): Candidate | undefined {
  const sentence = tokens[i]!.sentence;
  const members = i - 1;
  if (tokens[members]!.sentence !== sentence || !membersWord(tokens[members]!.text)) return undefined;
  // On the members' word may lie a people's own mention ("Americans"), or a name the tagger made of it and the word
  // before ("Young Americans" as a person); a longer name there is some other name.
  const own = owner[members];
  if (own && own.form !== 'demonym' && (own.last !== members || own.first < members - 1)) return undefined;
  const end = causeEnd(owner, tokens, i + 1, sentence);
  if (end < 0) return undefined;
  let first = own ? own.first : members;
  const m = tokens[members - 1];
  const mo = owner[members - 1];
  if (
    first === members &&
    m &&
    m.sentence === sentence &&
    isCapitalizedWord(m.text) &&
    MODIFIER_TAGS.has(m.pos) &&
    (!mo || (mo.first === members - 1 && mo.type !== 'person'))
  ) {
    first = members - 1;
  }
  return candidate({
    first,
    last: end,
    type: 'organization',
    form: 'name',
    rule: 'entities/join:members-for-name',
    confidence: 0.7,
  });
}

/** A given or family name alone is no cause, whatever the tagger made of it ("Democrats for Smith"). */
function personalName(w: string): boolean {
  const lower = w.toLowerCase();
  return firstNames.has(lower) || lastNames.has(lower);
}

/**
 * The last token of the cause that starts at token `k`: a name that is no person, or capitalized words no one
 * tagged that are no personal names, joined by "and" or "of" ("Responsibility and Ethics"); -1 when no such cause starts there.
 */
function causeEnd(
  owner: readonly (Candidate | undefined)[],
  tokens: readonly NerToken[],
  k: number,
  sentence: number,
): number {
  let end = -1;
  for (let n = 0; k < tokens.length && n < MAX_OF_WORDS && tokens[k]!.sentence === sentence; n++) {
    const c = owner[k];
    if (c) {
      if (c.first !== k || c.form !== 'name' || c.type === 'person') break;
      if (c.last === k && personalName(tokens[k]!.text)) break;
      end = c.last;
    } else if (startsUpper(tokens[k]!.text) && !personalName(tokens[k]!.text)) end = k;
    else break;
    k = end + 1;
    const link = tokens[k];
    const next = tokens[k + 1];
    if (!link || !next || (link.text !== 'and' && link.text !== 'of') || !startsUpper(next.text)) break;
    // "Americans for Prosperity and Democrats for Life": a second group is no part of the first one's cause.
    if (tokens[k + 2]?.text === 'for') break;
    k++;
  }
  return end;
}
