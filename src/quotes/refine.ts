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
  for (const c of candidates) if (c.rule === DENIAL) narrowDenial(c, candidates);
  for (const c of candidates) {
    if (c.content.length === 0 || c.content.some((s) => s.end <= s.start)) continue;
    const k = key(c);
    const other = byContent.get(k);
    if (!other || other.confidence < c.confidence) byContent.set(k, c);
  }
  return [...byContent.values()].sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

/**
 * "Prosecutors said Huawei stole trade secrets, which the company has denied": what is denied is the content of
 * the statement the denial's content holds ("Huawei stole trade secrets"), not the report of it. Changed in place.
 */
function narrowDenial(denial: Candidate, candidates: readonly Candidate[]): void {
  if (denial.content.length !== 1) return;
  const outer = denial.content[0]!;
  let inner: Candidate | undefined;
  for (const c of candidates) {
    if (c === denial || c.rule === DENIAL || c.content.length !== 1) continue;
    const s = c.content[0]!;
    if (s.start >= outer.start && s.end <= outer.end && (s.start > outer.start || s.end < outer.end)) {
      if (!inner || s.end - s.start > inner.content[0]!.end - inner.content[0]!.start) inner = c;
    }
  }
  if (inner) denial.content = [{ ...inner.content[0]! }];
}
