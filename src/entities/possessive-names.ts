import { isCapitalizedWord, LetterPattern, startsUpper } from '../text/letters.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { commonWords, organizationHeadWords, POSSESSIVE_MARKS } from './lexicon.js';

const CAPITALIZED_PLURAL = new LetterPattern(String.raw`^\p{Lu}\p{L}*s$`);

const APOSTROPHES = new Set(["'", '’']);

/** A common noun's capitalized plural ("Veterans", "Magistrates"), not a name ending in s ("Airbus"). */
function commonPlural(text: string): boolean {
  return CAPITALIZED_PLURAL.test(text) && commonWords.has(text.slice(0, -1).toLowerCase());
}
/** How many capitalized words before a plural possessive a name may take in ("Metro Tenants' Associations"). */
const MAX_LEAD_WORDS = 3;

/**
 * Organization names with a plural possessive inside ("Federation of Metro Tenants' Associations", "Teachers'
 * Union of Ontario", "Veterans' Affairs Department"): the tagger stops at the apostrophe. An organization right
 * after a capitalized plural and its apostrophe takes them in, with the name before them when there is one.
 * Returns the candidates left (a name merged into the one after it is dropped).
 */
export function joinPluralPossessives(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const byLast = new Map<number, Candidate>();
  for (const c of cands) if (c.form === 'name') byLast.set(c.last, c);
  const dropped = new Set<Candidate>();
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization') continue;
    const apostrophe = tokens[c.first - 1];
    // "the 19th Judicial District Attorney's Office", "Boston Children's Hospital": a body's head word after a
    // name and its "'s" is one organization with it.
    const owner = byLast.get(c.first - 2);
    if (
      apostrophe?.text === "'s" &&
      c.first === c.last &&
      organizationHeadWords.has(tokens[c.first]!.text.toLowerCase()) &&
      owner &&
      owner !== c &&
      (owner.type === 'organization' || owner.type === 'location') &&
      tokens[owner.last]!.end === apostrophe.start
    ) {
      c.first = owner.first;
      c.rule = 'entities/join:possessive-body';
      dropped.add(owner);
      continue;
    }
    const plural = tokens[c.first - 2];
    if (!apostrophe || !plural || !APOSTROPHES.has(apostrophe.text) || plural.end !== apostrophe.start) continue;
    // A common noun's plural ("Veterans", "Teachers"), not a name ending in s ("Airbus' Delivery Center").
    if (!commonPlural(plural.text) || plural.sentence !== tokens[c.first]!.sentence) continue;
    const before = byLast.get(c.first - 2);
    if (before && before !== c && before.type !== 'person' && before.type !== 'country') {
      c.first = before.first;
      dropped.add(before);
    } else if (!before) {
      let first = c.first - 2;
      for (let n = 0; n < MAX_LEAD_WORDS; n++) {
        const t = tokens[first - 1];
        if (!t || t.sentence !== plural.sentence || !startsUpper(t.text) || byLast.has(first - 1) || t.sentenceStart) {
          break;
        }
        first--;
      }
      c.first = first;
    } else continue;
    c.rule = 'entities/join:plural-possessive';
  }
  const covered = new Set<number>();
  for (const c of cands) for (let i = c.first; i <= c.last; i++) covered.add(i);
  for (const c of cands) if (!dropped.has(c)) takeBareHead(c, tokens, covered);
  return dropped.size === 0 ? [...cands] : cands.filter((c) => !dropped.has(c));
}

/**
 * "Westminster Magistrates' Court", "Ontario Teachers' Pension": the tagger keeps the name up to the plural and
 * leaves the body's head word after the apostrophe untagged. The name then runs on to that head word, and a body's
 * head makes the whole an organization.
 */
function takeBareHead(c: Candidate, tokens: readonly NerToken[], covered: ReadonlySet<number>): void {
  if (c.form !== 'name' || c.type === 'person' || c.first === c.last) return;
  const plural = tokens[c.last]!;
  const apostrophe = tokens[c.last + 1];
  const head = tokens[c.last + 2];
  if (!apostrophe || !head || !APOSTROPHES.has(apostrophe.text) || plural.end !== apostrophe.start) return;
  if (covered.has(c.last + 2) || head.sentence !== plural.sentence || !startsUpper(head.text)) return;
  if (!commonPlural(plural.text)) return;
  if (!organizationHeadWords.has(head.text.toLowerCase())) return;
  c.last = c.last + 2;
  c.type = 'organization';
  c.rule = 'entities/join:plural-possessive';
}

/** Plurals that take "'s" ("People's", "Children's"): inside a name they open a body's name, never own it. */
const IRREGULAR_PLURALS = new Set(['People', 'Children', 'Women', 'Men']);
const SAINTS = new Set(['St', 'St.', 'Saint']);
/** How many capitalized words a name may hold on each side of the "'s" and after its "of". */
const MAX_SIDE = 3;

/** The capitalized words from `i` on in the sentence (at most MAX_SIDE), as the last one's index, or i - 1. */
function capitalRun(tokens: readonly NerToken[], i: number, sentence: number): number {
  let last = i - 1;
  while (last + 1 - i < MAX_SIDE && tokens[last + 1]?.sentence === sentence && startsUpper(tokens[last + 1]!.text)) {
    last++;
  }
  return last;
}

/**
 * Bodies with a singular or irregular possessive inside their name: "National People's Congress", "People's Bank of
 * China", "St Mary's Hospital", "Children's Hospital of Philadelphia". The tagger stops at the "'s" and keeps only
 * one side. An irregular plural ("People", "Children") or a saint's name before the "'s", and capitalized words after
 * it that end on a body's head word ("Congress", "Hospital", "Bank", with an "of" and a place after it), make one
 * organization; a person's or a place's possessive ("Trump's White House", "London's Metropolitan Police") does not.
 * Returns the candidates, the ones inside the joined name replaced by it.
 */
export function joinInnerPossessives(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const holder: (Candidate | undefined)[] = new Array(tokens.length);
  for (const c of cands) for (let i = c.first; i <= c.last; i++) holder[i] = c;
  const dropped = new Set<Candidate>();
  const added: Candidate[] = [];
  for (let a = 1; a < tokens.length; a++) {
    const s = tokens[a]!;
    const owner = tokens[a - 1]!;
    if (!POSSESSIVE_MARKS.has(s.text) || owner.end !== s.start || owner.sentence !== s.sentence) continue;
    const saint = SAINTS.has(tokens[a - 2]?.text ?? '') && tokens[a - 2]!.sentence === s.sentence;
    if (!IRREGULAR_PLURALS.has(owner.text) && !(saint && isCapitalizedWord(owner.text))) continue;
    let last = capitalRun(tokens, a + 1, s.sentence);
    if (last <= a || !organizationHeadWords.has(tokens[last]!.text.toLowerCase())) continue;
    // "… Bank of China", "… Hospital of Philadelphia".
    if (tokens[last + 1]?.text === 'of' && tokens[last + 1]!.sentence === s.sentence) {
      const place = capitalRun(tokens, last + 2, s.sentence);
      if (place > last + 1) last = place;
    }
    let first = saint ? a - 2 : a - 1;
    // "National People's Congress": capitalized words before an irregular plural, short of a determiner or a person.
    while (!saint && a - 1 - first < MAX_SIDE) {
      const t = tokens[first - 1];
      if (!t || t.sentence !== s.sentence || !startsUpper(t.text) || t.text === 'The') break;
      const c = holder[first - 1];
      if (c && (c.type === 'person' || c.type === 'country' || c.form !== 'name')) break;
      first--;
    }
    // A candidate reaching out of the span keeps its own reading.
    if (holder[first] && holder[first]!.first < first) continue;
    if (holder[last] && holder[last]!.last > last) continue;
    for (let i = first; i <= last; i++) if (holder[i]) dropped.add(holder[i]!);
    added.push(
      candidate({
        first,
        last,
        type: 'organization',
        form: 'name',
        rule: 'entities/join:inner-possessive',
        confidence: 0.8,
      }),
    );
    a = last;
  }
  if (added.length === 0) return [...cands];
  return [...cands.filter((c) => !dropped.has(c)), ...added].sort((x, y) => x.first - y.first);
}
