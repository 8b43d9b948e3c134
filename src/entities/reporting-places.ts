/**
 * "Hani Mahmoud, reporting from Khan Younis, said …", "speaking from Kyiv": where a correspondent reports or speaks
 * from is a place, whatever the tagger made of an unfamiliar name (it read "Khan Younis" as a person). And a name that
 * opens with a lower-case Arabic article ("el-Balah" of "Deir el-Balah", "al-Ain" of "Ras al-Ain") takes in the
 * capitalized word before it, which no name leaves out.
 */

import { isCapitalizedWord } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames } from './lexicon.js';
import { ARABIC_ARTICLES } from './name-particles.js';

/** Verbs of a correspondent's position before "from". */
const FROM_VERBS = new Set(['reporting', 'speaking', 'writing', 'broadcasting', 'reports', 'reported']);
const CREDIT_WORDS = new Set(['with', 'additional', 'and', 'contributed', 'by']);
/** The article and the forms it takes before a sun letter ("ad-Din", "ash-Sham", "an-Nasr"), and "ul". */
const ARTICLES = new Set([...ARABIC_ARTICLES, 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ul']);

/** Whether a name opens with a lower-case article glued by a hyphen: "el-Balah" as one token or three. */
function articleOpening(tokens: readonly NerToken[], i: number): boolean {
  const t = tokens[i]!;
  const dash = t.text.indexOf('-');
  if (dash > 0) return ARTICLES.has(t.text.slice(0, dash));
  const next = tokens[i + 1];
  return ARTICLES.has(t.text) && next?.text === '-' && next.start === t.end;
}

/** The last token of a word opened by a lower-case article and a capital at `i` ("el-Balah"), or -1. */
function articleWordEnd(tokens: readonly NerToken[], i: number): number {
  if (!articleOpening(tokens, i)) return -1;
  const t = tokens[i]!;
  if (t.text.includes('-')) return isCapitalizedWord(t.text.slice(t.text.indexOf('-') + 1)) ? i : -1;
  const word = tokens[i + 2];
  return word && word.start === tokens[i + 1]!.end && isCapitalizedWord(word.text) ? i + 2 : -1;
}

/** Changed in place. */
export function reportingPlaces(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  for (const c of cands) {
    if (c.form !== 'name' || c.type === 'country') continue;
    const start = tokens[c.first]!;
    // "Deir" + "el-Balah": the capitalized word before a name opened by a lower-case article.
    const before = tokens[c.first - 1];
    if (
      articleOpening(tokens, c.first) &&
      before &&
      !covered[c.first - 1] &&
      before.sentence === start.sentence &&
      !before.sentenceStart &&
      isCapitalizedWord(before.text) &&
      before.end + 1 === start.start
    ) {
      c.first -= 1;
      covered[c.first] = 1;
    }
    // "Deir" + "el-Balah" the other way round: a place or body followed by an uncovered article-led word.
    const after = c.last + 1;
    if (c.type !== 'person' && tokens[after] && !covered[after] && tokens[after]!.start === tokens[c.last]!.end + 1) {
      const end = articleWordEnd(tokens, after);
      if (end > 0 && tokens[end]!.sentence === start.sentence) {
        for (let i = after; i <= end; i++) covered[i] = 1;
        c.last = end;
      }
    }
    const from = tokens[c.first - 1];
    const verb = tokens[c.first - 2];
    // "with reporting from Darren Samuelsohn": a credit's reporter is a person; a known given name keeps one.
    const credit = CREDIT_WORDS.has(tokens[c.first - 3]?.text.toLowerCase() ?? '');
    if (
      from?.text === 'from' &&
      verb &&
      FROM_VERBS.has(verb.text.toLowerCase()) &&
      verb.sentence === start.sentence &&
      !credit &&
      !firstNames.has(tokens[c.first]!.text.toLowerCase())
    ) {
      c.type = 'location';
      c.rule = 'entities/reporting-from';
      c.titles = undefined;
    } else if (c.type === 'person' && placeAfterIn(tokens, c)) {
      c.type = 'location';
      c.rule = 'entities/in-place';
    }
  }
}

/**
 * "a hospital in Deir el-Balah", "in al-Daih": a name with an Arabic article that the tagger read as a person right
 * after "in" is where something is. Not after a verb or an adjective ("believed in", "interested in"), not a name with a title
 * or a known given name ("in Maria Lopez's view"), not before a possessive.
 */
function placeAfterIn(tokens: readonly NerToken[], c: Candidate): boolean {
  const inWord = tokens[c.first - 1];
  const head = tokens[c.first]!;
  if (inWord?.text.toLowerCase() !== 'in' || inWord.sentence !== head.sentence || c.titles?.length) return false;
  const before = tokens[c.first - 2];
  if (before && before.sentence === head.sentence && /^(?:VERB|AUX|ADJ|ADV)$/.test(before.pos)) return false;
  if (firstNames.has(head.text.toLowerCase()) || /^['’]s?$/.test(tokens[c.last + 1]?.text ?? '')) return false;
  // Only a name with an Arabic article in it ("Deir el-Balah", "Ras al-Ain"): a plain one after "in" may still be
  // whom something is found in ("saw a leader in Mitt Romney").
  for (let k = c.first; k <= c.last; k++) if (articleOpening(tokens, k)) return true;
  return false;
}
