/**
 * A statement given by a word that stands for a clause: "the governor said yes", "55 percent said so in December",
 * "I hope so, she said", "she said no". PolNeAR annotates the word as the content. The cue loop's content rules look
 * for a clause or a quotation after the cue and, finding none, took the clause before it or nothing.
 *
 * In PolNeAR train, a speech or cognition verb outside quotation marks with "so", "yes" or "no" after it that opens
 * no noun phrase ("no one", "so far") held a gold attribution with that word as content 16 times in 21; the rule
 * proposes 19 candidates there, 18 on a gold cue (the other is a headline's "Will Say No").
 */

import type { Candidate } from './attribute.js';
import { sentenceRange, span } from './content.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { PRO_FORM_CUES, PRO_FORMS } from './lexicon.js';
import { speakerBefore } from './speaker.js';

const RULE = 'quotes/indirect:pro-form';
/**
 * How sure a cue read off this shape is when the lexicon did not propose the verb ("believes so", "hope so": the
 * counts saw these verbs before an adverb rarely as cues), below the class's rate in train (16 of 21).
 */
const PRO_FORM_PRECISION = 0.6;
/** Auxiliaries, negation and adverbs before the verb that join its cue ("does not think so"), at most. */
const AUX_REACH = 3;
/** Parts of speech that may follow the word: it ends its clause there ("said so in March", "said yes, and …"). */
const AFTER_POS = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ']);
/** Adverbs that may follow it and still leave it the whole object ("thinks so too", "said so again"). */
const AFTER_WORDS = new Set(['too', 'again', 'publicly', 'repeatedly', 'twice', 'then', 'now', 'today']);

/** Whether the word at `k` ends its phrase: "no one", "so far", "yes men", "no to the war" go on. */
function endsPhrase(ctx: QuoteContext, k: number, sLast: number): boolean {
  if (k + 1 > sLast) return true;
  const next = ctx.tokens[k + 1]!;
  if (ctx.quoteOf[k + 1]! >= 0) return false;
  // "said no to the war", "said yes to the deal": the phrase goes on to what was refused or accepted.
  if (ctx.words[k + 1] === 'that' || ctx.words[k + 1] === 'to') return false;
  // "said no-one was hurt", "the so-called deal": a hyphen glued on both sides goes on with the word.
  const after = ctx.tokens[k + 2];
  if (next.text === '-' && next.start === ctx.tokens[k]!.end && after?.start === next.end) return false;
  return AFTER_POS.has(next.pos ?? '') || AFTER_WORDS.has(ctx.words[k + 1]!);
}

/** The attribution whose content is the one word after `cue`, or null. */
export function proFormAnswer(ctx: QuoteContext, cue: Cue): Candidate | null {
  const k = cue.last + 1;
  const { words } = ctx;
  const w = words[k] ?? '';
  // The tokenizer keeps "no." whole at a sentence's end (the abbreviation of "number").
  const abbreviated = w === 'no.';
  if (!PRO_FORM_CUES.has(cue.lemma) || !(PRO_FORMS.has(w) || abbreviated)) return null;
  if (ctx.sentenceOf[k] !== cue.sentence || ctx.quoteOf[k]! >= 0) return null;
  const [sFirst, sLast] = sentenceRange(ctx, cue.sentence);
  if (abbreviated ? k !== sLast : !endsPhrase(ctx, k, sLast)) return null;
  const source = speakerBefore(ctx, cue.first, sFirst);
  return {
    cue,
    content: [span(ctx, k, k)],
    source,
    sourceFromPrevious: false,
    rule: RULE,
    confidence: 0.6,
    frame: [cue.first, sLast],
    kind: undefined,
  };
}

/**
 * Cues the lexicon left out that the word after them makes sure: a verb of `PRO_FORM_CUES` with a pro-form after it
 * ("The mayor believes so", "her aides hope so"), outside quotation marks and outside every cue in `cues`. Returned
 * with `cues`, in token order.
 */
export function withProFormCues(ctx: QuoteContext, cues: readonly Cue[]): Cue[] {
  const { tokens, words } = ctx;
  const covered = new Uint8Array(tokens.length);
  for (const c of cues) covered.fill(1, c.first, c.last + 1);
  const added: Cue[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || covered[i] || ctx.quoteOf[i]! >= 0 || !PRO_FORMS.has(words[i + 1]!)) continue;
    const lemma = t.lemma ?? words[i]!;
    if (!PRO_FORM_CUES.has(lemma) || ctx.sentenceOf[i + 1] !== ctx.sentenceOf[i]) continue;
    let first = i;
    while (
      first - 1 >= 0 &&
      i - (first - 1) <= AUX_REACH &&
      !covered[first - 1] &&
      ctx.quoteOf[first - 1]! < 0 &&
      ctx.sentenceOf[first - 1] === ctx.sentenceOf[i] &&
      (tokens[first - 1]!.pos === 'AUX' || tokens[first - 1]!.pos === 'PART' || tokens[first - 1]!.pos === 'ADV')
    )
      first--;
    const cue: Cue = { first, last: i, lemma, precision: PRO_FORM_PRECISION, sentence: ctx.sentenceOf[i]! };
    if (proFormAnswer(ctx, cue)) added.push(cue);
  }
  if (added.length === 0) return cues as Cue[];
  return [...cues, ...added].sort((a, b) => a.first - b.first);
}
