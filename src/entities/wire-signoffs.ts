/**
 * "… would be rolled out by December next year. PTI AB RT": Indian wire copy ends with the agency and its editors'
 * initials. The tagger reads the run as one organization; the agency alone is the name.
 */
import { WIRE_AGENCIES } from '../article/lexicon.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';

/** Whether only blanks stand between `at` and the end of its line. */
function endsParagraph(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** What may stand before the sign-off: the last sentence's end (or nothing). */
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Editors' initials: two or three capital letters. */
const INITIALS = /^[A-Z]{2,3}$/;

/** Cuts a wire agency's name off the initials signed after it at a paragraph's end. Changed in place. */
export function wireSignoffs(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.last === c.first || !WIRE_AGENCIES.has(tokens[c.first]!.text)) continue;
    if (!endsParagraph(text, tokens[c.last]!.end) || !SENTENCE_ENDS.has(tokens[c.first - 1]?.text ?? '.')) {
      continue;
    }
    let initials = true;
    for (let i = c.first + 1; i <= c.last && initials; i++) initials = INITIALS.test(tokens[i]!.text);
    if (!initials) continue;
    c.last = c.first;
    c.type = 'organization';
    c.rule = 'entities/wire-signoff';
  }
}
