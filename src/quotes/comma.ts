/**
 * Whether a right-hand content ends at a comma: "said the plan would fail, citing …" stops, "said the plan, which
 * passed in May, would fail" does not. The rules' evidence (a noun object before any verb, a participle after a
 * non-clausal complement) and the words around the comma are features of a logistic model learned from PolNeAR
 * train contents (data/comma-stops.json, trained by scripts/train-comma-stops.ts).
 */
import model from '../../data/comma-stops.json' with { type: 'json' };
import { LetterPattern } from '../text/letters.js';
import type { QuoteContext } from './context.js';
import { nounListGoesOn } from './noun-list.js';
import { scorerFrom } from './scorer.js';
import { NAMING_PARTICIPLES, WH_COMPLEMENTS } from './words.js';

const LETTERS_APOSTROPHES = new LetterPattern(String.raw`^[\p{L}']+$`);

export interface CommaState {
  /** The complement has its own subject and verb ("that …", "the plan would …"). */
  clausal: boolean;
  /** The complement opens with a noun phrase. */
  nounObject: boolean;
  /** A verb outside quotation marks came between the complement's start and the comma. */
  verbSeen: boolean;
}

const COMMA_MODEL = scorerFrom(model);

function distanceBin(n: number): string {
  if (n <= 2) return '1-2';
  if (n <= 5) return '3-5';
  if (n <= 10) return '6-10';
  if (n <= 20) return '11-20';
  return '21+';
}

/** Whether a verb comes after the comma before the next comma or the end of the sentence. */
function verbAfter(ctx: QuoteContext, x: number, last: number): boolean {
  for (let i = x + 1; i <= last && ctx.words[i] !== ','; i++) {
    const pos = ctx.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** How far an aside between two commas may run, in tokens. */
const ASIDE_REACH = 15;

/**
 * Whether the comma opens an aside that closes on a second comma followed by a verb: "the plan, which passed in
 * May, would fail" — the content resumes after it.
 */
function asideThenVerb(ctx: QuoteContext, x: number, last: number): boolean {
  let c = x + 1;
  while (c <= Math.min(last, x + ASIDE_REACH) && ctx.words[c] !== ',') c++;
  const after = ctx.tokens[c + 1];
  return ctx.words[c] === ',' && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
}

const SUBJECT_TAGS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** The first finite verb from `k` on, before the next comma: its index, or -1. */
function finiteVerbFrom(ctx: QuoteContext, k: number, last: number): number {
  for (let i = k; i <= last; i++) {
    const w = ctx.words[i]!;
    if (w === ',' || w === ';' || ctx.quoteOf[i]! >= 0) return -1;
    const pos = ctx.tokens[i]!.pos;
    if ((pos === 'VERB' || pos === 'AUX') && ctx.words[i - 1] !== 'to') return /ing$/.test(w) ? -1 : i;
  }
  return -1;
}

/**
 * The shape of what follows the comma: a clause with a subject of its own ("…, the voters were divided", "…, but
 * she has bristled"), a verb that shares the content's subject ("…, but planned to follow it"), or a noun phrase
 * without a verb (an apposition: "…, the Democratic nominee"). A new subject and verb after the comma most often
 * start the writer's own sentence; a shared-subject verb or an apposition most often stay in what was said.
 */
function afterShape(ctx: QuoteContext, x: number, last: number): string {
  let k = x + 1;
  const t = ctx.tokens[k];
  if (!t || k > last) return 'end';
  const joined = t.pos === 'CCONJ' || t.pos === 'SCONJ';
  if (joined) k++;
  const first = ctx.tokens[k];
  if (!first || k > last) return 'end';
  const w = ctx.words[k]!;
  const j = joined ? 'j' : '';
  // A participle ("citing …", "known as …") opens a phrase; a finite verb goes on with a subject or inverts a frame.
  if (first.pos === 'VERB' || first.pos === 'AUX')
    return `${j}verb${/ing$/.test(w) ? '-ing' : /(?:ed|en|wn)$/.test(w) ? '-ed' : ''}`;
  if (!SUBJECT_TAGS.has(first.pos ?? '') || RELATIVES.has(w)) return `${j}other`;
  // A noun directly before a determiner or a name starts no noun phrase: the tagger's noun is a verb of an inverted
  // frame ("…, reports The Telegraph.").
  const second = ctx.tokens[k + 1]?.pos;
  if (first.pos === 'NOUN' && (second === 'DET' || second === 'PROPN')) return `${j}verb`;
  return finiteVerbFrom(ctx, k + 1, last) > 0 ? `${j}clause` : `${j}np`;
}

/** The features of the comma at token `x` of a content that starts at `from` and may reach `last`. */
export function commaFeatures(ctx: QuoteContext, from: number, x: number, last: number, s: CommaState): string[] {
  const { words, tokens } = ctx;
  const next = words[x + 1] ?? 'END';
  const nextPos = tokens[x + 1]?.pos ?? 'END';
  const next2Pos = tokens[x + 2]?.pos ?? 'END';
  const prevPos = tokens[x - 1]?.pos ?? 'START';
  const nounStop = s.nounObject && !s.verbSeen;
  const ing = !s.clausal && x > from + 1 && /ing$/.test(next);
  const rest = verbAfter(ctx, x, last);
  const aside = asideThenVerb(ctx, x, last);
  const quoted = ctx.quoteOf[x + 1] !== undefined && ctx.quoteOf[x + 1]! >= 0;
  const word = LETTERS_APOSTROPHES.test(next) ? next : nextPos;
  const shape = afterShape(ctx, x, last);
  return [
    'bias',
    `nounStop=${nounStop}`,
    `ing=${ing}`,
    `cl=${s.clausal}`,
    `no=${s.nounObject}`,
    `vs=${s.verbSeen}`,
    `n1=${word}`,
    `n1p=${nextPos}`,
    `n2p=${next2Pos}`,
    `p1p=${prevPos}`,
    `d=${distanceBin(x - from)}`,
    `rest=${rest}`,
    `q=${quoted}`,
    `end=${x + 2 > last}`,
    `aside=${aside}`,
    `aside&cl=${aside}|${s.clausal}`,
    `n1&cl=${word}|${s.clausal}`,
    `n1p&rest=${nextPos}|${rest}`,
    `n1p&no=${nextPos}|${nounStop}`,
    `n1p&vs=${nextPos}|${s.verbSeen}`,
    `sh=${shape}`,
    `sh&cl=${shape}|${s.clausal}`,
    `sh&no=${shape}|${nounStop}`,
  ];
}

/**
 * Whether token `i` is "that" opening a clause, not the pronoun ("but that could change") or the determiner of a
 * singular noun ("but that group was larger"): a plural noun, a name or a pronoun after it is the clause's subject.
 */
function complementizer(ctx: QuoteContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (ctx.words[i] !== 'that' || !next) return false;
  if (ctx.tokens[i]!.pos === 'SCONJ') return true;
  const w = ctx.words[i + 1]!;
  return next.pos === 'PROPN' || next.pos === 'PRON' || (next.pos === 'NOUN' && /[^s]s$/.test(w));
}

/**
 * Whether the comma at `x` goes on with a finite verb of the same subject and a later "and" or "or" joins one more
 * ("…, took prescription drugs and fled on foot"): a list of what the subject did.
 */
function predicateSeries(ctx: QuoteContext, x: number, last: number): boolean {
  const { words, tokens } = ctx;
  if (tokens[x + 1]?.pos !== 'VERB' || /ing$/.test(words[x + 1]!)) return false;
  for (let i = x + 2; i < last && i - x <= ASIDE_REACH * 2; i++) {
    if (words[i] === '.' || words[i] === ';' || ctx.quoteOf[i]! >= 0) return false;
    if ((words[i] === 'and' || words[i] === 'or') && tokens[i + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** Conjunctions that, after a comma in a clausal content, coordinate a second clause of the same statement. */
const COORDINATORS = new Set(['and', 'or', 'nor']);

export function stopsAtComma(ctx: QuoteContext, from: number, x: number, last: number, s: CommaState): boolean {
  // "said that it would not use Huawei, and it would also remove …": a coordinated clause is still what was said.
  // PolNeAR's annotators often end the content there; the reading kept here is the one a fact-checker needs.
  if (s.clausal && COORDINATORS.has(ctx.words[x + 1] ?? '')) return false;
  // "said it could not comment, but that families can file a complaint": a second "that" of the same cue.
  if ((ctx.words[x + 1] === 'but' || ctx.words[x + 1] === 'and') && complementizer(ctx, x + 2)) return false;
  // "said the plan, which passed in May, would fail": an aside that closes on the clause's verb is inside it.
  if (s.clausal && asideThenVerb(ctx, x, last)) return false;
  // "say a man smashed a window, took prescription drugs and fled on foot": a series of predicates.
  // Not after a wh-clause: "thinking about what she wanted to write, got an M.F.A." goes on with the main clause.
  const wh = ctx.words[from] === 'what' || WH_COMPLEMENTS.has(ctx.words[from]!);
  if (s.clausal && s.verbSeen && !wh && predicateSeries(ctx, x, last)) return false;
  // "accused Rafael Cruz, who was born in Cuba, of …", "praised Mr. Kim, whose term ends in June, for …": a relative
  // clause between commas on a noun object, after which the cue's own "of"/"for"/"as" complement goes on.
  if (s.nounObject && !s.verbSeen && relativeAsideThenComplement(ctx, x, last)) return false;
  // "criticized Trump, Carson and Fiorina": a comma inside a list of noun objects.
  if (s.nounObject && !s.verbSeen && nounListGoesOn(ctx, x, last)) return false;
  // "opposed a trade deal, known as the Pacific Pact": a naming participle on the noun object names it, and PolNeAR
  // train ends the content before it (5 of 7).
  if (s.nounObject && !s.verbSeen && NAMING_PARTICIPLES.has(ctx.words[x + 1] ?? '')) return true;
  if (asClauseAfter(ctx, x, last)) return true;
  return COMMA_MODEL.probability(commaFeatures(ctx, from, x, last, s)) >= COMMA_MODEL.threshold;
}

/** Words after "as" that make it no subordinator of a clause: "as well as", "as part of", "as a result", "as if". */
const AS_PHRASES = new Set([
  'well',
  'part',
  'much',
  'many',
  'long',
  'soon',
  'far',
  'though',
  'if',
  'such',
  'a',
  'an',
  'usual',
  'of',
  'to',
  'for',
  'with',
  'in',
]);
/** How far after "as" the clause's finite verb may stand (a subject of a few words). */
const AS_SUBJECT_REACH = 7;

/**
 * "said it shot down 20 drones, as Zelenskyy urged allies to …", "…, as rescuers searched the rubble": after a
 * comma, "as" with a subject and a finite verb of its own sets the report in the writer's time; it is not what was
 * said. PolNeAR train ends the content before such a clause 13 times in 17 (the rest are the speaker's reasons: "…,
 * as he is still very active").
 */
function asClauseAfter(ctx: QuoteContext, x: number, last: number): boolean {
  const k = x + 2;
  const t = ctx.tokens[k];
  if (ctx.words[x + 1] !== 'as' || !t || k >= last || ctx.quoteOf[k]! >= 0) return false;
  const w = ctx.words[k]!;
  if (AS_PHRASES.has(w) || RELATIVES.has(w) || !SUBJECT_TAGS.has(t.pos ?? '')) return false;
  // "a man who, as Clinton speaks, bows his head": an aside closed by a comma before the clause's own verb.
  if (RELATIVES.has(ctx.words[x - 1]!) || asideThenVerb(ctx, x, last)) return false;
  const verb = finiteVerbFrom(ctx, k + 1, last);
  if (verb < 0 || verb - k > AS_SUBJECT_REACH) return false;
  // "cited Johnson, as someone who would …", "use the low point, as the base line … than are whites": the phrase
  // after "as" is the cue's complement, and its verb belongs to a relative clause or a comparison.
  for (let i = k + 1; i < verb; i++) if (RELATIVES.has(ctx.words[i]!) || ctx.words[i] === 'than') return false;
  return true;
}

const RELATIVE_WORDS = new Set(['which', 'who', 'whose', 'whom']);
/** Prepositions that carry a cue's second complement: "accuse X of", "praise X for", "describe X as". */
const SECOND_COMPLEMENT = new Set(['of', 'for', 'as']);

function relativeAsideThenComplement(ctx: QuoteContext, x: number, last: number): boolean {
  if (!RELATIVE_WORDS.has(ctx.words[x + 1] ?? '')) return false;
  let c = x + 2;
  while (c <= Math.min(last, x + ASIDE_REACH) && ctx.words[c] !== ',' && ctx.quoteOf[c]! < 0) c++;
  // "…, as well as abortion services" goes on with the aside's own list.
  return ctx.words[c] === ',' && SECOND_COMPLEMENT.has(ctx.words[c + 1] ?? '') && ctx.words[c + 2] !== 'well';
}
