/**
 * "“We're delighted” with the ruling, said Ann Roe, head of the union.": a verb of saying after a comma or a closing
 * quotation mark, with nobody before it to be its subject, is an inverted frame, and the noun phrase after it is the
 * one who spoke. Read as "said + object", the speaker becomes the content and the statement is lost.
 */
import type { Candidate } from './attribute.js';
import type { QuoteContext } from './context.js';
import { firstTokenFrom } from './indexes.js';
import { CLOSING_MARKS } from './words.js';

/** Verbs of saying whose content is a clause or a quotation, never a bare noun phrase naming a person. */
const CLAUSAL_SAYING = new Set(['say', 'add', 'write', 'explain', 'claim', 'argue', 'insist', 'warn', 'report']);
const NOUN_PHRASE_OPENINGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Whether the candidate's content is the speaker of an inverted frame (and so no content at all). */
export function speakerAsContent(ctx: QuoteContext, c: Candidate): boolean {
  if (c.rule !== 'quotes/indirect:said-clause' || c.source !== null || c.sourceFromPrevious) return false;
  if (!CLAUSAL_SAYING.has(c.cue.lemma) || c.content.length !== 1) return false;
  const before = ctx.words[c.cue.first - 1] ?? '';
  if (before !== ',' && !CLOSING_MARKS.has(before)) return false;
  const content = c.content[0]!;
  const first = firstTokenFrom(ctx, content.start);
  if (first !== c.cue.last + 1 || !NOUN_PHRASE_OPENINGS.has(ctx.tokens[first]?.pos ?? '')) return false;
  for (let i = first; i < ctx.tokens.length && ctx.tokens[i]!.start < content.end; i++) {
    const pos = ctx.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX' || ctx.quoteOf[i]! >= 0) return false;
  }
  return true;
}
