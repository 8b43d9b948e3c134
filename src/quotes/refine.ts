import type { Candidate } from './attribute.js';

/**
 * Candidates compete when they have the same content, except that a denial of an allegation never competes with
 * the allegation itself: "allegations that X—an allegation it has denied" holds both, with opposite stances.
 */
function key(c: Candidate): string {
  const spans = c.content.map((s) => `${s.start}:${s.end}`).join(',');
  return c.rule === DENIAL ? `${spans}:denial` : spans;
}

const DENIAL = 'quotes/indirect:denied-allegation';

/**
 * Resolves competing candidates: the same content proposed twice keeps the more confident one. Nested attributions (a reporter's content holding a speaker's quote) are kept: both are true.
 */
export function refineCandidates(candidates: readonly Candidate[]): Candidate[] {
  const byContent = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.content.length === 0 || c.content.some((s) => s.end <= s.start)) continue;
    const k = key(c);
    const other = byContent.get(k);
    if (!other || other.confidence < c.confidence) byContent.set(k, c);
  }
  return [...byContent.values()].sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}
