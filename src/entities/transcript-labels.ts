/**
 * "MARGARET BRENNAN: Secretary, are you worried?" over "BRENNAN: Will the government default?": in a transcript a
 * speaker's label opens each of their turns, in capitals, before a colon. The tagger, which sees few names in
 * capitals, calls "BRENNAN" an organization like an acronym. A capitalized name candidate opening a line before a
 * colon is a person when the document opens several turns with the same label, or when its first word is a given
 * name and the document is a transcript (some label repeats). A label the tagger left out ("MARGARET BRENNAN", two
 * words it has never seen in capitals) is added on the same evidence.
 */
import { type Candidate, candidate, coveredTokens } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames } from './lexicon.js';

const CAPITALS = /^[A-Z][A-Z'’.-]+$/;

function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  // An opening quotation mark may stand before the label.
  while (i >= 0 && (text[i] === '"' || text[i] === '\u201c' || text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/**
 * The last token of a label of at most `words` words in capitals that opens the line at `first`, before a colon.
 */
function labelEnd(tokens: readonly NerToken[], first: number, text: string, words: number): number | undefined {
  if (!opensLine(text, tokens[first]!.start)) return undefined;
  for (let i = first; i < first + words && i < tokens.length && CAPITALS.test(tokens[i]!.text); i++) {
    if (tokens[i + 1]?.text === ':') return i;
  }
  return undefined;
}

/** The label a name candidate is, whole. */
function label(c: Candidate, tokens: readonly NerToken[], text: string): string | undefined {
  if (c.form !== 'name' || c.type === 'country') return undefined;
  if (labelEnd(tokens, c.first, text, c.last - c.first + 1) !== c.last) return undefined;
  return text.slice(tokens[c.first]!.start, tokens[c.last]!.end);
}

/** An untagged label has one to three words ("MARGARET BRENNAN", "JOHN F. KENNEDY"). */
const RAW_LABEL_WORDS = 3;

/**
 * Re-types the speaker labels of a transcript as persons (changed in place) and adds those the tagger did not tag.
 * Returns the candidates.
 */
export function transcriptLabels(cands: Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const labels = new Map<Candidate, string>();
  const counts = new Map<string, number>();
  for (const c of cands) {
    const l = label(c, tokens, text);
    if (l === undefined) continue;
    labels.set(c, l);
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  // Labels in no candidate count as turns too: "MORROW:" twice makes a transcript whatever the tagger said.
  const covered = coveredTokens(cands, tokens.length);
  const untagged: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] === 1 || !CAPITALS.test(tokens[i]!.text)) continue;
    const last = labelEnd(tokens, i, text, RAW_LABEL_WORDS);
    if (last === undefined) continue;
    let free = true;
    for (let k = i; k <= last; k++) if (covered[k] === 1) free = false;
    if (!free) continue;
    untagged.push([i, last]);
    const l = text.slice(tokens[i]!.start, tokens[last]!.end);
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let transcript = false;
  for (const n of counts.values()) if (n >= 2) transcript = true;
  if (!transcript) return cands;
  const given = (first: number, last: number) => last > first && firstNames.has(tokens[first]!.text.toLowerCase());
  // "MARGARET BRENNAN:" once, then "BRENNAN:": the surname of a full label is that person's label too.
  const surnames = new Set<string>();
  for (const c of labels.keys()) if (given(c.first, c.last)) surnames.add(tokens[c.last]!.text);
  for (const [first, last] of untagged) if (given(first, last)) surnames.add(tokens[last]!.text);
  const person = (l: string, first: number, last: number) =>
    (counts.get(l) ?? 0) >= 2 || given(first, last) || surnames.has(l);
  for (const [c, l] of labels) {
    if (!person(l, c.first, c.last)) continue;
    c.type = 'person';
    c.rule = 'entities/transcript-label';
  }
  const added: Candidate[] = [];
  for (const [first, last] of untagged) {
    // A surname alone is a person only as a repeated label ("MORROW:"); "NOTE:" or "UPDATE:" once is not.
    if (!person(text.slice(tokens[first]!.start, tokens[last]!.end), first, last)) continue;
    added.push(
      candidate({ first, last, type: 'person', form: 'name', rule: 'entities/transcript-label', confidence: 0.8 }),
    );
  }
  if (added.length === 0) return cands;
  return [...cands, ...added].sort((a, b) => a.first - b.first);
}
