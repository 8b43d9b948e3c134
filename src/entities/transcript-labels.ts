/**
 * "MARGARET BRENNAN: Secretary, are you worried?" over "BRENNAN: Will the government default?": in a transcript a
 * speaker's label opens each of their turns, in capitals, before a colon. The tagger, which sees few names in
 * capitals, calls "BRENNAN" an organization like an acronym. A capitalized name candidate opening a line before a
 * colon is a person when the document opens several turns with the same label, or when its first word is a given
 * name and the document is a transcript (some label repeats).
 */
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames } from './lexicon.js';

const CAPITALS = /^[A-Z][A-Z'’.-]+$/;

function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  // An opening quotation mark may stand before the label.
  while (i >= 0 && (text[i] === '"' || text[i] === '\u201c' || text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

function label(c: Candidate, tokens: readonly NerToken[], text: string): string | undefined {
  if (c.form !== 'name' || c.type === 'country') return undefined;
  for (let i = c.first; i <= c.last; i++) if (!CAPITALS.test(tokens[i]!.text)) return undefined;
  const next = tokens[c.last + 1];
  if (next?.text !== ':' || !opensLine(text, tokens[c.first]!.start)) return undefined;
  return text.slice(tokens[c.first]!.start, tokens[c.last]!.end);
}

/** Re-types the speaker labels of a transcript as persons. Changed in place. */
export function transcriptLabels(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const labels = new Map<Candidate, string>();
  const counts = new Map<string, number>();
  for (const c of cands) {
    const l = label(c, tokens, text);
    if (l === undefined) continue;
    labels.set(c, l);
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let transcript = false;
  for (const n of counts.values()) if (n >= 2) transcript = true;
  if (!transcript) return;
  for (const [c, l] of labels) {
    const given = c.last > c.first && firstNames.has(tokens[c.first]!.text.toLowerCase());
    if ((counts.get(l) ?? 0) < 2 && !given) continue;
    c.type = 'person';
    c.rule = 'entities/transcript-label';
  }
}
