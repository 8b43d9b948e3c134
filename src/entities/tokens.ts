import type { Draft } from '../pipeline/stage.js';
import { overlapsAny } from '../text/spans.js';
import type { Token } from '../types.js';
import type { NerToken } from './features.js';

/** Tokens of the document as the tagger sees them, with the document token each came from. */
export interface TaggerInput {
  tokens: NerToken[];
  /** Index into doc.tokens of each tagger token. */
  source: number[];
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;

/**
 * How each line is cased: 'u' when it has no lower-case letter and two or more words (CoNLL's upper-case
 * headlines), 't' when every word of four or more letters is capitalized (a title-case headline), else 'n'.
 */
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
      if (LOWER.test(w)) lower = true;
      if (UPPER.test(w) || LOWER.test(w)) words++;
      if (w.length >= 4 && LETTERS.test(w)) {
        content++;
        if (UPPER.test(w.charAt(0))) capitalized++;
      }
      j++;
    }
    const mode = !lower && words >= 2 ? 'u' : content >= 3 && capitalized === content ? 't' : 'n';
    for (let k = i; k < j; k++) modes[k] = mode;
    i = j > i ? j : i + 1;
  }
  return modes;
}

/** The tagger's view of a document: every token outside boilerplate and repeated titles. */
export function taggerInput(doc: Draft): TaggerInput {
  const { tokens: all, sentences, text, meta } = doc;
  const skip = [...meta.boilerplate, ...meta.repeatedTitles].sort((a, b) => a.start - b.start);
  const modes = lineModes(text, all);
  const tokens: NerToken[] = [];
  const source: number[] = [];
  for (const s of sentences) {
    if (skip.length > 0 && overlapsAny(skip, s)) continue;
    for (let k = s.tokens[0]; k <= s.tokens[1]; k++) {
      const t = all[k]!;
      tokens.push({
        text: t.text,
        start: t.start,
        end: t.end,
        pos: t.pos ?? 'X',
        lemma: t.lemma ?? t.text.toLowerCase(),
        sentenceStart: k === s.tokens[0],
        sentence: s.i,
        line: modes[k]!,
      });
      source.push(k);
    }
  }
  return { tokens, source };
}
