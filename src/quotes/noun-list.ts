/**
 * Whether a comma after a noun object is a separator inside a list of noun phrases ("attacked Trump, Carson and
 * Fiorina", "exposed the data of an editor, an author and an actor"): the list is one object, and stopping at the
 * first comma keeps only its first item.
 */
import type { QuoteContext } from './context.js';
import { POSSESSIVES } from './words.js';

/** How far a list may run after the comma before its conjunction, in tokens. */
const LIST_REACH = 16;

const CONJUNCTIONS = new Set(['and', 'or']);
/** "Guccifer, an individual or a group": an article after a name opens an appositive. */
const APPOSITIVE_ARTICLES = new Set(['a', 'an']);
const ITEM_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const ITEM_INSIDE = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP', 'PART']);

function startsItem(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.quoteOf[k]! >= 0) return false;
  return ITEM_START.has(t.pos ?? '') || POSSESSIVES.has(ctx.words[k]!);
}

function insideItem(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return ITEM_INSIDE.has(t.pos ?? '') || POSSESSIVES.has(ctx.words[k]!) || ctx.words[k] === "'s";
}

/** Whether a verb (not a gerund after a preposition: "for criticizing") comes from `k` to the clause's end. */
function verbBeforeClauseEnd(ctx: QuoteContext, k: number, last: number): boolean {
  for (let i = k; i <= last; i++) {
    const w = ctx.words[i]!;
    if (w === ',' || w === ';' || w === '.' || w === ':' || ctx.quoteOf[i]! >= 0) return false;
    const pos = ctx.tokens[i]!.pos;
    if ((pos === 'VERB' || pos === 'AUX') && ctx.tokens[i - 1]?.pos !== 'ADP') return true;
  }
  return false;
}

/**
 * The comma at `x` ends a noun phrase and is followed by more noun phrases up to "and"/"or" and a last one, with
 * no verb after them in the clause: "Trump, Ben Carson(,) and Carly Fiorina". A verb after the last item ("Trump,
 * and Cruz and Rubio declined") makes the words after the comma a clause of their own; "Smith, a banker and …" is
 * an appositive.
 */
export function nounListGoesOn(ctx: QuoteContext, x: number, last: number): boolean {
  const { words, tokens } = ctx;
  const before = tokens[x - 1]?.pos;
  if (before !== 'NOUN' && before !== 'PROPN' && before !== 'NUM') return false;
  let k = x + 1;
  let joined = false;
  if (CONJUNCTIONS.has(words[k] ?? '')) {
    joined = true;
    k++;
  }
  if (k > last || !startsItem(ctx, k)) return false;
  if (!joined && before === 'PROPN' && APPOSITIVE_ARTICLES.has(words[k]!)) return false;
  const end = Math.min(last, x + LIST_REACH);
  for (; k <= end; k++) {
    const w = words[k]!;
    if (ctx.quoteOf[k]! >= 0) return false;
    if (w === ',') {
      if (joined) return true;
      if (!startsItem(ctx, k + 1) && !CONJUNCTIONS.has(words[k + 1] ?? '')) return false;
      continue;
    }
    if (CONJUNCTIONS.has(w) && tokens[k]!.pos === 'CCONJ') {
      if (joined || !startsItem(ctx, k + 1)) return false;
      joined = true;
      continue;
    }
    if (!insideItem(ctx, k)) break;
  }
  return joined && !verbBeforeClauseEnd(ctx, k, last);
}
