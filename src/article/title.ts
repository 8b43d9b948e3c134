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
  return !/[.;,]["'”’)]?$/.test(t) || words.length <= 12;
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
