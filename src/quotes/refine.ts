import type { Span } from '../types.js';
import type { Candidate } from './attribute.js';

function key(content: readonly Span[]): string {
  return content.map((s) => `${s.start}:${s.end}`).join(',');
}

/**
 * Resolves competing candidates: the same content proposed twice keeps the more confident one; a cue used twice
 * keeps one. Nested attributions (a reporter's content holding a speaker's quote) are kept: both are true.
 */
export function refineCandidates(candidates: readonly Candidate[]): Candidate[] {
  const byContent = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.content.length === 0 || c.content.some((s) => s.end <= s.start)) continue;
    const k = key(c.content);
    const other = byContent.get(k);
    if (!other || other.confidence < c.confidence) byContent.set(k, c);
  }
  return [...byContent.values()].sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}
