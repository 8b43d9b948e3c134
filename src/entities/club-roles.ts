/**
 * "Norwich striker Keith O'Neill", "Chelsea central defender Franck Leboeuf", "Brighton's manager", "the former
 * Blackburn and Southampton skipper": a town before a position or a post in a team names the club, not the place.
 * The tagger, which reads the town's name far more often as a place, types it one. Countries are left alone: a
 * national side keeps the country's type ("England captain"), as CoNLL has it.
 */

import { startsLower } from '../text/letters.js';
import { type Candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { POSSESSIVE_MARKS, sportRoles } from './lexicon.js';

/** How many lower-case adjectives may stand between the club and the position ("central defender"). */
const MODIFIERS = 2;
/** The home nations of British sport, places with national sides like countries ("England captain Alan Shearer"). */
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Ireland', 'Northern Ireland']);

/** Whether a sports position or post follows token `last` (after a possessive and a modifier or two). */
function roleAfter(tokens: readonly NerToken[], last: number): boolean {
  const sentence = tokens[last]!.sentence;
  let k = last + 1;
  if (POSSESSIVE_MARKS.has(tokens[k]?.text ?? '')) k++;
  for (let m = 0; m <= MODIFIERS; m++, k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || !startsLower(t.text)) return false;
    if (sportRoles.has(t.text)) return true;
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

/** Re-types (in place) each town before a team's position, and a town coordinated with it, as an organization. */
export function clubRoles(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.form !== 'name' || c.type !== 'location' || !roleAfter(tokens, c.last)) continue;
    if (HOME_NATIONS.has(spanText(tokens, c.first, c.last, text))) continue;
    c.type = 'organization';
    c.rule = 'entities/club-role';
    // "the former Blackburn and Southampton skipper": the town before "and" names a club too.
    const prev = cands[n - 1];
    if (prev && prev.form === 'name' && prev.type === 'location' && prev.last + 2 === c.first) {
      if (tokens[prev.last + 1]!.text === 'and') {
        prev.type = 'organization';
        prev.rule = 'entities/club-role';
      }
    }
  }
}
