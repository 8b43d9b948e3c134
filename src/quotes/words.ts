/**
 * Small closed word classes the quote rules test tokens against. Closed classes of English grammar, not a
 * lexicon, so they live here rather than in data/.
 */
import type { Token } from '../types.js';

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Subject pronouns that open a relative clause, not a subject of their own. */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
export const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'it']);
/** Pronouns that can only be objects ("groups that have endorsed him say …"); "her", "it", "you" can be subjects. */
export const OBJECT_ONLY_PRONOUNS = new Set(['me', 'him', 'them', 'us']);
export const OPENING_MARKS = new Set(['“', '"', '„', '«', "'", '‘']);
export const CLOSING_MARKS = new Set(['”', '"', '»', "'", '’']);
/**
 * Participles of being questioned that open a sentence with the speaker as their understood subject: "Asked
 * whether …, Lopez said no", "Pressed on the deal, the minister said …". What follows is the question, not what was said.
 */
export const QUESTIONED = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged']);
/** Subordinators that may open such a participle: "When asked about …", "If pressed, …". */
export const QUESTIONED_OPENERS = new Set(['when', 'if', 'once', 'after']);
/** Dashes that open or close an aside, as the tokenizer gives them (a doubled hyphen is one token). */
export const DASHES = new Set(['-', '–', '—', '--']);
export const FINAL_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-', '...', '…']);
/** Prepositions that may sit inside a speaker phrase: "a spokesman for the company", "the head of X". */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'inside', 'within', 'across']);
/**
 * Prepositions of place and relation that a speaker phrase may carry as a post-modifier, after a noun: "a hospital
 * trust under investigation", "the group behind the petition", "residents near the airport", "staff around the
 * world", "trade between the two nations". Unlike NP_PREPOSITIONS, never stripped from a phrase's start ("Outside
 * experts") and no link in other rules. "among", "over", "against" and "like" are left out: after a noun they
 * head a phrase of the predicate more often than a speaker's ("a plurality among those who …", "concern over those
 * who …", "a lawsuit against the college", and "candidates like X and Y" cut at its "and").
 */
export const POST_MODIFIER_PREPOSITIONS = new Set([
  'under',
  'behind',
  'near',
  'outside',
  'around',
  'beyond',
  'throughout',
  'between',
]);
/**
 * Nouns of a relation that take "to" before the one they serve: "aides to the governor", "the ambassador to Spain",
 * "China's delegation to the forum". Singular and plural.
 */
export const RELATIONAL_TO = new Set(
  [
    'aide',
    'adviser',
    'advisor',
    'ambassador',
    'envoy',
    'delegation',
    'successor',
    'heir',
    'assistant',
    'deputy',
    'secretary',
    'consultant',
    'counsel',
    'counselor',
    'lawyer',
    'attorney',
    'doctor',
    'physician',
    'delegate',
    'representative',
    'emissary',
    'liaison',
    'donor',
    'contributor',
    'nominee',
  ].flatMap((w) => [w, `${w}s`]),
);
/** Cues whose first complement is the hearer: "told reporters that …". */
export const HEARER_CUES = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'convince', 'promise', 'ask']);
/** Cues that name a source reporting someone else's statement. */
export const REPORTING_CUES = new Set(['report', 'accord to', 'cite', 'write', 'tell', 'say', 'publish']);
/**
 * Verbs of saying that invert after a clause they frame ("…, added Ms. Ruiz", "…, argued the minister"), beside the
 * reporting cues. A verb of doing does not ("…, attacked Rubio for …" has its subject on the left).
 */
export const SPEECH_CUES = new Set([
  'acknowledge',
  'add',
  'admit',
  'agree',
  'announce',
  'answer',
  'argue',
  'ask',
  'assert',
  'claim',
  'comment',
  'complain',
  'concede',
  'conclude',
  'confirm',
  'contend',
  'continue',
  'counter',
  'declare',
  'emphasize',
  'explain',
  'insist',
  'joke',
  'maintain',
  'muse',
  'note',
  'observe',
  'point out',
  'post',
  'predict',
  'quip',
  'recall',
  'remark',
  'reply',
  'respond',
  'say',
  'state',
  'stress',
  'suggest',
  'tweet',
  'warn',
]);
/** Forms of "be" that make a participle after them passive ("was told", "had been arrested"). */
export const PASSIVE_BE = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'am']);
/**
 * Words before a number that make it approximate, tagged as prepositions or adverbs ("around 200", "about $4bn",
 * "nearly half").
 */
export const APPROXIMATORS = new Set([
  'around',
  'about',
  'nearly',
  'almost',
  'roughly',
  'some',
  'over',
  'under',
  'approximately',
]);
/** Reflexive pronouns: objects ("compared himself to Clinton") or emphasis of a subject ("has itself warned"). */
export const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
/** The currency signs that open an amount ("$2.1 billion"), lower case. */
export const CURRENCY = new Set(['$', '£', '€', '¥', 'us$', 'c$', 'a$']);
/** Words that open an embedded question as a cue's complement: "explained how …", "asked whether …". */
export const WH_COMPLEMENTS = new Set(['how', 'why', 'whether', 'if']);
/** Participles that join a clause as a conjunction does ("a drop in the bucket given that the debt …"). */
export const SUBORDINATING_PARTICIPLES = new Set([
  'given',
  'provided',
  'providing',
  'seeing',
  'supposing',
  'considering',
  'granted',
  'assuming',
]);
/** A letter or digit: what makes a token a word rather than punctuation. */
/** Words that lead into a date: "said on Thursday", "told them this weekend", "a poll released last week". */
export const DATE_LEADS = new Set(['on', 'in', 'this', 'last', 'earlier', 'late', 'early']);
export const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan.',
  'feb.',
  'aug.',
  'sept.',
  'sep.',
  'oct.',
  'nov.',
  'dec.',
]);

export function isNounish(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM';
}

/** Whether the clause from token i has no subject of its own: its verb comes first, after adverbs at most. */
export function verbFirst(tokens: readonly Token[], i: number): boolean {
  while (tokens[i]?.pos === 'ADV') i++;
  const t = tokens[i];
  return t !== undefined && isVerbal(t);
}

/**
 * Whether the "that" at i follows a noun or a number, as a relative pronoun does ("groups that …", "the 2016 race
 * that …"), not a verb or a conjunction ("said that", "so that").
 */
export function thatAfterNoun(words: readonly string[], tokens: readonly Token[], i: number): boolean {
  return words[i] === 'that' && i > 0 && isNounish(tokens[i - 1]!);
}

export function isVerbal(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/**
 * Participles that name what comes before them ("formerly known as Twitter", "a group called Free Press", "the
 * driver, identified as Marcus Hill,").
 */
export const NAMING_PARTICIPLES = new Set([
  'known',
  'called',
  'dubbed',
  'nicknamed',
  'named',
  'billed',
  'labeled',
  'labelled',
  'identified',
]);
