import { contains } from '../text/spans.js';
import type { Quote } from '../types.js';
import { STOPWORDS } from './lexicon.js';

/**
 * Quotes that should not become claims of their own, by id, with the reason:
 * - `report-of-quote`: an outer attribution whose content holds a whole inner attribution (cue and speaker):
 *   in "X said Y, the Times reported" the claim is X's Y, reported by the Times, not the Times' "X said Y";
 * - `nested-unattributed`: an inner quote without a usable speaker (none, or a function word such as the
 *   relative "that") inside another quote's content, which already carries the statement.
 * Quote counts per article are small; the pairwise check is bounded by them.
 */
export function nestedQuotes(quotes: readonly Quote[]): Map<string, string> {
  const skip = new Map<string, string>();
  for (const outer of quotes) {
    for (const inner of quotes) {
      if (inner === outer || !holds(outer, inner)) continue;
      const cue = inner.cue;
      const speaker = inner.speaker?.span;
      if (cue && speaker && inContent(outer, cue) && inContent(outer, speaker)) skip.set(outer.id, 'report-of-quote');
      else if (speakerless(inner) && !skip.has(inner.id)) skip.set(inner.id, 'nested-unattributed');
    }
  }
  return skip;
}

export function speakerless(q: Quote): boolean {
  if (!q.speaker) return true;
  if (q.speaker.entityId !== undefined) return false;
  const text = q.speaker.text.trim().toLowerCase();
  return text === '' || STOPWORDS.has(text);
}

function holds(outer: Quote, inner: Quote): boolean {
  return inner.content.length > 0 && inner.content.every((c) => inContent(outer, c));
}

function inContent(q: Quote, span: { start: number; end: number }): boolean {
  return q.content.some((c) => contains(c, span));
}
