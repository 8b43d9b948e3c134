/**
 * Statements named by a noun whose owner is given: "Trump's suggestion that Russia spy on his rival", "his claim that
 * he opposed the war", "their argument is that the plan works", "an admission from Warren that the law would not
 * have helped". PolNeAR annotates these as attributions with the noun as the cue, the owner as the source and the
 * "that" clause as the content; no verb says them, so the cue loop never proposes them.
 *
 * Only nouns that name a proposition someone holds or made (data/cues.json `clauseNouns`) qualify, and only with an
 * owner: "the claim that …" alone is as often a belief nobody in the article holds ("the idea that debt is bad"),
 * and "the report that was released" a relative clause.
 */

import type { Candidate } from './attribute.js';
import { beforeClosingAside, contentStop, sentenceRange, span, trimEnd } from './content.js';
import type { QuoteContext } from './context.js';
import { CLAUSE_NOUNS } from './lexicon.js';
import { POSSESSIVES } from './words.js';

const RULE = 'quotes/indirect:noun-that';
/** How many modifiers may stand between the owner and the noun ("his oft-repeated, false claim"). */
const MODIFIER_REACH = 3;
/** How long an owner after "from"/"by" may be, in tokens ("from Senator Elizabeth Warren of Massachusetts"). */
const AGENT_REACH = 6;
/** Tokens a "that" clause's subject and verb may take, counted from the word after "that". */
const CLAUSE_REACH = 5;
const CLAUSE_SUBJECT_POS = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ', 'NUM']);
const COPULAS = new Set(['is', 'was']);
const AGENT_LINKS = new Set(['from', 'by']);

/**
 * The owner of the noun at `i`: a possessive before it, past a few modifiers ("his", "Mr. Trump's", "Clinton's
 * latest"), or the phrase of "from"/"by" right after it up to `that`. Null when the noun has no owner.
 */
function ownerOf(ctx: QuoteContext, i: number, that: number, sFirst: number): [number, number] | null {
  const { words, tokens } = ctx;
  let j = i - 1;
  while (j >= sFirst && i - j <= MODIFIER_REACH && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV')) j--;
  if (j >= sFirst && ctx.quoteOf[j]! < 0) {
    if (POSSESSIVES.has(words[j]!)) return [j, j];
    if ((words[j] === "'s" || words[j] === "'") && j - 1 >= sFirst) return genitiveOwner(ctx, j, sFirst);
  }
  if (AGENT_LINKS.has(words[i + 1] ?? '') && that - (i + 2) <= AGENT_REACH && that > i + 2) {
    for (let k = i + 2; k < that; k++) {
      const pos = tokens[k]!.pos;
      if (ctx.quoteOf[k]! >= 0 || !(pos === 'PROPN' || pos === 'NOUN' || pos === 'DET' || pos === 'ADJ')) return null;
    }
    return [i + 2, that - 1];
  }
  return null;
}

/**
 * The owner before the genitive mark at `j` ("Mr. Trump's", "budget hawks'"): the name or noun phrase right before
 * it, with its article or possessive, and no phrase it hangs from ("a fact-check on Donald Trump's claim" is Donald
 * Trump's claim). The mark stays out, so that the owner is the mention the entity layer resolves.
 */
function genitiveOwner(ctx: QuoteContext, j: number, sFirst: number): [number, number] | null {
  let k = j - 1;
  const named = (x: number) => ctx.nameType[x]! > 0 || ctx.tokens[x]!.pos === 'PROPN' || ctx.tokens[x]!.pos === 'NOUN';
  if (ctx.quoteOf[k]! >= 0 || !named(k)) return null;
  while (k - 1 >= sFirst && ctx.quoteOf[k - 1]! < 0 && named(k - 1)) k--;
  if (k - 1 >= sFirst && (ctx.words[k - 1] === 'the' || POSSESSIVES.has(ctx.words[k - 1]!))) k--;
  return [k, j - 1];
}

/**
 * Whether a clause with its own subject and finite verb opens after "that" at `k`: "that he opposed it", not a
 * relative clause on the noun ("the claim that was made", "the claims that followed").
 */
function clauseAfter(ctx: QuoteContext, k: number, sLast: number): boolean {
  const s = k + 1;
  const t = ctx.tokens[s];
  if (!t || s > sLast || !CLAUSE_SUBJECT_POS.has(t.pos ?? '')) return false;
  for (let x = s + 1; x <= sLast && x <= s + CLAUSE_REACH; x++) {
    const pos = ctx.tokens[x]!.pos;
    if (pos === 'PUNCT') return false;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** Finite auxiliaries that may carry the main clause's predicate after a subject holding the "that" clause. */
const MAIN_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
]);

/** Parts of speech a subject's phrase may end with, before the main clause's auxiliary. */
const PHRASE_ENDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Whether the owner opens its sentence, after a conjunction at most: the owned noun phrase is the subject. */
function opensSentence(ctx: QuoteContext, first: number, sFirst: number): boolean {
  return first === sFirst || (first === sFirst + 1 && ctx.tokens[sFirst]!.pos === 'CCONJ');
}

/**
 * Where a "that" clause inside the subject ends: before the main clause's auxiliary ("Rubio's claim that Cruz is
 * soft on crime is simply not true", "her insistence that the vote would wait was the right call"). The last
 * auxiliary after the clause's own verb that follows a word of a phrase is the main one; with none, `stop`.
 */
function beforeMainVerb(ctx: QuoteContext, that: number, stop: number): number {
  let own = -1;
  let main = -1;
  for (let x = that + 2; x <= stop; x++) {
    const pos = ctx.tokens[x]!.pos;
    if (ctx.quoteOf[x]! >= 0 && ctx.quoteOf[x - 1] === ctx.quoteOf[x]) continue;
    if (own < 0) {
      if (pos === 'VERB' || pos === 'AUX') own = x;
      continue;
    }
    // "is playing the card and would be …" goes on with the clause's own subject.
    const phraseEnd = PHRASE_ENDS.has(ctx.tokens[x - 1]!.pos ?? '') || ctx.quoteOf[x - 1]! >= 0;
    if (MAIN_AUXILIARIES.has(ctx.words[x]!) && phraseEnd) main = x;
  }
  return main > 0 ? main - 1 : stop;
}

/** The owned-noun attributions of every sentence. */
export function nounClauseQuotes(ctx: QuoteContext, cueAt: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  const { words, tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const lemma = CLAUSE_NOUNS.get(words[i]!);
    if (lemma === undefined || tokens[i]!.pos !== 'NOUN' || ctx.quoteOf[i]! >= 0) continue;
    const [sFirst, sLast] = sentenceRange(ctx, ctx.sentenceOf[i]!);
    let that = i + 1;
    if (COPULAS.has(words[that] ?? '')) that++;
    else if (AGENT_LINKS.has(words[that] ?? '')) {
      while (that <= sLast && that - i <= AGENT_REACH + 1 && words[that] !== 'that') that++;
    }
    if (that > sLast || words[that] !== 'that' || ctx.quoteOf[that]! >= 0 || !clauseAfter(ctx, that, sLast)) continue;
    const owner = ownerOf(ctx, i, that, sFirst);
    if (!owner) continue;
    const stop = beforeClosingAside(ctx, that, contentStop(ctx, that, sLast, cueAt));
    const end = trimEnd(ctx, that, opensSentence(ctx, owner[0], sFirst) ? beforeMainVerb(ctx, that, stop) : stop);
    if (end <= that) continue;
    out.push({
      cue: { first: i, last: i, lemma, precision: 0.5, sentence: ctx.sentenceOf[i]! },
      content: [span(ctx, that, end)],
      source: owner,
      sourceFromPrevious: false,
      rule: RULE,
      confidence: 0.6,
      frame: [Math.min(owner[0], i), that - 1],
      kind: undefined,
    });
  }
  return out;
}

/**
 * `candidates` with every one whose content an owned noun's attribution states too, or whose cue is that noun,
 * replaced by it: "Critics mocked the mayor's claim that …" and "the governor's suggestion that …" hold the owner's
 * statement, whichever cue the cue loop read it with (the verb before the noun, or the noun with no owner found).
 */
export function preferOwnedNouns(candidates: readonly Candidate[], owned: readonly Candidate[]): Candidate[] {
  const key = (c: Candidate) => c.content.map((x) => `${x.start}:${x.end}`).join(',');
  const stated = new Set(owned.map(key));
  // Noun positions looked up per cue token, not scanned per candidate: a long text holds thousands of each.
  const nouns = new Set(owned.map((c) => c.cue.first));
  const sameNoun = (c: Candidate) => {
    for (let i = c.cue.first; i <= c.cue.last; i++) if (nouns.has(i)) return true;
    return false;
  };
  return [...candidates.filter((c) => !stated.has(key(c)) && !sameNoun(c)), ...owned];
}
