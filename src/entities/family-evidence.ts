/**
 * Evidence for which of two people sharing a family name a bare family name means ("Bill Clinton" and "Hillary
 * Clinton", a father and his son): the pronouns that follow it, and the title written before it. A default (the
 * nearest full name) decides only when the text gives none.
 */
import { QUOTE_MARK_TOKENS } from '../text/quote-marks.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';

type Gender = 'male' | 'female';

/** Subject, possessive and reflexive pronouns; object "him"/"her" stand for somebody else too often ("told her"). */
const MALE_WORDS = new Set(['he', 'his', 'himself']);
const FEMALE_WORDS = new Set(['she', 'hers', 'herself']);
/** "her" is possessive, and so the subject's own, before the noun it owns ("her plan", "her repeated comments"). */
const POSSESSED = new Set(['NOUN', 'ADJ']);
/** How far after the name its clause's pronoun may stand. */
const PRONOUN_REACH = 20;

/** The gender of the pronoun at token `i`, if it says one. */
function pronounAt(tokens: readonly NerToken[], i: number): Gender | undefined {
  const w = tokens[i]!.text.toLowerCase();
  if (MALE_WORDS.has(w)) return 'male';
  if (FEMALE_WORDS.has(w)) return 'female';
  if (w === 'her' && POSSESSED.has(tokens[i + 1]?.pos ?? '')) return 'female';
  return undefined;
}

/**
 * The gender of the first gendered pronoun after a sentence's first person, within its sentence and outside quotes,
 * with no other person named before it ("Clinton is under fire for her comments"); else, the same of the pronoun
 * opening the next sentence when the name is the only person in its own ("Clinton spoke in Iowa. She said …").
 * `personAt` marks the tokens of person names.
 */
export function followingPronounGender(
  tokens: readonly NerToken[],
  c: Candidate,
  personAt: Uint8Array,
): Gender | undefined {
  const sentence = tokens[c.first]!.sentence;
  for (let i = c.first - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) if (personAt[i]) return undefined;
  let i = c.last + 1;
  for (; i < tokens.length && i - c.last <= PRONOUN_REACH && tokens[i]!.sentence === sentence; i++) {
    // A pronoun inside a quotation is the speaker's, or anybody's.
    if (personAt[i] || QUOTE_MARK_TOKENS.has(tokens[i]!.text)) return undefined;
    const g = pronounAt(tokens, i);
    if (g) return g;
  }
  if (i >= tokens.length || tokens[i]!.sentence !== sentence + 1 || !tokens[i]!.sentenceStart) return undefined;
  const w = tokens[i]!.text.toLowerCase();
  return w === 'he' ? 'male' : w === 'she' ? 'female' : undefined;
}

/** Pronoun votes for one family name's bare mentions. */
export interface GenderVotes {
  male: number;
  female: number;
}

/**
 * The gender the bare mentions of a family name take, when the pronouns after them say so: at least two, and more
 * than say the other. One pronoun is no evidence ("Sanders said she …" may be about anyone).
 */
export function votedGender(v: GenderVotes | undefined): Gender | undefined {
  if (!v) return undefined;
  if (v.female >= 2 && v.female > v.male) return 'female';
  if (v.male >= 2 && v.male > v.female) return 'male';
  return undefined;
}

/** The head word of a title, lower-cased: "former President" → "president", "Secretary" → "secretary". */
export function titleHead(title: string): string {
  const ws = title.trim().split(/\s+/);
  return (ws[ws.length - 1] ?? '').toLowerCase();
}
