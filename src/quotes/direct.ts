import type { Candidate } from './attribute.js';
import { spanOfQuote } from './content.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { paragraphRunEnd } from './indexes.js';
import { type Range, speakerAfter } from './speaker.js';
import { isNounish, POSSESSIVES } from './words.js';

const DASHES = new Set(['―', '—', '–', '-']);
const ENDS = new Set(['.', '!', '?', ',', ';']);

function cueAt(ctx: QuoteContext, i: number, lemma: string, precision: number): Cue {
  return { first: i, last: i, lemma, precision, sentence: ctx.sentenceOf[i]! };
}

/** A short subject phrase from token `i`: a pronoun, or names/nouns with their determiners. */
function subjectFrom(ctx: QuoteContext, i: number, ceiling: number): Range | null {
  const t = ctx.tokens[i];
  if (!t || i > ceiling) return null;
  if (t.pos === 'PRON' && !POSSESSIVES.has(ctx.words[i]!)) return [i, i];
  let j = i;
  while (
    j <= ceiling &&
    (isNounish(ctx.tokens[j]!) || ctx.tokens[j]!.pos === 'DET' || ctx.tokens[j]!.pos === 'ADJ' || ctx.words[j] === '.')
  ) {
    j++;
  }
  return j > i && isNounish(ctx.tokens[j - 1]!) ? [i, j - 1] : null;
}

/**
 * A quotation no lexicon cue governs can still be attributed by the shape of what follows it:
 * - "“…” ― Name" (a dash and a name, as in reader comments and testimonials): the dash is the cue;
 * - "“…,” Vitter demanded." / "“…,” quipped the senator.": any verb between the quote and the end of the
 *   sentence, with its subject on one side, is the cue.
 */
export function attributeByShape(ctx: QuoteContext, q: number): Candidate | null {
  const [, qLast] = ctx.quoteTokens[q]!;
  const t = qLast + 1;
  if (t >= ctx.tokens.length || ctx.quoteOf[t]! >= 0) return null;
  // Precomputed: walking to the paragraph end from every quotation is quadratic in a paragraph of quote marks.
  const paragraphEnd = paragraphRunEnd(ctx, qLast);
  if (t > paragraphEnd) return null;
  const { words, tokens } = ctx;
  const content = [spanOfQuote(ctx, q)];
  if (DASHES.has(words[t]!)) {
    const source = speakerAfter(ctx, t, paragraphEnd, () => false);
    if (!source) return null;
    return candidate(cueAt(ctx, t, words[t]!, 0.6), content, source, 'quotes/direct:quote-dash-name', [t, source[1]]);
  }
  const sentenceEnd = ctx.doc.sentences[ctx.sentenceOf[t]!]!.tokens[1];
  const ends = (i: number) => i > sentenceEnd || ENDS.has(words[i]!) || ctx.quoteOf[i]! >= 0;
  // "“…,” Vitter demanded."
  const subject = subjectFrom(ctx, t, sentenceEnd);
  if (subject) {
    const v = subject[1] + 1;
    if (tokens[v]?.pos === 'VERB' && ends(v + 1)) {
      const lemma = tokens[v]!.lemma ?? words[v]!;
      return candidate(cueAt(ctx, v, lemma, 0.5), content, subject, 'quotes/direct:quote-then-verb', [t, v]);
    }
  }
  // "“…,” quipped the senator."
  if (tokens[t]!.pos === 'VERB') {
    const after = subjectFrom(ctx, t + 1, sentenceEnd);
    if (after && ends(after[1] + 1)) {
      const lemma = tokens[t]!.lemma ?? words[t]!;
      return candidate(cueAt(ctx, t, lemma, 0.5), content, after, 'quotes/direct:quote-then-verb', [t, after[1]]);
    }
  }
  return null;
}

function candidate(cue: Cue, content: Candidate['content'], source: Range, rule: string, frame: Range): Candidate {
  return { cue, content, source, sourceFromPrevious: false, rule, confidence: cue.precision, frame };
}
