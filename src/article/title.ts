import type { TextSpan } from '../types.js';

const MAX_TITLE_CHARS = 220;
const MAX_TITLE_WORDS = 32;

/**
 * Whether a first line reads as a headline: short, and either without a sentence-final period or set in capitals
 * (wire headlines such as "EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB." end with one).
 */
export function isHeadlineLike(p: TextSpan): boolean {
  const t = p.text;
  if (t.length > MAX_TITLE_CHARS || t.length < 3) return false;
  const words = t.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  if (/^by\s/i.test(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length > 0 && upper / letters.length > 0.8) return true;
  // Title case or a "Name: claim" lead marks a headline even with a closing period (some feeds add one).
  if (isTitleCased(words) || SPEAKER_LEAD.test(t)) return true;
  return !/[.;,]["'”’)]?$/.test(t) || words.length <= 12;
}

/** One to four capitalized words and a colon: "Pence:", "Pat Caddell:", "NY Daily News:". */
const SPEAKER_LEAD = /^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*:\s/u;
/** Words a title-cased headline may leave in lower case. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'as',
  'from',
  'vs.',
]);

/** Whether most words that a headline would capitalize are capitalized (at least four of them). */
function isTitleCased(words: readonly string[]): boolean {
  let content = 0;
  let capital = 0;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}]+/u, '');
    if (bare === '' || MINOR_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (/^\p{Lu}/u.test(bare)) capital++;
  }
  return content >= 4 && capital >= 0.8 * content;
}

/** Normalized for comparing a title with a body line that repeats it: case, quote styles and spacing ignored. */
export function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
