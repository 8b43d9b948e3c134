import { type TokenSink, tokenizeChunk } from '../adapters/wink.js';
import type { Stage } from '../pipeline/stage.js';
import type { Sentence, TextSpan, Token } from '../types.js';
import { splitParagraphs } from './paragraphs.js';
import { fixSentenceStarts } from './sentence-fixes.js';
import { cachedView, viewCharLength } from './view.js';

/** wink builds a whole-document structure per call: chunks keep memory flat on megabyte inputs. */
const CHUNK = 32_000;
const MAX_PARAGRAPH = 64_000;
/**
 * wink's tokenizer is quadratic in the length of a run without spaces (2 KB: 5 ms, 64 KB: 4.7 s), so such runs
 * (base64, a URL list, binary junk) are fed to it in pieces of this size.
 */
const LONG_RUN = 256;

/** Tokens, sentences and paragraphs with exact offsets. Sentences never cross a paragraph break. */
export const tokenizeStage: Stage = {
  name: 'text/tokens',
  needs: [],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const { text } = doc;
    const view = cachedView(text);
    const paragraphs = splitParagraphs(view).map((p) => {
      // A paragraph ending on a character reference ends after it, as its last token does.
      const end = p.end - 1 + viewCharLength(text, p.end - 1);
      return { start: p.start, end, text: text.slice(p.start, end) };
    });
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const starts = new Set<number>();
    const emit: TokenSink = (start, viewEnd, pos, lemma) => {
      // A token that ends on a character reference the view reads as one character ("&rdquo;" as "”") ends
      // after the reference, not inside it.
      const end = viewEnd - 1 + viewCharLength(text, viewEnd - 1);
      tokens.push({ i: tokens.length, start, end, text: text.slice(start, end), pos, lemma });
    };
    for (const [from, to] of withoutLongRuns(view, chunks(view, paragraphs))) {
      const base = tokens.length;
      for (const s of tokenizeChunk(view, from, to, emit)) starts.add(base + s);
    }
    fixSentenceStarts(tokens, view, starts);
    let p = 0;
    let first = 0;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      while (p < paragraphs.length - 1 && paragraphs[p]!.end <= tok.start) p++;
      const next = tokens[i + 1];
      const paragraphEnds = !next || next.start >= paragraphs[p]!.end;
      if (paragraphEnds || starts.has(i + 1)) {
        const start = tokens[first]!.start;
        sentences.push({
          i: sentences.length,
          start,
          end: tok.end,
          text: text.slice(start, tok.end),
          paragraph: p,
          tokens: [first, i],
        });
        first = i + 1;
      }
    }
    return { paragraphs: paragraphs as TextSpan[], tokens, sentences };
  },
};

/** Chunk boundaries at paragraph ends; an over-long paragraph is cut at a space (or anywhere, as a last resort). */
function* chunks(view: string, paragraphs: readonly TextSpan[]): Generator<[number, number]> {
  let from = -1;
  let to = -1;
  for (const p of paragraphs) {
    if (p.end - p.start > MAX_PARAGRAPH) {
      if (from >= 0) yield [from, to];
      from = -1;
      let s = p.start;
      while (s < p.end) {
        let e = Math.min(p.end, s + MAX_PARAGRAPH);
        if (e < p.end) {
          const space = view.lastIndexOf(' ', e);
          if (space > s + MAX_PARAGRAPH / 2) e = space;
        }
        yield [s, e];
        s = e;
      }
      continue;
    }
    if (from < 0) from = p.start;
    else if (p.end - from > CHUNK) {
      yield [from, to];
      from = p.start;
    }
    to = p.end;
  }
  if (from >= 0) yield [from, to];
}

/** Splits each chunk so no piece holds a run of more than LONG_RUN non-space characters. */
function* withoutLongRuns(view: string, ranges: Iterable<[number, number]>): Generator<[number, number]> {
  for (const [from, to] of ranges) {
    let segmentStart = from;
    let runStart = from;
    for (let i = from; i <= to; i++) {
      const c = i < to ? view.charCodeAt(i) : 0x20;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        runStart = i + 1;
        continue;
      }
      if (i - runStart + 1 > LONG_RUN) {
        if (runStart > segmentStart) yield [segmentStart, runStart];
        yield [runStart, i];
        segmentStart = i;
        runStart = i;
      }
    }
    if (segmentStart < to) yield [segmentStart, to];
  }
}
