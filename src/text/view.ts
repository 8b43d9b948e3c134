import { hasLetter } from './letters.js';

/**
 * A normalized view of the input for the tokenizer, of exactly the same length, so offsets in the view are
 * offsets in the input (the offset map is the identity). The input itself is never changed.
 * - spaces of every kind, zero-width, bidi and control characters, a BOM, lone surrogates: a plain space;
 * - HTML/XML tags: blanked out with spaces (their text is not article text); a block element's tag ("<p>") starts
 *   with a line break, so it ends a paragraph;
 * - `&amp;`-style character references: the character, padded with spaces to the reference's length;
 * - UTF-8 read as Latin-1 inside a word ("FranÃÂ§ois"): letters, so the word stays one token;
 * - Latin letters past Latin-1 ("Jānis", "Łukasz", "Nguyễn"): their base letters, so the word stays one token.
 */
let lastText: string | undefined;
let lastView = '';

/** As `normalizedView`, remembering the last text: the tokenizer and the quotation marks read the same view. */
export function cachedView(text: string): string {
  if (text !== lastText) {
    lastView = normalizedView(text);
    lastText = text;
  }
  return lastView;
}

export function normalizedView(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | null = null;
    let skip = 1;
    if (c < 0x20 ? c !== 0x0a && c !== 0x0d && c !== 0x09 : isOddSpace(c)) {
      replacement = ' ';
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        i++;
        continue;
      }
      replacement = ' ';
    } else if (c === 0x3c /* < */) {
      const end = tagEnd(text, i);
      if (end > 0) {
        skip = end - i;
        // A block element's tag ("<p>", "</h1>", "<br>") ends a paragraph, as a line break would.
        replacement = isBlockTag(text, i) ? `\n${' '.repeat(skip - 1)}` : ' '.repeat(skip);
      }
    } else if ((c === 0xc2 || c === 0xc3) && i + 1 < n) {
      const end = mojibakeEnd(text, i);
      if (end > 0) {
        skip = end - i;
        replacement = 'x'.repeat(skip);
      }
    } else if ((c >= 0x0100 && c <= 0x024f) || (c >= 0x1e00 && c <= 0x1eff)) {
      // "Jānis Šmits", "Łukasz", "Kalniņš", "Nguyễn": wink's tokenizer splits a word at a letter past Latin-1, so
      // such a letter is its base letter in the view (the token's text is still the input's).
      const base = latinBase(c);
      if (base !== c) replacement = String.fromCharCode(base);
    } else if (c === 0x26 /* & */) {
      const ref = characterReference(text, i);
      if (ref) {
        skip = ref.length;
        replacement = ref.char + ' '.repeat(ref.length - ref.char.length);
      }
    }
    if (replacement !== null) {
      out ??= [];
      out.push(text.slice(last, i), replacement);
      i += skip - 1;
      last = i + 1;
    }
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** Letters with no canonical decomposition, and their base letters. */
const UNDECOMPOSED: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŋ: 'N',
  ŋ: 'n',
  Œ: 'O',
  œ: 'o',
  Ŧ: 'T',
  ŧ: 't',
  Ə: 'E',
  Ɵ: 'O',
};
/** Base letters of Latin Extended-A/B (U+0100..U+024F) and Latin Extended Additional (U+1E00..U+1EFF), built once. */
let latinBases: Map<number, number> | undefined;

/** The ASCII base letter of a Latin letter past Latin-1 ("ā" → "a", "Ł" → "L"), or the letter itself. */
function latinBase(c: number): number {
  if (!latinBases) {
    latinBases = new Map();
    for (const [from, to] of [
      [0x0100, 0x024f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let k = from; k <= to; k++) {
        const ch = String.fromCharCode(k);
        const base = UNDECOMPOSED[ch] ?? ch.normalize('NFD').charAt(0);
        if (/^[A-Za-z]$/.test(base)) latinBases.set(k, base.charCodeAt(0));
      }
    }
  }
  return latinBases.get(c) ?? c;
}

/**
 * End (exclusive) of a mojibake run starting at `i`: "Ã" or "Â" followed by continuation characters (U+0080 to
 * U+00BF, or more "Ã"/"Â"), with a letter on at least one side of the run; -1 otherwise. "SÃO" (a real "Ã" before
 * a letter) is no run.
 */
function mojibakeEnd(text: string, i: number): number {
  let j = i + 1;
  const n = Math.min(text.length, i + 12);
  let continuation = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c >= 0x80 && c <= 0xbf) continuation = true;
    else if (c !== 0xc2 && c !== 0xc3) break;
    j++;
  }
  if (!continuation) return -1;
  const letter = (k: number) => k >= 0 && k < text.length && hasLetter(text[k]!);
  return letter(i - 1) || letter(j) ? j : -1;
}

function isOddSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x00ad ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    c === 0x205f ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xfffd
  );
}

const TAG_NAME = /^<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])/;
/** Elements whose tags break the text into paragraphs. */
const BLOCK_TAG =
  /^<\/?(?:p|h[1-6]|div|br|li|ul|ol|title|head|body|html|tr|td|th|table|section|article|header|footer|blockquote|figure|figcaption|aside|nav|main|hr|pre|dt|dd)(?=[\s/>])/i;

function isBlockTag(text: string, i: number): boolean {
  return BLOCK_TAG.test(text.slice(i, i + 14));
}

/** End (exclusive) of an HTML tag starting at `i`, or -1. Bounded scan, so a lone "<" costs little. */
function tagEnd(text: string, i: number): number {
  const head = text.slice(i, i + 34);
  if (head.startsWith('<!--')) {
    const close = text.indexOf('-->', i + 4);
    return close < 0 || close - i > 2000 ? -1 : close + 3;
  }
  if (!TAG_NAME.test(head)) return -1;
  const limit = Math.min(text.length, i + 1000);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x3e) return j + 1;
    if (c === 0x3c || c === 0x0a) return -1;
  }
  return -1;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
};
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;

/** How many characters of `text` the character at `i` of the view stands for: a reference's length, else 1. */
export function viewCharLength(text: string, i: number): number {
  return text.charCodeAt(i) === 0x26 ? (characterReference(text, i)?.length ?? 1) : 1;
}

function characterReference(text: string, i: number): { length: number; char: string } | null {
  const m = REFERENCE.exec(text.slice(i, i + 12));
  if (!m) return null;
  let char: string | undefined;
  if (m[3] !== undefined) char = Object.hasOwn(NAMED, m[3]) ? NAMED[m[3]] : undefined;
  else {
    const code = m[1] !== undefined ? Number(m[1]) : Number.parseInt(m[2]!, 16);
    // Only BMP characters keep the view the same length as the reference in every case.
    if (code > 0x1f && code < 0xd800) char = String.fromCharCode(code);
  }
  if (char === undefined) return null;
  return { length: m[0].length, char: char === '\u00a0' ? ' ' : char };
}
