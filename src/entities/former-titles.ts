/**
 * "Former President Donald Trump", "ex-Prime Minister Boris Johnson": a title the person no longer holds is kept as
 * such ("former President"), so that "the president" of the same article is not taken for them (in a 2024 story it is
 * Joe Biden), while "the former president" still is.
 */

import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';

/** Words before a title that say its holder has left the office. */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'ex-']);

/** Changed in place: the first title of a person whose title stands right before the name after "former". */
export function formerTitles(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || !c.titles?.length) continue;
    const title = c.titles[0]!;
    if (FORMER_WORDS.has(title.split(/\s+/)[0]!.toLowerCase())) continue;
    // The title's words right before the name, then "former" ("ex" "-" when the tokenizer splits "ex-").
    let k = c.first - 1;
    for (let n = title.split(/\s+/).length; n > 0 && k >= 0; n--) k--;
    const word = tokens[k];
    if (!word || word.sentence !== tokens[c.first]!.sentence) continue;
    const low = word.text.toLowerCase();
    const former = FORMER_WORDS.has(low) || (low === '-' && tokens[k - 1]?.text.toLowerCase() === 'ex');
    if (former) c.titles = [`former ${title}`, ...c.titles.slice(1)];
  }
}
