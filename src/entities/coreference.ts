/**
 * Pronouns (he/she/his/her/him, it/its) and definite descriptions ("the company", "the Chinese telecoms giant",
 * "the country") resolved to an entity only on good evidence: gender (first names, honorifics, role nouns such as
 * "daughter", pronouns already resolved), number, recency within two sentences, and the subject of the sentence
 * for "it". When several entities fit equally, the reference is left out rather than guessed.
 */

import { NEWS_OUTLETS, WIRE_AGENCIES } from '../article/lexicon.js';
import { CUE_TRIE } from '../quotes/lexicon.js';
import { SPEECH_CUES } from '../quotes/words.js';
import { hasLetter, hasLetterOrDigit, LetterPattern, startsLower, startsUpper } from '../text/letters.js';
import { lowerCase } from '../text/lower-case.js';
import type { MentionForm, Span } from '../types.js';
import { type Candidate, wireAgencyInBrackets } from './candidates.js';
import type { Cluster } from './clusters.js';
import { hasUpper, type NerToken } from './features.js';
import { FORMER_WORDS } from './former-titles.js';
import {
  commercialHeads as COMMERCIAL_HEADS,
  compoundOfficeWords,
  femaleNames,
  femaleNouns,
  femalePronouns,
  givenNameGender,
  hearerLinks,
  honorificGender,
  maleNames,
  maleNouns,
  malePronouns,
  mediaWords,
  neuterPronouns,
  nonCommercialSuffixes,
  officeHeads,
  organizationDescriptionHeads,
  POSSESSIVE_MARKS,
  personNouns,
  sportWords,
  titleAbbreviations,
} from './lexicon.js';
import { ageWordsEnd, type RoleDraft } from './roles.js';

const DEMONYM_SHAPE = new LetterPattern(String.raw`^\p{Lu}\p{Ll}+(?:man|woman|ard)$`);

export interface Reference {
  start: number;
  end: number;
  form: MentionForm;
  cluster: Cluster;
  rule: string;
  confidence: number;
}

type Gender = 'male' | 'female';

/** "It is", "it was", "it's": mostly expletive ("it is thought that"), never resolved. */
const EXPLETIVE_NEXT = new Set(['is', 'was', "'s", '’s', 'seems', 'appears']);
const MEDIA_HEADS = new Set(['newspaper', 'broadcaster', 'agency', 'network', 'publisher']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'ADV', 'VERB']);
/** Words that open a clause rather than modify a description ("the second half when referee …"). */
const CLAUSE_OPENERS = new Set(['when', 'where', 'while', 'as', 'after', 'before', 'if', 'since', 'until', 'then']);
/** What being a sentence's subject adds to an entity's salience, in name mentions. */
const SUBJECT_SALIENCE = 2;

const MALE = 1;
const FEMALE = 2;
const NEUTER = 3;
const THE = 4;
/** Lower-cased words the reference loop acts on, by kind, in the order of its tests (male before female before it). */
const WORD_KIND = new Map<string, number>();
WORD_KIND.set('the', THE);
for (const w of neuterPronouns) WORD_KIND.set(w, NEUTER);
for (const w of femalePronouns) WORD_KIND.set(w, FEMALE);
for (const w of malePronouns) WORD_KIND.set(w, MALE);
const WORD_KIND_LONGEST = Math.max(...[...WORD_KIND.keys()].map((w) => w.length));

function nameGender(cl: Cluster, tokens: readonly NerToken[]): Gender | undefined {
  for (const t of cl.titles) {
    const g = honorificGender.get(t);
    if (g === 'male' || g === 'female') return g;
  }
  for (const c of cl.members) {
    if (c.form !== 'name') continue;
    // "Her mum Tracey", "his son Jack": a kinship or role word right before the name.
    const kin = c.first > 0 ? lowerCase(tokens[c.first - 1]!.text) : '';
    if (femaleNouns.has(kin) !== maleNouns.has(kin)) return femaleNouns.has(kin) ? 'female' : 'male';
    if (c.last === c.first) continue;
    const first = tokens[c.first]!.text.toLowerCase();
    const m = maleNames.has(first);
    const f = femaleNames.has(first);
    if (m !== f) return m ? 'male' : 'female';
  }
  return undefined;
}

/**
 * The gender a short form of a given name tells ("Bill" is William's), which the name lists leave out as a common
 * word: enough to keep "she" off "Bill Clinton", too little to rank him among the men a "he" may be.
 */
function shortFormGender(cl: Cluster, tokens: readonly NerToken[]): Gender | undefined {
  for (const c of cl.members) {
    if (c.form !== 'name' || c.last === c.first) continue;
    const g = givenNameGender(tokens[c.first]!.text.toLowerCase());
    if (g) return g;
  }
  return undefined;
}

// A cluster's names do not change while references are resolved, and a description tests the clusters of its
// window once each: each test's answer is remembered per cluster, so a body named a thousand times costs no
// thousand-fold scan per description.
const answers = new WeakMap<Cluster, Map<string, boolean>>();

function remembered(cl: Cluster, question: string, answer: () => boolean): boolean {
  let known = answers.get(cl);
  if (!known) {
    known = new Map();
    answers.set(cl, known);
  }
  let a = known.get(question);
  if (a === undefined) {
    a = answer();
    known.set(question, a);
  }
  return a;
}

/** Whether an organization can be called "the company": not a party, ministry, forum, union or the like. */
function commercial(cl: Cluster, tokens: readonly NerToken[]): boolean {
  return remembered(cl, 'commercial', () => !cl.members.some((c) => c.form === 'name' && nonCommercialHead(tokens, c)));
}

/** The name's head is a body that is no business: its last word, or a word before "of"/"for" ("Ministry of …"). */
function nonCommercialHead(tokens: readonly NerToken[], c: Candidate): boolean {
  if (nonCommercialSuffixes.has(tokens[c.last]!.text)) return true;
  for (let i = c.first; i < c.last; i++) {
    const link = tokens[i + 1]!.text;
    if ((link === 'of' || link === 'for') && nonCommercialSuffixes.has(tokens[i]!.text)) return true;
  }
  return false;
}

/**
 * Heads a body's own name holds: "the ministry" recalls "Ministry of Defence", not the last company named; "the
 * stock exchange" a name with "Exchange", not a company that would list on it.
 */
const NAMED_HEADS = new Set(['ministry', 'university', 'exchange']);
/** Description heads of public bodies, which recall one before a business ("the regulator", not the firm it probes). */
const PUBLIC_HEADS = new Set(['regulator']);
/** Description heads that recall only a body introduced with them ("its cloud unit, Azure, … the unit"). */
const INTRODUCED_ONLY_HEADS = new Set(['unit']);
const RELATIVES = new Set(['which', 'that', 'who', 'whose']);
/** How many words a relative clause may hold before a description in it, for relativeHead. */
const RELATIVE_WORDS = 6;

function nameHolds(cl: Cluster, tokens: readonly NerToken[], head: string): boolean {
  return remembered(cl, `head:${head}`, () =>
    cl.members.some((c) => c.form === 'name' && holds(tokens, c, (w) => w.toLowerCase() === head)),
  );
}

/** A news outlet: a name with a media word ("Times", "News") or a known outlet's or wire agency's name ("The Verge"). */
function isMedia(cl: Cluster, tokens: readonly NerToken[], text: string): boolean {
  return remembered(cl, 'media', () =>
    cl.members.some((c) => {
      if (holds(tokens, c, (w) => mediaWords.has(w))) return true;
      const name = text.slice(tokens[c.first]!.start, tokens[c.last]!.end);
      return NEWS_OUTLETS.has(name) || WIRE_AGENCIES.has(name);
    }),
  );
}

/** Verbs of telling whose object is the hearer: "told The Verge", "speaking to Acme". */
const TELLING = new Set(['told', 'tell', 'tells', 'telling', 'spoke', 'speaking', 'talking', 'talked', 'interview']);
/** How many words may stand between a verb of telling and its hearer. */
const HEARER_REACH = 4;

/** Whether the name at token `first` is whom someone spoke to: "told The Verge", "in an interview with Acme". */
function hearer(tokens: readonly NerToken[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= HEARER_REACH && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
    const w = lowerCase(tokens[k]!.text);
    if (TELLING.has(w)) return true;
    if (!hearerLinks.has(w)) return false;
  }
  return false;
}

/** Nouns that say a title before them is a broadcast's or a publication's: "the Sunday with Laura Kuenssberg programme". */
const PROGRAMME_NOUNS = new Set(['programme', 'program', 'show', 'podcast', 'series', 'documentary', 'broadcast']);
/** How many capitalized words a show's title may have before its "with". */
const TITLE_WORDS = 4;

/**
 * Whether the person name `c` is the host in a show's title, "WORDS with NAME": capitalized words before "with" that
 * follow a possessive ("the BBC's Sunday with Laura Kuenssberg", "HBO's Real Time with Bill Maher") or "on" when
 * they are more than one ("on Late Night with Seth Meyers"), or a programme noun after the name. "He met on Sunday
 * with John Smith" names no show.
 */
function titleHost(tokens: readonly NerToken[], c: Candidate): boolean {
  const sentence = tokens[c.first]!.sentence;
  const same = (k: number): NerToken | undefined => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  if (same(c.first - 1)?.text !== 'with') return false;
  let k = c.first - 2;
  while (c.first - 2 - k < TITLE_WORDS && same(k) && startsUpper(tokens[k]!.text) && !tokens[k]!.sentenceStart) k--;
  const words = c.first - 2 - k;
  if (words === 0) return false;
  if (PROGRAMME_NOUNS.has(lowerCase(same(c.last + 1)?.text ?? ''))) return true;
  const before = lowerCase(same(k)?.text ?? '');
  return POSSESSIVE_MARKS.has(before) || (before === 'on' && words > 1);
}

/** Whether a word of the candidate passes the test. */
function holds(tokens: readonly NerToken[], c: Candidate, test: (word: string) => boolean): boolean {
  for (let i = c.first; i <= c.last; i++) if (test(tokens[i]!.text)) return true;
  return false;
}

/**
 * Whether offset `at` lies in one of `spans`. A function, not a closure in resolveReferences' token loop: a
 * closure over the loop's token made V8 allocate a context for every token (about 40 KB an article).
 */
function inAny(spans: readonly Span[], at: number): boolean {
  for (const f of spans) if (f.start <= at && at < f.end) return true;
  return false;
}

/** A mention seen so far: token index, sentence, cluster, is the sentence's first mention, inside a quotation. */
interface Seen {
  i: number;
  /** Last token of the mention. */
  last: number;
  sentence: number;
  cl: Cluster;
  subject: boolean;
  quoted: boolean;
  /** Whom someone spoke to ("told The Verge"): an antecedent for a description only when nothing else fits. */
  hearer?: boolean;
}

export function resolveReferences(
  tokens: readonly NerToken[],
  candidates: readonly Candidate[],
  clusterOf: Map<Candidate, Cluster>,
  roleGender: Map<Cluster, Gender>,
  text: string,
  quoted: Uint8Array = new Uint8Array(tokens.length),
  furniture: readonly Span[] = [],
  roles: ReadonlyMap<Cluster, readonly RoleDraft[]> = new Map(),
  leadEnd = 0,
): Reference[] {
  // A pronoun outside quotation marks refers to someone the narration named, not to a name inside a quotation
  // ("“… Donald Trump is a fraud …” he added" is the speaker). Sentences that are all quotation do not count in
  // its window either: the narration's sentence before them is the one before.
  const narrative = narrativeSentences(tokens, quoted);
  const gender = new Map<Cluster, Gender>();
  const shortGender = new Map<Cluster, Gender>();
  for (const cl of new Set(clusterOf.values())) {
    if (cl.type !== 'person') continue;
    const g = roleGender.get(cl) ?? nameGender(cl, tokens);
    if (g) gender.set(cl, g);
    else {
      const short = shortFormGender(cl, tokens);
      if (short) shortGender.set(cl, short);
    }
  }
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  let sporting: boolean | undefined;
  // By token index, an array rather than a Map: it is read once per token.
  const startsAt = new Array<Candidate | undefined>(tokens.length);
  for (const c of candidates) startsAt[c.first] = c;

  // Mentions seen so far, in text order (see Seen).
  const seen: Seen[] = [];
  /** The head word a name was introduced with ("the advocacy group Free Press" → group). */
  const introducedAs = new Map<Cluster, string>();
  /** The office heads of each person's titles and roles, computed when first asked. */
  const officesOf = new Map<Cluster, ReadonlySet<string>>();
  const out: Reference[] = [];
  /** How many name mentions each entity has had so far. */
  const namedCount = new Map<Cluster, number>();
  /** The bodies and countries the headline and lead name, by their first mention there (see articleTopic). */
  const lead: Seen[] = [];
  /** How many sentences of the narration each entity has been the subject of so far. */
  const subjectCount = new Map<Cluster, number>();
  /** How many sentences of the narration each body has opened as a description ("The company said"). */
  const describedCount = new Map<Cluster, number>();
  /** The description heads each body has been called by so far ("the budget carrier" → carrier). */
  const describedAs = new Map<Cluster, Set<string>>();
  let firstMentionOfSentence = -1;
  /** Who each quotation's frame names as its speaker, worked out at the first pronoun inside one. */
  let frames: QuotationFrames | undefined;
  /** The token after a dateline's dash, where its sentence's clause begins. */
  let narrationFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentenceStart) {
      firstMentionOfSentence = -1;
      narrationFrom = openingClauseEnd(tokens, i, quoted);
    }
    const c = startsAt[i];
    if (c) {
      const cl = clusterOf.get(c)!;
      // "SEATTLE — Acme said on Tuesday …": the place a story was filed from is no part of its first sentence's
      // clause, so Acme, not the place, is that sentence's subject and what its "it" means.
      const dateline = t.sentenceStart ? datelineEnd(tokens, c) : -1;
      if (dateline >= 0) {
        narrationFrom = dateline;
        seen.push({ i, last: c.last, sentence: t.sentence, cl, subject: false, quoted: false });
        namedCount.set(cl, (namedCount.get(cl) ?? 0) + 1);
        i = c.last;
        continue;
      }
      const sentenceFirst = i === 0 || tokens[i - 1]!.sentence !== t.sentence ? i : tokenStart(tokens, i);
      // A name inside the opening clause is none of the sentence's subject.
      const opening = narrationFrom > i && tokens[narrationFrom - 1]?.sentence === t.sentence;
      const start = narrationFrom > sentenceFirst && narrationFrom <= i ? narrationFrom : sentenceFirst;
      // "Sinn Féin's health spokesman, David Cullinane, accused …": the name the possessor's noun describes is the
      // subject, not the possessor opening the sentence.
      const possessed =
        firstMentionOfSentence >= 0 &&
        seen.at(-1)?.i === firstMentionOfSentence &&
        seen.at(-1)!.subject &&
        describedSubject(tokens, start, i) &&
        // "Mrs. Clinton's Iraq war vote": a name that modifies a noun after it is no head.
        !NOUN_HEAD.has(tokens[c.last + 1]?.pos ?? '');
      if (possessed) seen.at(-1)!.subject = false;
      // "China's market regulator said it would …": a possessor whose noun is a body is no subject; the body,
      // named by no name, is, and "it" in that sentence means it rather than the possessor.
      const subject =
        possessed ||
        (!opening &&
          firstMentionOfSentence < 0 &&
          (i - start <= 1 || describedSubject(tokens, start, i)) &&
          !possessedBody(tokens, c.last));
      // The byline's author and credited journalists are not whom the story's pronouns mean, nor is the agency
      // of a wire dateline ("SANTIAGO, Nov 19 (Reuters) - … , the agency said" is the regulator).
      const narrated = !inAny(furniture, t.start) && !wireAgencyInBrackets(tokens, c, text);
      // "French carmaker Renault said it …": a demonym opening the sentence describes the subject, which follows.
      if (firstMentionOfSentence < 0 && c.form !== 'demonym' && narrated && !opening) firstMentionOfSentence = i;
      if (c.form !== 'demonym' && narrated) {
        // "on the BBC's Sunday with Laura Kuenssberg programme": a host named in a show's title is no narrated
        // person a later "she said" may mean, any more than a name inside a quotation.
        const inTitle = c.type === 'person' && titleHost(tokens, c);
        const m: Seen = { i, last: c.last, sentence: t.sentence, cl, subject, quoted: quoted[i] === 1 || inTitle };
        if (c.type === 'organization' && hearer(tokens, i)) m.hearer = true;
        seen.push(m);
        namedCount.set(cl, (namedCount.get(cl) ?? 0) + 1);
        if (subject && !m.quoted) subjectCount.set(cl, (subjectCount.get(cl) ?? 0) + 1);
        if (t.start < leadEnd && subject && c.type !== 'person' && !m.quoted && !m.hearer) {
          if (!lead.some((l) => l.cl === cl)) lead.push(m);
        }
      }
      i = c.last;
      continue;
    }
    if (covered[i]) continue;
    // Longer words are none of them: no lower-casing for most tokens.
    if (t.text.length > WORD_KIND_LONGEST) continue;
    const lower = lowerCase(t.text);
    const kind = WORD_KIND.get(lower);
    // Most tokens are no pronoun and no "the": one lookup settles them.
    if (kind === undefined) continue;
    const male = kind === MALE;
    const female = kind === FEMALE;
    if (male || female) {
      const inQuote = quoted[i] === 1;
      let barred = disjointFrom(tokens, seen, i, lower);
      // "“He carries the team,” Arteta said": the one a quotation's frame names speaks in it as "I", so a "he"
      // inside it is someone else.
      if (inQuote && (lower === 'he' || lower === 'him' || lower === 'his' || lower === 'she' || lower === 'her')) {
        frames ??= quotationFrames(tokens, quoted, startsAt, clusterOf);
        const speaker = frames.speakerOf(i);
        if (speaker) barred = new Set([...barred, speaker]);
      }
      const found = genderedReference(
        seen,
        gender,
        shortGender,
        narrative,
        t,
        i,
        male ? 'male' : 'female',
        lower,
        inQuote,
        barred,
      );
      if (found) {
        out.push(found.reference);
        const cl = found.reference.cluster;
        seen.push({ i, last: i, sentence: t.sentence, cl, subject: false, quoted: inQuote });
      }
      continue;
    }
    if (kind === NEUTER) {
      if (lower === 'it' && EXPLETIVE_NEXT.has(tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
      const reference = itSubject(seen, t);
      if (reference) out.push(reference);
      continue;
    }
    // "Andy Murray lost in Paris. The Briton said …": a nationality noun before a verb stands for a person.
    if (lower === 'the') {
      const d = startsAt[i + 1];
      const after = d ? tokens[d.last + 1] : undefined;
      if (
        d &&
        after?.sentence === t.sentence &&
        VERB_GROUP.has(after.pos) &&
        after.pos !== 'ADV' &&
        personDemonym(tokens, d)
      ) {
        const pick = mostSalient(seen, namedCount, t.sentence, narratedPerson);
        if (pick) {
          describe(out, seen, quoted, t, i, tokens[d.last]!.end, pick, 'entities/coref:demonym-person', 0.5);
          i = d.last;
          continue;
        }
      }
    }
    // "The Celtics forward said": a role in a body the text named stands for the person it gave that body's role.
    if (lower === 'the') {
      const org = startsAt[i + 1];
      const role = org && org.type === 'organization' ? roleAfter(tokens, org.last + 1, t.sentence) : -1;
      if (role > 0) {
        const body = clusterOf.get(org!);
        const holder = (m: Seen): boolean =>
          narratedPerson(m) && (roles.get(m.cl)?.some((r) => r.of === body) ?? false);
        const pick = mostSalient(seen, namedCount, t.sentence, holder);
        if (pick) {
          describe(out, seen, quoted, t, i, tokens[role]!.end, pick, 'entities/coref:role-holder', 0.6);
          i = role;
          continue;
        }
      }
    }
    // "the Head of State dismissed critics": the one president or monarch the article named.
    const headOf = lower === 'the' && quoted[i] !== 1 ? headOfOffices(tokens, i, covered) : undefined;
    if (headOf) {
      const picks = new Set<Cluster>();
      for (const office of headOf) {
        const p = officeHolder(seen, roles, office, officesOf);
        if (p) picks.add(p);
      }
      if (picks.size === 1) {
        describe(out, seen, quoted, t, i, tokens[i + 3]!.end, [...picks][0]!, 'entities/coref:office', 0.6);
        i += 3;
        continue;
      }
    }
    // "Last year, the minister promised …": an office the article gave one person stands for that person.
    if (lower === 'the' && quoted[i] !== 1) {
      const end = officeDescriptionEnd(tokens, i, covered);
      const head = end > 0 ? lowerCase(tokens[end]!.text) : '';
      const compound = end > i + 1 && compoundOfficeWords.has(lowerCase(tokens[end - 1]!.text));
      const held = compound ? `${lowerCase(tokens[end - 1]!.text)} ${head}` : head;
      // "the former president" recalls a "former President"; "the president" does not.
      let former = false;
      for (let k = i + 1; k < end; k++) former ||= FORMER_WORDS.has(lowerCase(tokens[k]!.text));
      // "the former president" may also be one the article titled by the office alone ("President Bill Clinton").
      const pick =
        end <= 0
          ? undefined
          : former
            ? (officeHolder(seen, roles, `former ${held}`, officesOf) ?? officeHolder(seen, roles, held, officesOf))
            : officeHolder(seen, roles, held, officesOf);
      if (pick) {
        describe(out, seen, quoted, t, i, tokens[end]!.end, pick, 'entities/coref:office', 0.6);
        i = end;
        continue;
      }
    }
    // "The 52-year-old told MailOnline": an age stands for the person the last sentences were about.
    const age = lower === 'the' ? ageDescriptionEnd(tokens, i) : -1;
    if (age > 0 && !covered[age]) {
      // "Wopke Hoekstra, the 49-year-old former minister, said": an appositive describes the name before its comma.
      // "Acme, the 100-year-old company": an appositive of another kind of name is no person's description.
      const before = nameBeforeComma(tokens, startsAt, i);
      const appositive = appositiveOf(tokens, startsAt, clusterOf, i, 'person');
      if (appositive) describe(out, seen, quoted, t, i, tokens[age]!.end, appositive, 'entities/coref:appositive', 0.8);
      if (before) {
        i = age;
        continue;
      }
      // "the 83-year-old justice": an office after the age names its holder before salience does.
      const pick =
        officeHolder(seen, roles, lowerCase(tokens[age]!.text), officesOf) ??
        mostSalient(seen, namedCount, t.sentence, narratedPerson);
      if (pick) {
        describe(out, seen, quoted, t, i, tokens[age]!.end, pick, 'entities/coref:age', 0.6);
        i = age;
        continue;
      }
    }
    // Definite descriptions: "the company", "the Chinese telecoms giant", "the country".
    if (lower === 'the' && i + 1 < tokens.length) {
      let k = i + 1;
      let head = -1;
      while (k < tokens.length && k - i <= 4 && tokens[k]!.sentence === t.sentence) {
        const w = tokens[k]!;
        const wl = lowerCase(w.text);
        if (organizationDescriptionHeads.has(wl) || wl === 'country') {
          head = k;
          break;
        }
        const demonym = startsAt[k]?.form === 'demonym';
        // "the second half when referee …": a subordinator ends the phrase; what follows is another clause.
        const modifier =
          demonym ||
          (!covered[k] && /^[a-z-]+$/.test(w.text) && MODIFIER_POS.has(w.pos) && !CLAUSE_OPENERS.has(w.text));
        if (!modifier) break;
        k = demonym ? startsAt[k]!.last + 1 : k + 1;
      }
      // "the normally reclusive Ren": modifiers before a person's name make a description of that person.
      const named = head < 0 && k > i + 1 && k < tokens.length ? startsAt[k] : undefined;
      if (
        named &&
        named.type === 'person' &&
        named.form === 'name' &&
        tokens[k]!.sentence === t.sentence &&
        describesPerson(tokens, i + 1, k - 1)
      ) {
        const cl = clusterOf.get(named)!;
        out.push({
          start: t.start,
          end: tokens[named.last]!.end,
          form: 'description',
          cluster: cl,
          rule: 'entities/coref:description-name',
          confidence: 0.8,
        });
        continue;
      }
      if (head < 0 || covered[head]) continue;
      const next = tokens[head + 1];
      const headWord = tokens[head]!.text.toLowerCase();
      // "the company Huawei", "the group of seven", "the companies": not a reference to a named entity. "the
      // advocacy group Free Press" introduces the name with its head word, which later "the group" recalls.
      if (next && next.sentence === t.sentence && (hasUpper(next.text.charAt(0)) || next.text === 'of')) {
        const named = startsAt[head + 1];
        const cl = named ? clusterOf.get(named) : undefined;
        if (cl && cl.type === (headWord === 'country' ? 'country' : 'organization')) {
          introducedAs.set(cl, headWord);
          calledBy(describedAs, cl, headWord);
        }
        continue;
      }
      // "the defense team", "the security team", "the press team": a unit inside a body, or a body of people the
      // article never named; the team a sports report names is "the team" or "the home team".
      if (GROUP_HEADS.has(headWord) && unitModifier(tokens, i + 1, head - 1)) continue;
      // Outside a sports report "the team" is a group of people the text never named (researchers, a campaign's
      // staff, a delegation), not the body named last. A club is a body in any report ("the club's owner").
      if (headWord === 'team') {
        sporting ??= sportsReport(tokens);
        if (!sporting) continue;
      }
      const wantCountry = headWord === 'country';
      const wantMedia = MEDIA_HEADS.has(headWord);
      // "Klarna, the Swedish payments firm, said": an appositive describes the name right before its comma.
      const appositive = appositiveOf(tokens, startsAt, clusterOf, i, wantCountry ? 'country' : 'organization');
      if (appositive) {
        describe(out, seen, quoted, t, i, tokens[head]!.end, appositive, 'entities/coref:appositive', 0.8);
        calledBy(describedAs, appositive, headWord);
        i = head;
        continue;
      }
      // "Acme … led by Northstar Ventures. The company plans …" is Acme (see mostSalient). The predicate is made
      // here only, for a description, not per token.
      const introduced = introducedWith(seen, introducedAs, t.sentence, headWord);
      // "Ernst & Young, which audits the company,": the relative clause's own head is not what it speaks of.
      const own = relativeHead(tokens, startsAt, clusterOf, i);
      const fits = (m: Seen): boolean => {
        if (m.cl === own) return false;
        if (wantCountry ? m.cl.type !== 'country' : m.cl.type !== 'organization') return false;
        if (!wantCountry && isMedia(m.cl, tokens, text) !== wantMedia) return false;
        if (NAMED_HEADS.has(headWord) && !nameHolds(m.cl, tokens, headWord)) return false;
        return !COMMERCIAL_HEADS.has(headWord) || commercial(m.cl, tokens);
      };
      // "Sonos CEO Tom Conrad told Acme the company …": whom the speaker told is the company only if no other fits.
      const speaking = (m: Seen): boolean => !m.hearer && fits(m);
      // "the unit" is as often a hospital ward or a police squad as a named body: only an introduction names it.
      // "The regulator" after "Regulator X said it was examining whether Acme …": a public body first, when one is
      // in reach, before a business named more often.
      const publicBody = (m: Seen): boolean => speaking(m) && !commercial(m.cl, tokens);
      const publicPick = PUBLIC_HEADS.has(headWord)
        ? (sentencePick(seen, t.sentence, publicBody) ?? mostSalient(seen, namedCount, t.sentence, publicBody))
        : undefined;
      const pick = INTRODUCED_ONLY_HEADS.has(headWord)
        ? introduced
        : (introduced ??
          publicPick ??
          sentencePick(seen, t.sentence, speaking) ??
          topicOrLocal(
            tokens,
            quoted,
            seen,
            namedCount,
            t.sentence,
            mostSalient(seen, namedCount, t.sentence, speaking),
            comparative(tokens, i + 1, head)
              ? undefined
              : articleTopic(
                  lead,
                  namedCount,
                  describedCount,
                  subjectCount,
                  (m) => speaking(m) && sortOf(m.cl, tokens, describedAs, headWord),
                ),
            headWord,
          ) ??
          sentencePick(seen, t.sentence, fits) ??
          mostSalient(seen, namedCount, t.sentence, fits));
      if (pick) {
        describe(out, seen, quoted, t, i, tokens[head]!.end, pick, 'entities/coref:description', 0.6);
        calledBy(describedAs, pick, headWord);
        // "The company said …" opening the narration's sentences is how a story keeps to its topic once named:
        // it counts as a name and a subject toward articleTopic (not toward salience, which weighs names only).
        if (t.sentenceStart && firstMentionOfSentence < 0 && quoted[i] !== 1) {
          firstMentionOfSentence = i;
          describedCount.set(pick, (describedCount.get(pick) ?? 0) + 1);
          subjectCount.set(pick, (subjectCount.get(pick) ?? 0) + 1);
        }
        i = head;
      }
    }
  }
  return out;
}

/** Heads of a body of people that a noun before them makes a unit of another ("the campaign team"). */
const GROUP_HEADS = new Set(['team', 'club']);
/**
 * Whether the text is a sports report: a word only sports reports use (a sport, a player's position, a competition),
 * or a score a few words after a verb of winning or losing ("beat Lazio 2-1").
 */
function sportsReport(tokens: readonly NerToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (sportWords.has(w)) return true;
    if (!RESULT_VERBS.has(w)) continue;
    for (let k = i + 1; k <= i + SCORE_REACH && k < tokens.length; k++) {
      if (tokens[k]!.sentence !== tokens[i]!.sentence) break;
      if (scoreAt(tokens, k)) return true;
    }
  }
  return false;
}

const RESULT_VERBS = new Set(['beat', 'beats', 'won', 'wins', 'lost', 'loses', 'drew', 'draws', 'defeated', 'edged']);
/** How many tokens after the verb its score may come ("beat Real Madrid 2-1"). */
const SCORE_REACH = 6;
const SCORE = /^\d{1,2}-\d{1,2}$/;
const GOALS = /^\d{1,2}$/;

/** A score at token k, in one token ("2-1") or three ("2", "-", "1"). */
function scoreAt(tokens: readonly NerToken[], k: number): boolean {
  const t = tokens[k]!.text;
  if (SCORE.test(t)) return true;
  return GOALS.test(t) && tokens[k + 1]?.text === '-' && GOALS.test(tokens[k + 2]?.text ?? '');
}

/** Modifiers of a sports side, which leave "team" the side itself. */
const SIDE_MODIFIERS = new Set(['home', 'visiting', 'host', 'away']);

/** Whether tokens first..last hold a noun or a verb that makes the group a unit ("security", "producing"). */
function unitModifier(tokens: readonly NerToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'VERB') && !SIDE_MODIFIERS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Records a description from token `i` (the token `t`) to `end` as a mention of `cluster`, and as seen there. A
 * function of its own, not a closure in resolveReferences' token loop (see the note above genderedReference).
 */
function describe(
  out: Reference[],
  seen: Seen[],
  quoted: Uint8Array,
  t: NerToken,
  i: number,
  end: number,
  cluster: Cluster,
  rule: string,
  confidence: number,
): void {
  out.push({ start: t.start, end, form: 'description', cluster, rule, confidence });
  seen.push({ i, last: i, sentence: t.sentence, cl: cluster, subject: false, quoted: quoted[i] === 1 });
}

/** How many lower-case modifiers an office description may have ("the former deputy prime minister"). */
const OFFICE_MODIFIERS = 3;
/** Modifiers that make an office description someone yet to hold it or one of several: "the next president". */
const NOT_THE_HOLDER = new Set([
  'next',
  'future',
  'first',
  'last',
  'previous',
  'past',
  'eventual',
  'other',
  'same',
  'only',
]);

/** The offices that "head of state" and "head of government" stand for, as `officeOf` names them. */
const HEAD_OF: ReadonlyMap<string, readonly string[]> = new Map([
  ['state', ['president', 'king', 'queen', 'emir', 'sultan', 'monarch']],
  ['government', ['prime minister', 'premier', 'chancellor', 'taoiseach']],
]);

/** The offices "the head of state" / "the Head of Government" at `the` stands for, if the words are there. */
function headOfOffices(tokens: readonly NerToken[], the: number, covered: Uint8Array): readonly string[] | undefined {
  const head = tokens[the + 1];
  const of = tokens[the + 2];
  const what = tokens[the + 3];
  if (!head || !of || !what || what.sentence !== tokens[the]!.sentence || covered[the + 1] || covered[the + 3]) {
    return undefined;
  }
  if (lowerCase(head.text) !== 'head' || of.text !== 'of') return undefined;
  // "the head of state's visit" too, but not "the head of state media".
  const after = tokens[the + 4];
  if (after?.sentence === what.sentence && after.pos === 'NOUN' && startsLower(after.text)) return undefined;
  return HEAD_OF.get(lowerCase(what.text));
}

/**
 * The office a title or role names: its head word ("Health Minister" → minister, "minister of state" → minister,
 * "Gov." → governor), with the word before it when they make a compound ("Vice President" → vice president).
 */
function officeOf(title: string): string {
  const words = title.split(/ (?:of|for) /)[0]!.split(/\s+/);
  const last = words.at(-1)!;
  const head = titleAbbreviations.get(last) ?? lowerCase(last);
  const before = words.length > 1 ? lowerCase(words.at(-2)!) : '';
  const office = compoundOfficeWords.has(before) ? `${before} ${head}` : head;
  return FORMER_WORDS.has(lowerCase(words[0]!)) ? `former ${office}` : office;
}

/**
 * The last token of an office description opening at "the" (token `the`): lower-case modifiers and an office head
 * ("the minister", "the former president"), not followed by a name, "of"/"for" (another office: "the minister of
 * defence") or an appositive comma; -1 when there is none.
 */
function officeDescriptionEnd(tokens: readonly NerToken[], the: number, covered: Uint8Array): number {
  const sentence = tokens[the]!.sentence;
  for (let k = the + 1; k <= the + 1 + OFFICE_MODIFIERS && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.sentence !== sentence || covered[k] || !/^[a-z-]+$/.test(w.text) || NOT_THE_HOLDER.has(w.text)) return -1;
    if (w.pos === 'NOUN' && officeHeads.has(w.text)) {
      const next = tokens[k + 1];
      if (!next || next.sentence !== sentence) return k;
      if (next.text === 'of' || next.text === 'for' || next.text === ',' || startsUpper(next.text)) return -1;
      // "the minister's plan": the possessive recalls the minister too; a compound ("the president election") not.
      return next.pos === 'NOUN' && startsLower(next.text) ? -1 : k;
    }
    if (!(w.pos === 'ADJ' || w.pos === 'NOUN')) return -1;
  }
  return -1;
}

/**
 * The one person seen so far whose titles or roles have `head` as their head word ("Health Minister", "health
 * minister" → minister), or undefined when none or several do.
 */
function officeHolder(
  seen: readonly Seen[],
  roles: ReadonlyMap<Cluster, readonly RoleDraft[]>,
  head: string,
  officesOf: Map<Cluster, ReadonlySet<string>>,
): Cluster | undefined {
  let pick: Cluster | undefined;
  for (const m of seen) {
    if (m.cl.type !== 'person' || m.cl === pick) continue;
    let offices = officesOf.get(m.cl);
    if (!offices) {
      const titles = [...m.cl.titles, ...(roles.get(m.cl) ?? []).map((r) => r.title)];
      offices = new Set(titles.map(officeOf));
      officesOf.set(m.cl, offices);
    }
    if (!offices.has(head)) continue;
    if (pick) return undefined;
    pick = m.cl;
  }
  return pick;
}

/**
 * Whether the words first..last between "the" and a person's name describe that person ("the normally reclusive",
 * "the embattled", "the actor"), not open a clause about someone else: "The new indictment targets Shin …", "the
 * list included opposition leader Lee …", "the amount Ferraro stole". A verb may only be a participle right before
 * the name; the last noun, if any, names a person.
 */
function describesPerson(tokens: readonly NerToken[], first: number, last: number): boolean {
  let noun: string | undefined;
  for (let j = first; j <= last; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && (j !== last || !/(?:ed|ing|en)$/.test(t.text))) return false;
    if (t.pos === 'NOUN') noun = lowerCase(t.text);
  }
  return noun === undefined || personNouns.has(noun);
}

/**
 * The cluster of the name of type `type` that ends right before the comma before "the" at `the`, if any: the one an
 * appositive description describes.
 */
function appositiveOf(
  tokens: readonly NerToken[],
  startsAt: readonly (Candidate | undefined)[],
  clusterOf: Map<Candidate, Cluster>,
  the: number,
  type: 'country' | 'organization' | 'person',
): Cluster | undefined {
  const c = nameBeforeComma(tokens, startsAt, the);
  const cl = c ? clusterOf.get(c) : undefined;
  return cl?.type === type && c!.form === 'name' ? cl : undefined;
}

/**
 * The cluster of the name a relative clause holding "the" at `the` hangs from ("Ernst & Young, which audits the
 * company"), if the clause opens at most a few words before it.
 */
function relativeHead(
  tokens: readonly NerToken[],
  startsAt: readonly (Candidate | undefined)[],
  clusterOf: Map<Candidate, Cluster>,
  the: number,
): Cluster | undefined {
  const sentence = tokens[the]!.sentence;
  for (let k = the - 1; k >= 0 && the - k <= RELATIVE_WORDS && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.text;
    if (RELATIVES.has(w)) {
      const c = nameBeforeComma(tokens, startsAt, k);
      return c ? clusterOf.get(c) : undefined;
    }
    // "which owns about 1% of the company": an amount is part of the clause, other marks end it.
    if (!hasLetterOrDigit(w) && !AMOUNT_SIGNS.has(w)) return undefined;
  }
  return undefined;
}

/** Signs written as tokens of their own inside an amount ("1 %", "$ 30"). */
const AMOUNT_SIGNS = new Set(['%', '$', '€', '£', '¥']);

/** The candidate that ends right before the comma before "the" at `the`, if any. */
function nameBeforeComma(
  tokens: readonly NerToken[],
  startsAt: readonly (Candidate | undefined)[],
  the: number,
): Candidate | undefined {
  const comma = tokens[the - 1];
  if (comma?.text !== ',' || the < 2 || comma.sentence !== tokens[the]!.sentence) return undefined;
  // The name ends right before the comma; its first token is where the candidate starts.
  for (let first = the - 2; first >= 0 && the - 2 - first < 8; first--) {
    const c = startsAt[first];
    if (!c) continue;
    return c.last === the - 2 ? c : undefined;
  }
  return undefined;
}

/**
 * Whether a candidate after "the" is a nationality noun for one person: a demonym that is no plural adjective ("the
 * Briton", "the Italian", not "the French", "the Chinese"), or a word formed like one ("Spaniard", "Frenchman",
 * "Northern Irishman") that the tagger took for a name.
 */
function personDemonym(tokens: readonly NerToken[], c: Candidate): boolean {
  if (c.type === 'person' || c.last - c.first > 1) return false;
  const word = tokens[c.last]!.text;
  if (c.form === 'demonym') return !/(?:ese|ish|ch|sh|s)$/.test(word);
  return DEMONYM_SHAPE.test(word) && (c.first === c.last || tokens[c.first]!.text === 'Northern');
}

/**
 * The last token of a role from `k` ("forward", "chief executive") when a verb follows it in the sentence, or -1: up
 * to three lower-case words ending in a person noun.
 */
function roleAfter(tokens: readonly NerToken[], k: number, sentence: number): number {
  for (let j = k; j < k + 3; j++) {
    const w = tokens[j];
    if (!w || w.sentence !== sentence || !startsLower(w.text)) return -1;
    const next = tokens[j + 1];
    if (
      personNouns.has(lowerCase(w.text)) &&
      next?.sentence === sentence &&
      (next.pos === 'VERB' || next.pos === 'AUX')
    )
      return j;
  }
  return -1;
}

/** How many words may follow an age in a description ("the 49-year-old former Dutch minister"). */
const AGE_DESCRIPTION_WORDS = 3;

/**
 * The last token of "the 52-year-old" (or "the 52-year-old mother", "the 49-year-old former minister") starting at
 * `the`, or -1: a number glued by hyphens to "year" and "old", then up to three lower-case adjectives and nouns
 * ending in a noun.
 */
function ageDescriptionEnd(tokens: readonly NerToken[], the: number): number {
  const age = ageWordsEnd(tokens, the + 1);
  if (age < 0) return -1;
  const sentence = tokens[the]!.sentence;
  let end = age;
  for (let k = age + 1; k <= age + AGE_DESCRIPTION_WORDS; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== sentence || !startsLower(w.text) || !(w.pos === 'NOUN' || w.pos === 'ADJ')) break;
    if (w.pos === 'NOUN') end = k;
  }
  return end;
}

/**
 * The entity of the last two sentences introduced with this head word ("the advocacy group Free Press" for "the
 * group"), the latest first: the writer's own label beats salience.
 */
function introducedWith(
  seen: readonly Seen[],
  introducedAs: ReadonlyMap<Cluster, string>,
  sentence: number,
  headWord: string,
): Cluster | undefined {
  for (let s = seen.length - 1; s >= windowFloor(seen); s--) {
    const m = seen[s]!;
    if (sentence - m.sentence > 2) break;
    if (introducedAs.get(m.cl) === headWord) return m.cl;
  }
  return undefined;
}

/**
 * "A spokesman for SoftBank said the firm had …": a description's own sentence, when it names bodies that fit
 * before it, holds its referent: the sentence's subject among them, or the only one.
 */
function sentencePick(seen: readonly Seen[], sentence: number, fits: (m: Seen) => boolean): Cluster | undefined {
  const here = new Set<Cluster>();
  let subject: Cluster | undefined;
  for (let s = seen.length - 1; s >= windowFloor(seen) && seen[s]!.sentence === sentence; s--) {
    const m = seen[s]!;
    if (!fits(m)) continue;
    here.add(m.cl);
    if (m.subject) subject = m.cl;
  }
  return subject ?? (here.size === 1 ? [...here][0] : undefined);
}

/**
 * Of the mentions of the last two sentences that `fits`, the entity most worth referring to: a sentence subject
 * there, then the one the article has named most so far; recency breaks ties.
 */
function mostSalient(
  seen: readonly Seen[],
  namedCount: ReadonlyMap<Cluster, number>,
  sentence: number,
  fits: (m: Seen) => boolean,
): Cluster | undefined {
  let pick: Cluster | undefined;
  let best = -1;
  for (let s = seen.length - 1; s >= windowFloor(seen); s--) {
    const m = seen[s]!;
    if (sentence - m.sentence > 2) break;
    if (!fits(m)) continue;
    const score = (m.subject ? SUBJECT_SALIENCE : 0) + (namedCount.get(m.cl) ?? 0);
    if (score > best) {
      pick = m.cl;
      best = score;
    }
  }
  return pick;
}

/** How many times the article must have named its topic before a description may reach back to it. */
const TOPIC_NAMES = 3;
/** How many sentences its topic must have been the subject of. */
const TOPIC_SUBJECTS = 2;

/**
 * The article's topic: a body the headline or the lead has as its subject, named often (TOPIC_NAMES) and the
 * subject of more sentences than one; of several, the one subject most often, then named most. Earnings, court and
 * policy stories name their subject in the headline and lead and then call it "the company", "the airline", "the
 * ministry" paragraphs later, after quoting analysts or officials of other bodies.
 */
function articleTopic(
  lead: readonly Seen[],
  namedCount: ReadonlyMap<Cluster, number>,
  describedCount: ReadonlyMap<Cluster, number>,
  subjectCount: ReadonlyMap<Cluster, number>,
  fits: (m: Seen) => boolean,
): Cluster | undefined {
  let pick: Cluster | undefined;
  let best = -1;
  for (const m of lead) {
    const named = (namedCount.get(m.cl) ?? 0) + (describedCount.get(m.cl) ?? 0);
    const subject = subjectCount.get(m.cl) ?? 0;
    if (named < TOPIC_NAMES || subject < TOPIC_SUBJECTS) continue;
    const score = subject * 1000 + named;
    if (score > best && fits(m)) {
      pick = m.cl;
      best = score;
    }
  }
  return pick;
}

function calledBy(describedAs: Map<Cluster, Set<string>>, cl: Cluster, head: string): void {
  let heads = describedAs.get(cl);
  if (!heads) {
    heads = new Set();
    describedAs.set(cl, heads);
  }
  heads.add(head);
}

/**
 * Whether the article's topic is of the sort a description's head names, on evidence beyond its type: a country
 * for "the country"; for a business's head ("the company", "the airline"), a body no name of which says it is
 * none (`fits` has tested that); for other heads ("the group", "the party", "the network"), a name holding the head
 * ("World Bank" for "the bank") or a body already called by it. "The group" reaching paragraphs back to the
 * congress or the agency the article is about would be a guess.
 */
function sortOf(
  cl: Cluster,
  tokens: readonly NerToken[],
  describedAs: ReadonlyMap<Cluster, Set<string>>,
  head: string,
): boolean {
  if (head === 'country') return cl.type === 'country';
  return COMMERCIAL_HEADS.has(head) || nameHolds(cl, tokens, head) || describedAs.get(cl)?.has(head) === true;
}

/**
 * A description's referent between the most salient fitting body of the last two sentences (`local`) and the
 * article's topic: the topic, unless the local one is clearly the topic of the passage: named as often as half the
 * topic's names so far, named in both sentences before, or the subject of a sentence before that is no report of
 * its words, or the only one whose name holds the head. A body named once as the source of a quotation ("…,
 * analysts at X said") is a voice in the topic's story, not what "the company" now means; "X raised its target. The
 * bank …" is about X.
 */
function topicOrLocal(
  tokens: readonly NerToken[],
  quoted: Uint8Array,
  seen: readonly Seen[],
  namedCount: ReadonlyMap<Cluster, number>,
  sentence: number,
  local: Cluster | undefined,
  topic: Cluster | undefined,
  head: string,
): Cluster | undefined {
  if (!topic || local === topic) return local ?? topic;
  if (!local) return topic;
  if ((namedCount.get(local) ?? 0) * 2 > (namedCount.get(topic) ?? 0)) return local;
  // "… said the Democratic Party would be mistaken. The party's rules …": a name holding the head is what it recalls.
  if (nameHolds(local, tokens, head) && !nameHolds(topic, tokens, head)) return local;
  const sentences = new Set<number>();
  for (let s = seen.length - 1; s >= windowFloor(seen); s--) {
    const m = seen[s]!;
    if (sentence - m.sentence > 2) break;
    if (m.cl !== local || m.sentence >= sentence) continue;
    if (m.subject && !reportsSpeech(tokens, quoted, m)) return local;
    sentences.add(m.sentence);
  }
  return sentences.size >= 2 ? local : topic;
}

/** Modifiers that set a description against another body, so it recalls no topic: "the same firm", "the other party". */
const COMPARATIVES = new Set(['same', 'other', 'another', 'rival', 'former']);

/** Whether a word from token `first` up to the head `head` compares the body with another. */
function comparative(tokens: readonly NerToken[], first: number, head: number): boolean {
  for (let k = first; k < head; k++) if (COMPARATIVES.has(lowerCase(tokens[k]!.text))) return true;
  return false;
}

/** How far from its source a word of speech may stand: "X said", "X also said", "said X". */
const SPEECH_REACH = 2;
/** How sure the cue lexicon must be that a word is a cue for it to make a sentence a report of speech. */
const SPEECH_PRECISION = 0.5;

/**
 * Whether the sentence of mention `m` reports what it said: it holds a quotation, or a cue word stands next to the
 * mention ("X said", "said X", "according to X").
 */
function reportsSpeech(tokens: readonly NerToken[], quoted: Uint8Array, m: Seen): boolean {
  const sentence = tokens[m.i]!.sentence;
  for (let k = m.i; k >= 0 && tokens[k]!.sentence === sentence; k--) if (quoted[k]) return true;
  for (let k = m.last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (quoted[k]) return true;
  const cue = (k: number): boolean => {
    const w = tokens[k];
    if (!w || w.sentence !== sentence) return false;
    const entry = CUE_TRIE.next.get(lowerCase(w.text))?.entry;
    return entry !== undefined && entry.precision >= SPEECH_PRECISION;
  };
  for (let d = 1; d <= SPEECH_REACH; d++) if (cue(m.last + d) || cue(m.i - d)) return true;
  return lowerCase(tokens[m.i - 1]?.text ?? '') === 'to' && lowerCase(tokens[m.i - 2]?.text ?? '') === 'according';
}

/** A person the narration named (an age description refers to one: "The 52-year-old told MailOnline"). */
function narratedPerson(m: Seen): boolean {
  return m.cl.type === 'person' && !m.quoted;
}

// The two pronoun rules below are functions of their own, not branches of resolveReferences' token loop: a
// closure in that loop capturing its per-token variables made V8 allocate a context for every token (about 100 KB
// an article), though a pronoun is one token in fifty.

/**
 * He/she (and their other forms): the person of the window the pronoun's gender picks out, when the evidence is
 * good. Sets the picked person's gender when it had none.
 */
function genderedReference(
  seen: readonly Seen[],
  gender: Map<Cluster, Gender>,
  shortGender: ReadonlyMap<Cluster, Gender>,
  narrative: Int32Array,
  t: NerToken,
  i: number,
  want: Gender,
  lower: string,
  inQuote: boolean,
  barred: ReadonlySet<Cluster>,
): { reference: Reference } | undefined {
  const male = want === 'male';
  const other = male ? 'female' : 'male';
  const unlike = (cl: Cluster) => (gender.get(cl) ?? shortGender.get(cl)) === other;
  const window = personWindow(seen, t.sentence, inQuote, narrative, i, 1, barred);
  const fits = new Set(window.filter((s) => !unlike(s.cl)).map((s) => s.cl));
  const known = [...fits].filter((cl) => gender.get(cl) === want);
  // The same sentence first: a fitting person there outranks those of the sentence before.
  const sameSentence = new Set(
    window.filter((s) => s.sentence === t.sentence && gender.get(s.cl) === want).map((s) => s.cl),
  );
  // A subject pronoun continues the subject of the narration's sentence before ("Lindner accused Scholz of
  // … . “…,” he told a news conference" is Lindner), when that person fits its gender.
  const previousSubject =
    lower === 'he' || lower === 'she'
      ? window.find(
          (s) => s.subject && narrative[i]! - narrative[s.i]! === 1 && fits.has(s.cl) && s.sentence < t.sentence,
        )?.cl
      : undefined;
  // "Doc Rivers said he was proud": the subject of the pronoun's own sentence, even when its first name tells no
  // gender, before the subject of the sentence before.
  const sameSubject = window.find((s) => s.sentence === t.sentence && s.subject && s.i < i && fits.has(s.cl))?.cl;
  let pick: Cluster | undefined;
  let confidence = 0;
  if (sameSentence.size === 1) {
    pick = [...sameSentence][0];
    confidence = 0.8;
  } else if (sameSentence.size === 0 && sameSubject) {
    pick = sameSubject;
    confidence = 0.7;
  } else if (sameSentence.size === 0 && previousSubject) {
    pick = previousSubject;
    confidence = 0.7;
  } else if (known.length === 1) {
    pick = known[0];
    confidence = 0.8;
  } else if (known.length === 0 && fits.size === 1) {
    pick = [...fits][0];
    confidence = 0.65;
  } else if (fits.size === 0) {
    // "Castellano described … . Payroll growth has slowed, according to the Labor Department. “…,” she said": with
    // nobody in the window, the one person of the pronoun's gender a few sentences back, if no one else there may be
    // of that gender.
    const wider = new Set(
      personWindow(seen, t.sentence, inQuote, narrative, i, WIDER_REACH, barred)
        .map((s) => s.cl)
        .filter((cl) => !unlike(cl)),
    );
    const only = [...wider][0];
    if (wider.size === 1 && gender.get(only!) === want) {
      pick = only;
      confidence = 0.55;
    }
  }
  if (!pick) return undefined;
  if (!gender.has(pick)) gender.set(pick, want);
  return {
    reference: {
      start: t.start,
      end: t.end,
      form: 'pronoun',
      cluster: pick,
      rule: 'entities/coref:pronoun-gender',
      confidence,
    },
  };
}

const NO_ONE: ReadonlySet<Cluster> = new Set();
/** Words of a verb group between a clause's subject and its object: "accused", "did not greet", "wanted to meet". */
const VERB_GROUP = new Set(['VERB', 'AUX', 'ADV', 'PART']);
/** How many words a verb group or an appositive may span for the tests below. */
const GROUP_WORDS = 6;
const APPOSITIVE_WORDS = 10;
const COORDINATORS = new Set(['and', 'or', '&', ',']);
/** Words that may follow a possessive "her" ("her mother", "her new job"), not an object "her". */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The people a pronoun at `p` cannot mean, by binding: an object pronoun is not the subject of its own clause (that
 * would be "himself": "Alberto Ruiz, the party leader, accused him", "Jane Holt and Mark Fisher joined him"), and
 * a possessive that opens an appositive is not the name the appositive describes ("Peter Lang, his successor,").
 * A possessive before a noun may well be the subject ("Jane greeted her mother"), and so is left alone.
 */
function disjointFrom(
  tokens: readonly NerToken[],
  seen: readonly Seen[],
  p: number,
  lower: string,
): ReadonlySet<Cluster> {
  const t = tokens[p]!;
  const next = tokens[p + 1];
  const possessive = lower === 'his' || (lower === 'her' && next?.sentence === t.sentence && NOMINAL.has(next.pos));
  let subjectEnd = -1;
  if (possessive) {
    if (tokens[p - 1]?.text === ',' && appositiveAfter(tokens, p)) subjectEnd = p - 2;
  } else if (lower === 'him' || lower === 'her') {
    subjectEnd = verbGroupSubjectEnd(tokens, p);
  }
  if (subjectEnd < 0) return NO_ONE;
  const out = new Set<Cluster>();
  let end = subjectEnd;
  for (let k = seen.length - 1; k >= windowFloor(seen) && seen[k]!.last >= end - 1; k--) {
    const s = seen[k]!;
    if (s.last !== end) continue;
    // "The coach of Tom praised him": a name after a preposition is no subject.
    if (end === subjectEnd && tokens[s.i - 1]?.pos === 'ADP') break;
    out.add(s.cl);
    // "Jane Holt and Mark Fisher joined him": the conjuncts before it are the subject too.
    if (!COORDINATORS.has(tokens[s.i - 1]?.text ?? '')) break;
    end = s.i - 2;
  }
  return out;
}

/** Whether the words from the possessive at `p` to the next comma or the sentence's end are nouns and adjectives. */
function appositiveAfter(tokens: readonly NerToken[], p: number): boolean {
  for (let k = p + 1; k < tokens.length && k - p <= GROUP_WORDS; k++) {
    const w = tokens[k]!;
    if (w.sentence !== tokens[p]!.sentence || w.text === ',' || w.text === '.') return k > p + 1;
    if (!(w.pos === 'NOUN' || w.pos === 'ADJ')) return false;
  }
  return false;
}

/**
 * The last token of the subject of the clause whose object is the pronoun at `p` ("Tom did not greet him" → Tom),
 * or -1 when no verb group stands right before the pronoun. An appositive between subject and verb is skipped
 * ("Alberto Ruiz, the party leader, accused him").
 */
function verbGroupSubjectEnd(tokens: readonly NerToken[], p: number): number {
  const sentence = tokens[p]!.sentence;
  let k = p - 1;
  let verb = false;
  while (k >= 0 && p - k <= GROUP_WORDS && tokens[k]!.sentence === sentence && VERB_GROUP.has(tokens[k]!.pos)) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verb = true;
    k--;
  }
  if (!verb || k < 0 || tokens[k]!.sentence !== sentence) return -1;
  if (tokens[k]!.text !== ',') return k;
  for (let j = k - 1; j >= 0 && k - j <= APPOSITIVE_WORDS && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.text === ',') return j - 1;
  }
  return -1;
}

/** It/its: the subject of this sentence (its first mention), when it is an organization or a country before it. */
function itSubject(seen: readonly Seen[], t: NerToken): Reference | undefined {
  const here: Seen[] = [];
  for (let k = seen.length - 1; k >= windowFloor(seen) && seen[k]!.sentence >= t.sentence; k--) {
    const s = seen[k]!;
    if (s.sentence === t.sentence && (s.cl.type === 'organization' || s.cl.type === 'country')) here.unshift(s);
  }
  const subject = here.find((s) => s.subject);
  if (!subject || new Set(here.map((s) => s.cl)).size > 2) return undefined;
  return {
    start: t.start,
    end: t.end,
    form: 'pronoun',
    cluster: subject.cl,
    rule: 'entities/coref:it-subject',
    confidence: 0.6,
  };
}

/**
 * How far back a window may reach in `seen`, in mentions. Windows are a sentence or two, which in news hold a few
 * dozen mentions; a "sentence" of megabytes (a table, a list with no full stop) would otherwise make every
 * pronoun scan all of it, quadratic in its length.
 */
const WINDOW_MENTIONS = 200;
/** How many sentences back a pronoun with nobody in its usual window may look for the one person it fits. */
const WIDER_REACH = 3;

function windowFloor(seen: readonly Seen[]): number {
  return Math.max(0, seen.length - WINDOW_MENTIONS);
}

/**
 * The people mentioned in a pronoun's window, in text order: inside a quotation, its sentence and the one before;
 * in the narration, mentions outside quotations in the narration's sentence and the one before. `seen` is in text
 * order, so the window is read backwards from its end and the scan stops where the window ends, instead of testing
 * every mention of the document for every pronoun.
 */
function personWindow(
  seen: readonly Seen[],
  sentence: number,
  inQuote: boolean,
  narrative: Int32Array,
  i: number,
  reach: number,
  barred: ReadonlySet<Cluster>,
): Seen[] {
  const out: Seen[] = [];
  for (let k = seen.length - 1; k >= windowFloor(seen); k--) {
    const s = seen[k]!;
    if (inQuote ? sentence - s.sentence > reach : narrative[i]! - narrative[s.i]! > reach) break;
    if (s.cl.type !== 'person' || barred.has(s.cl)) continue;
    if (inQuote || (!s.quoted && sentence >= s.sentence)) out.push(s);
  }
  return out.reverse();
}

/**
 * For each token, how many sentences up to its own have a word outside quotation marks: the narration's own
 * sentence count, which a sentence that is all quotation does not advance.
 */
function narrativeSentences(tokens: readonly NerToken[], quoted: Uint8Array): Int32Array {
  const out = new Int32Array(tokens.length);
  let count = 0;
  let counted = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (quoted[i] !== 1 && counted !== t.sentence && hasLetter(t.text)) {
      count++;
      counted = t.sentence;
    }
    out[i] = count;
  }
  return out;
}

/** How many words of a description may stand before a subject's name ("Her mum Tracey", "The actor Tom Hanks"). */
const DESCRIPTION_WORDS = 3;

/**
 * Whether the words from the sentence start to the name at `i` only describe it: a possessive or an article and
 * lower-case nouns or adjectives ("Her mum Tracey said …", "China's Huawei said …"), so the name is still the
 * sentence's subject.
 */
function describedSubject(tokens: readonly NerToken[], start: number, i: number): boolean {
  const lead = lowerCase(tokens[start]!.text);
  let k = start + 1;
  if (POSSESSIVE_LEADS.has(lead) || tokens[start]!.pos === 'DET') {
    if (i - start > DESCRIPTION_WORDS) return false;
  } else if (i - start <= DESCRIPTION_WORDS && bareDescription(tokens, start, i)) {
    return true;
  } else {
    // "Sinn Féin's health spokesman, David Cullinane": a possessive name and a noun, the name after a comma; or the
    // name right after the possessive, its nouns between ("China's Huawei", "Germany's carmaker BMW").
    k = start;
    while (k < i && k - start < DESCRIPTION_WORDS && startsUpper(tokens[k]!.text)) k++;
    if (k === start || !POSSESSIVE_MARKS.has(tokens[k]?.text ?? '')) return false;
    k++;
    if (i - 1 - k > DESCRIPTION_WORDS) return false;
  }
  for (; k < i; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && k === i - 1) break;
    if (!((t.pos === 'NOUN' || t.pos === 'ADJ') && startsLower(t.text))) return false;
  }
  return true;
}

/**
 * "Tech giant Apple", "French carmaker Renault": nouns and adjectives with no article before the name, the last a
 * lower-case noun; only the sentence's first word may be capitalized.
 */
function bareDescription(tokens: readonly NerToken[], start: number, i: number): boolean {
  if (i - start < 2 || tokens[i - 1]!.pos !== 'NOUN' || !startsLower(tokens[i - 1]!.text)) return false;
  for (let k = start; k < i; k++) {
    const t = tokens[k]!;
    const nominal = t.pos === 'NOUN' || t.pos === 'ADJ' || (k === start && t.pos === 'PROPN');
    if (!nominal || (k > start && !startsLower(t.text))) return false;
  }
  return true;
}
const POSSESSIVE_LEADS = new Set(['her', 'his', 'their', 'its', 'our', 'my']);
const NOUN_HEAD = new Set(['NOUN', 'PROPN']);

/**
 * Whether the name ending at `last` owns a body named by common nouns, the clause's verb right after them:
 * "China's market regulator said", "Alibaba's parent company announced". A name after the nouns ("China's carmaker
 * BYD") is the subject instead, and a person's role ("Apple's chief executive") leaves the owner the topic.
 */
function possessedBody(tokens: readonly NerToken[], last: number): boolean {
  if (!POSSESSIVE_MARKS.has(tokens[last + 1]?.text ?? '')) return false;
  const sentence = tokens[last]!.sentence;
  let k = last + 2;
  while (k < tokens.length && k - last - 2 < DESCRIPTION_WORDS && tokens[k]!.sentence === sentence) {
    const t = tokens[k]!;
    if (!((t.pos === 'NOUN' || t.pos === 'ADJ') && startsLower(t.text))) break;
    k++;
  }
  if (k === last + 2) return false;
  const head = tokens[k - 1]!;
  const next = tokens[k];
  return (
    organizationDescriptionHeads.has(lowerCase(head.text)) &&
    next !== undefined &&
    next.sentence === sentence &&
    (next.pos === 'VERB' || next.pos === 'AUX')
  );
}

/** How far after its place a dateline's dash may come ("LONDON, Jan. 15 (Reuters) -"). */
const DATELINE_TAIL = 8;
const DATELINE_DASHES = new Set(['—', '–', '-', '--']);

/**
 * For a place in capitals opening a sentence before a dash ("SEATTLE —", "LONDON, Jan 5 (Reuters) -"), the token
 * after the dash, where the sentence's clause begins; otherwise -1.
 */
function datelineEnd(tokens: readonly NerToken[], c: Candidate): number {
  if (c.type !== 'location' && c.type !== 'country') return -1;
  const first = tokens[c.first]!.text;
  if (first.length < 2 || first !== first.toUpperCase()) return -1;
  const sentence = tokens[c.last]!.sentence;
  for (let k = c.last + 1; k <= c.last + DATELINE_TAIL && tokens[k]?.sentence === sentence; k++) {
    if (DATELINE_DASHES.has(tokens[k]!.text)) return k + 1;
  }
  return -1;
}

/** How long an opening participle or prepositional clause may be, to its comma. */
const OPENING_CLAUSE_TOKENS = 30;
const OPENING_CLAUSE_TAGS: ReadonlySet<string> = new Set(['ADP', 'SCONJ']);

/**
 * "Speaking at a press conference with Prime Minister Anwar Ibrahim, Mr Wong said …", "After meeting Macron in
 * Paris, Scholz told …": for a sentence opening at `first` with a participle, a preposition or a subordinating
 * word, the token after the comma that closes that clause, where the main clause and its subject begin; else -1.
 * The names inside the clause are no subject of the sentence.
 */
function openingClauseEnd(tokens: readonly NerToken[], first: number, quoted: Uint8Array): number {
  const t = tokens[first]!;
  if (quoted[first] === 1 || !startsUpper(t.text)) return -1;
  const participle = t.pos === 'VERB' && /(?:ing|ed)$/.test(t.text);
  if (!participle && !OPENING_CLAUSE_TAGS.has(t.pos)) return -1;
  for (let k = first + 1; k <= first + OPENING_CLAUSE_TOKENS; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== t.sentence || quoted[k] === 1) return -1;
    if (w.text === ',') return k + 1;
  }
  return -1;
}

/** Index of the first token of token i's sentence. */
function tokenStart(tokens: readonly NerToken[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[i]!.sentence) k--;
  return k;
}

/**
 * Verbs of saying whose subject, in a quotation's frame, is the one speaking in it: the quotes' verbs of saying, and
 * "told" ("“…,” Arteta told reporters").
 */
const FRAME_VERBS: ReadonlySet<string> = new Set([...SPEECH_CUES, 'tell']);
/** How far a frame's name may stand from the quotation's closing or opening mark, in tokens. */
const FRAME_REACH = 3;

interface QuotationFrames {
  /** The person cluster a quotation holding token `i` is framed as said by, if its frame names one. */
  speakerOf(i: number): Cluster | undefined;
}

/**
 * The speaker each quotation's frame names: a person's name right after it with a verb of saying ("“…,” Arteta
 * said", "“…,” said Arteta"), or right before it, the verb and a comma or colon between ("Arteta said: “…”").
 * One pass over the tokens; each quotation is a run of quoted tokens.
 */
function quotationFrames(
  tokens: readonly NerToken[],
  quoted: Uint8Array,
  startsAt: readonly (Candidate | undefined)[],
  clusterOf: ReadonlyMap<Candidate, Cluster>,
): QuotationFrames {
  const runStart = new Int32Array(tokens.length).fill(-1);
  const speakers = new Map<number, Cluster>();
  const person = (k: number): Cluster | undefined => {
    const c = k >= 0 ? startsAt[k] : undefined;
    const cl = c ? clusterOf.get(c) : undefined;
    return cl?.type === 'person' && c!.form === 'name' ? cl : undefined;
  };
  const sayingAt = (k: number) => k >= 0 && k < tokens.length && FRAME_VERBS.has(tokens[k]!.lemma);
  for (let i = 0; i < tokens.length; ) {
    if (quoted[i] !== 1) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && quoted[end + 1] === 1) end++;
    runStart.fill(i, i, end + 1);
    let speaker: Cluster | undefined;
    // After: "…,” Arteta said" or "…,” said Arteta", past a closing mark or comma.
    // A quotation that closes its sentence ("… issue.” Trump told the forum …") has no frame after it.
    let k = end + 1;
    while (k < tokens.length && k - end <= FRAME_REACH && !hasLetterOrDigit(tokens[k]!.text) && tokens[k]!.text !== '.')
      k++;
    if (k >= tokens.length || tokens[k]!.sentence !== tokens[end]!.sentence || closesWithStop(tokens, end)) k = -1;
    const named = person(k);
    if (named && sayingAt((startsAt[k] as Candidate).last + 1)) speaker = named;
    else if (k >= 0 && sayingAt(k) && person(k + 1)) speaker = person(k + 1);
    // Before: "Arteta said: “…”", "Arteta told Sky Sports, “…”" is left alone (the hearer may be anyone).
    if (!speaker) {
      let b = i - 1;
      while (b >= 0 && i - b <= FRAME_REACH && !hasLetterOrDigit(tokens[b]!.text)) b--;
      if (sayingAt(b)) {
        for (let n = b - 1; n >= 0 && b - n <= 4; n--) {
          const c = startsAt[n];
          if (c && c.last === b - 1) {
            speaker = person(n);
            break;
          }
        }
      }
    }
    if (speaker) speakers.set(i, speaker);
    i = end + 1;
  }
  return { speakerOf: (i) => (runStart[i]! >= 0 ? speakers.get(runStart[i]!) : undefined) };
}

/** Whether a quotation ending at token `end` closes with a full stop, before or after its closing mark. */
function closesWithStop(tokens: readonly NerToken[], end: number): boolean {
  return (
    tokens[end]!.text === '.' || (end > 0 && tokens[end - 1]!.text === '.' && !hasLetterOrDigit(tokens[end]!.text))
  );
}
