/**
 * The only file that imports wink-nlp. One wink instance per process: a second `winkNLP(model)` silently loses
 * its POS and entity-type patterns. wink keeps no character offsets, so tokens are aligned back to the text here.
 */

import winkNLP from 'wink-nlp';
import { isPlain, LetterPattern } from '../text/letters.js';
import { isSpace } from '../text/spans.js';
import { leanModel, packageModel } from './wink-model.js';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/**
 * Sentence breaks and parts of speech (lemmas come with them). wink's negation pass is left out: nothing reads its
 * flags, and it changes no token, tag, lemma or sentence (checked on every shared corpus), so it was pure cost.
 */
function wink(): Wink {
  instance ??= winkNLP(leanModel(), ['sbd', 'pos']);
  return instance;
}

/** English clitics wink splits off a word ("Party’s", "didn’t", "they’re"), at the end of a token. */
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** A clitic right after a letter or digit, at `lastIndex`: wink is given a space there (tokens are realigned after). */
const CLITIC_AT = new LetterPattern(
  String.raw`(?<=[\p{L}\p{N}])(?:n['’]t|['’](?:s|re|ve|ll|d|m))(?![\p{L}\p{N}])`,
  'iuy',
);

/**
 * `text` with a space inserted before each clitic CLITIC_AT finds ("didn’t" → "did n’t"). A global replace with
 * the pattern as a lookahead tried its lookbehind at every character, 0.05-0.25 ms of every document; a clitic
 * starts at an apostrophe or at the "n" just before one, so only those places are tested. The output is the same
 * as that replace's (checked on every shared corpus and on random strings of letters, n, t and apostrophes).
 */
export function spaceClitics(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let a = nextApostrophe(text, 0); a >= 0; a = nextApostrophe(text, a + 1)) {
    for (let p = Math.max(a - 1, last + (parts.length > 0 ? 1 : 0)); p <= a; p++) {
      // The match reads a code point before p and at most four units from p on.
      const clitic = isPlain(text, p - 2, p + 5) ? CLITIC_AT.ascii : CLITIC_AT.unicode();
      clitic.lastIndex = p;
      if (!clitic.test(text)) continue;
      parts.push(text.slice(last, p));
      last = p;
    }
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join(' ');
}

function nextApostrophe(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isApostrophe(text.charCodeAt(i))) return i;
  return -1;
}

/** Part of speech and lemma of a split clitic: "'s" after a pronoun is "is", after a noun the possessive. */
function cliticTag(clitic: string, basePos: string): { pos: string; lemma: string } {
  const c = clitic.toLowerCase().replace('’', "'");
  if (c === "n't") return { pos: 'PART', lemma: 'not' };
  if (c === "'s") return basePos === 'PRON' ? { pos: 'AUX', lemma: 'be' } : { pos: 'PART', lemma: "'s" };
  const aux: Record<string, string> = { "'re": 'be', "'m": 'be', "'ve": 'have', "'ll": 'will', "'d": 'would' };
  return { pos: 'AUX', lemma: aux[c] ?? c };
}

/** Receives one token: offsets into the view, part of speech and lemma. Called in text order. */
export type TokenSink = (start: number, end: number, pos: string, lemma: string) => void;

/** `value.trim() === ''`; a token starting with a printable ASCII character (nearly every one) is settled by it. */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && value.trim() === '';
}

/** An apostrophe as wink writes it in a clitic: straight or typographic. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/**
 * Whether `value` may end in a clitic: CLITIC needs an apostrophe second or third from the end, and one test of two
 * characters spares most tokens a regex run.
 */
function mayEndInClitic(value: string): boolean {
  const n = value.length;
  return n > 1 && (isApostrophe(value.charCodeAt(n - 2)) || (n > 2 && isApostrophe(value.charCodeAt(n - 3))));
}

function allDigits(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return value.length > 0;
}

/**
 * Tokenizes `view.slice(from, to)` and hands each token to `emit`, with offsets into `view`; returns, for each
 * sentence wink found, the number of tokens emitted before its first one. Whitespace tokens are dropped; a token
 * wink altered beyond recognition is located by a bounded search, and skipped if not found. Tokens go straight to
 * the caller rather than into an intermediate list: a document has thousands, and each object is garbage.
 */
export function tokenizeChunk(view: string, from: number, to: number, emit: TokenSink): number[] {
  const nlp = wink();
  const its = nlp.its;
  // wink never sees a word with its clitic attached, so the words it remembers can't change later texts' tokens.
  const doc = nlp.readDoc(spaceClitics(view.slice(from, to)));
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const winkToOurs = new Int32Array(values.length + 1).fill(-1);
  let count = 0;
  // The last token emitted: a clitic wink split off itself takes its tags from the word it is glued to.
  let lastEnd = -1;
  let lastPos = 'X';
  let cursor = from;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    // wink types a word once, when its vocabulary first meets it: "96" split off "SEP.96" stays a word, not a
    // number, in every later text, and is tagged PROPN there. Digits alone are a number whatever came before.
    const tag = pos[k] === 'NUM' || !allDigits(value) ? (pos[k] ?? 'X') : 'NUM';
    if (tag === 'SPACE' || isBlank(value)) continue;
    // Blanked markup and long runs of spaces sit between tokens: skip them, so the bounded search below starts at
    // the next visible character (a 90-space run once hid every later token of the document).
    while (cursor < to && isSpace(view.charCodeAt(cursor))) cursor++;
    let start = -1;
    if (view.startsWith(value, cursor)) start = cursor;
    else {
      const found = view.indexOf(value, cursor);
      if (found >= 0 && found < to && found - cursor <= 64 + value.length) start = found;
    }
    if (start < 0) continue;
    winkToOurs[k] = count;
    const lemma = lemmas[k] ?? value.toLowerCase();
    const end = start + value.length;
    const clitic = mayEndInClitic(value) ? CLITIC.exec(value) : null;
    if (clitic && clitic.index > 0) {
      // wink's vocabulary grows with every text it reads, and a word it once kept whole ("Party’s." at a sentence
      // end) stays whole in every later text: split clitics here, so tokens never depend on what came before.
      const cut = start + clitic.index;
      const base = value.slice(0, clitic.index);
      emit(start, cut, tag, lemma === value.toLowerCase() ? base.toLowerCase() : lemma);
      const split = cliticTag(clitic[0], tag);
      emit(cut, end, split.pos, split.lemma);
      count += 2;
      lastPos = split.pos;
    } else if (clitic) {
      // A clitic wink split itself gets the same tags as one split here, for the same reason.
      const split = cliticTag(value, count > 0 && lastEnd === start ? lastPos : 'X');
      emit(start, end, split.pos, split.lemma);
      count++;
      lastPos = split.pos;
    } else {
      emit(start, end, tag, lemma);
      count++;
      lastPos = tag;
    }
    lastEnd = end;
    cursor = end;
  }
  const sentenceStarts: number[] = [];
  for (const [first, last] of spans) {
    for (let k = first; k <= last; k++) {
      const ours = winkToOurs[k]!;
      if (ours >= 0) {
        if (sentenceStarts.at(-1) !== ours) sentenceStarts.push(ours);
        break;
      }
    }
  }
  return sentenceStarts;
}

let plain: Wink | undefined;

/**
 * The plain wink-nlp peer the benchmark compares against, as its users run it: the default pipeline (with its
 * entity recognizer, which claimgraph's instance leaves out), then `readDoc`, its entities and sentences.
 * A process holds one wink instance, so this one may only be built where the pipeline's is not: in a benchmark's
 * child process.
 */
export function winkBaseline(text: string): { entities: number; sentences: number } {
  if (!plain) {
    if (instance) throw new Error('winkBaseline needs its own process: this one already runs the claimgraph pipeline');
    plain = winkNLP(packageModel());
  }
  const doc = plain.readDoc(text);
  return { entities: doc.entities().out().length, sentences: doc.sentences().out().length };
}
