import { isLowerWord, startsUpper } from '../text/letters.js';
import type { Sentence, Token } from '../types.js';
import { MONTHS, TIME_ZONES, WEEKDAYS } from './lexicon.js';
/** The tense of a governing verb; 'present' is a simple present ("meet Monday", a plan in news style). */
export type Tense = 'past' | 'future' | 'present' | 'none';

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo', 'won’t', "won't", 'would']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", 'been']);
/** Words that put the following verb in the future: "plans to vote Tuesday", "is set to open", "going to". */
const FUTURE_LEADS = new Set(['to', 'going', 'scheduled', 'expected', 'due', 'planned', 'set']);
/** Verbs whose past form is their base form: "read Wednesday" is as likely past as present. */
const SAME_FORM_PAST = new Set([
  'read',
  'set',
  'put',
  'cut',
  'hit',
  'let',
  'quit',
  'shut',
  'spread',
  'cast',
  'cost',
  'hurt',
  'beat',
  'bid',
  'broadcast',
  'upset',
  'split',
  'burst',
  'thrust',
  'forecast',
]);
/** Verbs of planning point forward whatever their tense: "planned a rally on Saturday". */
const PLAN_LEMMAS = new Set([
  'plan',
  'schedule',
  'expect',
  'intend',
  'aim',
  'prepare',
  'hope',
  'vow',
  'promise',
  'pledge',
  'threaten',
]);
const PERFECT_AUX = new Set(['have', 'has', "'ve", '’ve']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'be']);
/** Present-tense reporting and thinking verbs describe past events: "says Tuesday's vote was rigged", "tells of Monday's raid". */
const REPORTING_LEMMAS = new Set([
  'say',
  'tell',
  'write',
  'report',
  'note',
  'claim',
  'argue',
  'add',
  'explain',
  'recall',
  // Verbs of thinking report a state of mind about another clause: "estimates her flats, worth $1m in October, …".
  'estimate',
  'believe',
  'think',
  'insist',
  'admit',
  'acknowledge',
  'deny',
  'suspect',
  'contend',
  'maintain',
  'remember',
]);
const VERBISH = new Set(['VERB', 'AUX']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '“', '”', '"']);
/** How far before a date "ahead of" or "upcoming" may be, in tokens. */
const AHEAD_REACH = 8;

/**
 * The tense of the verb governing the tokens first..last, as a direction for bare weekdays and months: "said
 * Tuesday" points back, "will vote Tuesday" forward. The governing verb is taken as the nearest verb before
 * the expression in its clause, else the nearest after it; past when it is a past form (its text differs from
 * its lemma and it is no -ing/-s form) or has a past auxiliary, future after will/shall or an infinitival "to".
 */
export function tenseAround(tokens: readonly Token[], sentence: Sentence, first: number, last: number): Tense {
  const [from, to] = sentence.tokens;
  // "as soon as Tuesday", "as early as next week".
  const a = tokens[first - 1]?.text.toLowerCase();
  const b = tokens[first - 2]?.text.toLowerCase();
  if (first - 3 >= from && a === 'as' && (b === 'soon' || b === 'early')) return 'future';
  // "their biggest gain since March", "closed since Tuesday": "since" looks back whatever the verb says.
  if (first - 1 >= from && a === 'since') return 'past';
  // "ahead of the UN climate summit in November", "the upcoming vote on Tuesday": the event is still to come.
  for (let k = first - 1; k >= from && first - k <= AHEAD_REACH; k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (CLAUSE_BREAK.has(w) || w === ',') break;
    if (w === 'upcoming' || (w === 'ahead' && tokens[k + 1]?.text.toLowerCase() === 'of')) return 'future';
  }
  // A present verb the tagger read as a noun, taken only when the clause has no verb of its own.
  let nounVerb = -1;
  for (let k = first - 1; k >= from && first - k <= 12; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) break;
    if (
      VERBISH.has(t.pos ?? '') &&
      !inName(tokens, k, from) &&
      !attributive(tokens, k, from) &&
      !nounSubject(tokens, k, from) &&
      !nounAfterPreposition(tokens, k, from)
    ) {
      if (copulaSchedule(tokens, k, first)) return 'present';
      if (dueAfterCopula(tokens, k, first)) return 'future';
      if (presentInTimeClause(tokens, from, k)) return 'future';
      const tense = tenseOfVerb(tokens, from, k);
      return tense === 'past' && futureInPast(tokens, from, k) ? 'future' : tense;
    }
    if (nounVerb === -1 && presentReadAsNoun(tokens, k, from)) nounVerb = k;
  }
  for (let k = last + 1; k <= to && k - last <= 8; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text) || newClause(tokens, k)) break;
    if (VERBISH.has(t.pos ?? '') && !inName(tokens, k, from)) {
      // "… worth $130 million in October, are worth half that now": a present state after the date says nothing
      // of the date's side.
      return PRESENT_COPULAS.has(t.text.toLowerCase()) ? 'none' : tenseOfVerb(tokens, from, k);
    }
  }
  return nounVerb !== -1 ? 'present' : 'none';
}

const PRESENT_COPULAS = new Set(['is', 'are', "'s", "'re", '’s', '’re']);

/**
 * Whether the verb governing a date starting at `first` tells a custom: "The race is held on the first Tuesday of
 * March", "Thanksgiving is celebrated on the fourth Thursday of November" (a staging verb's present passive),
 * "Mexicans celebrate it on May 5" (a verb of keeping a day, in the simple present), "The fair opens every year on
 * May 5" (any simple present with a word of habit in its clause).
 */
export function customAround(tokens: readonly Token[], sentence: Sentence, first: number): boolean {
  const [from, to] = sentence.tokens;
  for (let k = first - 1; k >= from && first - k <= 12; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return false;
    if (!VERBISH.has(t.pos ?? '') || inName(tokens, k, from)) continue;
    if (heldInPresent(tokens, from, k)) return true;
    if (!simplePresent(tokens, from, k)) return false;
    return KEEPING_LEMMAS.has(t.lemma ?? '') || habitInClause(tokens, from, to, first);
  }
  return false;
}

/** Verbs of keeping a day, whose simple present tells a custom: "Nigerians celebrate it on October 1". */
const KEEPING_LEMMAS = new Set(['celebrate', 'observe', 'commemorate']);
/** Words of habit: "every year", "each spring", "annually", "traditionally". */
const HABIT_WORDS = new Set(['annually', 'traditionally', 'customarily', 'yearly', 'usually', 'always']);
const EVERY = new Set(['every', 'each']);

/** Whether the clause around `first` (up to a clause break) holds a word of habit. */
function habitInClause(tokens: readonly Token[], from: number, to: number, first: number): boolean {
  for (let k = first - 1; k >= from && !CLAUSE_BREAK.has(tokens[k]!.text); k--) {
    if (habitAt(tokens, k)) return true;
  }
  for (let k = first; k <= to && !CLAUSE_BREAK.has(tokens[k]!.text) && tokens[k]!.text !== ','; k++) {
    if (habitAt(tokens, k)) return true;
  }
  return false;
}

function habitAt(tokens: readonly Token[], k: number): boolean {
  const low = tokens[k]!.text.toLowerCase();
  if (HABIT_WORDS.has(low)) return true;
  const next = tokens[k + 1]?.text.toLowerCase() ?? '';
  return EVERY.has(low) && (next === 'year' || TIME_UNITS_OF_YEAR.has(next));
}

/** What "every" takes to tell a yearly habit ("every spring"); "every day" tells no day of the year. */
const TIME_UNITS_OF_YEAR = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'anniversary']);

/** A simple present verb at k ("celebrates", "opens", "is"), with no auxiliary of another tense before it. */
function simplePresent(tokens: readonly Token[], from: number, k: number): boolean {
  const t = tokens[k]!;
  const low = t.text.toLowerCase();
  if (formOf(t) !== 'other' || low === 'has' || low === 'have' || low === 'does') return false;
  for (let j = k - 1; j >= from && k - j <= 3; j--) {
    const w = tokens[j]!;
    if (w.pos === 'ADV') continue;
    return !(VERBISH.has(w.pos ?? '') || w.text.toLowerCase() === 'to');
  }
  return true;
}

/** Words that open a clause of its own, whose verb governs nothing before it ("…, if needed, will be held"). */
const CLAUSE_OPENERS = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas']);

/** Whether token k opens another clause: a conditional or causal one, or "and"/"but" after a comma. */
function newClause(tokens: readonly Token[], k: number): boolean {
  const low = tokens[k]!.text.toLowerCase();
  return CLAUSE_OPENERS.has(low) || (tokens[k]!.pos === 'CCONJ' && tokens[k - 1]?.text === ',');
}

/** Plural subjects a present verb may follow: "Ministers travel", "they host". */
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);

/**
 * "Arsenal host Bayern", "Ministers travel to Paris", "Colombians vote on May 31": a plural present verb after
 * a name or a plural subject, which the tagger read as a noun. Only a clause with no verb of its own comes here.
 */
function presentReadAsNoun(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (t.pos !== 'NOUN' || k <= from || !before || t.text !== t.lemma || !isLowerWord(t.text)) return false;
  const next = tokens[k + 1];
  if (!next || !(next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'PROPN')) return false;
  // The subject opens the clause: "The Lakers host", not "the U.S. embassy in Nairobi".
  for (let j = from; j < k - 1; j++) {
    if (k - from > SUBJECT_REACH || !SUBJECT_TAGS.has(tokens[j]!.pos ?? '')) return false;
  }
  if (PLURAL_PRONOUNS.has(before.text.toLowerCase())) return true;
  // A plural ("Ministers", "The Lakers"), or a name alone opening the sentence ("Arsenal host"; not "The U.S. embassy").
  const plural = /s$/.test(before.text);
  if (before.pos === 'PROPN') return plural || k - from === 1;
  return before.pos === 'NOUN' && plural && before.text.toLowerCase() !== before.lemma;
}

const SUBJECT_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'CCONJ']);
/** At most this many words of subject before a present verb read as a noun. */
const SUBJECT_REACH = 4;

/** "The vote is on Tuesday", "The hearing is at 10 a.m. on July 2": a present copula and only the time between. */
function copulaSchedule(tokens: readonly Token[], verb: number, first: number): boolean {
  if (!PRESENT_COPULAS.has(tokens[verb]!.text.toLowerCase())) return false;
  for (let j = verb + 1; j < first; j++) {
    const t = tokens[j]!;
    if (!(t.pos === 'ADP' || t.pos === 'NUM' || TIME_WORDS.has(t.text.toLowerCase()) || isZone(t.text))) return false;
  }
  return true;
}

const TIME_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'noon', 'midnight', 'midday', 'local', 'time']);

/** A zone abbreviation in capitals ("KST", "ET"). */
function isZone(text: string): boolean {
  return TIME_ZONES.has(text.toLowerCase()) && text === text.toUpperCase();
}

const TIME_SUBORDINATORS = new Set(['as', 'when', 'once', 'after', 'before', 'until', 'while']);

/**
 * "the storm would weaken as it moved inland on Saturday": a past form in a time clause under "would" is the
 * back-shifted tense of reported speech; the event is still to come.
 */
function futureInPast(tokens: readonly Token[], from: number, verb: number): boolean {
  let sub = -1;
  for (let j = verb - 1; j >= from && verb - j <= 4; j--) {
    if (TIME_SUBORDINATORS.has(tokens[j]!.text.toLowerCase())) {
      sub = j;
      break;
    }
  }
  for (let j = sub - 1; sub > 0 && j >= from && sub - j <= 8; j--) {
    const low = tokens[j]!.text.toLowerCase();
    if (CLAUSE_BREAK.has(low) || low === '.') break;
    if (low === 'would' || low === 'will' || low === "'ll") return true;
  }
  return false;
}

/**
 * "in advanced talks over a January move", "a planned strike in May": a participle between a preposition or a
 * determiner and its noun modifies the noun; it is no verb of the clause.
 */
function attributive(tokens: readonly Token[], k: number, from: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (k <= from || !before || !after || !/ed$/.test(tokens[k]!.text)) return false;
  return (before.pos === 'ADP' || before.pos === 'DET') && after.pos === 'NOUN';
}

/**
 * "could not be reached for comment Sunday": a base form right after a preposition other than "to" is a noun the
 * tagger read as a verb; it is no verb of the clause.
 */
function nounAfterPreposition(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (k <= from || !before || t.pos !== 'VERB' || t.text.toLowerCase() !== t.lemma) return false;
  return (before.pos === 'ADP' || before.pos === 'SCONJ') && before.text.toLowerCase() !== 'to';
}

/** "He is due in court on Monday", "The talks are set for Friday": a present copula with a word of schedule. */
function dueAfterCopula(tokens: readonly Token[], verb: number, first: number): boolean {
  if (SCHEDULE_WORDS.has(tokens[verb]!.text.toLowerCase())) {
    let c = verb - 1;
    while (c > 0 && tokens[c]!.pos === 'ADV') c--;
    return PRESENT_COPULAS.has(tokens[c]?.text.toLowerCase() ?? '');
  }
  if (!PRESENT_COPULAS.has(tokens[verb]!.text.toLowerCase())) return false;
  let j = verb + 1;
  while (j < first && tokens[j]!.pos === 'ADV') j++;
  return j < first && SCHEDULE_WORDS.has(tokens[j]!.text.toLowerCase());
}

/**
 * "faces 20 years in prison when she is sentenced Feb. 12", "once the council meets on Tuesday": English puts the
 * future of a time clause in the present, so a present verb group after "when" and its subject is still to come.
 */
function presentInTimeClause(tokens: readonly Token[], from: number, verb: number): boolean {
  const t = tokens[verb]!;
  const low = t.text.toLowerCase();
  let j = verb - 1;
  if (formOf(t) === 'past') {
    while (j > from && tokens[j]!.pos === 'ADV') j--;
    if (!PRESENT_PASSIVE_AUX.has(tokens[j]?.text.toLowerCase() ?? '')) return false;
    j--;
  } else if (
    formOf(t) !== 'other' ||
    t.pos !== 'VERB' ||
    !(low === t.lemma || low === `${t.lemma}s` || low === `${t.lemma}es`)
  ) {
    return false;
  }
  const subjectEnd = j;
  while (j >= from && subjectEnd - j < TIME_CLAUSE_SUBJECT && TIME_CLAUSE_SUBJECT_TAGS.has(tokens[j]!.pos ?? '')) j--;
  return j >= from && j < subjectEnd && TIME_CLAUSE_OPENERS.has(tokens[j]!.text.toLowerCase());
}

const PRESENT_PASSIVE_AUX = new Set([...PRESENT_COPULAS, 'am']);
/** Conjunctions of a time clause whose present tense tells the future ("as" and "while" also tell reasons). */
const TIME_CLAUSE_OPENERS = new Set([...TIME_SUBORDINATORS].filter((w) => w !== 'as' && w !== 'while'));
const TIME_CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ']);
/** At most this many words of subject between the conjunction and the verb. */
const TIME_CLAUSE_SUBJECT = 4;

/** "Scans on Friday showed …": a sentence's first word read as a verb before a preposition is its noun subject. */
function nounSubject(tokens: readonly Token[], k: number, from: number): boolean {
  return k === from && tokens[k + 1]?.pos === 'ADP' && /s$/.test(tokens[k]!.text);
}

/** A capitalized "verb" inside a sentence is part of a name ("Southern Cross University"), not the clause's verb. */
function inName(tokens: readonly Token[], k: number, from: number): boolean {
  return k > from && startsUpper(tokens[k]!.text) && tokens[k]!.pos === 'VERB';
}

function tenseOfVerb(tokens: readonly Token[], from: number, k: number): Tense {
  // Read the whole verb group first ("will be held", "had been", "is expected to vote"): an auxiliary decides
  // before the main verb's form does.
  let past = false;
  for (let j = k; j >= from && k - j <= 4; j--) {
    const t = tokens[j]!;
    const low = t.text.toLowerCase();
    const verbish = VERBISH.has(t.pos ?? '');
    if (j < k && !verbish && t.pos !== 'ADV' && t.pos !== 'PART' && low !== 'to') break;
    if (FUTURE_AUX.has(low)) return 'future';
    // "rallied to beat the Celtics on Wednesday": an infinitive of result after a past verb happened.
    if (j < k && low === 'to' && pastGovernor(tokens, from, governorBefore(tokens, from, j - 1, tokens[k]!), j))
      return 'past';
    if (j < k && FUTURE_LEADS.has(low)) return 'future';
    // "has proposed holding the Games in October": a plan's gerund is still to come.
    if (j < k && verbish && formOf(tokens[k]!) === 'ing' && PLANNED_GERUND.has(t.lemma ?? '')) return 'future';
    if (PAST_AUX.has(low)) past = true;
    // "have come down from October", "has risen since May": a present perfect tells what already happened.
    else if (j < k && PERFECT_AUX.has(low) && participle(tokens[k]!)) past = true;
    else if (verbish && formOf(t) === 'past') past = true;
  }
  const verb = tokens[k]!;
  if (PLAN_LEMMAS.has(verb.lemma ?? '')) return 'future';
  if (past && heldInPresent(tokens, from, k)) return 'present';
  if (past) return 'past';
  const prev = tokens[k - 1];
  // "is meeting Tuesday" is a plan.
  const form = formOf(verb);
  if (form === 'ing' && prev && PRESENT_AUX.has(prev.text.toLowerCase())) return 'future';
  const low = verb.text.toLowerCase();
  if (form === 'other' && verb.pos === 'VERB' && low === verb.lemma && !SAME_FORM_PAST.has(low)) return 'present';
  // "The trial continues on Thursday": a third-person present is a schedule too; "says" and the other reporting
  // verbs report what happened.
  const third = low === `${verb.lemma}s` || low === `${verb.lemma}es`;
  if (form === 'other' && verb.pos === 'VERB' && third && !REPORTING_LEMMAS.has(verb.lemma ?? '')) return 'present';
  return 'none';
}

/** Verbs that stage an event; in the present passive they tell a schedule or a custom ("is held on Sunday"). */
const STAGING_LEMMAS = new Set(['hold', 'celebrate', 'observe', 'mark', 'stage', 'run', 'play', 'commemorate']);

/**
 * "The race is held on the first Tuesday of March", "The vote is held on Sunday": a staging verb's present passive
 * is no past event, whatever its participle's form ("is accused of killing a man on Friday" is still past).
 */
function heldInPresent(tokens: readonly Token[], from: number, k: number): boolean {
  if (!STAGING_LEMMAS.has(tokens[k]!.lemma ?? '') || formOf(tokens[k]!) !== 'past') return false;
  let j = k - 1;
  while (j > from && tokens[j]!.pos === 'ADV') j--;
  const aux = tokens[j]?.text.toLowerCase() ?? '';
  return j >= from && (aux === 'is' || aux === 'are');
}

/** Words an infinitive's governing verb may stand before: "made it hard for the firm to meet …". */
const GOVERNOR_GAP_POS = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'ADV', 'DET', 'ADP']);
/** How many words may stand between an infinitive's "to" and the verb that governs it. */
const GOVERNOR_REACH = 6;

/**
 * The verb that governs an infinitive whose "to" is at g + 1: g itself ("rallied to beat"), or the verb before an
 * object and a "for" phrase ("made it extremely difficult for Sun to meet"); -1 when none is near.
 */
function governorBefore(tokens: readonly Token[], from: number, g: number, verb: Token): number {
  // "his path to becoming the nominee": a "to" before a gerund is a preposition, and the verb next to it decides.
  if (formOf(verb) === 'ing') return g;
  for (let j = g; j >= from && g - j < GOVERNOR_REACH; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return j;
    const low = t.text.toLowerCase();
    if (!GOVERNOR_GAP_POS.has(t.pos ?? '') || low === 'to') return -1;
    // "a tender held on Monday to allocate funds … on Tuesday": the governing verb has a time of its own, so the
    // infinitive's date is another one, which a purpose points past; the governor's tense says nothing of it.
    if (OWN_TIME_WORDS.has(low) || WEEKDAYS.has(low) || MONTHS.has(low)) return -1;
  }
  return -1;
}

const PAST_COPULAS = new Set(['was', 'were']);
/** Words after a past copula whose infinitive happened: "was the first to", "were the only ones to", "was able to". */
const DONE_COMPLEMENTS = new Set(['first', 'last', 'only', 'able', 'quick', 'latest']);
/** Words that give the verb before an infinitive a time of its own ("held yesterday to …", "met last week to …"). */
const OWN_TIME_WORDS = new Set([
  'yesterday',
  'today',
  'tonight',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'night',
]);

/**
 * Whether token g is a past verb that governs no plan ("rallied", "managed"; not "planned", "expected", "wanted"), or a
 * past copula whose complement tells a deed done ("was the first to make the appeal on Tuesday", "were able to").
 * `to` is the infinitive's "to".
 */
function pastGovernor(tokens: readonly Token[], from: number, g: number, to: number): boolean {
  const t = tokens[g];
  if (t && g >= from && PAST_COPULAS.has(t.text.toLowerCase())) {
    for (let j = g + 1; j < to; j++) if (DONE_COMPLEMENTS.has(tokens[j]!.text.toLowerCase())) return true;
    return false;
  }
  if (!t || g < from || t.pos !== 'VERB' || formOf(t) !== 'past') return false;
  // "are supposed to conclude by May", "was set to vote": a passive participle points ahead.
  if (tokens[g - 1]?.pos === 'AUX') return false;
  const low = t.text.toLowerCase();
  return !FUTURE_LEADS.has(low) && !PLAN_LEMMAS.has(t.lemma ?? '') && !INTENT_LEMMAS.has(t.lemma ?? '');
}

/**
 * Verbs of wanting or deciding whose infinitive is still to come ("agreed to meet on Friday"). Not try, attempt,
 * refuse or fail: "refused to resign after the vote on Tuesday" tells what happened then.
 */
const INTENT_LEMMAS = new Set([
  'want',
  'agree',
  'decide',
  'promise',
  'vow',
  'pledge',
  'intend',
  'hope',
  'aim',
  'offer',
  'threaten',
  'prepare',
  'arrange',
  'propose',
  'ask',
  'tell',
  'urge',
  'invite',
  'vote',
  'seek',
]);

/** Verbs of planning or proposing whose gerund is still to come ("proposed holding", "considering raising"). */
const PLANNED_GERUND = new Set([...PLAN_LEMMAS, 'propose', 'consider', 'suggest', 'recommend', 'discuss', 'mull']);

/** A past participle, or a base form that may be one ("come", "run"); not "talks" nor "meeting". */
function participle(t: Token): boolean {
  const low = t.text.toLowerCase();
  const lemma = t.lemma ?? low;
  return formOf(t) === 'past' || (low === lemma && t.pos === 'VERB');
}

function formOf(t: Token): 'past' | 'ing' | 'other' {
  const low = t.text.toLowerCase();
  if (low.endsWith('ing')) return 'ing';
  const lemma = t.lemma ?? low;
  if (low === lemma || low === `${lemma}s` || low === `${lemma}es` || low === 'is' || low === 'are' || low === 'am') {
    return 'other';
  }
  if (low === 'has' || low === 'does' || low === 'says') return 'other';
  return 'past';
}

/** Auxiliaries of a plain future. Not "would": a plan told in the past ("said it would open") may be over. */
const FIRM_FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
/** Participles after a present "is"/"are" and before "to" that schedule: "is scheduled to open", "are due to meet". */
const SCHEDULE_WORDS = new Set(['scheduled', 'due', 'set', 'slated', 'expected']);

/** Words before a date that make it no time of the clause's verb: possessives, and prepositions that look back. */
const NOT_GOVERNED = new Set(["'s", '’s', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'since', 'after', 'from']);

/**
 * Whether the verb group governing a date that starts at `first` puts it firmly after the text was written: "The
 * fair will open on May 5", "The hearing is scheduled to resume on March 3". A day or a month then lies ahead of the
 * publication date, however near its last occurrence was.
 */
export function firmFutureAround(tokens: readonly Token[], sentence: Sentence, first: number): boolean {
  const from = sentence.tokens[0];
  // "since their Oct. 13 debate", "Christie's Nov. 14 speech": a date that modifies a noun or looks back is not
  // the verb's.
  if (NOT_GOVERNED.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return false;
  for (let k = first - 1; k >= from && first - k <= 12; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return false;
    if (!VERBISH.has(t.pos ?? '') || inName(tokens, k, from) || attributive(tokens, k, from)) continue;
    for (let j = k; j >= from && k - j <= 4; j--) {
      const w = tokens[j]!;
      const low = w.text.toLowerCase();
      if (j < k && !VERBISH.has(w.pos ?? '') && w.pos !== 'ADV' && w.pos !== 'PART' && low !== 'to') {
        if (!SCHEDULE_WORDS.has(low)) return false;
      }
      // "Will had nothing but praise": a capitalized "Will" in mid-sentence is a name.
      if (FIRM_FUTURE_AUX.has(low) && (low === w.text || j === from)) return true;
      const aux = tokens[j - 1]?.text.toLowerCase() ?? '';
      if (j < k && SCHEDULE_WORDS.has(low) && tokens[j + 1]?.text === 'to' && PRESENT_AUX.has(aux)) return true;
    }
    return false;
  }
  return false;
}
