import type { Draft } from '../pipeline/stage.js';
import { hasLowerLetter, hasUpperLetter, isLetters } from '../text/letters.js';
import { overlapsAny } from '../text/spans.js';
import type { Token } from '../types.js';
import type { NerToken } from './features.js';

/** Letter classes of a word: bit 1 has a lower-case letter, 2 an upper-case one, 4 only letters, 8 starts upper. */
function letterClasses(w: string): number {
  let out = 4;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) out |= 1;
    else if (c >= 65 && c <= 90) out |= i === 0 ? 10 : 2;
    else if (c > 127) return slowClasses(w);
    else out &= ~4;
  }
  return out;
}

function slowClasses(w: string): number {
  return (
    (hasLowerLetter(w) ? 1 : 0) |
    (hasUpperLetter(w) ? 2 : 0) |
    (isLetters(w) ? 4 : 0) |
    (hasUpperLetter(w.charAt(0)) ? 8 : 0)
  );
}

/**
 * How each line is cased: 'u' when it has no lower-case letter and two or more words (CoNLL's upper-case
 * headlines), 't' when every word of four or more letters is capitalized (a title-case headline), else 'n'.
 */
const PRODUCT_SHAPE = /^[a-z]{1,2}[A-Z]/;

function lineModes(text: string, tokens: readonly Token[]): ('n' | 'u' | 't')[] {
  const modes = new Array<'n' | 'u' | 't'>(tokens.length).fill('n');
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[i]!.start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    let j = i;
    let lower = false;
    let words = 0;
    let content = 0;
    let capitalized = 0;
    while (j < tokens.length && tokens[j]!.start < end) {
      const w = tokens[j]!.text;
      const k = letterClasses(w);
      if (k & 1) lower = true;
      if (k & 3) words++;
      // "Apple Unveils New iPhone": a product's inner capital is the headline's capital too.
      if (w.length >= 4 && k & 4 && !PRODUCT_SHAPE.test(w)) {
        content++;
        if (k & 8) capitalized++;
      }
      j++;
    }
    const mode = !lower && words >= 2 ? 'u' : content >= 3 && capitalized === content ? 't' : 'n';
    for (let k = i; k < j; k++) modes[k] = mode;
    i = j > i ? j : i + 1;
  }
  return modes;
}

/**
 * A NerToken built by one constructor: every token gets the same hidden class from the start, which keeps the
 * property reads of the tagger and the rules monomorphic (and allocation cheap; a document has a thousand of them).
 */
class TaggerToken implements NerToken {
  constructor(
    public text: string,
    public start: number,
    public end: number,
    public pos: string,
    public lemma: string,
    public sentenceStart: boolean,
    public sentence: number,
    public line: 'n' | 'u' | 't',
  ) {}
}

/**
 * The tagger's view of a document: every token outside boilerplate and repeated titles. The list is sized once:
 * grown by push, its discarded backing stores were a fifth of this function's allocation.
 */
export function taggerInput(doc: Draft): NerToken[] {
  const { tokens: all, sentences, text, meta } = doc;
  const skip = [...meta.boilerplate, ...meta.repeatedTitles].sort((a, b) => a.start - b.start);
  const modes = lineModes(text, all);
  const kept = skip.length > 0 ? sentences.filter((s) => !overlapsAny(skip, s)) : sentences;
  let count = 0;
  for (const s of kept) count += s.tokens[1] - s.tokens[0] + 1;
  const tokens = new Array<NerToken>(count);
  let n = 0;
  for (const s of kept) {
    for (let k = s.tokens[0]; k <= s.tokens[1]; k++) {
      const t = all[k]!;
      tokens[n++] = new TaggerToken(
        t.text,
        t.start,
        t.end,
        t.pos ?? 'X',
        t.lemma ?? t.text.toLowerCase(),
        k === s.tokens[0],
        s.i,
        modes[k]!,
      );
    }
  }
  return tokens;
}

/** Whether tagger tokens `a` and `b` are in one sentence (false when `b` is outside the text). */
export function sameSentence(tokens: readonly NerToken[], a: number, b: number): boolean {
  return b >= 0 && b < tokens.length && tokens[a]!.sentence === tokens[b]!.sentence;
}
