/**
 * Per-document token indexes that turn "scan forward until X" into one array lookup, so rules that look from
 * every cue or quotation to the end of a sentence or paragraph stay linear on hostile input (thousands of cues or
 * quotation marks in one paragraph). Built lazily, once per document, only when a scan would be long: short
 * scans on normal text never pay for them.
 */
import type { QuoteContext } from './context.js';

/** Index of the first token starting at or after `offset` (binary search); the token count when there is none. */
export function firstTokenFrom(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ctx.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "No such token" in the next-token arrays: larger than any token index. */
export const NONE = 0x7fffffff;

/** Walks this long are answered by index. */
const SHORT_WALK = 64;

const paragraphEnds = new WeakMap<QuoteContext, Int32Array>();
const nextQuoted = new WeakMap<QuoteContext, Int32Array>();

/**
 * The last token of the run of tokens, from `i` on, whose sentences share one paragraph: what walking right
 * token by token while the paragraph stays the same would reach.
 */
export function paragraphRunEnd(ctx: QuoteContext, i: number): number {
  // A short walk first: most paragraphs end within it, and then no index is built.
  const p = ctx.doc.sentences[ctx.sentenceOf[i]!]!.paragraph;
  const n = ctx.tokens.length;
  for (let j = i; j < i + SHORT_WALK; j++) {
    if (j + 1 >= n || ctx.doc.sentences[ctx.sentenceOf[j + 1]!]!.paragraph !== p) return j;
  }
  let ends = paragraphEnds.get(ctx);
  if (!ends) {
    ends = new Int32Array(n);
    let next = -1;
    for (let j = n - 1; j >= 0; j--) {
      const p = ctx.doc.sentences[ctx.sentenceOf[j]!]!.paragraph;
      ends[j] = j + 1 < n && p === next ? ends[j + 1]! : j;
      next = p;
    }
    paragraphEnds.set(ctx, ends);
  }
  return ends[i]!;
}

/** The first token at or after `i` that lies in a quotation (`NONE` when there is none). */
export function nextQuotedToken(ctx: QuoteContext, i: number): number {
  let next = nextQuoted.get(ctx);
  if (!next) {
    const n = ctx.tokens.length;
    next = new Int32Array(n + 1).fill(NONE);
    for (let j = n - 1; j >= 0; j--) next[j] = ctx.quoteOf[j]! >= 0 ? j : next[j + 1]!;
    nextQuoted.set(ctx, next);
  }
  return i < next.length ? next[i]! : NONE;
}

/**
 * Next-token arrays over `flag`: `out[x]` is the first y >= x where `flag(y)` holds, `NONE` if none. Sized
 * n + 3 so that callers may ask from `from + 2` past the last token.
 */
export function nextWhere(n: number, flag: (x: number) => boolean): Int32Array {
  const out = new Int32Array(n + 3).fill(NONE);
  for (let x = n - 1; x >= 0; x--) out[x] = flag(x) ? x : out[x + 1]!;
  return out;
}
