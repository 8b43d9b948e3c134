/**
 * Tests of a text's first letter or of any letter by Unicode category, each a single shared regex. V8 builds the
 * character set of a `\p{…}` escape from ICU every time it parses a regex literal that holds one (when it parses
 * the function around it, again when it compiles it): about 0.7M instructions per copy of `/^\p{Lu}/u`, of which
 * the code had sixty, 40M of every cold start. One literal each here is parsed once.
 */

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LETTER_FIRST = /^\p{L}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** ASCII code points: upper-case A-Z, lower-case a-z. */
function asciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function asciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

// An ASCII first character is answered by its code, so English text rarely runs (or makes V8 compile) the
// Unicode-property regexes; anything else goes to them, so the answers are the regexes' own.

/** `s` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? asciiUpper(c) : UPPER_FIRST.test(s);
}

/** `s` starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? asciiLower(c) : LOWER_FIRST.test(s);
}

/** `s` starts with a letter (`/^\p{L}/u`). */
export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? asciiUpper(c) || asciiLower(c) : LETTER_FIRST.test(s);
}

/** `s` starts with an upper-case letter and a lower-case one (`/^\p{Lu}\p{Ll}/u`): "Ren", "Oslo". */
export function startsCapitalized(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  if (a < 128 && b < 128) return asciiUpper(a) && asciiLower(b);
  return CAPITALIZED.test(s);
}

/** `s` is one capitalized word: an upper-case letter, then only lower-case ones (`/^\p{Lu}\p{Ll}+$/u`). */
export function isCapitalizedWord(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return CAPITALIZED_WORD.test(s);
    // An ASCII character out of place fails the regex too, whatever follows.
    if (!(i === 0 ? asciiUpper(c) : asciiLower(c))) return false;
  }
  return true;
}

/** `s` holds a letter (`/\p{L}/u`). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return LETTER.test(s);
    if (asciiUpper(c) || asciiLower(c)) return true;
  }
  return false;
}

/** `s` holds an upper-case letter (`/\p{Lu}/u`). */
export function hasUpperLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return UPPER.test(s);
    if (asciiUpper(c)) return true;
  }
  return false;
}
