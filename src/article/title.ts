import { hasLetter, LetterPattern, startsUpper } from '../text/letters.js';
import type { TextSpan } from '../types.js';

const NOT_LETTERS = new LetterPattern(String.raw`[^\p{L}]`, 'gu');
const NOT_UPPER = new LetterPattern(String.raw`[^\p{Lu}]`, 'gu');
const LEADING_NON_LETTERS = new LetterPattern(String.raw`^[^\p{L}]+`);

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
  if (!hasLetter(t)) return false;
  const letters = t.replace(NOT_LETTERS.for(t), '');
  const upper = letters.replace(NOT_UPPER.for(letters), '').length;
  if (letters.length > 0 && upper / letters.length > 0.8) return true;
  // Title case or a "Name: claim" lead marks a headline even with a closing period (some feeds add one).
  if (isTitleCased(words) || SPEAKER_LEAD.test(t)) return true;
  return !/[.;,]["'”’)]?$/.test(t) || words.length <= 12;
}

/** One to four capitalized words and a colon: "Pence:", "Pat Caddell:", "NY Daily News:". */
const SPEAKER_LEAD = new LetterPattern(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*:\s`);
/** Words a title in title case may leave in lower case (headlines here, quoted titles of works in the quotes). */
export const TITLE_MINOR_WORDS: ReadonlySet<string> = new Set([
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
    const bare = w.replace(LEADING_NON_LETTERS.for(w), '');
    if (bare === '' || TITLE_MINOR_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (startsUpper(bare)) capital++;
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

/**
 * `titleKey(text) === key`, without building the key of every paragraph: the text is read one character at a time
 * and the comparison stops at the first difference, which for a body paragraph is almost always within a few
 * characters. While every character read is ASCII, what has been read normalizes exactly as titleKey would
 * (A-Z lower-cased, a backquote to an apostrophe, a run of ASCII spaces to one space, none at the ends); at the
 * first other character (whose lower case, or a final sigma, depends on more than itself) the whole key is built.
 */
export function matchesTitleKey(text: string, key: string): boolean {
  let k = 0;
  let i = 0;
  const n = text.length;
  while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
  for (; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c > 0x7f) return titleKey(text) === key;
    if (isAsciiSpace(c)) {
      let j = i + 1;
      while (j < n && isAsciiSpace(text.charCodeAt(j))) j++;
      if (j === n) break;
      if (text.charCodeAt(j) > 0x7f) return titleKey(text) === key;
      c = 0x20;
      i = j - 1;
    } else if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c === 0x60) c = 0x27;
    if (key.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === key.length;
}

/** The characters below 0x80 that `\s` and `trim` take as white space. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
