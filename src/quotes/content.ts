/**
 * Where content starts and ends around a cue: complements, frames, resumed quotations and clause ends. Token
 * ranges are inclusive; every helper stays inside its sentence (or paragraph, for resumed quotations).
 */

import { WIRE_AGENCIES } from '../article/lexicon.js';
import { detached } from '../text/detach.js';
import { hasLetterOrDigit, LetterPattern, startsLower, startsUpper } from '../text/letters.js';
import type { Span } from '../types.js';
import { stopsAtComma } from './comma.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { nextWhere } from './indexes.js';
import { baseForms, CUE_TRIE, DOCUMENT_SUBJECTS } from './lexicon.js';
import { FRAME_SUBORDINATORS, type Range } from './speaker.js';
import { dashNamesClaim } from './special.js';
import {
  DATE_LEADS,
  DATE_WORDS,
  FINAL_PUNCT,
  HEARER_CUES,
  isNounish,
  NAMING_PARTICIPLES,
  NP_PREPOSITIONS,
  OBJECT_PRONOUNS,
  PASSIVE_BE,
  POSSESSIVES,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  thatAfterNoun,
  verbFirst,
  WH_COMPLEMENTS,
} from './words.js';

const CAPITALS_WORD = new LetterPattern(String.raw`^\p{Lu}[\p{Lu}.'-]+$`);
const REGION_OR_DATE = new LetterPattern(String.raw`^(?:\p{Lu}|\d{1,4}$|[.,]$)`);

/**
 * "New Delhi, Feb 6 (PTI) The government …": a place in title case, a region or date after a comma, and a known
 * wire agency in parentheses, with or without a dash. `first` when the sentence has none.
 */
function afterAgencyDateline(ctx: QuoteContext, first: number, last: number): number {
  const { words, tokens } = ctx;
  let i = first;
  while (i <= last && i - first < 4 && startsUpper(tokens[i]!.text)) i++;
  // "Lima (AFP) – Peru's Congress …": with no comma after the place, the agency must be followed by a dash.
  const comma = words[i] === ',';
  if (i === first || (!comma && words[i] !== '(')) return first;
  while (i <= last && i - first < DATELINE_REACH && words[i] !== '(') i++;
  if (words[i] !== '(' || words[i + 2] !== ')' || !WIRE_AGENCIES.has(tokens[i + 1]!.text)) return first;
  i += 3;
  const dash = DATELINE_DASHES.has(words[i] ?? '');
  if (!comma && !dash) return first;
  if (dash) i++;
  return i < last ? i : first;
}

export function sentenceRange(ctx: QuoteContext, s: number): Range {
  const sent = ctx.doc.sentences[s]!;
  let firsts = sentenceFirsts.get(ctx);
  if (!firsts) {
    firsts = new Int32Array(ctx.doc.sentences.length).fill(-1);
    sentenceFirsts.set(ctx, firsts);
  }
  if (firsts[s]! < 0) firsts[s] = afterDatelinePrefix(ctx, sent.tokens[0], sent.tokens[1]);
  return [firsts[s]!, sent.tokens[1]];
}

/** Each sentence's first token after any dateline, per document, computed when first asked for. */
const sentenceFirsts = new WeakMap<QuoteContext, Int32Array>();

const DATELINE_DASHES = new Set(['—', '–', '―', '-', '--']);
/** How many tokens a place dateline ("ST. LOUIS, Mo. (AP) —") may take before its dash. */
const DATELINE_REACH = 12;

/**
 * The first token after a wire dateline that opens a sentence ("WASHINGTON (AP) —", "LONDON —", "PORTLAND, Ore.
 * (Reuters) -", "BERLIN, Nov 7 (Reuters) -"): a place in capitals, an optional region or date after a comma, an
 * optional agency in parentheses, a dash.
 * Neither speaker nor content starts inside it. `first` when the sentence has none.
 */
function afterDatelinePrefix(ctx: QuoteContext, first: number, last: number): number {
  const { words, tokens } = ctx;
  let i = first;
  // "10:30 p.m.: Turnout appeared …": a live blog's time stamp.
  while (i <= last && ctx.inDate[i] === 1) i++;
  if (i > first && i < last && (words[i] === ':' || DATELINE_DASHES.has(words[i]!))) return i + 1;
  i = first;
  while (i <= last && CAPITALS_WORD.test(tokens[i]!.text)) i++;
  if (i === first) return afterAgencyDateline(ctx, first, last);
  const comma = words[i] === ',';
  if (comma) {
    i++;
    // "PORTLAND, Ore.", "BERLIN, Nov 7", "LONDON, Nov. 7, 2024": a region or a date.
    const regionOrDate = (t: string) => REGION_OR_DATE.test(t);
    while (i <= last && i - first < DATELINE_REACH && regionOrDate(tokens[i]!.text) && words[i] !== '(') i++;
  }
  // "(Reuters)", "/PRNewswire/": the agency.
  const close = words[i] === '(' ? ')' : words[i] === '/' ? '/' : undefined;
  const open = i;
  if (close) {
    i++;
    while (i <= last && i - first < DATELINE_REACH && words[i] !== close) i++;
    i++;
  }
  if (i >= last || i - first > DATELINE_REACH + 2) return first;
  if (DATELINE_DASHES.has(words[i]!)) return i + 1;
  // "MUMBAI, July 8 (PTI) Heavy rains …": Indian and other agencies' datelines need no dash after a known agency
  // (as "New Delhi, Feb 6 (PTI) The …" in title case).
  const agency = close === ')' && i === open + 3 && WIRE_AGENCIES.has(tokens[open + 1]!.text);
  return agency && comma && startsUpper(tokens[i]!.text) ? i : first;
}

export function span(ctx: QuoteContext, first: number, last: number): Span {
  return { start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end };
}

/** The last token of a content stretch, trailing punctuation dropped (a closing quotation mark is kept). */
export function trimEnd(ctx: QuoteContext, first: number, last: number): number {
  let e = last;
  // "(According to the police, it keeps no statistics.)": a closing parenthesis whose opening one is outside goes
  // too.
  const unopened = (i: number) => ctx.words[i] === ')' && lastOpenings(ctx)[i]! < first;
  while (e > first && ctx.quoteOf[e]! < 0 && (FINAL_PUNCT.has(ctx.words[e]!) || unopened(e))) e--;
  return e;
}

const openings = new WeakMap<QuoteContext, Int32Array>();

/** Per token, the index of the last "(" at or before it (-1 if none): built once per document. */
function lastOpenings(ctx: QuoteContext): Int32Array {
  let out = openings.get(ctx);
  if (!out) {
    out = new Int32Array(ctx.words.length);
    let last = -1;
    for (let i = 0; i < ctx.words.length; i++) {
      if (ctx.words[i] === '(') last = i;
      out[i] = last;
    }
    openings.set(ctx, out);
  }
  return out;
}

/** How many words an appositive between commas may have for the clause's verb to follow it. */
const APPOSITIVE_REACH = 15;

/** Whether the appositive opened by the comma at `x` closes with a comma that a verb follows. */
function verbAfterAside(ctx: QuoteContext, x: number, last: number): boolean {
  let c = x + 1;
  while (c <= Math.min(last, x + APPOSITIVE_REACH) && ctx.words[c] !== ',') c++;
  const after = ctx.tokens[c + 1];
  return ctx.words[c] === ',' && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
}

/** What kind of complement starts at `from`: a clause with its own subject and verb, or a noun-phrase object. */
export function complementShape(
  ctx: QuoteContext,
  from: number,
  last: number,
): { clausal: boolean; nounObject: boolean } {
  const { words, tokens } = ctx;
  // A complement with its own subject and verb is a clause; an object noun phrase or "to …" is not.
  let clausal = words[from] === 'that' || (!(words[from] === 'to') && subjectThenVerb(ctx, from, last));
  let nounObject =
    isNounish(tokens[from]!) ||
    tokens[from]!.pos === 'DET' ||
    tokens[from]!.pos === 'ADJ' ||
    POSSESSIVES.has(words[from]!);
  // A verb before the first comma makes the complement a clause ("the campaign in Ohio planned …").
  for (let x = from; x <= last && nounObject; x++) {
    if (words[x] === ',') {
      // "the suspect, a 34-year-old man, was arrested": a verb after an appositive still makes a clause.
      if (verbAfterAside(ctx, x, last)) {
        nounObject = false;
        clausal = true;
      }
      break;
    }
    if (words[x] === ';') break;
    if ((tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX') && words[x - 1] !== 'of') nounObject = false;
  }
  return { clausal, nounObject };
}

/**
 * Where right-hand content stops: the sentence end; a comma that opens another attribution frame (", the
 * Financial Times reported", ", according to Reuters", ", citing …", ", he said"); a coordinated predicate of the
 * cue's subject ("said X and urged Y") or a second clause with its own attribution (", and most voters said …").
 * An object that is a noun phrase, not a clause ("attacked Machado in a tweet"), stops before the first
 * preposition or comma after it.
 */
export function contentStop(ctx: QuoteContext, from: number, last: number, cueAt: Int32Array): number {
  const { words, tokens } = ctx;
  let verbSeen = false;
  let asideOpen = false;
  let naming = false;
  let fronted = frontedAfterThat(ctx, from);
  const { clausal, nounObject } = complementShape(ctx, from, last);
  for (let x = from; x <= last; x++) {
    // A scan this long (hostile input: thousands of cues in one sentence) is answered from per-document
    // next-stop arrays: the same answer, without walking to the sentence end from every cue.
    if (x - from === LONG_SCAN) {
      const index = stopIndex(ctx, cueAt);
      if (index.sentenceLast[from] === last) {
        const stop = indexedStop(ctx, index, from, last, nounObject, clausal);
        return stop === last ? quoteRunOn(ctx, from, last) : stop;
      }
    }
    if (ctx.quoteOf[x]! >= 0) {
      // “…,” she said: a quotation closing on a comma may be followed by a frame.
      const q = ctx.quoteOf[x]!;
      if (x > from && ctx.quoteTokens[q]![1] === x && words[x - 1] === ',' && opensFrame(ctx, x + 1, last, cueAt)) {
        return x;
      }
      continue;
    }
    const w = words[x]!;
    const t = tokens[x]!;
    // A sentence end the splitter missed ("… regional centers. The S.E.C. said …"); not a period glued inside a
    // word ("(PANW.O)").
    const glued = w === '.' && tokens[x - 1]!.end === t.start && t.end === tokens[x + 1]?.start;
    if ((w === '.' || w === '?' || w === '!') && x > from && x < last && startsUpper(tokens[x + 1]!.text) && !glued) {
      return x - 1;
    }
    if (w === ',' && x > from) {
      // "that as voters learn more about him, they will …", "that after the vote, Smith called her …": the comma
      // that closes an adverbial fronted after "that" leads on to the clause's subject and verb, even when that verb
      // is a cue (the clause would otherwise have no main verb); an adverb may open it ("that under the rules, even
      // articles can be …").
      if (fronted) {
        fronted = false;
        const prepositional = ctx.tokens[from + 1]!.pos === 'ADP' && !FRONTED_SUBORDINATORS.has(words[from + 1]!);
        let k = x + 1;
        while (k < last && tokens[k]!.pos === 'ADV') k++;
        if (!(prepositional && verbSeen) && mainClauseAt(ctx, k, last) && !shortFrame(ctx, x + 1, last, cueAt))
          continue;
      }
      if (opensFrame(ctx, x + 1, last, cueAt)) return x - 1;
      // "that, if elected, he'd leave …", "described how, as a child, she moved …": an aside right after "that" or a
      // wh-word opening the content runs to its closing comma inside the clause.
      // Not "did not explain why, but she suspects …": a conjunction after the comma ends the bare wh-word.
      const wh = WH_COMPLEMENTS.has(words[from]!) && tokens[x + 1]?.pos !== 'CCONJ';
      if (x === from + 1 && (words[from] === 'that' || wh)) {
        asideOpen = true;
        continue;
      }
      // "the driver, identified as Marcus Hill, was traveling …": an appositive naming the subject runs to its
      // closing comma, and its participle is no verb of the clause.
      // Only an appositive closed by a comma before the clause's verb: a noun object keeps its own end ("opposed a
      // trade deal, known as the TPP.").
      if (!asideOpen && namingParticiple(ctx, x + 1) && verbAfterAside(ctx, x, last)) {
        asideOpen = true;
        naming = true;
        continue;
      }
      if (asideOpen) {
        asideOpen = false;
        naming = false;
        continue;
      }
      // Whether the content ends at this comma is learned (comma.ts), from the rules' own evidence and the words
      // around it.
      if (stopsAtComma(ctx, from, x, last, { clausal, nounObject, verbSeen })) return x - 1;
    }
    // "attacked Machado in early-morning tweets", "called for more investment in a statement": a noun object
    // ends where an adverbial of the cue begins.
    if (nounObject && !verbSeen && x > from && opensAdverbial(ctx, x)) return x - 1;
    // "said X and urged Y": a coordinated cue starts an attribution of its own.
    if (x > from && coordinatedCue(ctx, x, cueAt)) return x - 1;
    // A semicolon ends any complement; a dash mostly does not (PolNeAR's contents run through dashed asides and
    // appositives), unless it opens an appositive naming the content a claim ("—an allegation it has denied").
    if (x > from && (words[x] === ';' || dashNamesClaim(ctx, x))) return x - 1;
    // "said the plan would pass — the vote is set for Friday", "said it would pass — citing the votes": a lone
    // dash before a clause of its own or a participle ends the content; an appositive after it does not, nor does
    // a pair of dashes around an aside ("that her server — there were several — was never hacked").
    if (x > from && isDash(ctx, x) && loneDash(ctx, from, x, last) && afterDashStops(ctx, x + 1, last)) return x - 1;
    // "praised the crew - “They saved the street,” she said - and …": a dash before a quotation with a frame of its
    // own ends the content; the quotation is that frame's.
    if (x > from && isDash(ctx, x) && framedQuotationAt(ctx, x + 1, last, cueAt)) return x - 1;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !naming) verbSeen = true;
  }
  return quoteRunOn(ctx, from, last);
}

/** Whether a quotation opens at `k`, closes on a comma and is followed by a frame ("“…,” she said"). */
function framedQuotationAt(ctx: QuoteContext, k: number, last: number, cueAt: Int32Array): boolean {
  const q = k <= last ? quoteStartingAt(ctx, k) : -1;
  if (q < 0) return false;
  const end = ctx.quoteTokens[q]![1];
  return end < last && ctx.words[end - 1] === ',' && opensFrame(ctx, end + 1, last, cueAt);
}

/**
 * The end of a content that reaches its sentence's last token: that token, or the closing mark of a quotation
 * that opened inside the content and runs on into later sentences of the paragraph ("said the plan “will work. We
 * have the votes.”"). PolNeAR's content holds the whole quotation.
 */
function quoteRunOn(ctx: QuoteContext, from: number, last: number): number {
  const q = ctx.quoteOf[last]!;
  if (q < 0) return last;
  const [open, close] = ctx.quoteTokens[q]!;
  return open >= from && close > last && paragraphOf(ctx, close) === paragraphOf(ctx, last) ? close : last;
}

/**
 * Where a noun-phrase object ends before a second predicate of the cue's subject: "praised the plan and urged a
 * vote", "criticizing the cuts and calling for a review". The verb after "and" or "but" carries the cue's own
 * inflection (-ed, -s, -ing), so it joins the cue, not the object; PolNeAR ends the content before it. A verb inside
 * the object ("the plan that passed"), a quotation, or an adjective before the conjunction ("called the charges
 * false and fabricated", two complements joined) leaves `stop` as it is.
 */
export function secondPredicateStop(ctx: QuoteContext, cue: Cue, from: number, stop: number): number {
  const { words, tokens } = ctx;
  if (!opensObject(ctx, from)) return stop;
  const inflection = inflectionOf(words[cue.last]!);
  if (inflection === undefined) return stop;
  for (let x = from + 1; x < Math.min(stop, from + OBJECT_REACH); x++) {
    const t = tokens[x]!;
    if (ctx.quoteOf[x]! >= 0 || t.pos === 'VERB' || t.pos === 'AUX') return stop;
    if (
      (words[x] === 'and' || words[x] === 'but') &&
      tokens[x + 1]?.pos === 'VERB' &&
      inflectionOf(words[x + 1]!) === inflection &&
      tokens[x - 1]!.pos !== 'ADJ'
    )
      return x - 1;
  }
  return stop;
}

/**
 * Where a content ends before a parenthesis that closes it: one left open to the end of the content ("… 250,000
 * refugees (in fact"), or an aside that is the content's last words ("… on firm legal ground (naturally)"). PolNeAR
 * leaves both out. A short capitalized label with no verb ("(R-Texas)", "(ACA)") stays, as does a parenthesis with
 * words after it, and one inside a quotation.
 */
export function beforeClosingAside(ctx: QuoteContext, from: number, stop: number): number {
  if (ctx.quoteOf[from]! >= 0) return stop;
  const { open, close } = parenthesisIndex(ctx);
  const x = open[from + 1]!;
  if (x > stop) return stop;
  const end = close[x + 1]!;
  if (end > stop) return x - 1;
  const atEnd = end === stop || (end === stop - 1 && FINAL_PUNCT.has(ctx.words[stop]!));
  return atEnd && !parentheticalLabel(ctx, x + 1, end - 1) ? x - 1 : stop;
}

/** Per document, the first "(" outside quotation marks and the first ")" at or after each token. */
function parenthesisIndex(ctx: QuoteContext): { open: Int32Array; close: Int32Array } {
  let index = parentheses.get(ctx);
  if (!index) {
    const n = ctx.tokens.length;
    index = {
      open: nextWhere(n, (i) => ctx.words[i] === '(' && ctx.quoteOf[i]! < 0),
      close: nextWhere(n, (i) => ctx.words[i] === ')'),
    };
    parentheses.set(ctx, index);
  }
  return index;
}

const parentheses = new WeakMap<QuoteContext, { open: Int32Array; close: Int32Array }>();

/** How many tokens a parenthetical label ("(D-Ohio)", "(TPP)") may have. */
const LABEL_TOKENS = 4;

/** Whether first..last, inside parentheses, is a label: capitalized, short, with no verb. */
function parentheticalLabel(ctx: QuoteContext, first: number, last: number): boolean {
  return (
    first <= last && last - first < LABEL_TOKENS && startsUpper(ctx.tokens[first]!.text) && !hasVerb(ctx, first, last)
  );
}

/** Whether a content opening at `from` may be a noun-phrase object: no "that", no quotation, a noun phrase's word. */
function opensObject(ctx: QuoteContext, from: number): boolean {
  const head = ctx.tokens[from]!;
  if (ctx.words[from] === 'that' || ctx.quoteOf[from]! >= 0) return false;
  return isNounish(head) || head.pos === 'DET' || head.pos === 'PRON' || head.pos === 'ADJ';
}

/**
 * Subordinators that open an adverbial clause of the cue after its object ("denounced the bill when it passed").
 * Not "while": PolNeAR keeps a "while" clause in the object about as often as not.
 */
const OBJECT_ADVERBIAL_LEADS = new Set([
  'after',
  'when',
  'because',
  'before',
  'as',
  'until',
  'since',
  'once',
  'unless',
]);
/** Nouns of time that a "when" or "before" clause modifies ("the moments before he spoke"): the clause is theirs. */
const TIME_NOUNS = new Set([
  'moment',
  'moments',
  'time',
  'times',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'hour',
  'hours',
  'minutes',
  'night',
  'nights',
  'period',
  'periods',
  'era',
  'age',
  'point',
]);
/** How far after its subordinator an adverbial clause's verb is looked for, in tokens. */
const ADVERBIAL_VERB_REACH = 8;

/**
 * Where a noun-phrase object ends before an adverbial clause of the cue: "denounced the bill when it reached the
 * floor", "praised him because he stayed", "thanked the crowd before leaving the stage". The object has no verb or
 * comma of its own before the subordinator, which follows a noun, a number or an object pronoun and leads to a verb
 * ("as" only before a subject pronoun: "described it as a mistake" keeps its complement). A capitalized subordinator
 * (a headline's "When"), a noun of time before it ("the moments before he spoke") and a verb of saying before the
 * object leave `stop` as it is.
 */
export function adverbialClauseStop(ctx: QuoteContext, cue: Cue, from: number, stop: number): number {
  const { words, tokens } = ctx;
  // "said the bill when it passed was flawed": after a verb of saying the noun phrase is a clause's subject.
  if (SAY_LIKE.has(cue.lemma) || !opensObject(ctx, from)) return stop;
  for (let x = from + 1; x < Math.min(stop, from + OBJECT_REACH); x++) {
    const t = tokens[x]!;
    if (ctx.quoteOf[x]! >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || words[x] === ',') return stop;
    if (!OBJECT_ADVERBIAL_LEADS.has(words[x]!)) continue;
    const before = tokens[x - 1]!;
    if (!(isNounish(before) || OBJECT_PRONOUNS.has(words[x - 1]!))) continue;
    if (startsUpper(t.text) || TIME_NOUNS.has(words[x - 1]!)) return stop;
    if (words[x] === 'as' && !CLAUSE_SUBJECTS.has(words[x + 1] ?? '')) return stop;
    return adverbialVerb(ctx, x + 1, stop) ? x - 1 : stop;
  }
  return stop;
}

/** Whether a verb follows within reach of `k`, before a comma, semicolon or quotation. */
function adverbialVerb(ctx: QuoteContext, k: number, stop: number): boolean {
  for (let j = k; j <= Math.min(stop, k + ADVERBIAL_VERB_REACH - 1); j++) {
    if (ctx.words[j] === ',' || ctx.words[j] === ';' || ctx.quoteOf[j]! >= 0) return false;
    const pos = ctx.tokens[j]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** How far into a noun-phrase object a second predicate or an adverbial clause is looked for, in tokens. */
const OBJECT_REACH = 40;

/** The regular inflection a verb form shows: "-ed" (past), "-ing", "-s" (present); undefined for a base form. */
function inflectionOf(word: string): 'ed' | 'ing' | 's' | undefined {
  if (word.endsWith('ed')) return 'ed';
  if (word.endsWith('ing')) return 'ing';
  return word.endsWith('s') && !word.endsWith('ss') ? 's' : undefined;
}

/** Whether token `x` is a dash outside quotation marks: not a hyphen inside a word ("anti-Trump"). */
export function isDash(ctx: QuoteContext, x: number): boolean {
  if (!DATELINE_DASHES.has(ctx.words[x]!) || ctx.quoteOf[x]! >= 0) return false;
  if (ctx.words[x] !== '-') return true;
  const t = ctx.tokens[x]!;
  return (ctx.tokens[x - 1]?.end ?? -1) < t.start || (ctx.tokens[x + 1]?.start ?? t.end + 1) > t.end;
}

/** Whether the dash at `x` is the only one between `from` and `last`. */
function loneDash(ctx: QuoteContext, from: number, x: number, last: number): boolean {
  const next = dashIndex(ctx);
  return next[from] === x && next[x + 1]! > last;
}

function dashIndex(ctx: QuoteContext): Int32Array {
  let next = nextDashes.get(ctx);
  if (!next) {
    next = nextWhere(ctx.tokens.length, (i) => isDash(ctx, i));
    nextDashes.set(ctx, next);
  }
  return next;
}

/** Per document, the first dash at or after each token (built when a content first meets a dash). */
const nextDashes = new WeakMap<QuoteContext, Int32Array>();

/**
 * Whether what follows a dash is no part of the content before it: a participle ("— citing the votes") or a clause
 * with its own subject and finite verb ("— the vote is set for Friday"). An appositive noun phrase, even with a
 * relative clause ("— a decline that began in 2008", "— a plan he has pushed for years"), is not.
 */
function afterDashStops(ctx: QuoteContext, k: number, last: number): boolean {
  const { words, tokens } = ctx;
  const first = tokens[k];
  if (!first || k > last || ctx.quoteOf[k]! >= 0) return false;
  if (first.pos === 'VERB' && /ing$/.test(words[k]!) && words[k] !== 'including') return true;
  for (let i = k; i <= Math.min(last, k + JOINED_SUBJECT_REACH); i++) {
    const t = tokens[i]!;
    const w = words[i]!;
    if (ctx.quoteOf[i]! >= 0 || RELATIVE_PRONOUNS.has(w)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && i > k) return words[i - 1] !== 'to' && !/ing$/.test(w);
    // A pronoun after the first word starts a relative clause ("a plan he has pushed").
    if (t.pos === 'PRON' && i > k && !POSSESSIVES.has(w)) return false;
    const subjectWord = isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || w === "'s";
    if (!(subjectWord || (i === k && t.pos === 'PRON' && !POSSESSIVES.has(w)) || POSSESSIVES.has(w))) return false;
  }
  return false;
}

/** Subordinators that, opening a content with no "that" ("says if elected, she will …"), front an adverbial clause. */
const CONTENT_SUBORDINATORS: ReadonlySet<string> = new Set([
  'if',
  'when',
  'whenever',
  'while',
  'although',
  'though',
  'because',
  'once',
  'unless',
]);
/**
 * Subordinators that open an adverbial clause fronted before a clause's subject after "that" ("that if elected, she
 * …"); after "that" the time words and "as" can only open a clause, while with no "that" they may be prepositions.
 */
const FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set([
  ...CONTENT_SUBORDINATORS,
  'as',
  'after',
  'before',
  'since',
  'until',
]);

/**
 * Whether a content opening on "that" goes on with a fronted adverbial before its subject: a subordinator ("that
 * once the votes are counted, …", "that even if …") or a preposition ("that in 2019, …").
 */
function frontedAfterThat(ctx: QuoteContext, from: number): boolean {
  if (frontedClause(ctx, from)) return true;
  const next = ctx.words[from + 1];
  if (ctx.words[from] !== 'that' || next === undefined || ctx.quoteOf[from + 1]! >= 0) return false;
  if (FRONTED_SUBORDINATORS.has(next)) return true;
  if (next === 'even') return ctx.words[from + 2] === 'if' || ctx.words[from + 2] === 'though';
  return ctx.tokens[from + 1]!.pos === 'ADP';
}

/**
 * Whether a frame that a comma or the sentence end closes starts at `y` (", he said.", ", she said, …"): a speaker
 * and a cue with nothing of its own after it.
 */
function shortFrame(ctx: QuoteContext, y: number, last: number, cueAt: Int32Array): boolean {
  if (!opensFrame(ctx, y, last, cueAt)) return false;
  let z = y;
  while (z <= last && cueAt[z]! < 0) z++;
  const cue = cueAt[z];
  while (z <= last && cueAt[z] === cue) z++;
  return z > last || ctx.words[z] === ',' || ctx.words[z] === '.';
}

/** Verbs after which "if" or "when" asks a question ("asked if he would run") instead of fronting a condition. */
const ASKING = new Set(['ask', 'question', 'wonder', 'inquire', 'enquire', 'know', 'decide', 'see', 'check', 'doubt']);

/**
 * Whether a content with no "that" opens on a fronted adverbial clause: "says if elected, she will cut taxes",
 * "said when the votes are counted, he …". After a verb of asking, "if" and "when" open the question itself.
 */
function frontedClause(ctx: QuoteContext, from: number): boolean {
  const w = ctx.words[from]!;
  if (!CONTENT_SUBORDINATORS.has(w) || ctx.quoteOf[from]! >= 0) return false;
  // The verb before the content, past a hearer of at most two words ("told reporters if …").
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    const t = ctx.tokens[i]!;
    if (t.pos === 'VERB') return !baseForms(ctx.words[i]!).some((b) => ASKING.has(b));
  }
  return false;
}

/** Whether a main clause starts at token `k`: a noun phrase or subject pronoun, then a finite verb. */
function mainClauseAt(ctx: QuoteContext, k: number, last: number): boolean {
  const t = ctx.tokens[k];
  if (!t || k > last || ctx.quoteOf[k]! >= 0 || RELATIVE_PRONOUNS.has(ctx.words[k]!)) return false;
  const subject = isNounish(t) || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'ADJ' || t.pos === 'NUM';
  return subject && subjectThenVerb(ctx, k, last);
}

/**
 * Whether token `x` is a conjunction before a cue of its own ("said X and urged Y"). A participle continuing a
 * passive is not one: "said a man had been arrested and charged with murder".
 */
function coordinatedCue(ctx: QuoteContext, x: number, cueAt: Int32Array): boolean {
  if (coordinatedAttribution(ctx, x, cueAt)) return true;
  if (ctx.tokens[x]!.pos !== 'CCONJ' || cueAt[x + 1]! < 0) return false;
  const next = ctx.words[x + 1]!;
  if (!/ed$|en$/.test(next)) return true;
  // A passive participle takes no object: "and urged witnesses to …" is active, so a cue of its own.
  const after = ctx.tokens[x + 2];
  if (after && (isNounish(after) || after.pos === 'DET' || after.pos === 'PRON')) return true;
  const participle = ctx.tokens[x - 1]?.pos === 'VERB' ? x - 1 : -1;
  return !(participle > 0 && PASSIVE_BE.has(ctx.words[participle - 1]!));
}

/** Words that join a second clause as a statement of its own: "…, and most voters said …", "while Sanders says …". */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
/** How long the subject between the joiner and the second cue may be, in tokens. */
const JOINED_SUBJECT_REACH = 8;

/**
 * Whether token `x` joins a clause whose subject is followed by a cue verb of its own: "said voters were worried,
 * and more than 4 in 10 said Trump would …", "accuses him of a smear while Sanders suggests she is …". That
 * clause is another attribution, and the first content ends before the joiner (PolNeAR never lets one content
 * hold another attribution's cue). A joiner inside a subordinate clause is not reached here: "until Haley said
 * …" and "who said …" stay in the content.
 */
function coordinatedAttribution(ctx: QuoteContext, x: number, cueAt: Int32Array): boolean {
  const { words, tokens } = ctx;
  if (!CLAUSE_JOINERS.has(words[x]!) || ctx.quoteOf[x]! >= 0) return false;
  const first = x + 1;
  const t = tokens[first];
  const lead = words[first] ?? '';
  // A relative pronoun after the joiner continues a relative clause ("voters who …, and who said …").
  const pronoun = SUBJECT_PRONOUNS.has(lead) && !RELATIVE_PRONOUNS.has(lead);
  if (!t || POSSESSIVES.has(lead) || !(isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || pronoun)) return false;
  // "that while he fears …": a subordinator opening the content is part of it.
  if (words[x - 1] === 'that') return false;
  // A bare "and" also joins noun phrases ("Tapper, Bash and Blitzer had mentioned it"): only a comma before it or
  // a pronoun after it ("and she accused …") makes it join clauses.
  if (words[x] === 'and' && words[x - 1] !== ',' && !pronoun) return false;
  for (let c = first + 1; c <= first + JOINED_SUBJECT_REACH && c < tokens.length; c++) {
    const w = words[c]!;
    if (cueAt[c]! >= 0) return tokens[c]!.pos === 'VERB' || tokens[c]!.pos === 'AUX';
    const pos = tokens[c]!.pos;
    // A pronoun subject is one word; anything else is a noun phrase without a verb, comma or quotation.
    if (pronoun || ctx.quoteOf[c]! >= 0 || w === ',' || pos === 'VERB' || pos === 'AUX') return false;
    if (!(isNounish(tokens[c]!) || pos === 'ADJ' || pos === 'DET' || pos === 'ADP' || pos === 'NUM' || w === "'s")) {
      return false;
    }
  }
  return false;
}

/** Words that open an adverbial of the cue rather than continue its object ("of", "as", "to", "for" continue it). */
const ADVERBIAL_OPENERS = new Set([
  'during',
  'since',
  'after',
  'before',
  'while',
  'when',
  'because',
  'amid',
  'despite',
  'following',
  'until',
  'via',
  'though',
  'although',
  'but',
]);
/** "in", "on", "at" open an adverbial of the cue only before the occasion of speaking ("in a statement"). */
const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at']);
const OCCASIONS = new Set([
  'statement',
  'interview',
  'tweet',
  'tweets',
  'twitter',
  'facebook',
  'remarks',
  'speech',
  'letter',
  'email',
  'post',
  'video',
  'rally',
  'debate',
  'conference',
  'briefing',
  'hearing',
  'event',
  'appearance',
  'op-ed',
  'column',
  'message',
]);
/** How many words of determiners and modifiers may sit between the preposition and the occasion noun. */
const OCCASION_REACH = 5;

/** Whether token `x` opens an adverbial right after a noun phrase (a noun or a closing quotation mark). */
function opensAdverbial(ctx: QuoteContext, x: number): boolean {
  const w = ctx.words[x]!;
  if (x === 0) return false;
  // "first reported the investigation on Tuesday", "… the plan Friday": a date is when it was said.
  const dated =
    (isDateToken(ctx, x) && !isDateToken(ctx, x - 1) && !modifiesNoun(ctx, x)) ||
    (OCCASION_PREPOSITIONS.has(w) && isDateToken(ctx, x + 1) && !modifiesNoun(ctx, x + 1));
  if (!ADVERBIAL_OPENERS.has(w) && !dated) {
    if (!OCCASION_PREPOSITIONS.has(w)) return false;
    let occasion = false;
    for (let i = x + 1; i <= x + OCCASION_REACH && i < ctx.words.length && !occasion; i++) {
      if (OCCASIONS.has(ctx.words[i]!)) occasion = true;
      else if (
        !(
          ctx.tokens[i]!.pos === 'DET' ||
          ctx.tokens[i]!.pos === 'ADJ' ||
          POSSESSIVES.has(ctx.words[i]!) ||
          isNounish(ctx.tokens[i]!) ||
          ctx.words[i] === '-'
        )
      )
        break;
    }
    if (!occasion) return false;
  }
  const before = ctx.tokens[x - 1]!;
  const q = ctx.quoteOf[x - 1]!;
  return isNounish(before) || (q >= 0 && ctx.quoteTokens[q]![1] === x - 1);
}

/** A token of a date mention, or a weekday or month name when no date stage ran. */
function isDateToken(ctx: QuoteContext, x: number): boolean {
  return ctx.inDate[x] === 1 || DATE_WORDS.has(ctx.words[x] ?? '');
}

/** Whether the date starting at token `x` modifies a noun after it ("the May 3 election"). */
function modifiesNoun(ctx: QuoteContext, x: number): boolean {
  let j = x;
  while (isDateToken(ctx, j)) j++;
  const after = ctx.tokens[j];
  return after !== undefined && (isNounish(after) || ctx.words[j] === "'s") && ctx.quoteOf[j]! < 0;
}

/** Scans that reach this many tokens switch to the stop index (built only then: normal text rarely gets there). */
const LONG_SCAN = 64;

/**
 * For each token, the first token at or after it where each of `contentStop`'s stop conditions holds. The
 * conditions that depend on the start of the content (`x > from`, the noun object before its first comma, the
 * clausal complement) are applied at lookup time.
 */
interface StopIndex {
  /** The last token of each token's sentence (-1 outside every sentence): conditions are judged up to it. */
  sentenceLast: Int32Array;
  /** A quotation closing on a comma that a frame follows (the stop is the closing mark itself). */
  quoteFrame: Int32Array;
  /** A missed sentence end, a comma opening a frame, a conjunction before a cue (the stop is the token before). */
  fixed: Int32Array;
  /** A semicolon (applies after the start). */
  semicolon: Int32Array;
  /** A comma before an -ing word (applies two tokens after the start, to non-clausal complements). */
  commaIng: Int32Array;
  /** Any comma, and any verb, outside quotations (for the noun-object rule). */
  comma: Int32Array;
  /** A preposition or subordinator that opens an adverbial after a noun (for the noun-object rule). */
  adverbial: Int32Array;
  verb: Int32Array;
  /** A dash outside quotations (the stop applies when it is the content's only one). */
  dash: Int32Array;
}

const stopIndexes = new WeakMap<Int32Array, StopIndex>();

/** Built once per document (keyed by its cue array, which is per document), in linear time. */
function stopIndex(ctx: QuoteContext, cueAt: Int32Array): StopIndex {
  const cached = stopIndexes.get(cueAt);
  if (cached) return cached;
  const { words, tokens, quoteOf } = ctx;
  const n = tokens.length;
  const sentenceLast = new Int32Array(n).fill(-1);
  for (const s of ctx.doc.sentences) sentenceLast.fill(s.tokens[1], s.tokens[0], s.tokens[1] + 1);
  const open = (x: number) => quoteOf[x]! < 0;
  const isVerb = (x: number) => tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX';
  const index: StopIndex = {
    sentenceLast,
    quoteFrame: nextWhere(n, (x) => {
      const q = quoteOf[x]!;
      const last = sentenceLast[x]!;
      return (
        q >= 0 &&
        last >= 0 &&
        ctx.quoteTokens[q]![1] === x &&
        words[x - 1] === ',' &&
        opensFrame(ctx, x + 1, last, cueAt)
      );
    }),
    fixed: nextWhere(n, (x) => {
      const last = sentenceLast[x]!;
      if (!open(x) || last < 0) return false;
      const w = words[x]!;
      if ((w === '.' || w === '?' || w === '!') && x < last && startsUpper(tokens[x + 1]!.text)) return true;
      if (w === ',' && opensFrame(ctx, x + 1, last, cueAt)) return true;
      return coordinatedCue(ctx, x, cueAt);
    }),
    semicolon: nextWhere(n, (x) => open(x) && (words[x] === ';' || dashNamesClaim(ctx, x))),
    commaIng: nextWhere(
      n,
      (x) => open(x) && words[x] === ',' && tokens[x + 1] !== undefined && /ing$/.test(words[x + 1]!),
    ),
    comma: nextWhere(n, (x) => open(x) && words[x] === ','),
    adverbial: nextWhere(n, (x) => open(x) && opensAdverbial(ctx, x)),
    verb: nextWhere(n, (x) => open(x) && isVerb(x)),
    dash: dashIndex(ctx),
  };
  stopIndexes.set(cueAt, index);
  return index;
}

/** `contentStop`'s scan, answered from the index: the earliest stop after `from` within the sentence. */
function indexedStop(
  ctx: QuoteContext,
  index: StopIndex,
  from: number,
  last: number,
  nounObject: boolean,
  clausal: boolean,
): number {
  const quoteFrame = index.quoteFrame[from + 1]!;
  let best = quoteFrame;
  const consider = (y: number) => {
    if (y < best) best = y;
  };
  consider(index.fixed[from + 1]!);
  consider(index.semicolon[from + 1]!);
  if (!clausal) consider(index.commaIng[from + 2]!);
  const dash = index.dash[from]!;
  if (dash > from && dash <= last && index.dash[dash + 1]! > last && afterDashStops(ctx, dash + 1, last))
    consider(dash);
  if (nounObject) {
    // The first comma, or an adverbial opening after a noun, stops a noun object unless a verb came before it.
    const comma = index.comma[from + 1]!;
    if (index.verb[from]! >= comma) consider(comma);
    const adverbial = index.adverbial[from + 1]!;
    if (index.verb[from]! >= adverbial) consider(adverbial);
  }
  if (best > last) return last;
  return best === quoteFrame ? best : best - 1;
}

/** Whether the stretch opens with a noun phrase followed by a finite verb before any comma. */
export function subjectThenVerb(ctx: QuoteContext, from: number, last: number): boolean {
  for (let i = from; i <= last; i++) {
    const t = ctx.tokens[i]!;
    const w = ctx.words[i]!;
    if (w === ',' || w === ';') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && i > from && ctx.words[i - 1] !== 'to') return !/ing$/.test(w);
    if (t.pos === 'ADP' && i === from) return false;
  }
  return false;
}

/** Whether an attribution frame starts at token `y`: a short subject, then a cue (", though she acknowledged"). */
/** How many words the name after a naming participle may have. */
const NAME_REACH = 6;
/** Lower-case words inside a capitalized name: "the Fund for Peace", "the House to Home Prize". */
const NAME_CONNECTORS = new Set(['of', 'for', 'to', 'and', 'on', 'in', 'the']);
/** Relative pronouns whose passive "is called" names the noun they stand for. */
const RELATIVE_NAMING = new Set(['which', 'that']);

/**
 * Whether the cue starting at `y` is a naming participle after a noun (", the platform formerly known as Twitter,"):
 * an appositive that names the subject, not a frame that closes the content.
 */
function namingParticiple(ctx: QuoteContext, y: number): boolean {
  let v = y;
  while (ctx.tokens[v]?.pos === 'ADV') v++;
  // Right after the noun, or after the comma that follows it ("the firm, known as Twitter until 2023,").
  const at = ctx.words[y - 1] === ',' ? y - 2 : y - 1;
  const before = ctx.tokens[at];
  if (!NAMING_PARTICIPLES.has(ctx.words[v] ?? '') || before === undefined || !isNounish(before)) return false;
  // "known as Twitter", "the driver, identified as Marcus Hill,", "the victim, named as Jane Doe,".
  if (ctx.words[v + 1] === 'as') return true;
  if (ctx.words[v] === 'known' || ctx.words[v] === 'identified') return false;
  // "a group called Free Press,": only a name closed by a comma follows; "the union called Clinton a champion" is a
  // finite verb with its object.
  let k = v + 1;
  while (k <= v + NAME_REACH && (startsUpper(ctx.tokens[k]?.text ?? '') || ctx.quoteOf[k]! >= 0)) k++;
  return k > v + 1 && (ctx.words[k] === ',' || ctx.words[k] === ')');
}

/**
 * Whether the cue starting at `y` names the noun phrase before it rather than reports speech: "the string of contests
 * known as Super Tuesday", "a group called Black Votes Matter, led by …", "a movement called the People's Party."
 * Nobody is quoted there. "called"/"named"/"dubbed" must follow a common noun and be followed by a name alone up to
 * a comma or the sentence end: after a name, or before an object and its complement, they are the finite verb of
 * their subject ("Trump called Clinton, his rival, a liar", "the union called the mayor a champion").
 */
export function namingCue(ctx: QuoteContext, y: number): boolean {
  const { words, tokens } = ctx;
  let v = y;
  while (tokens[v]?.pos === 'ADV') v++;
  // "a plan, which is called the Thrift Savings Plan": a relative's passive names its noun as the participle does.
  const relativePassive = RELATIVE_NAMING.has(words[y - 1] ?? '') && PASSIVE_BE.has(words[v] ?? '');
  if (relativePassive) v++;
  const before = tokens[words[y - 1] === ',' ? y - 2 : y - 1];
  if (!NAMING_PARTICIPLES.has(words[v] ?? '') || before === undefined) return false;
  if (!relativePassive) {
    if (!isNounish(before)) return false;
    if (words[v + 1] === 'as') return words[v] !== 'identified';
    if (words[v] === 'known' || words[v] === 'identified' || before.pos !== 'NOUN') return false;
  }
  let k = v + 1;
  if (words[k] === 'the') k++;
  const nameStart = k;
  // A quotation after the participle is what someone called it ("in what Buchanan, a Reagan aide, called “combat”").
  // A name may hold a small lower-case word between capitalized ones ("the House to Home Prize").
  while (
    k <= nameStart + NAME_REACH &&
    ctx.quoteOf[k]! < 0 &&
    (startsUpper(tokens[k]?.text ?? '') ||
      (k > nameStart && NAME_CONNECTORS.has(words[k]!) && startsUpper(tokens[k + 1]?.text ?? '')))
  )
    k++;
  if (k === nameStart) return false;
  const end = words[k];
  return end === undefined || end === ',' || end === ')' || end === '.' || ctx.sentenceOf[k] !== ctx.sentenceOf[v];
}

export function opensFrame(ctx: QuoteContext, y0: number, last: number, cueAt: Int32Array): boolean {
  const { words, tokens } = ctx;
  let y = y0;
  const lead = tokens[y];
  if (lead && (lead.pos === 'SCONJ' || lead.pos === 'CCONJ' || lead.pos === 'ADV') && words[y] !== 'that') y++;
  for (; y <= Math.min(last, y0 + 9); y++) {
    if (cueAt[y]! >= 0) return !namingParticiple(ctx, y);
    const u = tokens[y]!;
    // "while Gary Black, a longtime Tesla investor, posted …": an appositive between commas after a name.
    if (words[y] === ',' && y > y0 && tokens[y - 1]!.pos === 'PROPN') return appositiveThenCue(ctx, y, last, cueAt);
    // "election officials in several counties said", "people familiar with the matter said".
    const prev = tokens[y - 1];
    const linking =
      y > y0 && NP_PREPOSITIONS.has(words[y]!) && prev !== undefined && (isNounish(prev) || prev.pos === 'ADJ');
    if (!(isNounish(u) || u.pos === 'DET' || u.pos === 'PRON' || u.pos === 'ADJ' || words[y] === "'s" || linking)) {
      return false;
    }
  }
  return false;
}

/** How many words an appositive on a frame's name may have. */
const FRAME_APPOSITIVE_WORDS = 8;

/**
 * Whether the comma at `comma` after a name opens an appositive of nouns, adjectives and determiners closed by a
 * comma right before a cue: "Gary Black, a longtime Tesla investor, posted".
 */
function appositiveThenCue(ctx: QuoteContext, comma: number, last: number, cueAt: Int32Array): boolean {
  const { words, tokens } = ctx;
  for (let z = comma + 1; z <= Math.min(last - 1, comma + FRAME_APPOSITIVE_WORDS + 1); z++) {
    if (words[z] === ',') return z > comma + 1 && cueAt[z + 1]! >= 0 && !namingParticiple(ctx, z + 1);
    const u = tokens[z]!;
    if (!(isNounish(u) || u.pos === 'DET' || u.pos === 'ADJ' || words[z] === "'s")) return false;
  }
  return false;
}

/** How many tokens of first..last are words (not punctuation or marks). */
export function wordCount(ctx: QuoteContext, first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last; i++) if (hasLetterOrDigit(ctx.tokens[i]!.text)) n++;
  return n;
}

export function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const pos = ctx.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    // "She swam until the end": the tagger reads some irregular pasts as nouns; after a personal subject pronoun
    // a lower-case word is the verb.
    if (pos === 'NOUN' && i > from && PERSONAL_SUBJECTS.has(ctx.words[i - 1]!) && startsLower(ctx.tokens[i]!.text))
      return true;
  }
  return false;
}

const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Quotations that resume the quote after its frame: "“…,” he said, “…”", and the quoted sentences right after
 * it in the same paragraph ("“…,” he said. “…”"), as further fragments of one quote.
 */
export function continuation(ctx: QuoteContext, frameEnd: number, sLast: number): { spans: Span[]; frameLast: number } {
  const spans: Span[] = [];
  let k = frameEnd + 1;
  if (ctx.words[k] === ',' || ctx.words[k] === ':') k++;
  let frameLast = sLast;
  let q = k <= sLast ? quoteStartingAt(ctx, k) : -1;
  // "…,” asked the boy, who wore a “Make America Great Again” hat": a quotation after an article, a preposition or
  // an adjective is a title inside the frame's noun phrase, not more of the quote.
  if (q >= 0 && TITLE_BEFORE.has(ctx.tokens[k - 1]!.pos ?? '')) return { spans, frameLast };
  if (q >= 0) frameLast = k - 1;
  else {
    // "“…,” Tester said, referring to the excuse, “…”", "‘…,’ she told the BBC, ‘…’": an aside or a hearer
    // between the frame and the resumed quote.
    let c = ctx.words[frameEnd + 1] === ',' ? k : frameEnd + 1;
    while (c <= Math.min(sLast, k + 15) && ctx.words[c] !== ',' && ctx.quoteOf[c]! < 0) c++;
    // "“…,” she said, adding, “…”": an aside that is a cue of its own governs the quotation after it.
    const aside = ctx.words[frameEnd + 1] === ',' ? k : frameEnd + 1;
    if (ctx.words[c] === ',' && c + 1 <= sLast && !participleCue(ctx, aside)) {
      q = quoteStartingAt(ctx, c + 1);
      if (q >= 0) frameLast = c;
    }
  }
  if (q < 0 && clauseEndsAt(ctx, k, sLast)) q = quoteStartingAt(ctx, sLast + 1);
  if (q < 0) return { spans, frameLast };
  const paragraph = paragraphOf(ctx, frameEnd);
  while (q >= 0 && paragraphOf(ctx, ctx.quoteTokens[q]![0]) === paragraph && !framedOnItsOwn(ctx, q)) {
    spans.push(spanOfQuote(ctx, q));
    q = quoteStartingAt(ctx, ctx.quoteTokens[q]![1] + 1);
  }
  return { spans, frameLast };
}

const TITLE_BEFORE = new Set(['DET', 'ADP', 'ADJ', 'NUM']);

/** "adding", "noting", "saying": a participle the lexicon mostly sees as a cue. */
function participleCue(ctx: QuoteContext, i: number): boolean {
  const w = ctx.words[i];
  if (!w?.endsWith('ing') || ctx.tokens[i]!.pos !== 'VERB') return false;
  const entry = CUE_TRIE.next.get(w)?.entry;
  return entry !== undefined && entry.precision >= PARTICIPLE_CUE_PRECISION;
}
const PARTICIPLE_CUE_PRECISION = 0.5;

/**
 * "“…,” said Wehner. “…,” he said.": a quotation opening a sentence and followed in it by words has a frame of its
 * own, so it is another quote, not more of the one before.
 */
function framedOnItsOwn(ctx: QuoteContext, q: number): boolean {
  const [first, last] = ctx.quoteTokens[q]!;
  const sentence = ctx.sentenceOf[first]!;
  const firstOfSentence = first === 0 || ctx.sentenceOf[first - 1] !== sentence;
  if (!firstOfSentence) return false;
  // A quotation running into the next paragraph ("“The army is deployed.¶“We will rebuild,” he added.") has its
  // frame in the sentence where it closes.
  const closing = ctx.sentenceOf[last]!;
  for (let i = last + 1; i < ctx.tokens.length && ctx.sentenceOf[i] === closing; i++) {
    if (ctx.quoteOf[i]! >= 0) return false;
    if (hasLetterOrDigit(ctx.words[i]!)) return true;
  }
  return false;
}

export function paragraphOf(ctx: QuoteContext, token: number): number {
  const s = ctx.doc.sentences[ctx.sentenceOf[token]!];
  return s ? s.paragraph : -1;
}

/** Prepositions whose gerund is an adverbial of the frame ("said in posing the question", "said after meeting"). */
const ADVERBIAL_GERUND_LEADS = new Set(['in', 'after', 'before', 'while', 'since', 'upon', 'when']);

/** Whether nothing clause-like follows token `k` in the sentence: only adverbials, a date, a name, punctuation. */

export function clauseEndsAt(ctx: QuoteContext, k: number, last: number): boolean {
  for (let i = k; i <= last; i++) {
    const w = ctx.words[i]!;
    // A parenthesis opens an aside: "said Mr. Burman (a view echoed by everyone I interviewed)".
    if (w === ',' || w === '.' || w === ';' || w === '!' || w === '?' || w === '—' || w === '(') return true;
    // A quotation right after the frame resumes the quote; one further on belongs to a clause, unless it is a
    // short title closing the sentence after a possessive or a noun ("said on the station's “Morning Show.”").
    if (ctx.quoteOf[i]! >= 0) {
      if (i === k) return true;
      const end = closingTitle(ctx, i, last);
      if (end < 0) return false;
      i = end;
      continue;
    }
    const t = ctx.tokens[i]!;
    // "…, said Sanders as he closed out": a subordinate clause right after the frame is the frame's adverbial.
    // After a quotation the subordinate clause is more of what was said ("says “…” because “…”").
    if (i === k && FRAME_SUBORDINATORS.has(w) && ctx.quoteOf[k - 1]! < 0) return true;
    // "said in posing the question to Christie": a gerund after a preposition is an adverbial, not a clause.
    const gerund = t.pos === 'VERB' && i > k && ADVERBIAL_GERUND_LEADS.has(ctx.words[i - 1]!) && w.endsWith('ing');
    if ((t.pos === 'VERB' && !gerund) || t.pos === 'AUX' || w === 'that' || t.pos === 'SCONJ') return false;
  }
  return true;
}

/**
 * The last token of a short quoted title opening at `i` after a possessive or a noun ("the station's “Morning
 * Show”"), capitalized and with no verb, when only sentence-final punctuation follows it before `last`, else -1.
 */
function closingTitle(ctx: QuoteContext, i: number, last: number): number {
  const q = quoteStartingAt(ctx, i);
  if (q < 0 || !(ctx.words[i - 1] === "'s" || isNounish(ctx.tokens[i - 1]!))) return -1;
  const end = ctx.quoteTokens[q]![1];
  // An unclosed mark at the end of the text has no title inside it.
  const first = ctx.tokens[i + 1];
  if (end - i > TITLE_TOKENS || end <= i + 1 || !first || !startsUpper(first.text)) return -1;
  // "told the crowd “We will win.”": a quotation with a verb is what was said, not a title.
  if (hasVerb(ctx, i + 1, end - 1)) return -1;
  for (let j = end + 1; j <= last; j++) if (!SENTENCE_FINAL.has(ctx.words[j]!)) return -1;
  return end;
}

/** Punctuation that may close a sentence after a title. */
const SENTENCE_FINAL = new Set(['.', '!', '?']);

/** The quoted span (index) that ends with token `i`, if `i` is a closing quotation mark. */
export function quoteEndingAt(ctx: QuoteContext, i: number): number {
  const q = ctx.quoteOf[i] ?? -1;
  if (q < 0) return -1;
  return ctx.quoteTokens[q]![1] === i ? q : -1;
}

export function quoteStartingAt(ctx: QuoteContext, i: number): number {
  const q = ctx.quoteOf[i] ?? -1;
  if (q < 0) return -1;
  return ctx.quoteTokens[q]![0] === i ? q : -1;
}

/** Skips what sits between a cue and its complement: the hearer ("told reporters"), a date, "in a statement". */
export function complementStart(ctx: QuoteContext, cue: Cue, last: number): number {
  const { words, tokens } = ctx;
  let k = cue.last + 1;
  // "says of the plan, “…”": a cue ending on its preposition ("says of", "wrote about") may still take a quotation
  // after the phrase.
  if (tokens[cue.last]!.pos === 'ADP' && cue.last > cue.first) {
    const past = pastPrepositionalPhrase(ctx, cue.last, last);
    if (past !== cue.last) return words[past] === ',' ? past + 1 : past;
  }
  if (isHearerCue(ctx, cue)) {
    const past = pastHearer(ctx, k, last);
    // "has promised a veto.", "asked questions": after "promise" and "ask", a noun phrase that closes the clause is
    // the verb's object (the content), not a hearer before it. "told reporters." has no content at all.
    // "asked Comey to turn over the file": the one asked and the infinitive are one content (PolNeAR 14 to 5).
    const askedTo = cue.lemma === 'ask' && words[past] === 'to' && tokens[past + 1]?.pos === 'VERB' && past > k;
    // "warns hospitals face a crisis", "told voters are angry": a finite verb right after the "hearer" makes it the
    // complement's subject.
    // "promised her entire infrastructure program would be paid for": so does one opened by a possessive, however long.
    const subjectNotHearer =
      past > k && (past - k <= 2 || POSSESSIVES.has(words[k]!)) && past <= last && finiteVerb(ctx, past);
    if (!(OBJECT_OR_HEARER.has(cue.lemma) && !opensComplement(ctx, past, last)) && !askedTo && !subjectNotHearer) {
      k = past;
    }
  }
  // "said in a statement to the ASX it did not expect …": the one a writing was addressed to is a hearer too.
  if (words[k] === 'to' && DOCUMENT_SUBJECTS.has(words[cue.last]!) && k < last) k = pastHearer(ctx, k + 1, last);
  // A date or a short prepositional aside before "that": "said Jan. 13 it …", "said in a statement that …".
  let j = k;
  // "on Thursday", "this weekend": a preposition or determiner that leads into a date belongs to it.
  if (DATE_LEADS.has(words[j] ?? '') && j + 1 <= last) {
    const w = words[j + 1]!;
    if (ctx.inDate[j + 1] === 1 || DATE_WORDS.has(w)) j++;
    else if (PERIODS.has(w) && words[j] !== 'on') j += 2;
  }
  while (j <= last && (ctx.inDate[j] === 1 || DATE_WORDS.has(words[j]!) || (tokens[j]!.pos === 'NUM' && j > k))) j++;
  // "called Friday's decision a win": a date with a possessive is the object, not a date of the cue; so is one
  // heading an "of" phrase ("said each year of education yields …").
  // "said 2019 has seen the wettest spring": a date before a finite verb is the complement's subject.
  if (j > k && j <= last && words[j] !== "'s" && words[j] !== 'of' && !(SAY_LIKE.has(cue.lemma) && finiteVerb(ctx, j)))
    k = j;
  // "said in a statement that …", "says at a stop in Toledo, Ohio, that …", "says of Clinton, “…”": a prepositional
  // phrase before "that" or before a quotation. After an object ("considering an order that would …") the "that"
  // opens a relative clause and the object is the content.
  if (tokens[k]?.pos === 'ADP' && words[k] !== 'that') k = pastPrepositionalPhrase(ctx, k, last);
  if (words[k] === ',' || words[k] === ':') {
    // "He added, that there is …": a comma the writer put before "that".
    const commaThat = words[k] === ',' && words[k + 1] === 'that' && k + 1 <= last && SAY_LIKE.has(cue.lemma);
    if (ctx.quoteOf[k + 1]! >= 0 || commaThat) k++;
  }
  // "said repeatedly that …": an adverb of the cue before "that"; "told the agency simply, “We lost.”": before a
  // quotation.
  if (tokens[k]?.pos === 'ADV' && words[k + 1] === 'that' && k + 1 <= last) k++;
  else if (
    tokens[k]?.pos === 'ADV' &&
    (words[k + 1] === ',' || words[k + 1] === ':') &&
    quoteStartingAt(ctx, k + 2) >= 0
  )
    k += 2;
  // "reported on Monday, the plan …", "says despite the storm, the schools …", "told the crowd, he …": a phrase
  // with no verb of its own after the cue, closed by a comma, and a clause with its own subject and verb after it.
  const clause = phraseThenClause(ctx, cue, k, last);
  if (clause >= 0) return clause;
  // "cautioned, as did the campaign itself, that …": an aside between commas before "that".
  if (words[k] === ',') k = pastCommaAside(ctx, k, last, k === cue.last + 1 && SAY_LIKE.has(cue.lemma));
  return EXPRESSING.has(cue.lemma) ? pastExpressedNoun(ctx, k, last) : k;
}

/** A verb that can only be finite here: an auxiliary, or a verb with no -ing, -ed or -en ending ("face", "want"). */
function finiteVerb(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.pos === 'AUX') return ctx.words[i] !== 'to';
  return t.pos === 'VERB' && !/(?:ing|ed|en)$/.test(ctx.words[i]!);
}

/** Verbs whose object noun names the attitude expressed: "expressed doubt that …", "voiced concern about …". */
const EXPRESSING = new Set(['express', 'voice']);
/** What follows that noun to introduce what the attitude is about. */
const EXPRESSED_ABOUT = new Set(['that', 'about', 'on', 'over']);
/** How many words the noun phrase of the attitude ("her deep concern") may have. */
const EXPRESSED_NOUN_REACH = 5;

/**
 * After "expressed" and "voiced": where what the attitude is about starts, past its noun phrase ("doubt that
 * the plan would work" gives "that the plan would work", "his thoughts on the economy" gives "the economy"), as
 * PolNeAR annotates them. `k` unchanged when no such phrase opens the object ("expressed anger at the council").
 * Not "offer": its noun is as often the thing offered ("offered no proof that …").
 */
function pastExpressedNoun(ctx: QuoteContext, k: number, last: number): number {
  const { words, tokens } = ctx;
  for (let i = k; i <= Math.min(last - 1, k + EXPRESSED_NOUN_REACH); i++) {
    const t = tokens[i]!;
    if (EXPRESSED_ABOUT.has(words[i]!) && i > k && tokens[i - 1]!.pos === 'NOUN') {
      return words[i] === 'that' ? i : i + 1;
    }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'ADV')) return k;
  }
  return k;
}

/**
 * Whether a complement can start at token `k`, right after a hearer: "that", a wh-word, "to", a quotation (or a
 * comma or colon before one), a date, or a clause with its own subject and verb.
 */
function opensComplement(ctx: QuoteContext, k: number, last: number): boolean {
  if (k > last) return false;
  const w = ctx.words[k]!;
  if (w === 'that' || w === 'to' || WH_COMPLEMENTS.has(w) || startsDate(ctx, k)) return true;
  // "told residents not to drink the water".
  if (negatedInfinitive(ctx, k)) return true;
  if (quoteStartingAt(ctx, k) >= 0) return true;
  if ((w === ',' || w === ':') && quoteStartingAt(ctx, k + 1) >= 0) return true;
  return subjectThenVerb(ctx, k, last);
}

/** Whether token `k` opens a negated infinitive: "not to vote", "never to return". */
export function negatedInfinitive(ctx: QuoteContext, k: number): boolean {
  const w = ctx.words[k];
  return (w === 'not' || w === 'never') && ctx.words[k + 1] === 'to' && ctx.tokens[k + 2]?.pos === 'VERB';
}

/** Hearer verbs whose noun phrase may be their object instead: "promised a veto", "asked a question". */
const OBJECT_OR_HEARER = new Set(['promise', 'ask']);

/** Relative words opening an aside after a prepositional phrase. */
const RELATIVE_ASIDES = new Set(['where', 'which', 'who', 'when']);

/** How long an aside between a cue and its "that" may be, in tokens. */
const ASIDE_REACH = 10;

/**
 * The "that" after a comma-enclosed aside that follows a cue (", as did the campaign itself, that …"), or `k`
 * unchanged. An aside holding a quotation or a verb of its own (other than "did", "does") is not skipped.
 */
/** Verbs of saying whose clause may open with an aside after a comma: "says, win or lose, he's staying". */
/**
 * After a verb cue, where the clause starts past a phrase the frame adds (a preposition's phrase, a date, an adverb
 * or the hearer) and the comma that closes it; -1 when no such phrase with a clause after it comes first. The
 * phrase must not be an object ("reported record profits, the shares rose"): it opens with a preposition, a date,
 * an adverb, or follows a hearer verb.
 */
function phraseThenClause(ctx: QuoteContext, cue: Cue, k: number, last: number): number {
  const { words, tokens } = ctx;
  const from = cue.last + 1;
  if (tokens[cue.last]!.pos !== 'VERB' || words[from] === ',' || (k !== from && words[k] !== ',') || k > last)
    return -1;
  const open = tokens[from]!;
  const adverbial =
    (open.pos === 'ADP' && FRAME_ADJUNCTS.has(words[from]!)) ||
    open.pos === 'ADV' ||
    ctx.inDate[from] === 1 ||
    DATE_WORDS.has(words[from]!) ||
    isHearerCue(ctx, cue);
  if (!adverbial || WH_COMPLEMENTS.has(words[from]!) || !mainClauseSubject(ctx, cue)) return -1;
  for (let i = from; i <= Math.min(last - 1, from + PP_REACH); i++) {
    const w = words[i]!;
    if (w === ',') {
      const ok = words[i + 1] !== 'that' && opensSubject(ctx, i + 1) && subjectThenVerb(ctx, i + 1, last);
      return ok && !closingFrame(ctx, i + 1, last) ? i + 1 : -1;
    }
    if (ctx.quoteOf[i]! >= 0 || w === '.' || w === ';' || w === ':' || w === 'that') return -1;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * Prepositions that open where, when or despite what something was said ("said in May", "says despite the storm"),
 * not an object the verb selects ("apologized for his remarks", "talked about the plan").
 */
const FRAME_ADJUNCTS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'despite', 'amid', 'via', 'through']);

/** Words that make the clause they open subordinate, or a relative or a question ("what he said this week"). */
const CLAUSE_OPENERS = new Set([
  ...FRONTED_SUBORDINATORS,
  ...RELATIVE_PRONOUNS,
  ...WH_COMPLEMENTS,
  'where',
  'what',
  'whom',
]);

/**
 * Whether the cue's subject stands right before it and opens a main clause (at the sentence start, or after a
 * comma, a conjunction or a dash): "Kasich tells the crowd, …", not "When it was argued in May, …" (a subordinate
 * clause), "new users Twitter added over the year, …" (a relative) or "Asked on Fox News, …" (no subject).
 */
function mainClauseSubject(ctx: QuoteContext, cue: Cue): boolean {
  const { words, tokens } = ctx;
  const [sFirst] = sentenceRange(ctx, cue.sentence);
  let i = cue.first - 1;
  let n = 0;
  for (; i >= sFirst; i--, n++) {
    const t = tokens[i]!;
    if (CLAUSE_OPENERS.has(words[i]!)) return false;
    const nominal = isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || t.pos === 'NUM';
    // "third-party candidates": a hyphen inside a word is part of the subject.
    const hyphen = words[i] === '-' && t.start === tokens[i - 1]?.end && t.end === tokens[i + 1]?.start;
    if (!(nominal || hyphen || t.pos === 'ADV' || words[i] === "'s" || words[i] === '.')) break;
  }
  if (n === 0) return false;
  return i < sFirst || words[i] === ',' || tokens[i]!.pos === 'CCONJ' || DATELINE_DASHES.has(words[i]!);
}

/** Whether the clause at `k` is itself a frame that closes the sentence: "…, he said." (its verb, then the end). */
function closingFrame(ctx: QuoteContext, k: number, last: number): boolean {
  for (let i = k; i <= last; i++) {
    const t = ctx.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      let e = i + 1;
      while (e <= last && ctx.tokens[e]!.pos === 'ADV') e++;
      return e > last || FINAL_PUNCT.has(ctx.words[e]!);
    }
  }
  return false;
}

/** Whether token `i` can open a clause's subject: "the schools", "he", "Smith", "most voters" (not "adding"). */
function opensSubject(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return isNounish(t) || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM';
}

const SAY_LIKE = new Set(['say', 'add', 'note', 'argue', 'insist', 'warn', 'write', 'explain', 'admit', 'concede']);

function pastCommaAside(ctx: QuoteContext, k: number, last: number, clauseAfter: boolean): number {
  const { words, tokens } = ctx;
  let verb = false;
  // "reported, citing people familiar with the matter, that …": a cited source is an aside of the frame.
  const citing = words[k + 1] === 'citing' || words[k + 1] === 'quoting';
  for (let i = k + 1; i <= Math.min(last - 1, k + ASIDE_REACH); i++) {
    if (words[i] === ',') {
      if (i === k + 1) return k;
      if (words[i + 1] === 'that') return verb && !citing ? k : i + 1;
      // "says, win or lose in Tuesday's primary, he's staying": the aside opens the clause that is the content.
      return clauseAfter && ctx.tokens[k - 1]!.pos === 'VERB' && subjectThenVerb(ctx, i + 1, last) ? k + 1 : k;
    }
    if (ctx.quoteOf[i]! >= 0 || words[i] === '.' || words[i] === ';') return k;
    if (tokens[i]!.pos === 'VERB') verb = true;
  }
  return k;
}

/** Whether the cue's verb takes a hearer first: its lemma, or the base form of its last word ("is warning"). */
export function isHearerCue(ctx: QuoteContext, cue: Cue): boolean {
  if (HEARER_CUES.has(cue.lemma)) return true;
  let head = cue.last;
  if (ctx.words[head] === ':' && head > cue.first) head--;
  const word = ctx.words[head]!;
  let hearer = hearerWords.get(word);
  if (hearer === undefined) {
    hearer = baseForms(word).some((b) => HEARER_CUES.has(b));
    if (hearerWords.size >= HEARER_CACHE_LIMIT) hearerWords.clear();
    hearerWords.set(detached(word), hearer);
  }
  return hearer;
}

/** Whether a word form inflects a hearer verb, per word (bounded: cleared when full). */
const hearerWords = new Map<string, boolean>();
const HEARER_CACHE_LIMIT = 10_000;

/** A quoted title inside a hearer phrase (MSNBC's “Morning Joe”) is at most this long, marks included. */
const TITLE_TOKENS = 6;
/** How long a quoted programme or book title inside a prepositional phrase may be, in tokens. */
const PP_TITLE_TOKENS = 12;

/** Bands that close a radio station's name ("Today FM", "Magic AM"). */
const STATION_BANDS = new Set(['FM', 'AM']);
/** Nouns after a programme's name ("the Today show", "the Sunday programme"). */
const PROGRAMME_NOUNS = new Set(['show', 'programme', 'program']);

/**
 * The token after the hearer of "told", "warned", "assured": a noun phrase ("Breitbart News Daily host Alex
 * Marlow", "African-Americans", "MSNBC’s “Morning Joe”") or an object pronoun.
 */
export function pastHearer(ctx: QuoteContext, from: number, last: number): number {
  const { words, tokens } = ctx;
  let k = from;
  // "told the BBC's Today programme": a date word after a possessive is in the hearer's name.
  // "told Today FM that …", "told the Today show that …": a date word before a radio band or a programme noun
  // names the station or the programme.
  const stationName = (i: number) =>
    STATION_BANDS.has(ctx.tokens[i + 1]?.text ?? '') || PROGRAMME_NOUNS.has(words[i + 1] ?? '');
  while (
    k <= last &&
    words[k] !== 'that' &&
    (!startsDate(ctx, k) || (k > from && words[k - 1] === "'s") || stationName(k))
  ) {
    const t = tokens[k]!;
    // "told POLITICO Florida the state's standards are …": a determiner after the hearer's noun opens the clause.
    if (t.pos === 'DET' && k > from && isNounish(tokens[k - 1]!) && words[k - 1] !== "'s") break;
    // "told reporters her plan would work": so does a possessive.
    if (POSSESSIVES.has(words[k]!) && k > from && isNounish(tokens[k - 1]!) && words[k - 1] !== "'s") break;
    // "told ABC Newcastle residents were still struggling": a lower-case noun after a named hearer, with a verb
    // right after it, is the clause's subject.
    if (
      t.pos === 'NOUN' &&
      k > from &&
      tokens[k - 1]!.pos === 'PROPN' &&
      startsLower(t.text) &&
      (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB')
    )
      break;
    // "an invited crowd": a participle after a determiner is an adjective of the hearer.
    const participle = t.pos === 'VERB' && k > from && tokens[k - 1]!.pos === 'DET' && /(?:ed|ing)$/.test(words[k]!);
    // A capitalized word the tagger misread inside the hearer's name ("newspaper of Charleston"); a title that is
    // an interjection ("Hello magazine", "OK! magazine") with its exclamation mark.
    const misreadName = startsUpper(t.text) && ((k > from && (t.pos === 'VERB' || t.pos === 'X')) || t.pos === 'INTJ');
    // "told Hello! that …": the mark also stays when a lower-case word goes on.
    const after = tokens[k + 1];
    const bang =
      words[k] === '!' &&
      k > from &&
      tokens[k - 1]!.pos === 'INTJ' &&
      after !== undefined &&
      (isNounish(after) || (startsLower(after.text) && after.start === t.end + 1));
    if (
      isNounish(t) ||
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      stationName(k) ||
      participle ||
      misreadName ||
      bang ||
      POSSESSIVES.has(words[k]!) ||
      (words[k] === "'s" && k > from)
    ) {
      k++;
      continue;
    }
    const next = tokens[k + 1];
    // "The Post and Courier newspaper of Charleston": "and" between names and "of" before a place are in the name.
    const prev = tokens[k - 1];
    if (
      k > from &&
      next !== undefined &&
      // The tagger misreads some names ("Charleston" as a verb): a capital is evidence enough here.
      startsUpper(next.text) &&
      next.pos !== 'DET' &&
      next.pos !== 'PRON' &&
      prev !== undefined &&
      (((words[k] === 'and' || words[k] === '&') && prev.pos === 'PROPN') || (words[k] === 'of' && isNounish(prev)))
    ) {
      k++;
      continue;
    }
    // A hyphen inside a word ("African-Americans") keeps the phrase going.
    if (words[k] === '-' && k > from && next && tokens[k - 1]!.end === t.start && t.end === next.start) {
      k++;
      continue;
    }
    const q = k > from && words[k - 1] === "'s" ? quoteStartingAt(ctx, k) : -1;
    if (q >= 0 && ctx.quoteTokens[q]![1] - k < TITLE_TOKENS) {
      k = ctx.quoteTokens[q]![1] + 1;
      continue;
    }
    break;
  }
  if (k === from && OBJECT_PRONOUNS.has(words[k] ?? '')) k++;
  return k;
}

/** Whether a date starts at token `k`: a date token, or a lead word before one ("this week"). */
function startsDate(ctx: QuoteContext, k: number): boolean {
  if (isDateToken(ctx, k)) return true;
  const next = ctx.words[k + 1];
  return DATE_LEADS.has(ctx.words[k]!) && next !== undefined && (PERIODS.has(next) || ctx.inDate[k + 1] === 1);
}

/** Periods a lead word makes a date of ("this week", "last month") when no date stage ran. */
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);

/** Pronouns that can only be subjects, so one after a noun opens a clause ("it" and "you" may be objects). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/** How far a prepositional phrase before a complement reaches, in tokens. */
const PP_REACH = 12;

/**
 * The token after a prepositional phrase that sits between a cue and its complement: "that", or the comma before
 * a quotation. A verb inside ("a campaign stop" may be tagged one) counts only after a determiner, an adjective or
 * a noun; a subject pronoun or another verb means the phrase was not an aside, and `k` is returned unchanged.
 */
function pastPrepositionalPhrase(ctx: QuoteContext, k: number, last: number): number {
  const { words, tokens } = ctx;
  // A comma or a dash inside the phrase: it then holds more than a place, and a determiner after it opens nothing.
  let punctuated = false;
  for (let i = k + 1; i <= Math.min(last, k + PP_REACH); i++) {
    const w = words[i]!;
    // "charged after a crash that injured 3": a "that" with no subject of its own is a relative clause on the
    // phrase's noun, no complement of the cue.
    // A gerund right after "that" is the complement's subject ("said at the hearing that drafting the platform is
    // open"): a relative clause never opens with one.
    if (w === 'that')
      return thatAfterNoun(words, tokens, i) && verbFirst(tokens, i + 1) && !gerundAt(ctx, i + 1) ? k : i;
    if (WH_COMPLEMENTS.has(w) && i > k + 1) return i;
    if ((w === ',' || w === ':') && ctx.quoteOf[i + 1]! >= 0 && quoteStartingAt(ctx, i + 1) >= 0) return i;
    // "said on CNN, where he is now a paid contributor, that …": a relative aside closing the phrase.
    if (w === ',' && RELATIVE_ASIDES.has(words[i + 1] ?? '')) {
      for (let j = i + 2; j <= Math.min(last - 1, i + ASIDE_REACH + 4); j++) {
        if (ctx.quoteOf[j]! >= 0 || words[j] === '.' || words[j] === ';') break;
        if (words[j] === ',') return words[j + 1] === 'that' ? j + 1 : k;
      }
      return k;
    }
    // "said on ABC's “This Week” that …": a short quoted title after a possessive or a noun is in the phrase.
    const title = quoteStartingAt(ctx, i);
    if (title >= 0 && i > k + 1 && (words[i - 1] === "'s" || isNounish(tokens[i - 1]!))) {
      const end = ctx.quoteTokens[title]![1];
      if (end - i <= PP_TITLE_TOKENS && words[end + 1] === 'that') return end + 1;
    }
    if (ctx.quoteOf[i]! >= 0) return k;
    const t = tokens[i]!;
    // "said after the convention he would not …": a subject pronoun after the phrase's noun starts the clause.
    if (CLAUSE_SUBJECTS.has(w) && i > k + 1 && isNounish(tokens[i - 1]!)) return i;
    // "told a press conference in Sydney the board had not …": so does a determiner right after a proper noun, with a
    // finite verb to follow (a name takes no relative clause without "that", as "a statement the firm issued" may).
    if (
      (t.pos === 'DET' || POSSESSIVES.has(w)) &&
      i > k + 1 &&
      tokens[i - 1]!.pos === 'PROPN' &&
      !punctuated &&
      ctx.inDate[i] !== 1 &&
      subjectThenVerb(ctx, i, last)
    )
      return i;
    // "put it to me: “…”": an object pronoun right after the preposition is the phrase's object.
    const object = i === k + 1 && OBJECT_PRONOUNS.has(w) && w !== 'it';
    if (t.pos === 'PRON' && !POSSESSIVES.has(w) && !object) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const before = tokens[i - 1]!;
      if (!(before.pos === 'DET' || before.pos === 'ADJ' || isNounish(before)) || t.pos === 'AUX') return k;
    }
    if (w === '.' || w === ';' || w === ':') return k;
    if (w === ',' || isDash(ctx, i)) punctuated = true;
  }
  return k;
}

/** Whether token i is an "-ing" verb form, not "being" ("that being said" is an aside). */
function gerundAt(ctx: QuoteContext, i: number): boolean {
  const w = ctx.words[i] ?? '';
  return ctx.tokens[i]?.pos === 'VERB' && w.endsWith('ing') && w !== 'being';
}

export function spanOfQuote(ctx: QuoteContext, q: number): Span {
  const s = ctx.quoted[q]!;
  return { start: s.start, end: s.end };
}
