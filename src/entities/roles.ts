/**
 * Roles from pre-name titles ("Huawei founder and CEO Ren Zhengfei" → founder and CEO of Huawei) and appositives
 * ("Meng Wenzhou, who is Ren's daughter and the chief financial officer of Huawei" → daughter of Ren, chief
 * financial officer of Huawei). A role needs a head word from the role list, so ordinary appositives give none.
 */
import type { TextSpan } from '../types.js';
import type { Candidate } from './candidates.js';
import type { Cluster } from './clusters.js';
import { hasUpper, type NerToken } from './features.js';
import {
  femaleNouns,
  honorificGender,
  maleNouns,
  organizationDescriptionHeads,
  portfolioWords,
  roleHeads,
  titleFirstWords,
  titlePhrases,
} from './lexicon.js';

export interface RoleDraft {
  title: string;
  of?: Cluster;
  evidence: TextSpan;
}

export interface RoleResult {
  roles: Map<Cluster, RoleDraft[]>;
  /** Gender read off role nouns ("daughter", "chairman"). */
  gender: Map<Cluster, 'male' | 'female'>;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const APPOSITIVE_OPENERS = new Set(['who', 'which']);
const CONJUNCTIONS = new Set(['and', 'or', 'but']);
const COPULAS = new Set(['is', 'was', 'has been', 'had been']);
const STOP = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '—', '–', '!', '?']);

/** Parts of speech a lower-case word of a title may have ("former", "foreign", "chief financial"). */
const TITLE_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);

function isTitleWord(t: NerToken): boolean {
  const lower = t.text.toLowerCase();
  return (
    roleHeads.has(lower) ||
    titlePhrases.has(t.text) ||
    titleFirstWords.has(t.text) ||
    // "Danish Immigration Minister Kaare Dybvad", "Natural Resources Minister": a portfolio before the title is the title's.
    portfolioWords.has(t.text) ||
    lower === 'and' ||
    lower === 'of' ||
    // "Kenya's President William Ruto": the owner's possessive ends the walk later.
    /^['’]s?$/.test(t.text) ||
    // Not a clause's words: "Downing Street said Prime Minister …", "ordered the arrest of former Senator …".
    (!hasUpper(t.text) && TITLE_POS.has(t.pos))
  );
}

const AGE_PARTS = ['-', 'year', '-', 'old'];

/**
 * The index of "old" when the tokens from `first` spell an age ("49-year-old", hyphens glued to the words), else
 * -1: "the 49-year-old former minister" describes a person by age, which is no part of the role.
 *
 * @example ageWordsEnd(tokens, 1) // 5 for "the 49 - year - old minister"
 */
export function ageWordsEnd(tokens: readonly NerToken[], first: number): number {
  const n = tokens[first];
  if (!n || !/^\d{1,3}$/.test(n.text)) return -1;
  let k = first;
  for (const p of AGE_PARTS) {
    const next = tokens[k + 1];
    if (!next || next.text.toLowerCase() !== p || next.start !== tokens[k]!.end) return -1;
    k++;
  }
  return k;
}

/**
 * Whether the verb at `k` is a participle used as an adjective inside a noun phrase that starts at `from`: "chief
 * fixed income strategist", "a retired army general". It follows a determiner or an adjective and a noun follows.
 */
function participleModifier(tokens: readonly NerToken[], k: number, from: number): boolean {
  const t = tokens[k]!;
  if (k <= from || !/^[a-z]+(?:ed|ing)$/.test(t.text)) return false;
  const prev = tokens[k - 1]!.pos;
  const next = tokens[k + 1]?.pos;
  return (prev === 'DET' || prev === 'ADJ') && (next === 'NOUN' || next === 'ADJ');
}

/** Prepositions that tie a role to whom it serves: "chief financial officer of Huawei", "spokesman for BT". */
const ROLE_LINKS = new Set(['of', 'for', 'to', 'at']);
/** Whether a title names a post held in a body: "Professor", "Inspector", not "Mr." or "Dr". */
function postHeld(title: string): boolean {
  const honorific = honorificGender.get(title);
  return honorific === undefined || (honorific === 'unknown' && !title.startsWith('Dr'));
}

/** Link words that open an appositive naming only the body a titled person belongs to. */
const AFFILIATION_LINKS = new Set(['of', 'from', 'at', 'with']);

/** Possessive pronouns that may own a role before a name ("Her daughter, …,"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);
const POSSESSIVE_PRONOUNS = new Set([...OWNER_PRONOUNS, 'its']);
/** How many lower-case words may stand between a role's link word and its body ("of the opposition Congress"). */
const OWNER_MODIFIERS = 2;

export function readRoles(
  tokens: readonly NerToken[],
  candidates: readonly Candidate[],
  clusterOf: Map<Candidate, Cluster>,
  text: string,
): RoleResult {
  const roles = new Map<Cluster, RoleDraft[]>();
  const gender = new Map<Cluster, 'male' | 'female'>();
  const candidateAt = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.first; i <= c.last; i++) candidateAt.set(i, c);
  const slice = (a: number, b: number): string => text.slice(tokens[a]!.start, tokens[b]!.end);
  const add = (person: Cluster, title: string, of: Cluster | undefined, a: number, b: number): void => {
    // "minister of state", "secretary for energy": the head stands before the portfolio.
    const last = title
      .split(/ (?:of|for) /)[0]!
      .split(/\s+/)
      .at(-1)!
      .toLowerCase();
    // "director-general", "secretary-general": the compound or its last part is the head.
    const head = roleHeads.has(last) ? last : (last.split('-').at(-1) ?? last);
    if (!roleHeads.has(head) && !titlePhrases.has(title)) return;
    const list = roles.get(person) ?? [];
    if (list.some((r) => r.title.toLowerCase() === title.toLowerCase() && r.of === of)) return;
    list.push({
      title,
      ...(of ? { of } : {}),
      evidence: { start: tokens[a]!.start, end: tokens[b]!.end, text: slice(a, b) },
    });
    roles.set(person, list);
    if (femaleNouns.has(head)) gender.set(person, 'female');
    else if (maleNouns.has(head)) gender.set(person, 'male');
  };

  /**
   * The body a role's link word introduces, from token `o` to `b`: "of Huawei", "of the opposition Congress party"
   * (a lower-case modifier before the name, a body's noun after it), "of economics at Princeton University" (a field
   * and a second link word), "of the advocacy group Progress Iowa".
   */
  const ownerAfterLink = (o: number, b: number): Candidate | undefined => {
    while (o <= b && ARTICLES.has(tokens[o]!.text.toLowerCase())) o++;
    // "the opposition Congress", "the Chinese Foreign Ministry": lower-case words and demonyms before the name.
    for (let m = 0; m < OWNER_MODIFIERS && o < b; m++) {
      const at = candidateAt.get(o);
      if (at?.form === 'demonym') o = at.last + 1;
      else if (!at && /^\p{Ll}+$/u.test(tokens[o]!.text)) o++;
      else break;
    }
    const org = candidateAt.get(o);
    if (!org || org.first !== o) return undefined;
    if (org.last >= b) return org;
    return org.last === b - 1 && organizationDescriptionHeads.has(tokens[b]!.text) ? org : undefined;
  };

  /**
   * The body "its" stands for in an appositive role ("Dario Amodei, its chief executive,"): the first organization
   * named in the person's sentence before the person, else in the sentence before, as the subject the news opens with.
   */
  let firstBodyOf: Map<number, Candidate> | undefined;
  const itsOwner = (k: number): Cluster | undefined => {
    // The first organization named in each sentence, found once: a scan of the candidates per "its" was quadratic.
    if (!firstBodyOf) {
      firstBodyOf = new Map();
      for (const c of candidates) {
        const s = tokens[c.first]!.sentence;
        if (c.form === 'name' && c.type === 'organization' && !firstBodyOf.has(s)) firstBodyOf.set(s, c);
      }
    }
    const sentence = tokens[k]!.sentence;
    const here = firstBodyOf.get(sentence);
    if (here && here.first < k) return clusterOf.get(here);
    const before = firstBodyOf.get(sentence - 1);
    return before ? clusterOf.get(before) : undefined;
  };

  /** The owner of the conjunct before, for a second role that names none ("Mistral's co-founder and chief executive"). */
  let sharedOwner: Cluster | undefined;

  /** One appositive conjunct [a, b]: "Ren's daughter", "the chief financial officer of Huawei", "a former army engineer". */
  const conjunct = (person: Cluster, a: number, b: number, from: number, shared?: Cluster): void => {
    sharedOwner = undefined;
    let s = a;
    while (s <= b && ARTICLES.has(tokens[s]!.text.toLowerCase())) s++;
    // "its chief executive": the pronoun's body owns the role; "his" and "her" own a person's ("her daughter").
    if (s < b && tokens[s]!.text.toLowerCase() === 'its') {
      const of = itsOwner(s);
      add(person, slice(s + 1, b), of, from, b);
      sharedOwner = of;
      return;
    }
    // "the company's chair", "the bank's chief economist": a description of a body, with its possessive, owns the
    // role as "its" does.
    if (
      s > a &&
      s + 2 <= b &&
      organizationDescriptionHeads.has(tokens[s]!.text.toLowerCase()) &&
      /^['’]s$/.test(tokens[s + 1]!.text)
    ) {
      const of = itsOwner(s);
      add(person, slice(s + 2, b), of, from, b);
      sharedOwner = of;
      return;
    }
    // "the 49-year-old former minister": the age describes the person, the role is "former minister".
    const age = ageWordsEnd(tokens, s);
    if (age >= 0 && age < b) s = age + 1;
    if (s > b) return;
    const owner = candidateAt.get(s);
    // "Ren's daughter", "the Reds' captain"
    if (owner && owner.last + 1 <= b && /^['’]s?$/.test(tokens[owner.last + 1]!.text)) {
      const t0 = owner.last + 2;
      if (t0 <= b) add(person, slice(t0, b), clusterOf.get(owner), from, b);
      sharedOwner = clusterOf.get(owner);
      return;
    }
    // "chief financial officer of Huawei", "a spokesman for BT", "a diplomatic adviser to the UAE president"
    for (let k = s + 1; k < b; k++) {
      if (!ROLE_LINKS.has(tokens[k]!.text)) continue;
      const org = ownerAfterLink(k + 1, b);
      if (org) {
        // "director of research at Widmeyer", "chief of staff to Panetta": a second link word before the body ends
        // the title, and the field or unit between stays in it.
        let end = k - 1;
        for (let j = k + 1; j < org.first; j++) if (ROLE_LINKS.has(tokens[j]!.text)) end = j - 1;
        add(person, slice(s, end), clusterOf.get(org), from, b);
        return;
      }
      // Whom else the role serves ("adviser to the UAE president") is no owner, and no title either.
      if (roleHeads.has(tokens[k - 1]!.text.toLowerCase())) {
        add(person, slice(s, k - 1), undefined, from, b);
        return;
      }
    }
    // "current Communist Party member": an organization inside the title.
    for (let k = s; k <= b; k++) {
      const org = candidateAt.get(k);
      if (org && (org.type === 'organization' || org.type === 'country') && org.last < b) {
        // "the Greens' parliamentary leader": the possessive mark belongs to the owner.
        const t0 = /^['’]s?$/.test(tokens[org.last + 1]!.text) ? org.last + 2 : org.last + 1;
        if (t0 <= b) add(person, slice(t0, b), clusterOf.get(org), from, b);
        return;
      }
    }
    if (tokens[s]!.sentence === tokens[b]!.sentence) add(person, slice(s, b), shared, from, b);
  };

  /** "a spokesperson for the Chinese Foreign Ministry, Lin Jian,": an article, a role, a link word and the body. */
  const linkedRoleBefore = (person: Cluster, owner: Candidate, c: Candidate): void => {
    const cl = clusterOf.get(owner);
    if (!cl || cl.type === 'person') return;
    let k = owner.first - 1;
    // The body's article and modifiers ("the Chinese").
    while (k >= 0 && c.first - k <= 12 && !ROLE_LINKS.has(tokens[k]!.text) && !STOP.has(tokens[k]!.text)) k--;
    if (k < 0 || !ROLE_LINKS.has(tokens[k]!.text) || ownerAfterLink(k + 1, owner.last) !== owner) return;
    let a = k - 1;
    while (a >= 0 && k - a <= 4 && isTitleWord(tokens[a]!) && !candidateAt.has(a) && !STOP.has(tokens[a]!.text)) a--;
    if (a < 0 || a === k - 1 || !ARTICLES.has(tokens[a]!.text.toLowerCase())) return;
    add(person, slice(a + 1, k - 1), cl, a, c.last);
  };

  /**
   * The name's own titles held in `owner`, a body or place named after it ("Inspector John Kerr, of Merseyside
   * Police", "Sen. Ted Cruz of Texas"), as roles; whether `owner` may hold them. A party is an affiliation, not where
   * an office is held ("Mayor Ana Ruiz, of the opposition Labour Party"), and an office whose body was named before
   * the name is held there ("Security Council President Tono Eitel of Germany" is from Germany).
   */
  const titlesHeldIn = (person: Cluster, c: Candidate, owner: Candidate, end: number): boolean => {
    const cl = clusterOf.get(owner);
    if (!c.titles?.length || !cl || cl.type === 'person' || tokens[owner.last]!.text.toLowerCase() === 'party') {
      return false;
    }
    const held = roles.get(person) ?? [];
    for (const title of c.titles) {
      if (postHeld(title) && !held.some((r) => r.of && r.title === title)) add(person, title, cl, c.first, end);
    }
    return true;
  };

  /**
   * Whether the words first..last before a name are a title in sentence case (a lower-case word among them, so no
   * capitalized title the name's titles already hold) that opens its sentence or follows a possessive pronoun.
   */
  const sentenceCaseTitle = (k: number, first: number, last: number, sentence: number): boolean => {
    const opens = k < 0 || tokens[k]!.sentence !== sentence;
    if (!opens && !POSSESSIVE_PRONOUNS.has(tokens[k]!.text.toLowerCase())) return false;
    let lower = false;
    for (let i = first; i <= last; i++) {
      const t = tokens[i]!;
      // "and former President Clinton", "workers support Senator Sanders": a list or a clause, no title.
      if (CONJUNCTIONS.has(t.text) || t.pos === 'VERB' || /['’]/.test(t.text)) return false;
      if (i > first && /^\p{Ll}/u.test(t.text)) lower = true;
    }
    return lower;
  };

  /**
   * "Egypt's foreign minister, Badr Abdelatty, hosted": a possessive owner and a role in the phrase closing right
   * before the name's comma.
   */
  const prePosedRole = (person: Cluster, c: Candidate): void => {
    // "The health minister, Dr Aoife Brennan,": an honorific between the comma and the name.
    const comma = honorificGender.has(tokens[c.first - 1]?.text ?? '') ? c.first - 2 : c.first - 1;
    if (tokens[comma]?.text !== ',' || tokens[c.last + 1]?.text !== ',') return;
    let k = comma - 1;
    while (
      k >= 0 &&
      comma - k <= 6 &&
      tokens[k]!.sentence === tokens[c.first]!.sentence &&
      !/^['’]s$/.test(tokens[k]!.text)
    ) {
      // "The Federal Reserve chair, Jerome Powell,": an organization or country right before the title owns it.
      const owner = candidateAt.get(k);
      if (owner && owner.last === k && k + 1 < comma) {
        const cl = clusterOf.get(owner);
        // "The Greens' parliamentary leader, …": the plural's possessive mark belongs to the owner.
        const t0 = /^['’]$/.test(tokens[k + 1]!.text) ? k + 2 : k + 1;
        if (cl && cl.type !== 'person' && t0 < comma) add(person, slice(t0, comma - 1), cl, owner.first, c.last);
        return;
      }
      // "A spokesperson for the Chinese Foreign Ministry, Lin Jian,": the role and its link before the body.
      if (owner && owner.last === comma - 1) {
        linkedRoleBefore(person, owner, c);
        return;
      }
      if (STOP.has(tokens[k]!.text) || candidateAt.has(k) || !isTitleWord(tokens[k]!)) {
        // "Her daughter, Claire Hoskins-Ward, said": a pronoun owns the role; who it is, coreference tells later.
        // "The health minister, Aoife Brennan,": an article opens a role with no owner named.
        const lead = tokens[k]!.text.toLowerCase();
        if ((OWNER_PRONOUNS.has(lead) || ARTICLES.has(lead)) && k + 1 < comma) {
          add(person, slice(k + 1, comma - 1), undefined, k, c.last);
        } else if (lead === 'its' && k + 1 < comma) {
          // "Its lawyer, Jane Okafor,": the body "its" stands for owns the role, as in "…, its chief executive,".
          add(person, slice(k + 1, comma - 1), itsOwner(k), k, c.last);
        }
        return;
      }
      k--;
    }
    const owner = candidateAt.get(k - 1);
    if (!owner || owner.last !== k - 1 || k + 1 > comma - 1) return;
    const cl = clusterOf.get(owner);
    // "Marsh's attorney, Rebecca Ortiz,": a person owns a role as a body does, but not the person named.
    if (cl && cl !== person) add(person, slice(k + 1, comma - 1), cl, owner.first, c.last);
  };

  for (const c of candidates) {
    if (c.type !== 'person' || c.form !== 'name') continue;
    const person = clusterOf.get(c)!;
    const sentence = tokens[c.first]!.sentence;
    // Pre-name title after an organization or country: "Huawei founder and CEO Ren Zhengfei".
    let k = c.first - 1;
    while (
      k >= 0 &&
      c.first - k <= 6 &&
      tokens[k]!.sentence === sentence &&
      !candidateAt.has(k) &&
      !STOP.has(tokens[k]!.text) &&
      isTitleWord(tokens[k]!)
    )
      k--;
    // "Kenya's President William Ruto": the possessive belongs to the owner, not the title.
    let titleFrom = k + 1;
    while (titleFrom < c.first - 1 && /^['’]s?$/.test(tokens[titleFrom]!.text)) titleFrom++;
    // "Senator Ted Cruz of Texas and Senator Rand Paul": a title after "and" is no title of the name before it.
    const listed = titleFrom < c.first && CONJUNCTIONS.has(tokens[titleFrom]!.text);
    const before = listed ? undefined : candidateAt.get(k);
    // "PTI chief Barrister Ali Zafar": an honorific right before the name is no part of the office.
    let titleTo = c.first - 1;
    while (titleTo > titleFrom && honorificGender.has(tokens[titleTo]!.text)) titleTo--;
    if (before && titleFrom < c.first && tokens[k]!.sentence === sentence) {
      const cl = clusterOf.get(before);
      // "Texas Governor Greg Abbott", "Maharashtra minister Ajit Pawar": a place owns an office too.
      // "the Awami League of Prime Minister Sheikh Hasina": a body the title's "of" follows is no owner of it.
      if (cl && cl.type !== 'person' && before.last === k && tokens[titleFrom]!.text !== 'of') {
        add(person, slice(titleFrom, titleTo), cl, before.first, c.last);
      }
    } else if (!before && titleFrom < c.first - 1 && sentenceCaseTitle(k, titleFrom, c.first - 1, sentence)) {
      // "Chief executive Jensen Huang visited …", "Its chief executive, …": a title in sentence case opening the
      // sentence, or after a possessive pronoun, is a role whose body the text does not name here.
      add(person, slice(titleFrom, c.first - 1), undefined, titleFrom, c.last);
    }
    // Appositive: "X, who is A and B," / "X, a former army engineer and current Communist Party member,".
    prePosedRole(person, c);
    // "Sen. Ted Cruz of Texas", "Mayor Dale Whitaker of Brookfield": the title's place or body right after the name.
    if (tokens[c.last + 1]?.text === 'of') {
      const owner = candidateAt.get(c.last + 2);
      if (owner && owner.first === c.last + 2 && tokens[owner.last]!.sentence === sentence) {
        titlesHeldIn(person, c, owner, owner.last);
      }
    }
    let i = c.last + 1;
    if (tokens[i]?.text !== ',' || tokens[i]!.sentence !== sentence) continue;
    i++;
    // ", and Turkey's foreign minister, …": a conjunct of a list, not an appositive.
    if (CONJUNCTIONS.has(tokens[i]?.text ?? '')) continue;
    if (APPOSITIVE_OPENERS.has(tokens[i]?.text ?? '')) {
      i++;
      const two = `${tokens[i]?.text ?? ''} ${tokens[i + 1]?.text ?? ''}`;
      if (COPULAS.has(two)) i += 2;
      else if (COPULAS.has(tokens[i]?.text ?? '')) i++;
      else continue;
    }
    let end = i;
    while (end < tokens.length && end - i < 20 && tokens[end]!.sentence === sentence && !STOP.has(tokens[end]!.text))
      end++;
    if (end === i) continue;
    // "Detective Constable Aisha Rahman, of Greater Manchester Police,", "Professor Jane Holt, from the University of
    // Leeds,": the title before the name is held in the body the appositive's link word names.
    if (AFFILIATION_LINKS.has(tokens[i]!.text)) {
      const org = ownerAfterLink(i + 1, end - 1);
      if (org && titlesHeldIn(person, c, org, end - 1)) continue;
    }
    // Only a real appositive: it closes with a comma or the sentence end, and holds no verb.
    let verb = false;
    for (let k2 = i; k2 < end; k2++)
      if (/^(VERB|AUX)$/.test(tokens[k2]!.pos) && tokens[k2]!.text !== 'former' && !participleModifier(tokens, k2, i))
        verb = true;
    if (verb) continue;
    let from = i;
    for (let k2 = i; k2 <= end; k2++) {
      if (k2 === end || (tokens[k2]!.text === 'and' && ARTICLES.has(tokens[k2 + 1]?.text.toLowerCase() ?? 'the'))) {
        if (k2 - 1 >= from) conjunct(person, from, k2 - 1, c.first);
        from = k2 + 1;
      } else if (tokens[k2]!.text === 'and' && !candidateAt.has(k2 - 1)) {
        // "a former army engineer and current Communist Party member": split at "and" between two noun phrases
        // whose left side ends in a role word.
        if (roleHeads.has(tokens[k2 - 1]!.text.toLowerCase())) {
          conjunct(person, from, k2 - 1, c.first);
          from = k2 + 1;
          // "Mistral's co-founder and chief executive": the second role shares the first one's owner.
          if (sharedOwner && from < end) {
            const shared = sharedOwner;
            let last = from;
            while (last + 1 < end && tokens[last + 1]!.text !== 'and') last++;
            conjunct(person, from, last, c.first, shared);
            from = last + 1;
            k2 = last;
          }
        }
      }
    }
  }
  return { roles, gender };
}
