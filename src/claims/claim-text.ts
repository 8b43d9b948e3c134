import type { TextSpan } from '../types.js';

// Quotation marks of every common style; single quotes only at the edges (inside they are apostrophes).
const DOUBLE_MARKS = /["“”„‟«»]/g;
const EDGE_CHARS = new Set([...'"“”„‟«»\'‘’‚‛,;:']);
const LEADING_THAT = /^that\s+/i;
/**
 * A run of white space that is not one plain space: what `/\s+/g` → ' ' changes. That replace matched every space of
 * the statement and built the string anew; this one leaves single spaces alone and returns the text itself when
 * there is nothing else.
 */
const SPACE_RUN = /[^\S ]\s*|\s{2,}/g;

/**
 * The statement as plain text: fragments joined by a space, quotation marks removed, a leading complementizer
 * "that" and a trailing comma dropped ("“No law requires it,” he said" → "No law requires it").
 */
export function claimText(content: readonly TextSpan[]): string {
  const joined = content.map((s) => trimEdges(s.text).replace(DOUBLE_MARKS, '')).join(' ');
  return trimEdges(trimEdges(joined.replace(SPACE_RUN, ' ')).replace(LEADING_THAT, ''));
}

/** Trims spaces, quote marks and clause punctuation from both ends; a loop, so linear on any input. */
function trimEdges(text: string): string {
  let s = 0;
  let e = text.length;
  while (s < e && isEdge(text[s]!)) s++;
  while (e > s && isEdge(text[e - 1]!)) e--;
  return text.slice(s, e);
}

function isEdge(c: string): boolean {
  return EDGE_CHARS.has(c) || c.trim() === '';
}
