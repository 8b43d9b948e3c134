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

/** `s` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpper(s: string): boolean {
  return UPPER_FIRST.test(s);
}

/** `s` starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(s: string): boolean {
  return LOWER_FIRST.test(s);
}

/** `s` starts with a letter (`/^\p{L}/u`). */
export function startsLetter(s: string): boolean {
  return LETTER_FIRST.test(s);
}

/** `s` holds a letter (`/\p{L}/u`). */
export function hasLetter(s: string): boolean {
  return LETTER.test(s);
}

/** `s` holds an upper-case letter (`/\p{Lu}/u`). */
export function hasUpperLetter(s: string): boolean {
  return UPPER.test(s);
}
