import type { TextSpan, Token } from '../types.js';

export interface Word {
  start: number;
  end: number;
  /** Lower-case surface form, curly apostrophes kept as typed. */
  lower: string;
  /** The surface form as typed (case matters for "may" the modal versus "May" the month). */
  text: string;
  /** wink's lemma when a token starts here, else the lower-case form. */
  lemma: string;
  pos?: string;
}

// Letters, digits and in-word apostrophes; "n't" is split off as its own word so negation is one lookup.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface TokenLookup {
  get(start: number): Token | undefined;
}

/**
 * Tokens by start offset, so a span's words can borrow wink's lemma and POS without a second tokenizer.
 * Tokens are sorted by start, so a binary search serves without building anything per document.
 */
export function tokenIndex(tokens: readonly Token[]): TokenLookup {
  // One lookup per token list, so the words cache below is shared by the claims and graph stages of a document.
  let index = indexes.get(tokens);
  if (!index) {
    index = lookup(tokens);
    indexes.set(tokens, index);
  }
  return index;
}

const indexes = new WeakMap<readonly Token[], TokenLookup>();

function lookup(tokens: readonly Token[]): TokenLookup {
  return {
    get(start) {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (tokens[mid]!.start < start) lo = mid + 1;
        else hi = mid;
      }
      const t = tokens[lo];
      return t && t.start === start ? t : undefined;
    },
  };
}

/** Words already split, per token lookup (so per document) and span list: the graph stage re-reads each claim. */
const splitWords = new WeakMap<TokenLookup, Map<string, { texts: readonly string[]; words: readonly Word[] }>>();

/**
 * The words of `spans` in order, with lemmas from `tokens` where a token starts at the same offset. The result
 * is shared between callers with the same spans of the same document: read it, never change it.
 */
export function wordsOf(spans: readonly TextSpan[], tokens: TokenLookup): readonly Word[] {
  let cache = splitWords.get(tokens);
  if (!cache) {
    cache = new Map();
    splitWords.set(tokens, cache);
  }
  const key = spans.map((s) => `${s.start}:${s.end}`).join(',');
  const hit = cache.get(key);
  if (hit && hit.texts.length === spans.length && hit.texts.every((t, i) => t === spans[i]!.text)) {
    return hit.words;
  }
  const words = splitSpans(spans, tokens);
  cache.set(key, { texts: spans.map((s) => s.text), words });
  return words;
}

function splitSpans(spans: readonly TextSpan[], tokens: TokenLookup): Word[] {
  const out: Word[] = [];
  for (const span of spans) {
    for (const m of span.text.matchAll(WORD)) {
      const start = span.start + (m.index ?? 0);
      pushWord(out, m[0], start, tokens);
    }
  }
  return out;
}

function pushWord(out: Word[], text: string, start: number, tokens: TokenLookup): void {
  const lower = text.toLowerCase();
  // "doesn't" → "does" + "n't", as wink and the Penn Treebank split it.
  const neg = /n['’]t$/.test(lower) && lower.length > 3 ? lower.length - 3 : -1;
  if (neg > 0) {
    pushWord(out, text.slice(0, neg), start, tokens);
    const end = start + text.length;
    out.push({ start: start + neg, end, lower: lower.slice(neg), text: text.slice(neg), lemma: 'not' });
    return;
  }
  const tok = tokens.get(start);
  const word: Word = { start, end: start + text.length, lower, text, lemma: tok?.lemma?.toLowerCase() ?? lower };
  if (tok?.pos !== undefined) word.pos = tok.pos;
  out.push(word);
}
