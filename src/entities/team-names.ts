/**
 * Sports teams by their nickname after "the": "the Patriots beat the Jets", "the Indians sent the game into extra
 * innings". A capitalized plural after the article, mid-sentence in prose, that ends a known team's name
 * (gazetteers' `sportsTeams`: "New York Jets") is that team; the tagger misses a bare nickname it has seen only
 * after the city.
 */
import { LetterPattern, startsUpper } from '../text/letters.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { teamLastWords } from './lexicon.js';

/** A capitalized plural word of letters: "Jets", "Patriots" (not "Boss", "II"). */
const PLURAL_NICKNAME = new LetterPattern(String.raw`^\p{Lu}\p{Ll}+[^s]s$`);

/** Team candidates for untagged nicknames after "the". */
export function teamNicknames(tokens: readonly NerToken[], taken: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of taken) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const the = tokens[i - 1]!;
    if (covered[i] || t.line !== 'n' || t.sentenceStart || !PLURAL_NICKNAME.test(t.text)) continue;
    if ((the.text !== 'the' && the.text !== 'The') || the.sentence !== t.sentence) continue;
    if (!teamLastWords.has(t.text.toLowerCase())) continue;
    // "the Jets' defence" is the team too; "the Jets Stadium" belongs to a longer name the tagger left out.
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && startsUpper(next.text)) continue;
    out.push(
      candidate({ first: i, last: i, type: 'organization', form: 'name', rule: 'entities/team', confidence: 0.6 }),
    );
  }
  return out;
}
