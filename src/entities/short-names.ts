/**
 * "A Met spokesperson said …" after "the Metropolitan Police": a short name the news uses for a body
 * (`shortNames` in data/entity-words.json: "Met", "Fed", "Bundesbank") is a name where the document names the body
 * in full, even where the tagger, which has seen the short word as a verb or a common noun, leaves it out. The
 * clustering joins it to the full name.
 */
import { startsUpper } from '../text/letters.js';
import { type Candidate, candidate, coveredTokens } from './candidates.js';
import type { NerToken } from './features.js';
import { shortNames } from './lexicon.js';

/** Whether the words from token `i` begin with the words of `full` ("Metropolitan Police" in "… Police Service"). */
function beginsWith(tokens: readonly NerToken[], c: Candidate, full: readonly string[]): boolean {
  if (c.last - c.first + 1 < full.length) return false;
  return full.every((w, k) => tokens[c.first + k]!.text === w);
}

/** Organization candidates for untagged short names of bodies the document names in full before them. */
export function shortNameCandidates(tokens: readonly NerToken[], taken: readonly Candidate[]): Candidate[] {
  const covered = coveredTokens(taken, tokens.length);
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Mid-sentence in prose, where the capital marks a name ("Met" the verb opens no sentence here).
    if (covered[i] === 1 || t.line !== 'n' || t.sentenceStart || !startsUpper(t.text)) continue;
    const full = shortNames.get(t.text)?.split(' ');
    if (!full) continue;
    const named = taken.some(
      (c) => c.type === 'organization' && c.form === 'name' && c.last < i && beginsWith(tokens, c, full),
    );
    if (!named) continue;
    out.push(
      candidate({
        first: i,
        last: i,
        type: 'organization',
        form: 'name',
        rule: 'entities/short-name',
        confidence: 0.7,
      }),
    );
  }
  return out;
}
