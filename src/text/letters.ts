/**
 * Tests of a text's letters by Unicode category. V8 builds the character set of a `\p{…}` escape from ICU every
 * time it parses a regex that holds one: when it scans the code around a literal, again when it compiles that code,
 * when it creates the literal, when the regex first runs and when it is recompiled to machine code (about 0.7M
 * instructions each time for `/^\p{Lu}/u`). The code had about 80 such literals, the largest part of a cold start.
 * Here ASCII (and the common punctuation of news text) is answered by character codes or by an ASCII copy of the
 * pattern, and each Unicode pattern is built from a string the first time a string outside ASCII needs it, so
 * English text seldom parses one at all.
 */

/** A regex built from `source` on first use (a string, so that no parser looks at it before then). */
export function lazyRegex(source: string, flags = 'u'): () => RegExp {
  let re: RegExp | undefined;
  return () => {
    if (re === undefined) re = new RegExp(source, flags);
    return re;
  };
}

const UPPER_FIRST = lazyRegex(String.raw`^\p{Lu}`);
const LOWER_FIRST = lazyRegex(String.raw`^\p{Ll}`);
const LETTER_FIRST = lazyRegex(String.raw`^\p{L}`);
const LETTER = lazyRegex(String.raw`\p{L}`);
const UPPER = lazyRegex(String.raw`\p{Lu}`);
const LOWER = lazyRegex(String.raw`\p{Ll}`);
const CAPITALIZED = lazyRegex(String.raw`^\p{Lu}\p{Ll}`);
const CAPITALIZED_WORD = lazyRegex(String.raw`^\p{Lu}\p{Ll}+$`);
const LETTERS = lazyRegex(String.raw`^\p{L}+$`);
const LOWER_WORD = lazyRegex(String.raw`^\p{Ll}+$`);
const LETTER_OR_DIGIT = lazyRegex(String.raw`[\p{L}\p{N}]`);
const LETTER_OR_DIGIT_FIRST = lazyRegex(String.raw`^[\p{L}\p{N}]`);

/**
 * Characters on which a pattern's ASCII copy answers as the pattern does: ASCII, the no-break space, and the
 * dashes, quote marks, bullets and ellipsis of U+2010-U+2027 (none of them a letter or digit, none with a case,
 * all outside `\s` but the no-break space, which is inside it in both regex modes).
 */
function plainChar(c: number): boolean {
  return c < 128 || c === 0xa0 || (c >= 0x2010 && c <= 0x2027);
}

/** ASCII code points: upper-case A-Z, lower-case a-z. */
function asciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function asciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

// A plain character (ASCII or common punctuation, see `plainChar`) is answered by its code, so English text
// rarely runs (or makes V8 compile) the Unicode-property regexes; anything else goes to them, so the answers are
// the regexes' own.

/** `s` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return plainChar(c) ? asciiUpper(c) : UPPER_FIRST().test(s);
}

/** `s` starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return plainChar(c) ? asciiLower(c) : LOWER_FIRST().test(s);
}

/** `s` starts with a letter (`/^\p{L}/u`). */
export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return plainChar(c) ? asciiUpper(c) || asciiLower(c) : LETTER_FIRST().test(s);
}

/** `s` starts with an upper-case letter and a lower-case one (`/^\p{Lu}\p{Ll}/u`): "Ren", "Oslo". */
export function startsCapitalized(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  if (plainChar(a)) {
    if (!asciiUpper(a) || s.length < 2) return false;
    if (plainChar(b)) return asciiLower(b);
  }
  return CAPITALIZED().test(s);
}

/** `s` is one capitalized word: an upper-case letter, then only lower-case ones (`/^\p{Lu}\p{Ll}+$/u`). */
export function isCapitalizedWord(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!plainChar(c)) return CAPITALIZED_WORD().test(s);
    // An ASCII character out of place fails the regex too, whatever follows.
    if (!(i === 0 ? asciiUpper(c) : asciiLower(c))) return false;
  }
  return true;
}

/** `s` holds a letter (`/\p{L}/u`). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!plainChar(c)) return LETTER().test(s);
    if (asciiUpper(c) || asciiLower(c)) return true;
  }
  return false;
}

/** `s` holds an upper-case letter (`/\p{Lu}/u`). */
export function hasUpperLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!plainChar(c)) return UPPER().test(s);
    if (asciiUpper(c)) return true;
  }
  return false;
}

/** `s` holds a lower-case letter (`/\p{Ll}/u`). */
export function hasLowerLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!plainChar(c)) return LOWER().test(s);
    if (asciiLower(c)) return true;
  }
  return false;
}

/** `s` is one or more letters and nothing else (`/^\p{L}+$/u`). */
export function isLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!plainChar(c)) return LETTERS().test(s);
    if (!(asciiUpper(c) || asciiLower(c))) return false;
  }
  return true;
}

/** `s` is one or more lower-case letters and nothing else (`/^\p{Ll}+$/u`). */
export function isLowerWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!plainChar(c)) return LOWER_WORD().test(s);
    if (!asciiLower(c)) return false;
  }
  return true;
}

/** `s` starts with a letter or a digit of any script (`/^[\p{L}\p{N}]/u`). */
export function startsLetterOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return plainChar(c) ? asciiUpper(c) || asciiLower(c) || (c >= 48 && c <= 57) : LETTER_OR_DIGIT_FIRST().test(s);
}

/** `s` holds a letter or a digit of any script (`/[\p{L}\p{N}]/u`). */
export function hasLetterOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!plainChar(c)) return LETTER_OR_DIGIT().test(s);
    if (asciiUpper(c) || asciiLower(c) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

/** `s.slice(from, to)` holds only plain characters (see `plainChar`). */
export function isPlain(s: string, from = 0, to = s.length): boolean {
  const end = Math.min(to, s.length);
  for (let i = Math.max(from, 0); i < end; i++) if (!plainChar(s.charCodeAt(i))) return false;
  return true;
}

const ASCII_CLASS: Readonly<Record<string, string>> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9' };

/**
 * `source` with each `\p{L}`, `\p{Lu}`, `\p{Ll}` or `\p{N}` written as its ASCII range (`A-Za-z` inside a class,
 * `[A-Za-z]` outside one). Any other escape is kept as it is; one that reads differently without the `u` flag
 * (`\u{…}`, another property) is refused, so a pattern the copy cannot stand for fails when it is written.
 */
export function asciiSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P' || (next === 'u' && source[i + 2] === '{')) {
        const m = /^\\p\{(\w+)\}/.exec(source.slice(i));
        const range = m ? ASCII_CLASS[m[1]!] : undefined;
        if (!m || range === undefined) throw new Error(`no ASCII copy of ${source.slice(i, i + 8)} in /${source}/`);
        out += inClass ? range : `[${range}]`;
        i += m[0].length - 1;
      } else {
        out += ch + (next ?? '');
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * A regex over letters and digits by Unicode category that runs an ASCII copy of itself (`asciiSource`, without
 * the `u` flag) on plain text, and builds the Unicode pattern only for the first string that is not plain. Parsing
 * a `\p{…}` class costs V8 an ICU lookup each time, and a literal is parsed when the code around it is scanned,
 * again when that code is compiled, when the literal is created and when it first runs and when it is recompiled
 * to machine code: 70+ such literals were the largest part of a cold start. On plain text the copy gives the same
 * answers (the test in test/text/letters.test.ts holds every pattern to that).
 */
export class LetterPattern {
  readonly ascii: RegExp;
  /** The Unicode pattern itself, built on first use. */
  readonly unicode: () => RegExp;
  /**
   * Every match opens the string with an upper-case letter: the source starts with `^\p{Lu}`, has no alternative
   * outside a group, and the flags neither fold case nor keep a `lastIndex` nor let `^` match after a line break.
   */
  private readonly upperFirst: boolean;

  constructor(
    readonly source: string,
    readonly flags = 'u',
  ) {
    this.ascii = new RegExp(asciiSource(source), flags.replace('u', ''));
    this.unicode = lazyRegex(source, flags);
    this.upperFirst = source.startsWith('^\\p{Lu}') && !/[gimy]/.test(flags) && !hasTopLevelAlternative(source);
  }

  /** The regex to run on `s` (sticky and global callers set and read its `lastIndex` themselves). */
  for(s: string): RegExp {
    for (let i = 0; i < s.length; i++) if (!plainChar(s.charCodeAt(i))) return this.unicode();
    return this.ascii;
  }

  test(s: string): boolean {
    // Rules test most tokens of a document against patterns of capitalized words, and most tokens are lower case:
    // a plain first character other than A-Z is no `\p{Lu}`, so the answer is known without a scan or a match.
    if (this.upperFirst) {
      const c = s.charCodeAt(0);
      if (plainChar(c) && !asciiUpper(c)) return false;
    }
    return this.for(s).test(s);
  }

  exec(s: string): RegExpExecArray | null {
    return this.for(s).exec(s);
  }
}

/** Whether `source` has a `|` outside every group and character class (an alternative of the whole pattern). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Written all in capitals: a cased letter and no lower-case one ("NATO", "MARIA GONZALEZ"; not "123"). */
export function isAllCaps(s: string): boolean {
  return s.toUpperCase() === s && s.toLowerCase() !== s;
}

/**
 * "MARIA GONZALEZ" → "Maria Gonzalez", "JEAN-PAUL O'NEILL" → "Jean-Paul O'Neill": the first letter of each word, and
 * the first after a hyphen or an apostrophe, in upper case, the rest in lower case.
 */
export function capitalizeWords(s: string): string {
  const lower = s.toLowerCase();
  return lower.replace(WORD_START_LOWER.for(lower), (_, before: string, c: string) => before + c.toUpperCase());
}
const WORD_START_LOWER = new LetterPattern(String.raw`(^|[\s'’-])(\p{Ll})`, 'gu');
