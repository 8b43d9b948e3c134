import { WIRE_AGENCIES } from '../article/lexicon.js';
import { hasUpperLetter, startsLower, startsUpper } from '../text/letters.js';
import type { QuoteContext } from './context.js';
import {
  APPROXIMATORS,
  DASHES,
  DATE_LEADS,
  DATE_WORDS,
  isNounish,
  isVerbal,
  NP_PREPOSITIONS,
  OBJECT_ONLY_PRONOUNS,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  POST_MODIFIER_PREPOSITIONS,
  REFLEXIVES,
  RELATIONAL_TO,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  verbFirst,
} from './words.js';

/** Verbs whose object is the one who does what the infinitive after it says ("urged voters to reject …"). */
const OBJECT_CONTROL = new Set([
  'ask',
  'tell',
  'urge',
  'encourage',
  'order',
  'force',
  'persuade',
  'invite',
  'allow',
  'require',
  'press',
  'push',
  'warn',
  'remind',
  'instruct',
  'get',
  'want',
  'expect',
  'need',
  'prompt',
  'lead',
  'cause',
  'challenge',
  'dare',
  'beg',
  'implore',
  'pressure',
  'help',
  'enable',
  'convince',
  'inspire',
  'direct',
  'advise',
  'authorize',
  'compel',
  'empower',
  'nominate',
  'appoint',
  'elect',
  'hire',
  'pay',
]);
/** Prepositions an object pronoun may end a speaker phrase after ("close to him", "a spokesman for her"). */
const LINKED_OBJECT = new Set(['to', 'for', 'of', 'with']);
/**
 * Whether token `j` opens its clause as a word of its own: at the sentence start or right after punctuation or a
 * conjunction, with no adverb after it ("and most recently defended") and not floating after a bracketed subject
 * ("Sanders and Clinton (D) both condemned").
 */
export function opensClause(ctx: QuoteContext, j: number): boolean {
  if (ctx.tokens[j + 1]?.pos === 'ADV') return false;
  if (j === 0 || ctx.sentenceOf[j - 1] !== ctx.sentenceOf[j]) return true;
  const pos = ctx.tokens[j - 1]!.pos;
  return (pos === 'PUNCT' && ctx.words[j - 1] !== ')') || pos === 'CCONJ' || pos === 'SCONJ';
}

/** A quantity that is a clause's subject on its own: "Most said …", "…, and many have said". */
function quantitySubject(ctx: QuoteContext, j: number): boolean {
  return QUANTIFIERS.has(ctx.words[j]!) && opensClause(ctx, j);
}

const COMPARATIVES = new Set(['more', 'fewer', 'less']);
/** Words that open a quantity subject before its number: the approximators and "only", "just" ("only half said"). */
const QUANTITY_LEADS = new Set([...APPROXIMATORS, 'only', 'just']);

/** A subject pronoun that may open a coordinated subject ("she and her aides"), not a relative pronoun. */
function pronounSubject(w: string): boolean {
  return SUBJECT_PRONOUNS.has(w) && !RELATIVE_PRONOUNS.has(w) && w !== 'it';
}

/** Quantities that head a phrase through "of" ("most of them", "half of the voters") or stand alone as subjects. */
export const QUANTIFIERS = new Set([
  'all',
  'most',
  'many',
  'some',
  'none',
  'each',
  'both',
  'several',
  'few',
  'half',
  'any',
]);

/** Indefinite pronouns that head a phrase with a prepositional complement ("someone in the audience"). */
const INDEFINITE_HEADS = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'those',
  'others',
  ...QUANTIFIERS,
]);

/** Pronouns before a contracted "is"/"has" that name no speaker ("It's time", "That's why", "There's"). */
const IMPERSONAL_SUBJECTS = new Set(['it', 'that', 'this', 'there', 'here', 'what', 'who', 'which']);

/** An inclusive token range. */
export type Range = [first: number, last: number];

const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ben',
  'st.',
]);

/** Prepositions that tie a date to the noun before it ("the deficit for 2016", "the budget of last year"). */
const NOUN_DATE_LINKS = new Set(['for', 'of']);
/** Nouns that take a part of the date after them ("the first half of the 20th century"): a time, no subject. */
const PARTS_OF_TIME = new Set(['half', 'part', 'end', 'start', 'beginning', 'middle', 'rest', 'remainder', 'course']);

/** A date word that is not part of a name ("The New York Daily News" holds no date). */
function isDateToken(ctx: QuoteContext, i: number): boolean {
  return (ctx.inDate[i] === 1 || DATE_WORDS.has(ctx.words[i]!)) && ctx.nameType[i] === 0;
}

/**
 * The noun phrase ending at token `j`, walking left within the sentence starting at `floor`: names, nouns,
 * adjectives, determiners, possessives, and "of/for" links inside a phrase ("a spokesman for the company").
 * A subject pronoun ("he", "who") is a phrase on its own. Stops at dates ("On Monday Trump said" gives "Trump").
 */
export function phraseEndingAt(ctx: QuoteContext, j: number, floor: number): Range | null {
  const { tokens, words } = ctx;
  const last = tokens[j];
  if (!last || j < floor) return null;
  // "a source close to him", "an aide to her": an object pronoun ends a phrase through its preposition.
  const objectEnd =
    OBJECT_PRONOUNS.has(words[j]!) &&
    j - 1 > floor &&
    LINKED_OBJECT.has(words[j - 1]!) &&
    !(POSSESSIVES.has(words[j]!) && tokens[j + 1] !== undefined && isNounish(tokens[j + 1]!));
  // "Most said …", "Many have said …": a quantity alone is the subject.
  if (!isNounish(last) && quantitySubject(ctx, j)) return [j, j];
  if ((last.pos === 'PRON' || SUBJECT_PRONOUNS.has(words[j]!)) && !objectEnd) {
    return SUBJECT_PRONOUNS.has(words[j]!) || words[j] === 'this' ? [j, j] : null;
  }
  let first = objectEnd ? j : j + 1;
  for (let i = objectEnd ? j - 1 : j; i >= floor; i--) {
    const t = tokens[i]!;
    const w = words[i]!;
    if (ctx.quoteOf[i]! >= 0) break;
    // "mother-of-three", "a well-known analyst": the parts of one hyphenated word belong together.
    const glued = first === i + 1 && first <= j && t.end === tokens[i + 1]!.start;
    const compoundEnd = first === i + 1 && first <= j && words[i - 1] === '-' && tokens[i - 1]!.end === t.start;
    if ((glued && (w === '-' || words[i + 1] === '-')) || compoundEnd) {
      first = i;
      continue;
    }
    // "The deficit for this fiscal year", "the budget of last year": a date after "for" or "of" that follows a noun
    // is that noun's complement, part of the phrase (a date as the cue's adverbial is led by "on", "in", "last").
    if (first === j + 1 && isDateToken(ctx, i)) {
      let d = i;
      while (d - 1 > floor && isDateToken(ctx, d - 1)) d--;
      const noun = d - 2;
      if (
        noun >= floor &&
        NOUN_DATE_LINKS.has(words[d - 1]!) &&
        isNounish(tokens[noun]!) &&
        !isDateToken(ctx, noun) &&
        !PARTS_OF_TIME.has(words[noun]!)
      ) {
        first = d - 1;
        i = d - 1;
        continue;
      }
    }
    if (isDateToken(ctx, i) && first <= j) {
      // "a 2012 congressional report", "a June poll", "the Nov. 8 election": a date between a determiner and a noun
      // belongs to the phrase; so does a date that owns the head ("Monday night's results", "Last year's figures").
      let d = i;
      while (d - 1 >= floor && isDateToken(ctx, d - 1)) d--;
      const before = tokens[d - 1];
      const determined = d - 1 >= floor && before && (before.pos === 'DET' || POSSESSIVES.has(words[d - 1]!));
      if (determined || words[i + 1] === "'s") {
        first = d;
        i = d;
        continue;
      }
      break;
    }
    if (w === ')' && first === i + 1 - 0 && i > floor) {
      // "Rep. Stephen Lynch (D-Mass.)": a parenthesis after a name belongs to it.
      let open = i - 1;
      while (open > floor && words[open] !== '(' && i - open < 8) open--;
      if (words[open] === '(' && open < i) {
        first = open;
        i = open;
        continue;
      }
      break;
    }
    // Name parts wink mistags: "De Blasio" (X/ADP), "Stephen Lynch" (VERB) next to a proper noun.
    const capital = startsUpper(t.text);
    const nextProper = tokens[i + 1]?.pos === 'PROPN' && i + 1 <= j;
    const capitalParticle =
      capital &&
      ((NAME_PARTICLES.has(w) && nextProper) ||
        (t.pos === 'X' && (nextProper || first <= j)) ||
        (t.pos === 'VERB' && i > floor && tokens[i - 1]?.pos === 'PROPN' && first <= j) ||
        // "Downing Street insisted", "Leading Democrats said": a capitalized -ing word before a proper noun.
        (t.pos === 'VERB' && nextProper && first === i + 1 && w.endsWith('ing')));
    // "dear negotiating partners": a participle between a modifier and the head noun is an adjective.
    const participle =
      t.pos === 'VERB' &&
      /(?:ing|ed)$/.test(w) &&
      first <= j &&
      i > floor &&
      (tokens[i - 1]!.pos === 'ADJ' || tokens[i - 1]!.pos === 'DET' || words[i - 1] === "'s");
    // "an inside source", "an outside adviser": a preposition between a determiner and the noun is an adjective.
    const adpAdjective =
      t.pos === 'ADP' &&
      first === i + 1 &&
      first <= j &&
      i > floor &&
      tokens[i - 1]!.pos === 'DET' &&
      startsLower(t.text);
    // "A union representing workers at …": an -ing participle between a noun and its object modifies the noun.
    const reducedRelative =
      t.pos === 'VERB' &&
      w.endsWith('ing') &&
      first === i + 1 &&
      first <= j &&
      i > floor &&
      isNounish(tokens[i - 1]!) &&
      (isNounish(tokens[i + 1]!) || tokens[i + 1]!.pos === 'DET' || POSSESSIVES.has(words[i + 1]!));
    if (
      isNounish(t) ||
      t.pos === 'ADJ' ||
      capitalParticle ||
      participle ||
      reducedRelative ||
      adpAdjective ||
      w === "'s" ||
      w === "'" ||
      w === '.' ||
      w === '&' ||
      // A hyphen glued to what follows ("al-Ansari"); a spaced one opens a list item ("- State records show").
      (w === '-' && t.end === tokens[i + 1]?.start) ||
      // "a Reuters/Ipsos poll", "CNN/ORC": a slash between two names joins them.
      (w === '/' && i > floor && startsUpper(tokens[i - 1]!.text) && startsUpper(tokens[i + 1]!.text)) ||
      // "OPEC+", "Disney+": a plus sign glued to a name is part of it.
      (w === '+' && i > floor && tokens[i - 1]!.end === t.start && tokens[i - 1]!.pos === 'PROPN')
    ) {
      if (isDateToken(ctx, i)) return null;
      first = i;
      continue;
    }
    if (POSSESSIVES.has(w)) {
      first = i;
      // "workers at its Ohio plant", "people familiar with his plans": a possessive after a preposition that follows
      // a noun or an adjective keeps the phrase going.
      if (
        i - 2 >= floor &&
        postModifierLink(words[i - 1]!) &&
        (isNounish(tokens[i - 2]!) || tokens[i - 2]!.pos === 'ADJ')
      ) {
        i--;
        continue;
      }
      // "The Republican nominee and his aides", "She and her husband": a coordinated phrase keeps going.
      if (words[i - 1] === 'and' && i - 2 >= floor && (isNounish(tokens[i - 2]!) || pronounSubject(words[i - 2]!))) {
        i--;
        continue;
      }
      break;
    }
    if (t.pos === 'DET') {
      first = i;
      // "a spokesman for the company": a preposition between two nouns keeps the phrase going.
      const prep = words[i - 1];
      const before = tokens[i - 2];
      const adjective = before?.pos === 'ADJ' && tokens[i - 3] !== undefined && isNounish(tokens[i - 3]!);
      // "people close to the vice president": "to" after an adjective that follows a noun.
      const linked =
        prep !== undefined &&
        (postModifierLink(prep) || (prep === 'to' && (adjective || RELATIONAL_TO.has(words[i - 2] ?? ''))));
      // "someone in the audience", "most in both states": an indefinite pronoun or a quantity heads the phrase.
      if (i - 2 >= floor && linked && INDEFINITE_HEADS.has(words[i - 2]!)) {
        first = i - 2;
        i -= 2;
        continue;
      }
      if (i - 2 >= floor && linked && before && (isNounish(before) || adjective)) {
        i--;
        continue;
      }
      // "Emails seen by the BBC suggest": a participle with its agent after a noun modifies the noun.
      if (prep === 'by' && i - 3 >= floor && agentParticiple(ctx, i - 2)) {
        first = i - 2;
        i -= 2;
        continue;
      }
      // "a diplomat from one of the founding members": a quantity before "of" heads the phrase, which goes on.
      if (i - 2 >= floor && prep === 'of' && before && (QUANTIFIERS.has(words[i - 2]!) || before.pos === 'NUM')) {
        first = i - 2;
        i -= 2;
        continue;
      }
      // "Lawyers representing the family": a participle between a noun and this object modifies the noun.
      const participleBefore = tokens[i - 1]?.pos === 'VERB' && (prep ?? '').endsWith('ing');
      if (i - 2 >= floor && participleBefore && before && isNounish(before)) continue;
      // "The New York Times and the Gannett newspaper chain", "he and the developer Arthur Cohen": a coordinated
      // subject keeps its first conjunct.
      const conjunct = before !== undefined && (isNounish(before) || pronounSubject(words[i - 2]!));
      if (i - 2 >= floor && prep === 'and' && conjunct && ctx.quoteOf[i - 2]! < 0) {
        i--;
        continue;
      }
      break;
    }
    // "Documents reviewed by Reuters show": a participle and its agent after a noun modify the noun.
    if (w === 'by' && first <= j && i - 2 >= floor && agentParticiple(ctx, i - 1)) {
      first = i - 1;
      i--;
      continue;
    }
    if ((postModifierLink(w) || w === 'and' || w === 'to') && first <= j) {
      const before = tokens[i - 1];
      // "people familiar with the matter", "people close to Clinton": an adjective after a noun takes its own
      // complement.
      const adjective =
        before?.pos === 'ADJ' && w !== 'and' && tokens[i - 2] !== undefined && isNounish(tokens[i - 2]!);
      if (w === 'to' && !adjective && !RELATIONAL_TO.has(words[i - 1] ?? '')) break;
      if (i - 1 >= floor && before && (isNounish(before) || adjective || (w === 'and' && before.pos === 'PROPN'))) {
        continue;
      }
      break;
    }
    break;
  }
  // A phrase never begins with a link word, a dangling possessive marker, the relative "which" the tagger read
  // as a determiner ("…, which regulators had alleged") or a complementizer.
  while (
    first <= j &&
    (NP_PREPOSITIONS.has(words[first]!) ||
      words[first] === 'and' ||
      words[first] === "'s" ||
      words[first] === '/' ||
      words[first] === 'which' ||
      // "noted that none of his rivals attacked": the complementizer, not "That poll showed".
      (words[first] === 'that' && tokens[first - 1]?.pos === 'VERB'))
  ) {
    first++;
  }
  if (first > j) return null;
  // "most of them", "many of the delegates": a quantity before "of" heads the phrase.
  if (words[first - 1] === 'of' && first - 2 >= floor && QUANTIFIERS.has(words[first - 2]!)) first -= 2;
  // "She and her husband": a subject pronoun before the conjunction is the first conjunct.
  if (words[first - 1] === 'and' && first - 2 >= floor && pronounSubject(words[first - 2]!)) first -= 2;
  // "More than six in 10", "nearly half": a comparison before a number is part of the quantity.
  if (
    tokens[first]?.pos === 'NUM' ||
    /^(?:half|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(words[first]!)
  ) {
    if (words[first - 1] === 'than' && first - 2 >= floor && COMPARATIVES.has(words[first - 2]!)) first -= 2;
    else if (first - 1 >= floor && QUANTITY_LEADS.has(words[first - 1]!)) first -= 1;
    // "At least 10 people", "at most half"; not a verb's object ("will have at least one fewer opponent to …").
    const object = tokens[first - 3]?.pos === 'VERB' || tokens[first - 3]?.pos === 'AUX';
    if ((words[first - 1] === 'least' || words[first - 1] === 'most') && words[first - 2] === 'at' && !object)
      if (first - 2 >= floor) first -= 2;
  }
  // "all the attendees", "Both the Times and the Journal": a predeterminer before the determiner or the name.
  if (
    (words[first - 1] === 'all' || words[first - 1] === 'both') &&
    first - 1 >= floor &&
    (tokens[first]!.pos === 'DET' || POSSESSIVES.has(words[first]!) || tokens[first]!.pos === 'PROPN')
  )
    first -= 1;
  if (!tokens.slice(first, j + 1).some((t) => isNounish(t) || t.pos === 'PRON') && !nominalAdjective(ctx, first, j))
    return null;
  // "a remark analysts interpreted as …": a singular "a" cannot lead a plural head; the head alone is the subject
  // of a relative clause whose "that" was left out.
  if (
    (words[first] === 'a' || words[first] === 'an') &&
    j - first >= 2 &&
    tokens[j]!.pos === 'NOUN' &&
    /[^s]s$/.test(words[j]!) &&
    tokens[j - 1]!.pos === 'NOUN' &&
    !/s$/.test(words[j - 1]!) &&
    // "a diplomat from one of the founding members": the plural heads a complement, not the phrase.
    !hasPreposition(words, first, j)
  ) {
    return [j, j];
  }
  return [first, j];
}

/**
 * "the chief said", "the military said", "the French say": an adjective after "the" or a possessive, right before a
 * verb, is used as a noun (the tagger reads "chief", "general", "military" as adjectives).
 */
function nominalAdjective(ctx: QuoteContext, first: number, j: number): boolean {
  const { tokens, words } = ctx;
  return (
    j > first &&
    (words[first] === 'the' || POSSESSIVES.has(words[first]!)) &&
    tokens[j]!.pos === 'ADJ' &&
    tokens[j + 1]?.pos === 'VERB'
  );
}

/** Whether token `p` is a participle ("reviewed", "seen", "drawn") right after a noun, before "by". */
function agentParticiple(ctx: QuoteContext, p: number): boolean {
  const { tokens, words } = ctx;
  return (
    p > 0 &&
    tokens[p]!.pos === 'VERB' &&
    words[p + 1] === 'by' &&
    /(?:ed|en|wn|seen)$/.test(words[p]!) &&
    isNounish(tokens[p - 1]!)
  );
}

/** Dashes an aside may open with, within this many tokens of its closing one. */
const DASH_ASIDE_REACH = 12;

/** The dash opening the aside that the dash at `close` ends, or -1. */
export function openingDash(ctx: QuoteContext, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= DASH_ASIDE_REACH; k--) {
    if (ctx.quoteOf[k]! >= 0 || ctx.words[k] === ',') return -1;
    if (DASHES.has(ctx.words[k]!)) return k < close - 1 ? k : -1;
  }
  return -1;
}

/** A preposition that links a post-modifier to the noun before it inside a speaker phrase. */
function postModifierLink(w: string): boolean {
  return NP_PREPOSITIONS.has(w) || POST_MODIFIER_PREPOSITIONS.has(w);
}

function hasPreposition(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (NP_PREPOSITIONS.has(words[i]!)) return true;
  return false;
}

/**
 * What a comma-delimited chunk before a cue is: a noun phrase (a name, an appositive, a place "of Ashton", an age),
 * an aside (a prepositional, adverbial, participial or relative aside), or something else (a clause, a date).
 */
/** Prepositions that open an aside able to hold a name of its own ("in a statement signed by …, Dr X,"). */
const ADP_ASIDE = new Set(['in', 'via', 'through']);

function chunkKind(ctx: QuoteContext, first: number, last: number): 'phrase' | 'relative' | 'aside' | 'other' {
  const { tokens, words } = ctx;
  const lead = tokens[first]!;
  const w = words[first]!;
  if (w === 'who' || w === 'which' || w === 'whose') return 'relative';
  if (w === 'of' || w === 'from') return 'phrase';
  // "managing director and equity analyst at …", "acting director of …": a participle used as an adjective.
  const attributive = lead.pos === 'VERB' && /(?:ing|ed)$/.test(w) && tokens[first + 1]?.pos === 'NOUN';
  if (
    lead.pos === 'ADP' ||
    (lead.pos === 'VERB' && !attributive) ||
    lead.pos === 'ADV' ||
    lead.pos === 'SCONJ' ||
    lead.pos === 'AUX'
  ) {
    return 'aside';
  }
  if (!(lead.pos === 'DET' || isNounish(lead) || lead.pos === 'ADJ' || POSSESSIVES.has(w) || attributive)) {
    return 'other';
  }
  for (let i = first; i <= last; i++) {
    const x = words[i]!;
    // "a trade body whose members include Unilever": the relative clause describes the phrase's noun.
    if (x === 'who' || x === 'that' || x === 'which' || x === 'whose') break;
    const t = tokens[i]!;
    if (t.pos === 'AUX' || isDateToken(ctx, i) || (t.pos === 'PRON' && !POSSESSIVES.has(x))) return 'other';
    // "a group called X" is a phrase; "Australia banned Huawei" is a clause.
    if (t.pos === 'VERB' && (!/(ed|ing|en)$/.test(x) || isNounish(lead)) && !modifiesNoun(ctx, i)) return 'other';
  }
  return 'phrase';
}

/**
 * "Ohio's lead negotiator", "the Confluence Advisory think tank": a base-form word the tagger read as a verb between
 * a noun phrase's opening and its noun modifies the noun; a clause's verb would agree with its subject ("bans").
 */
function modifiesNoun(ctx: QuoteContext, i: number): boolean {
  const { tokens, words } = ctx;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || next.pos !== 'NOUN' || /(?:s|ed|ing|en)$/.test(words[i]!)) return false;
  return (
    POSSESSIVES.has(words[i - 1]!) ||
    words[i - 1] === "'s" ||
    prev.pos === 'DET' ||
    prev.pos === 'ADJ' ||
    prev.pos === 'PROPN'
  );
}

/**
 * The speaker phrase left of a cue starting at token `cue` (PolNeAR's source): the subject noun phrase, keeping an
 * appositive between commas ("Ren, a former army engineer, said") and skipping a non-appositive aside ("Ren, in a
 * rare appearance, said" gives "Ren"). Auxiliaries and adverbs between subject and cue are skipped.
 */
/** Words that open another clause between a relative "who" and a cue, so that the cue is not the main verb. */
const CLAUSE_LINKS = new Set(['and', 'but', 'or', 'when', 'because', 'if', 'as', 'while', 'that', 'which', 'where']);
/** How far left of a phrase a reduced relative's participle may be, in tokens. */
const REDUCED_REACH = 8;

/**
 * The subject when the phrase before the cue ends a reduced relative clause: "A senior nurse accused of falsifying
 * patient records told colleagues …" is spoken by the nurse, not by "patient records". A past participle with its
 * preposition right after a common noun, with only prepositions, gerunds and noun-phrase words up to the phrase.
 */
function reducedRelativeSubject(ctx: QuoteContext, np: Range, floor: number): Range | null {
  const { tokens, words } = ctx;
  // "a woman asked for a photo and Clinton said": a coordinated phrase is a clause's own subject.
  for (let i = np[0]; i <= np[1]; i++) if (tokens[i]!.pos === 'CCONJ') return null;
  for (let k = np[0] - 1; k > floor && np[0] - k <= REDUCED_REACH; k--) {
    const t = tokens[k]!;
    // The participle takes a preposition ("accused of", "interviewed by", "briefed on"), and its noun is a common
    // one: "Ramos used his speech", "Trump stared down the camera" are main clauses.
    const before = tokens[k - 1]!;
    // "10 KILLED IN …": a headline in capitals has no participles to trust.
    if (t.pos === 'VERB' && /ed$/.test(words[k]!) && isNounish(before) && t.text !== t.text.toUpperCase()) {
      // "A post shared thousands of times on Facebook", "a video viewed widely online": a count of times or an
      // adverb of spread stands where the preposition would.
      const modifier =
        tokens[k + 1]?.pos === 'ADP' || SPREAD_ADVERBS.has(words[k + 1] ?? '') || countOfTimes(ctx, k + 1);
      if (!modifier || ((before.pos === 'PROPN' || ctx.nameType[k - 1] !== 0) && !objectName(ctx, k - 1))) {
        return null;
      }
      const head = phraseEndingAt(ctx, k - 1, floor);
      return head ? [head[0], np[1]] : null;
    }
    const gerund = t.pos === 'VERB' && /ing$/.test(words[k]!);
    if (!(gerund || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ' || isNounish(t))) return null;
  }
  return null;
}

/** Adverbs that say how far something written was spread: "a video shared widely …". */
const SPREAD_ADVERBS = new Set(['widely', 'online', 'heavily', 'repeatedly', 'extensively']);
/** Words of a count before "times": "thousands of times", "more than 2 million times". */
const COUNT_WORDS = new Set([
  'thousands',
  'hundreds',
  'millions',
  'tens',
  'of',
  'more',
  'than',
  'over',
  'nearly',
  'about',
]);
/** How many words a count before "times" may have. */
const COUNT_REACH = 5;

/** Whether "N times" (a count, then "times") starts at token `from`. */
function countOfTimes(ctx: QuoteContext, from: number): boolean {
  for (let j = from; j < from + COUNT_REACH && j < ctx.words.length; j++) {
    const w = ctx.words[j]!;
    if (w === 'times') return j > from;
    if (ctx.tokens[j]!.pos !== 'NUM' && !COUNT_WORDS.has(w)) return false;
  }
  return false;
}

/**
 * Whether the name ending at token `last` is a preposition's object ("Residents of El Fasher reached by …"): then it
 * is no clause's subject.
 */
function objectName(ctx: QuoteContext, last: number): boolean {
  let m = last;
  while (m > 0 && last - m < MAX_NAME_TOKENS && ctx.tokens[m - 1]!.pos === 'PROPN') m--;
  return ctx.tokens[m - 1]?.pos === 'ADP' && m - 1 > 0 && isNounish(ctx.tokens[m - 2]!);
}

/** How far left of the cue a restrictive relative clause's "who" may be, in tokens. */
const RELATIVE_REACH = 12;

/**
 * The subject when the words before the cue end a restrictive relative clause: "People who attended the meeting
 * said …" is spoken by the whole phrase, not by "the meeting". `j` is the last token before the cue and its
 * auxiliaries.
 */
function restrictiveRelative(ctx: QuoteContext, j: number, cue: number, floor: number): Range | null {
  const { tokens, words } = ctx;
  // "a line that might bring accusations", "scenes that allow him to call for": a noun or an infinitive cue after
  // the clause's verb or object is inside the clause, not the main clause's verb.
  if (words[cue] === 'to' || (tokens[cue]!.pos !== 'VERB' && isVerbal(tokens[j]!))) return null;
  // "… who stared at a painting and asked": a cue coordinated inside the clause is the clause's own; "and let them
  // think": a pronoun before the cue is its subject.
  // An object pronoun ends the clause ("Groups that endorsed him say").
  if (CLAUSE_LINKS.has(words[j]!) || (tokens[j]!.pos === 'PRON' && !OBJECT_ONLY_PRONOUNS.has(words[j]!))) return null;
  for (let i = j; i > floor && j - i <= RELATIVE_REACH; i--) {
    const w = words[i]!;
    if (w === ',' || w === ';' || ctx.quoteOf[i]! >= 0) return null;
    if (w !== 'who' && w !== 'that' && w !== 'which' && w !== 'whose') {
      if (CLAUSE_LINKS.has(w)) return null;
      continue;
    }
    // The head right before "who", with no comma: a restrictive clause ("Voters who …", "Those who …"). "that" and
    // "which" need a noun there ("Groups that endorsed him"; not "so that", "said that").
    const head = tokens[i - 1]!;
    // "that" must be the clause's subject, a verb right after it: "news that Mrs. Clinton's server had …" is a
    // that-clause on the noun, not a relative clause.
    // "Residents whose homes were damaged …": "whose" and its noun open the clause after a noun.
    const headed =
      w === 'who'
        ? isNounish(head) || head.pos === 'PRON' || head.pos === 'DET' || head.pos === 'ADJ'
        : w === 'whose'
          ? isNounish(head) && head.pos !== 'NUM'
          : isNounish(head) && head.pos !== 'NUM' && !isDateToken(ctx, i - 1) && verbFirst(tokens, i + 1);
    if (!headed) return null;
    // A cue right after "who" is the relative clause's own: "who" is its source, as PolNeAR marks it.
    if (i === j) return null;
    // The clause needs its verb before the cue ("who attended the meeting").
    let verb = false;
    for (let k = i + 1; k <= j && !verb; k++) verb = tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX';
    if (!verb) return null;
    const antecedent = phraseEndingAt(ctx, i - 1, floor);
    return [antecedent ? antecedent[0] : i - 1, j];
  }
  return null;
}

export function speakerBefore(ctx: QuoteContext, cue: number, floor: number): Range | null {
  const { tokens, words } = ctx;
  let j = cue - 1;
  // "which has itself warned", "he himself said": an emphatic reflexive stands between subject and verb too.
  while (
    j >= floor &&
    (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART' || REFLEXIVES.has(words[j]!))
  ) {
    // "Most said …": a quantity the tagger read as an adverb opening its clause is the subject ("were both
    // seen as" floats it after the subject).
    if (words[j] === "'s" || quantitySubject(ctx, j)) break;
    j--;
  }
  // "The senator last week said", "Paul Ryan, the Speaker, on Tuesday called": the date of the cue stands between
  // it and its speaker.
  if (j > floor && isDateToken(ctx, j)) {
    let d = j;
    while (d > floor && isDateToken(ctx, d - 1)) d--;
    if (DATE_LEADS.has(words[d - 1] ?? '') && d - 1 > floor) d--;
    // Only a subject stands there: a phrase opening the sentence or closing an appositive, not the object of a
    // preposition ("Obama went to the court on Friday to view …").
    if (words[d - 1] === ',') j = d - 1;
    else {
      const np = phraseEndingAt(ctx, d - 1, floor);
      if (np && (np[0] === floor || words[np[0] - 1] === ',' || afterWireDateline(ctx, floor, j) === np[0])) j = d - 1;
    }
  }
  if (j < floor) return null;
  // "Balázs Kiss — a close ally — wrote": the phrase before an aside between dashes speaks.
  const dashed = DASHES.has(words[j]!) ? openingDash(ctx, j, floor) : -1;
  if (dashed > floor) {
    // "The minister — Jane Doe — said": a name alone in the aside is the speaker's.
    let named = true;
    for (let i = dashed + 1; i < j && named; i++) named = ctx.nameType[i] === 1;
    return named ? [dashed + 1, j - 1] : phraseEndingAt(ctx, dashed - 1, floor);
  }
  if (words[j] !== ',') {
    // "groups backing Senator Cruz": a participle cue with no auxiliary modifies the noun before it, its speaker.
    const participle = j === cue - 1 && /ing$/.test(words[cue]!);
    const relative = participle ? null : restrictiveRelative(ctx, j, cue, floor);
    if (relative) return relative;
    const np = phraseEndingAt(ctx, j, floor);
    const reduced = np && !participle ? reducedRelativeSubject(ctx, np, floor) : null;
    if (reduced) return reduced;
    // "a resident called 911 to report that …": the object of a verb before an infinitive of purpose is not its
    // speaker; the verb's subject is. After "asked", "urged", "told" … the object does speak ("urged voters to say").
    const verb = np ? tokens[np[0] - 1] : undefined;
    if (
      np &&
      words[cue] === 'to' &&
      np[0] - 1 > floor &&
      verb?.pos === 'VERB' &&
      !OBJECT_CONTROL.has(verb.lemma ?? words[np[0] - 1]!)
    ) {
      return speakerBefore(ctx, np[0] - 1, floor);
    }
    return np ? (nameBeforeAppositive(ctx, np, floor) ?? np) : null;
  }
  // Comma-separated chunks before the cue, right to left: appositives ("a former army engineer", "58", "of
  // Ashton, Md.", "a historian who attended") stay in the speaker phrase; an aside right before the cue ("in a
  // rare appearance", "who lives nearby") is dropped; the leftmost noun-phrase chunk is the head.
  let right = j;
  let head: Range | null = null;
  let aside = false;
  for (let n = 0; n < 6; n++) {
    let k = right - 1;
    while (k >= floor && words[k] !== ',' && ctx.quoteOf[k]! < 0 && right - k < 40) k--;
    // The chunk starts after a comma, after a quotation, or at the start of the sentence.
    const bounded = k >= floor && (words[k] === ',' || ctx.quoteOf[k]! >= 0);
    if (k >= floor && !bounded) break;
    const chunkStart = bounded ? k + 1 : floor;
    const atStart = !bounded || words[k] !== ',';
    const chunkEnd = right - 1;
    if (chunkEnd < chunkStart) break;
    // ", and Democratic Gov. Jay Nixon,": a conjunct of a coordinated subject continues it.
    const conjunct = words[chunkStart] === 'and' && chunkStart < chunkEnd && !atStart;
    const kind = conjunct ? chunkKind(ctx, chunkStart + 1, chunkEnd) : chunkKind(ctx, chunkStart, chunkEnd);
    if (conjunct && kind === 'phrase') {
      right = chunkStart - 1;
      continue;
    }
    if (kind === 'aside' && n === 0 && !atStart) {
      aside = true;
      right = chunkStart - 1;
      continue;
    }
    // "the governor, in a statement signed by his press secretary, Dr Sulaimon Olanrewaju, said": a name after an
    // aside is an appositive inside the aside; the head is further left.
    if (kind === 'aside' && !atStart && head && ADP_ASIDE.has(words[chunkStart]!)) {
      aside = true;
      head = null;
      right = chunkStart - 1;
      continue;
    }
    // "Chris Cox, who runs the NRA’s lobbying arm, said": a relative clause describes the speaker and stays in
    // the phrase, as an appositive does; the head is further left.
    if (kind === 'relative' && !atStart) {
      right = chunkStart - 1;
      continue;
    }
    if (kind === 'phrase') {
      head = [chunkStart, chunkEnd];
      if (atStart) break;
      right = chunkStart - 1;
      continue;
    }
    // ", while Gary Black, a longtime Tesla investor, posted": a clause opened by a conjunction after a comma; the
    // phrase after the conjunction heads the speaker.
    if (
      bounded &&
      CLAUSE_LINKING.has(words[chunkStart]!) &&
      words[chunkStart] !== 'and' &&
      chunkStart < chunkEnd &&
      chunkKind(ctx, chunkStart + 1, chunkEnd) === 'phrase'
    ) {
      head = [chunkStart + 1, chunkEnd];
      break;
    }
    // Anything else ends the run; at the start of a sentence its last noun phrase can still be the head
    // ("In 2012 the company, a chip maker, said").
    if (!head || atStart) {
      const np = phraseEndingAt(ctx, chunkEnd, chunkStart);
      if (np && kind !== 'aside') head = np;
    }
    break;
  }
  if (!head) return null;
  if (words[head[0]] === 'of' || words[head[0]] === 'from') return null;
  return aside ? head : [head[0], j];
}

/**
 * "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post": an appositive whose closing comma was left
 * out. When a name stands between the sentence start (or a quotation) and a comma right before the phrase, the
 * speaker runs from the name.
 */
function nameBeforeAppositive(ctx: QuoteContext, np: Range, floor: number): Range | null {
  const { words, tokens } = ctx;
  const comma = np[0] - 1;
  if (comma - 1 < floor || words[comma] !== ',' || !(tokens[np[0]]!.pos === 'DET' || POSSESSIVES.has(words[np[0]]!)))
    return null;
  let k = comma - 1;
  while (k >= floor && words[k] !== ',' && ctx.quoteOf[k]! < 0 && comma - k <= MAX_NAME_TOKENS + 1) k--;
  // "…, while Gary Black, a longtime Tesla investor, posted": a conjunction after a comma opens the clause too.
  const linked = k >= floor && words[k] === ',' && CLAUSE_LINKING.has(words[k + 1]!);
  if (k >= floor && ctx.quoteOf[k]! < 0 && !linked) return null;
  let start = linked ? k + 2 : k + 1;
  if (!linked && start === floor && CLAUSE_LINKING.has(words[start]!)) start++;
  if (comma - start > MAX_NAME_TOKENS) return null;
  if (start > comma - 1) return null;
  for (let i = start; i < comma; i++) {
    // A person's name ("Doug Andres"), or a capitalized name the entity layer did not type; not a place.
    const untyped = ctx.nameType[i] === 0 && tokens[i]!.pos === 'PROPN' && startsUpper(tokens[i]!.text);
    if (!(ctx.nameType[i] === 1 || untyped)) return null;
  }
  return [start, np[1]];
}
const MAX_NAME_TOKENS = 4;
/** Conjunctions that open a clause of its own after a comma (", while Gary Black, …, posted"). */
const CLAUSE_LINKING = new Set(['while', 'and', 'but', 'whereas']);

/**
 * The speaker phrase right of a cue in inverted order ("…,” said Ren, a former engineer, who …"): PolNeAR's source
 * there runs with its appositives and relative clauses to the end of the sentence; it stops at a quotation that
 * resumes the quote, a dash or semicolon, a date, or another cue (", adding …").
 */
/** Parentheses this long at most are a party and state tag ("(D-Va.)", "(R-S.C.)"), not an aside. */
const PARTY_TAG_TOKENS = 6;

/** The closing parenthesis of a short tag opening at `open` with a capital letter, or -1. */
function partyTag(ctx: QuoteContext, open: number, ceiling: number): number {
  if (!startsUpper(ctx.tokens[open + 1]?.text ?? '')) return -1;
  for (let i = open + 1; i <= Math.min(ceiling, open + PARTY_TAG_TOKENS); i++) {
    if (ctx.words[i] === ')') return i;
  }
  return -1;
}

export function speakerAfter(
  ctx: QuoteContext,
  cue: number,
  ceiling: number,
  isCue: (i: number) => boolean,
): Range | null {
  const { tokens, words } = ctx;
  const first = cue + 1;
  const t = tokens[first];
  if (!t || first > ceiling) return null;
  if (SUBJECT_PRONOUNS.has(words[first]!) && words[first] !== 'that' && words[first] !== 'which') {
    return [first, first];
  }
  // "according to exit polls", "show insiders": a bare verb form before a noun is the first half of a compound.
  const next = tokens[first + 1];
  const compound = t.pos === 'VERB' && !/(?:ed|ing|s)$/.test(words[first]!) && next !== undefined && isNounish(next);
  if (!(isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(words[first]!) || compound)) return null;
  if (isDateToken(ctx, first)) return null;
  let last = first - 1;
  let commaSeen = false;
  let prepositionSeen = false;
  let relative = false;
  for (let i = first; i <= ceiling; i++) {
    const w = words[i]!;
    const tok = tokens[i]!;
    if (ctx.quoteOf[i]! >= 0) {
      // "said James Miller, a co-author of ''Those Guys Have All the Fun.''": a title ending the appositive.
      const inPhrase = i > first && (tokens[i - 1]!.pos === 'ADP' || isNounish(tokens[i - 1]!));
      const end = commaSeen && inPhrase ? titleEndingSentence(ctx, i) : -1;
      if (end >= 0) last = end;
      break;
    }
    if (isCue(i)) break;
    // "said Rep. Bobby Scott (D-Va.)": a short capitalized parenthesis right after a name belongs to it.
    if (w === '(' && i > first && tokens[i - 1]!.pos === 'PROPN') {
      const close = partyTag(ctx, i, ceiling);
      if (close > 0) {
        last = close;
        i = close;
        continue;
      }
    }
    // A date inside a relative clause ("who now runs …") is part of it.
    // So is one inside an appositive ("said Steve Grubbs, an Iowa operative currently working for …").
    const date = isDateToken(ctx, i) && i > first && !relative && !(commaSeen && words[i - 1] !== ',');
    if (w === ';' || w === '—' || w === '–' || w === ':' || w === '(' || date) break;
    if (commaSeen && (w === 'who' || w === 'which' || w === 'whose')) relative = true;
    // "said an American official who was briefed on …": a relative clause right after a noun describes the speaker.
    else if (w === 'who' && i > first && isNounish(tokens[i - 1]!)) {
      relative = true;
      last = i;
      continue;
    }
    if (w === ',') {
      const next = tokens[i + 1];
      // "said O'Neill, on his first day …": a prepositional aside is not part of the speaker.
      if (next && (next.pos === 'ADP' || next.pos === 'SCONJ' || next.pos === 'CCONJ' || next.pos === 'ADV')) break;
      commaSeen = true;
    }
    if (!commaSeen && (w === 'who' || w === 'that' || w === 'which') && i > first) break;
    // "said Sanders as he closed out", "said Sanders at a rally in Iowa": an adverbial after the name is the
    // frame's, not the speaker's.
    if (!commaSeen && i > first && trailingAdverbial(ctx, i)) break;
    // A finite verb in the head phrase means this is a clause ("said the company would appeal"), not a speaker.
    // A capitalized "verb" after a preposition is a name the tagger misread ("for Morning Consult").
    const misreadName = prepositionSeen && startsUpper(tok.text);
    // "a complaint filed by the S.E.C.", "a poll released last week": a participle after a noun modifies it.
    const reduced =
      tok.pos === 'VERB' &&
      /ed$/.test(w) &&
      i > first &&
      isNounish(tokens[i - 1]!) &&
      (words[i + 1] === 'by' || isDateToken(ctx, i + 1) || DATE_LEADS.has(words[i + 1] ?? ''));
    if (reduced) {
      relative = true;
      last = i;
      continue;
    }
    // "one unaligned Florida strategist", "a retired general": a participle between a determiner and a noun.
    const attributive =
      tok.pos === 'VERB' &&
      /(?:ed|ing)$/.test(w) &&
      i > first &&
      (tokens[i - 1]!.pos === 'DET' || tokens[i - 1]!.pos === 'NUM' || tokens[i - 1]!.pos === 'ADJ') &&
      tokens[i + 1] !== undefined &&
      (isNounish(tokens[i + 1]!) || tokens[i + 1]!.pos === 'ADJ');
    if (
      !commaSeen &&
      !relative &&
      (tok.pos === 'VERB' || tok.pos === 'AUX') &&
      !misreadName &&
      !attributive &&
      !(compound && i === first)
    )
      return null;
    if (tok.pos === 'ADP') prepositionSeen = true;
    last = i;
  }
  // A phrase never ends on punctuation, a link word or a relative pronoun whose clause was cut.
  const dangling = (i: number) =>
    FINAL.has(words[i]!) ||
    tokens[i]!.pos === 'ADP' ||
    tokens[i]!.pos === 'CCONJ' ||
    words[i] === 'who' ||
    words[i] === 'which';
  while (last >= first && dangling(last)) last--;
  if (last < first) return null;
  // A speaker has a noun, a name or a pronoun, and is no adverb written as one hyphenated word ("said
  // matter-of-factly as …").
  let headed = false;
  for (let i = first; i <= last && !headed; i++) headed = isNounish(tokens[i]!) || tokens[i]!.pos === 'PRON';
  let oneWord = true;
  for (let i = first + 1; i <= last && oneWord; i++) oneWord = tokens[i]!.start === tokens[i - 1]!.end;
  const adverb = oneWord && last > first && /ly$/.test(words[last]!);
  return headed && !adverb ? [first, last] : null;
}

const FINAL = new Set(['.', ',', '!', '?', ';', ':', '—', '–']);

/** Subordinators that open an adverbial clause of the frame after its speaker. */
export const FRAME_SUBORDINATORS = new Set(['as', 'while', 'when', 'before', 'after', 'because', 'since', 'until']);
/** Prepositions that open an adverbial of the frame after a speaker's name (not "of Ohio", "from Texas"). */
const FRAME_PREPOSITIONS = new Set(['at', 'in', 'on', 'during']);

/**
 * Whether token `i` opens an adverbial of the frame after a speaker phrase: a subordinator, or a locative or
 * temporal preposition right after a name ("Sanders at a rally"; "a spokesman at the embassy" keeps its phrase).
 */
export function trailingAdverbial(ctx: QuoteContext, i: number): boolean {
  const w = ctx.words[i]!;
  return FRAME_SUBORDINATORS.has(w) || (FRAME_PREPOSITIONS.has(w) && ctx.tokens[i - 1]?.pos === 'PROPN');
}

/** The last token of the quotation opening at `i` when only sentence-final punctuation follows it, else -1. */
function titleEndingSentence(ctx: QuoteContext, i: number): number {
  const q = ctx.quoteOf[i]!;
  const [first, last] = ctx.quoteTokens[q]!;
  if (first !== i) return -1;
  const sentenceLast = ctx.doc.sentences[ctx.sentenceOf[first]!]!.tokens[1];
  if (last > sentenceLast) return -1;
  for (let k = last + 1; k <= sentenceLast; k++) if (!FINAL.has(ctx.words[k]!)) return -1;
  return last;
}

/** The first noun phrase of a sentence, after a leading adverbial ("On Monday, the company said …"). */
/** At most this many introductions, each this many tokens long, are skipped before a sentence's subject. */
const MAX_INTRODUCTIONS = 3;
const INTRODUCTION_REACH = 12;

/** How far into its sentence a wire dateline's closing dash may be, in tokens ("NEW YORK/LONDON, June 3 (Reuters) -"). */
const DATELINE_REACH = 16;

/**
 * The first token after a wire dateline opening the sentence at `from` ("WASHINGTON (Reuters) - …", "NEW
 * YORK/LONDON, June 3 (Reuters) - …"), or `from` when there is none: a place in capitals, the agency in brackets,
 * a dash. The place is where the story was filed, never a subject.
 */
function afterWireDateline(ctx: QuoteContext, from: number, to: number): number {
  const first = ctx.tokens[from]!.text;
  if (!(first.length >= 2 && first === first.toUpperCase() && hasUpperLetter(first))) {
    // "Lima (AFP) – Peru's Congress …": a place in title case, a known agency in brackets, a dash.
    let k = from;
    while (k < to && k - from < 4 && startsUpper(ctx.tokens[k]!.text)) k++;
    const agency = k > from && ctx.words[k] === '(' && WIRE_AGENCIES.has(ctx.tokens[k + 1]?.text ?? '');
    return agency && ctx.words[k + 2] === ')' && DASHES.has(ctx.words[k + 3] ?? '') ? k + 4 : from;
  }
  for (let k = from + 1; k < Math.min(to, from + DATELINE_REACH); k++) {
    const w = ctx.words[k]!;
    if (w === ')' && DASHES.has(ctx.words[k + 1] ?? '')) return k + 2;
    // "NEW DELHI: AAP convenor …", "HALIFAX — A 34-year-old man …": a place in capitals and a colon or a dash.
    if ((w === ':' || DASHES.has(w)) && k - from <= 3 && capitalsBetween(ctx, from, k - 1)) return k + 1;
  }
  return from;
}

function capitalsBetween(ctx: QuoteContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const text = ctx.tokens[k]!.text;
    if (text !== text.toUpperCase() || !hasUpperLetter(text)) return false;
  }
  return true;
}

function nominalStart(ctx: QuoteContext, k: number, to: number): boolean {
  const t = ctx.tokens[k];
  return k <= to && t !== undefined && (isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ');
}

export function sentenceSubject(ctx: QuoteContext, from: number, to: number): Range | null {
  let i = afterWireDateline(ctx, from, to);
  // Skip leading introductions up to their commas ("On Thursday, however, Trump …", "Chastened by the
  // analyses, Trump …"): an adverbial, a date, or a participle phrase.
  for (let n = 0; n < MAX_INTRODUCTIONS; n++) {
    let k = i;
    while (k <= to && k - i <= INTRODUCTION_REACH && ctx.words[k] !== ',') k++;
    if (k > to || ctx.words[k] !== ',') break;
    const t = ctx.tokens[i]!;
    const participle = t.pos === 'VERB' && /(?:ed|ing|en)$/.test(ctx.words[i]!);
    if (!(t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'SCONJ' || isDateToken(ctx, i) || participle)) break;
    i = k + 1;
  }
  let end = i - 1;
  for (let k = i; k <= to; k++) {
    const t = ctx.tokens[k]!;
    // "He's comparing …": a contracted "is"/"has" ends the subject; a possessive "'s" goes on with it.
    const possessive = ctx.words[k] === "'s" && t.pos !== 'AUX';
    // "Qatar's Ministry of Foreign Affairs spokesman Majed al-Ansari …": an "of" between two nouns is inside the
    // subject; stopping there names the ministry.
    const linked = ctx.words[k] === 'of' && k > i && isNounish(ctx.tokens[k - 1]!) && nominalStart(ctx, k + 1, to);
    // "Majed al-Ansari", "a well-known analyst": a hyphen inside one word.
    const hyphen =
      ctx.words[k] === '-' &&
      k > i &&
      k < to &&
      end === k - 1 &&
      ctx.tokens[k - 1]!.end === t.start &&
      t.end === ctx.tokens[k + 1]!.start;
    // "Sens. Jeff Merkley …": the full stop of an abbreviated title opening the subject.
    const titleStop = ctx.words[k] === '.' && k === i + 1 && ctx.tokens[k - 1]!.end === t.start;
    if (hyphen) end = ++k;
    else if (
      isNounish(t) ||
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'PRON' ||
      possessive ||
      linked ||
      titleStop
    )
      end = k;
    else break;
  }
  // "the board of": an "of" whose second half is no noun ends nothing.
  while (end > i && ctx.words[end] === 'of') end--;
  // "Opinion: Stop calling it …": a label before a colon is no subject. "It's …", "That's …": no speaker either.
  if (end < i || ctx.words[end + 1] === ':') return null;
  if (ctx.words[end + 1] === "'s" && end === i && IMPERSONAL_SUBJECTS.has(ctx.words[end]!)) return null;
  return phraseEndingAt(ctx, end, i);
}
