import { startsLetter, startsUpper } from '../text/letters.js';
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { type Range, speakerBefore } from './speaker.js';
import { isNounish } from './words.js';

/** Nouns that name a claim a later verb denies or confirms: "an allegation it has denied". */
const CLAIM_NOUNS = new Set([
  'allegation',
  'allegations',
  'claim',
  'claims',
  'charge',
  'charges',
  'accusation',
  'accusations',
  'report',
  'reports',
  'suggestion',
  'suggestions',
]);
const DENYING = new Set(['deny', 'reject', 'dispute', 'refute', 'rebut']);
const BREAKS = new Set(['—', '–', ',', '-', ';']);

/**
 * Whether a dash at token `x` opens an appositive that names the content as a claim ("…spying—an allegation it
 * has denied"): the content ends before it, though contents otherwise run through dashes.
 */
export function dashNamesClaim(ctx: QuoteContext, x: number): boolean {
  if (!BREAKS.has(ctx.words[x]!) || ctx.words[x] === ',' || ctx.words[x] === ';') return false;
  // A hyphen inside a word ("fast-track claims") is no dash.
  const t = ctx.tokens[x]!;
  if (ctx.words[x] === '-' && ctx.tokens[x - 1]?.end === t.start && ctx.tokens[x + 1]?.start === t.end) return false;
  const a = ctx.words[x + 1];
  const b = ctx.words[x + 2];
  return (a !== undefined && CLAIM_NOUNS.has(a)) || (b !== undefined && CLAIM_NOUNS.has(b));
}

export interface Special {
  content: Span[];
  source: Range | null;
  rule: string;
  frame: Range;
}

/**
 * "… its products could be used for spying—an allegation it has denied", "…, which the company has denied": the
 * denial's content is the claim the noun or "which" stands for, the clause before the dash or comma (from the
 * "that" of "allegations that …" when there is one).
 */
export function deniedAllegation(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number): Special | null {
  if (!DENYING.has(cue.lemma)) return null;
  const next = ctx.words[cue.last + 1];
  if (cue.last < sLast && next !== '.' && next !== ',' && next !== ';' && next !== '—') return null;
  const found = speakerBefore(ctx, cue.first, sFirst);
  if (!found) return null;
  // "…, which the company has denied": the tagger may read "which" as the speaker's determiner.
  const which = ctx.words[found[0]] === 'which' && found[0] < found[1];
  const source: Range = which ? [found[0] + 1, found[1]] : found;
  let n = source[0] - 1;
  if (n < sFirst || !(CLAIM_NOUNS.has(ctx.words[n]!) || (ctx.words[n] === 'which' && ctx.words[n - 1] === ','))) {
    return null;
  }
  while (n - 1 >= sFirst && (ctx.tokens[n - 1]!.pos === 'DET' || ctx.tokens[n - 1]!.pos === 'ADJ')) n--;
  const d = n - 1;
  if (d <= sFirst || !BREAKS.has(ctx.words[d]!)) return null;
  let start = sFirst;
  for (let i = d - 1; i > sFirst; i--) {
    if (ctx.words[i] === 'that' && CLAIM_NOUNS.has(ctx.words[i - 1]!)) {
      start = i;
      break;
    }
  }
  const content = { start: ctx.tokens[start]!.start, end: ctx.tokens[d - 1]!.end };
  return { content: [content], source, rule: 'quotes/indirect:denied-allegation', frame: [n, cue.last] };
}

/** Whether the token at `first` opens the document's title. */
function isTitle(ctx: QuoteContext, first: number): boolean {
  const title = ctx.doc.meta?.title;
  return title !== undefined && ctx.tokens[first]!.start === title.start;
}

function isTitleCase(ctx: QuoteContext, first: number, last: number): boolean {
  let words = 0;
  let capital = 0;
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i]!;
    if (t.pos === 'PUNCT' || !startsLetter(t.text)) continue;
    words++;
    if (startsUpper(t.text)) capital++;
  }
  return words >= 4 && capital >= 0.75 * words;
}

/**
 * The headline form "Huawei CEO Breaks Silence, Says Company Doesn’t Spy": in a title-cased sentence a
 * capitalized cue after a comma shares the headline's subject, the capitalized words before its first verb-like
 * word (wink tags title-case verbs as names, so a word ending in -s or -ed marks the verb).
 */
export function headlineSpeaker(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number): Range | null {
  if (cue.first <= sFirst || ctx.words[cue.first - 1] !== ',') return null;
  // "Governor signs budget, vows to veto any tax increase": a headline in sentence case, its cue in lower case.
  const headline = startsUpper(ctx.tokens[cue.first]!.text) ? isTitleCase(ctx, sFirst, sLast) : isTitle(ctx, sFirst);
  if (!headline) return null;
  let end = sFirst - 1;
  for (let i = sFirst; i < cue.first; i++) {
    const w = ctx.words[i]!;
    if (i > sFirst && /(?:[^s]s|ed)$/.test(w) && ctx.tokens[i]!.pos !== 'PART') break;
    if (!isNounish(ctx.tokens[i]!) && ctx.tokens[i]!.pos !== 'ADJ') break;
    end = i;
  }
  return end >= sFirst ? [sFirst, end] : null;
}
