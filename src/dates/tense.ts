import type { Sentence, Token } from '../types.js';
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
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'be']);
/** Present-tense reporting verbs describe past events: "says Tuesday's vote was rigged", "tells of Monday's raid". */
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
  // "ahead of the UN climate summit in November", "the upcoming vote on Tuesday": the event is still to come.
  for (let k = first - 1; k >= from && first - k <= AHEAD_REACH; k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (CLAUSE_BREAK.has(w) || w === ',') break;
    if (w === 'upcoming' || (w === 'ahead' && tokens[k + 1]?.text.toLowerCase() === 'of')) return 'future';
  }
  for (let k = first - 1; k >= from && first - k <= 12; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) break;
    if (
      VERBISH.has(t.pos ?? '') &&
      !inName(tokens, k, from) &&
      !attributive(tokens, k, from) &&
      !nounSubject(tokens, k, from)
    ) {
      const tense = tenseOfVerb(tokens, from, k);
      return tense === 'past' && futureInPast(tokens, from, k) ? 'future' : tense;
    }
  }
  for (let k = last + 1; k <= to && k - last <= 8; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) break;
    if (VERBISH.has(t.pos ?? '') && !inName(tokens, k, from)) return tenseOfVerb(tokens, from, k);
  }
  return 'none';
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

/** "Scans on Friday showed …": a sentence's first word read as a verb before a preposition is its noun subject. */
function nounSubject(tokens: readonly Token[], k: number, from: number): boolean {
  return k === from && tokens[k + 1]?.pos === 'ADP' && /s$/.test(tokens[k]!.text);
}

/** A capitalized "verb" inside a sentence is part of a name ("Southern Cross University"), not the clause's verb. */
function inName(tokens: readonly Token[], k: number, from: number): boolean {
  return k > from && /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.pos === 'VERB';
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
    if (j < k && low === 'to' && pastGovernor(tokens, from, j - 1)) return 'past';
    if (j < k && FUTURE_LEADS.has(low)) return 'future';
    if (PAST_AUX.has(low)) past = true;
    else if (verbish && formOf(t) === 'past') past = true;
  }
  const verb = tokens[k]!;
  if (PLAN_LEMMAS.has(verb.lemma ?? '')) return 'future';
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

/** Whether token g is a past verb that governs no plan ("rallied", "managed"; not "planned", "expected", "wanted"). */
function pastGovernor(tokens: readonly Token[], from: number, g: number): boolean {
  const t = tokens[g];
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
