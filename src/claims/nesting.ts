import { contains } from '../text/spans.js';
import type { Quote } from '../types.js';
import { STOPWORDS } from './lexicon.js';

/**
 * Quotes that should not become claims of their own, by id, with the reason:
 * - `report-of-quote`: an outer attribution whose content holds a whole inner attribution (cue and speaker):
 *   in "X said Y, the Times reported" the claim is X's Y, reported by the Times, not the Times' "X said Y";
 * - `nested-unattributed`: an inner quote without a usable speaker (none, or a function word such as the
 *   relative "that") inside another quote's content, which already carries the statement.
 * Only quotes starting inside another's extent, and at most MAX_INNER of them, are compared: real nesting is
 * a sentence deep, and degenerate input ("said said said…") must stay linear.
 */
/** Nested attributions are a sentence deep: a handful of inner quotes per quote is plenty. */
const MAX_INNER = 16;

export function nestedQuotes(quotes: readonly Quote[]): Map<string, string> {
  const skip = new Map<string, string>();
  // By first offset: an inner quote starts inside its outer quote, so each quote scans forward only as far
  // as its own extent reaches.
  const sorted = quotes
    .filter((q) => q.content.length > 0)
    .map((q) => ({
      q,
      start: Math.min(...q.content.map((c) => c.start)),
      end: Math.max(...q.content.map((c) => c.end)),
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < sorted.length; i++) {
    const { q: outer, start, end } = sorted[i]!;
    let j = i;
    while (j > 0 && i - j < MAX_INNER && sorted[j - 1]!.start === start) j--;
    const stop = Math.min(sorted.length, i + MAX_INNER);
    for (; j < stop && sorted[j]!.start < end; j++) {
      const inner = sorted[j]!.q;
      if (inner === outer || sorted[j]!.start < start || !holds(outer, inner)) continue;
      const cue = inner.cue;
      const speaker = inner.speaker?.span;
      const attributed = !speakerless(inner);
      if (attributed && cue && speaker && inContent(outer, cue) && inContent(outer, speaker)) {
        // "That's not true. Economists have found that …": a quotation that also says something of its own is a
        // claim of its own. (An indirect outer span is less sure: its own words are more often a misread frame.)
        if (
          outer.kind !== 'direct' ||
          !saysMore(
            outer,
            Math.min(cue.start, speaker.start),
            Math.max(cue.end, speaker.end, ...inner.content.map((c) => c.end)),
          )
        )
          skip.set(outer.id, 'report-of-quote');
      } else if (!attributed && !skip.has(inner.id)) skip.set(inner.id, 'nested-unattributed');
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

/** Fewest words outside the inner attribution that make a sentence of the outer quote's own. */
const OWN_SENTENCE_WORDS = 3;

/**
 * Whether the outer quote's content has a sentence of its own outside `from`..`to` (the inner attribution): at
 * least a few words, ended by a full stop before the inner one starts or standing after it ends.
 */
function saysMore(outer: Quote, from: number, to: number): boolean {
  let before = '';
  let after = '';
  for (const c of outer.content) {
    if (c.start < from) before += c.text.slice(0, Math.max(0, Math.min(c.end, from) - c.start));
    if (c.end > to) after += c.text.slice(Math.max(0, to - c.start));
  }
  const words = (x: string) => x.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const ended = /[.!?]["'\u2019\u201d)]*\s*$/.test(before);
  return (ended && words(before) >= OWN_SENTENCE_WORDS) || words(after) >= OWN_SENTENCE_WORDS;
}

function holds(outer: Quote, inner: Quote): boolean {
  return inner.content.length > 0 && inner.content.every((c) => inContent(outer, c));
}

function inContent(q: Quote, span: { start: number; end: number }): boolean {
  return q.content.some((c) => contains(c, span));
}
