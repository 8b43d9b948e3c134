/**
 * What the candidate scorer knows about a proposed quote: the cue's form and lemma, how often the lexicon saw it
 * as a cue, its neighbours, the rule that built the quote, what kind of phrase the speaker is and what the content
 * looks like. Named by plain strings, so the weights in data/ stay readable and a missing feature costs nothing.
 */

import { detached } from '../text/detach.js';
import { startsUpper } from '../text/letters.js';
import type { Candidate } from './attribute.js';
import type { QuoteContext } from './context.js';
import { NAME_TYPES } from './context.js';
import { firstTokenFrom } from './indexes.js';
import { neighbourClass } from './lexicon.js';
import { KeptFeature } from './scorer.js';
import { SUBJECT_PRONOUNS } from './words.js';

function bin(x: number, step: number, max: number): number {
  return Math.min(max, Math.floor(x / step));
}

function sourceKind(ctx: QuoteContext, c: Candidate): string {
  if (!c.source) return c.sourceFromPrevious ? 'previous' : 'none';
  const [first, last] = c.source;
  if (first === last && SUBJECT_PRONOUNS.has(ctx.words[first]!)) return 'pronoun';
  // The head is the last word before an appositive comma.
  let head = last;
  for (let i = first; i <= last; i++) {
    if (ctx.words[i] === ',') {
      head = i - 1;
      break;
    }
  }
  while (head > first && ctx.words[head] === "'s") head--;
  const type = NAME_TYPES[ctx.nameType[head]!];
  if (type) return type;
  const t = ctx.tokens[head]!;
  return t.pos === 'PROPN' ? 'propn' : 'np';
}

function contentWords(c: Candidate): number {
  let chars = 0;
  for (const f of c.content) chars += f.end - f.start;
  // Words are about six characters with their space; exact counts would cost a token walk.
  return Math.round(chars / 6);
}

/** How far into a content the verb check looks, in tokens. */
const VERB_REACH = 60;

/** Whether the content has a verb outside quotation marks (a clause), inside them, or none (a noun phrase). */
function contentVerb(ctx: QuoteContext, c: Candidate): string {
  let inside = false;
  for (const f of c.content) {
    const from = firstTokenFrom(ctx, f.start);
    for (let i = from; i < ctx.tokens.length && i - from < VERB_REACH && ctx.tokens[i]!.start < f.end; i++) {
      const pos = ctx.tokens[i]!.pos;
      if (pos !== 'VERB' && pos !== 'AUX') continue;
      if (ctx.quoteOf[i]! < 0) return 'clause';
      inside = true;
    }
  }
  return inside ? 'quoted' : 'none';
}

function suffixOf(word: string): string {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('ed')) return 'ed';
  if (word.endsWith('s')) return 's';
  return '-';
}

/**
 * The features of one candidate. `previous` is the candidate the cue loop kept before it (its content may hold
 * this cue: a verb inside reported speech is rarely a cue of its own).
 */
export function candidateFeatures(
  ctx: QuoteContext,
  c: Candidate,
  previous: Candidate | null,
  cuesInSentence = 1,
): KeptFeature[] {
  const { words, tokens } = ctx;
  const { cue } = c;
  let head = cue.last;
  if (words[head] === ':' && head > cue.first) head--;
  const headTok = tokens[head]!;
  const form = words.slice(cue.first, cue.last + 1).join(' ');
  const rule = c.rule;
  const lemma = cue.lemma;
  const src = sourceKind(ctx, c);
  const prev = neighbourClass(words[cue.first - 1], tokens[cue.first - 1]);
  const next = neighbourClass(words[cue.last + 1], tokens[cue.last + 1]);
  const firstContent = c.content[0]!;
  const contentStartsThat = ctx.text.startsWith('that', firstContent.start);
  const cueStart = tokens[cue.first]!.start;
  const inPrevious = previous?.content.some((f) => f.start <= cueStart && cueStart < f.end) ?? false;
  const sentenceQuoted = ctx.sentenceQuoted[cue.sentence] === 1;
  let negated = false;
  for (let i = cue.first; i <= cue.last; i++) if (words[i] === 'not' || words[i] === "n't") negated = true;
  const title = ctx.doc.meta.title;
  const inTitle = title !== undefined && title.start <= cueStart && cueStart < title.end;
  const length = bin(contentWords(c), 4, 8);
  const precision = bin(cue.precision, 0.1, 9);
  const sentence = ctx.doc.sentences[cue.sentence]!;
  const [sFirst, sLast] = sentence.tokens;
  // Where the cue sits in its sentence (start, middle, end) and how far its speaker is from it.
  const place = cue.first - sFirst <= 1 ? 'start' : sLast - cue.last <= 2 ? 'end' : 'mid';
  const gap = c.source ? Math.min(Math.abs(cue.first - c.source[1] - 1), Math.abs(c.source[0] - cue.last - 1)) : -1;
  const distance = gap < 0 ? 'none' : gap === 0 ? '0' : gap <= 3 ? '1-3' : '4+';
  const crowd = cuesInSentence <= 1 ? '1' : cuesInSentence === 2 ? '2' : '3+';
  const verb = contentVerb(ctx, c);
  return [
    BIAS,
    R.of(rule),
    L.of(lemma),
    F.of(form),
    P.of(precision),
    PV.of(prev),
    NX.of(next),
    TAG.of(String(headTok.pos)),
    SUF.of(suffixOf(words[head]!)),
    SRC.of(src),
    LEN.of(length),
    THAT.of(contentStartsThat),
    SQ.of(sentenceQuoted),
    TITLE.of(inTitle),
    INPREV.of(inPrevious),
    AUX.of(cue.first < head),
    NEG.of(negated),
    CAP.of(startsUpper(headTok.text)),
    L_R.of(lemma, rule),
    L_SRC.of(lemma, src),
    R_SRC.of(rule, src),
    R_P.of(rule, String(precision)),
    L_NX.of(lemma, next),
    L_PV.of(lemma, prev),
    R_LEN.of(rule, String(length)),
    SRC_LEN.of(src, String(length)),
    VERB.of(verb),
    PLACE.of(place),
    DIST.of(distance),
    CROWD.of(crowd),
    R_PLACE.of(rule, place),
    SRC_DIST.of(src, distance),
    R_VERB.of(rule, verb),
    P_VERB.of(String(precision), verb),
  ];
}

/** Distinct values a feature cache keeps before it starts over (cue forms, lemmas and rules number a few thousand). */
const FEATURE_CACHE_LIMIT = 20_000;

/**
 * The features of one template (`l=say`), kept by value. A feature string built afresh for every candidate was
 * hashed afresh by the scorer's weight lookup, about 0.3 µs for each of some 700 features an article; a kept
 * feature is made once and carries its weight from its first scoring on (see KeptFeature). The values are small
 * closed sets (lemmas, rules, classes, bins), so the features are the same ones built the same way, only not rebuilt.
 */
class Feature {
  private readonly byValue = new Map<string, KeptFeature>();

  constructor(private readonly prefix: string) {}

  of(value: string): KeptFeature {
    let feature = this.byValue.get(value);
    if (feature === undefined) {
      if (this.byValue.size >= FEATURE_CACHE_LIMIT) this.byValue.clear();
      feature = new KeptFeature(detached(`${this.prefix}${value}`));
      this.byValue.set(detached(value), feature);
    }
    return feature;
  }
}

/**
 * A template over a boolean (`neg=true`): its two features made once. Seven of a candidate's features are booleans,
 * and each was a String() and a lookup in its template's map.
 */
class BoolFeature {
  private readonly yes: KeptFeature;
  private readonly no: KeptFeature;

  constructor(prefix: string) {
    this.yes = new KeptFeature(`${prefix}true`);
    this.no = new KeptFeature(`${prefix}false`);
  }

  of(value: boolean): KeptFeature {
    return value ? this.yes : this.no;
  }
}

/** A template over a small bin number (`p=7`, `len=3`): the feature of each bin by index, made on first use. */
class BinFeature {
  private readonly byBin: KeptFeature[] = [];
  private readonly other: Feature;

  constructor(private readonly prefix: string) {
    this.other = new Feature(prefix);
  }

  of(bin: number): KeptFeature {
    if (!(Number.isInteger(bin) && bin >= 0 && bin < 64)) return this.other.of(String(bin));
    let feature = this.byBin[bin];
    if (feature === undefined) {
      for (let k = this.byBin.length; k < bin; k++) this.byBin.push(new KeptFeature(`${this.prefix}${k}`));
      feature = new KeptFeature(`${this.prefix}${bin}`);
      this.byBin[bin] = feature;
    }
    return feature;
  }
}

/** A template over two values (`l&r=say|quotes/indirect:said-that`): one Feature per first value. */
class PairFeature {
  private readonly byFirst = new Map<string, Feature>();

  constructor(private readonly prefix: string) {}

  of(first: string, second: string): KeptFeature {
    let feature = this.byFirst.get(first);
    if (feature === undefined) {
      if (this.byFirst.size >= FEATURE_CACHE_LIMIT) this.byFirst.clear();
      feature = new Feature(`${this.prefix}${first}|`);
      this.byFirst.set(detached(first), feature);
    }
    return feature.of(second);
  }
}

const BIAS = new KeptFeature('bias');
const R = new Feature('r=');
const L = new Feature('l=');
const F = new Feature('f=');
const P = new BinFeature('p=');
const PV = new Feature('pv=');
const NX = new Feature('nx=');
const TAG = new Feature('tag=');
const SUF = new Feature('suf=');
const SRC = new Feature('src=');
const LEN = new BinFeature('len=');
const THAT = new BoolFeature('that=');
const SQ = new BoolFeature('sq=');
const TITLE = new BoolFeature('title=');
const INPREV = new BoolFeature('inprev=');
const AUX = new BoolFeature('aux=');
const NEG = new BoolFeature('neg=');
const CAP = new BoolFeature('cap=');
const L_R = new PairFeature('l&r=');
const L_SRC = new PairFeature('l&src=');
const R_SRC = new PairFeature('r&src=');
const R_P = new PairFeature('r&p=');
const L_NX = new PairFeature('l&nx=');
const L_PV = new PairFeature('l&pv=');
const R_LEN = new PairFeature('r&len=');
const SRC_LEN = new PairFeature('src&len=');
const VERB = new Feature('verb=');
const PLACE = new Feature('place=');
const DIST = new Feature('dist=');
const CROWD = new Feature('crowd=');
const R_PLACE = new PairFeature('r&place=');
const SRC_DIST = new PairFeature('src&dist=');
const R_VERB = new PairFeature('r&verb=');
const P_VERB = new PairFeature('p&verb=');
