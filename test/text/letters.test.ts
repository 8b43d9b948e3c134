import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiSource,
  capitalizeWords,
  hasLetter,
  hasLetterOrDigit,
  hasLowerLetter,
  hasUpperLetter,
  isAllCaps,
  isCapitalizedWord,
  isLetters,
  isLowerWord,
  isPlain,
  LetterPattern,
  startsCapitalized,
  startsLetter,
  startsLetterOrDigit,
  startsLower,
  startsUpper,
} from '../../src/text/letters.js';

/** Each helper and the regex it stands for; the helpers answer ASCII by character codes. */
const pairs: [string, (s: string) => boolean, RegExp][] = [
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['startsLower', startsLower, /^\p{Ll}/u],
  ['startsLetter', startsLetter, /^\p{L}/u],
  ['hasLetter', hasLetter, /\p{L}/u],
  ['hasUpperLetter', hasUpperLetter, /\p{Lu}/u],
  ['hasLowerLetter', hasLowerLetter, /\p{Ll}/u],
  ['startsCapitalized', startsCapitalized, /^\p{Lu}\p{Ll}/u],
  ['isCapitalizedWord', isCapitalizedWord, /^\p{Lu}\p{Ll}+$/u],
  ['isLetters', isLetters, /^\p{L}+$/u],
  ['isLowerWord', isLowerWord, /^\p{Ll}+$/u],
  ['hasLetterOrDigit', hasLetterOrDigit, /[\p{L}\p{N}]/u],
  ['startsLetterOrDigit', startsLetterOrDigit, /^[\p{L}\p{N}]/u],
];

const samples = [
  '',
  'A',
  'a',
  'Ab',
  'AB',
  'Ab1',
  'Éric',
  'Zürich',
  'ÖL',
  'Oslo’s',
  '1A',
  ' x',
  'Σοφία',
  '𝐀b',
  'İstanbul',
  'ß',
  'Ren',
  'RenŻ',
  'R',
  '’',
  'A’',
  'a\u00a0b',
  '—Oslo',
  '٣',
  '²',
  'ª',
];

describe('letter tests answer as their regexes do', () => {
  it.each(pairs)('%s on hand-picked words', (_name, f, re) => {
    for (const s of samples) expect(f(s), s).toBe(re.test(s));
  });

  it.each(pairs)('%s on any string', (_name, f, re) => {
    const chars = fc.constantFrom(
      'A',
      'z',
      'É',
      'é',
      'ß',
      'Σ',
      'ς',
      '1',
      ' ',
      '-',
      '’',
      '—',
      '\u00a0',
      '𝐀',
      '\uD800',
      'İ',
      '٣',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 6 }), (parts) => {
        const s = parts.join('');
        return f(s) === re.test(s);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Every `new LetterPattern(String.raw`…`, flags?)` written in src/, read from the source files. */
function patternsInSource(): [string, LetterPattern][] {
  const found: [string, LetterPattern][] = [];
  const dir = new URL('../../src/', import.meta.url);
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const m of text.matchAll(/new LetterPattern\(String\.raw`([^`]*)`(?:, '(\w+)')?\)/g)) {
      found.push([`${file} /${m[1]}/${m[2] ?? 'u'}`, new LetterPattern(m[1]!, m[2])]);
    }
  }
  return found;
}

// Plain characters (the ASCII copy may answer) mixed with letters, digits and marks outside ASCII (it may not).
const patternChars = fc.constantFrom(
  ...['A', 'B', 'I', 'V', 'Z', 'a', 'l', 'e', 'n', 's', 't', 'x', '0', '7', ' ', '\n', '\u00a0', '.', ',', ':', '-'],
  ...[
    "'",
    '’',
    '‘',
    '“',
    '”',
    '"',
    '—',
    '–',
    '&',
    '(',
    ')',
    '/',
    'É',
    'é',
    'ß',
    'ſ',
    'K',
    'Σ',
    '𝐀',
    '\uD800',
    '٣',
    '²',
  ],
);

describe('letter patterns: the ASCII copy answers as the Unicode pattern on plain text', () => {
  const patterns = patternsInSource();

  it('finds the patterns of src/', () => {
    expect(patterns.length).toBeGreaterThan(30);
  });

  it.each(patterns)('%s', (_name, p) => {
    const same = (s: string) => {
      const mine = p.for(s);
      const theirs = p.unicode();
      if (p.flags.includes('g')) return s.replace(mine, '<$&>') === s.replace(theirs, '<$&>');
      if (p.flags.includes('y')) {
        for (let i = 0; i <= s.length; i++) {
          mine.lastIndex = i;
          theirs.lastIndex = i;
          if (JSON.stringify(mine.exec(s)) !== JSON.stringify(theirs.exec(s))) return false;
        }
        return true;
      }
      const a = mine.exec(s);
      const b = theirs.exec(s);
      // `test` may answer from the first character alone (a pattern of capitalized words on a lower-case one).
      return JSON.stringify(a) === JSON.stringify(b) && a?.index === b?.index && p.test(s) === (b !== null);
    };
    fc.assert(
      fc.property(fc.array(patternChars, { maxLength: 12 }), (parts) => same(parts.join(''))),
      { numRuns: 1500 },
    );
    // Shapes the patterns look for, which random strings seldom hit.
    for (const s of ['Oslo', 'OSLO', 'Al-Qaeda', 'al-Assad', "O'Neil", 'O’Neil', 'J.R.', 'Smiths', 'didn’t', 'AP:']) {
      expect(same(s), s).toBe(true);
      expect(same(`${s} ${s}`), s).toBe(true);
    }
  });
});

describe('LetterPattern.test on a first character outside \\p{Lu}', () => {
  it.each([
    [String.raw`^\p{Lu}\p{Ll}+$`, 'u', 'oslo', false],
    [String.raw`^\p{Lu}\p{Ll}+$`, 'u', 'Élan', true],
    [String.raw`^\p{Lu}\p{Ll}+$`, 'u', '', false],
    // An alternative of the whole pattern may match without a capital.
    [String.raw`^\p{Lu}x|ab`, 'u', 'ab', true],
    [String.raw`^\p{Lu}(?:x|y)`, 'u', 'xy', false],
    [String.raw`^\p{Lu} ?\| ?\p{Lu}`, 'u', '| A', false],
    [String.raw`^\p{Lu}[|]`, 'u', '|', false],
    // Case folded, \p{Lu} takes lower-case letters too; with m, ^ matches after a line break.
    [String.raw`^\p{Lu}`, 'iu', 'a', true],
    [String.raw`^\p{Lu}`, 'mu', 'a\nB', true],
  ])('/%s/%s on %j is %s', (source, flags, s, expected) => {
    expect(new LetterPattern(source, flags).test(s)).toBe(expected);
    expect(new RegExp(source, flags).test(s)).toBe(expected);
  });
});

describe('asciiSource', () => {
  it.each([
    [String.raw`^\p{Lu}\p{Ll}+$`, '^[A-Z][a-z]+$'],
    [String.raw`[^\p{L}\p{N}'’-]+`, "[^A-Za-z0-9'’-]+"],
    [String.raw`\.\s\d`, String.raw`\.\s\d`],
  ])('%s', (source, ascii) => {
    expect(asciiSource(source)).toBe(ascii);
  });

  it('refuses what it cannot copy', () => {
    expect(() => asciiSource(String.raw`\p{Lo}`)).toThrow(/no ASCII copy/);
    expect(() => asciiSource(String.raw`\u{1F600}`)).toThrow(/no ASCII copy/);
    expect(() => asciiSource(String.raw`\P{L}`)).toThrow(/no ASCII copy/);
  });

  it('isPlain takes ASCII and common punctuation only', () => {
    expect(isPlain('Oslo’s “best” — 2\u00a0km')).toBe(true);
    expect(isPlain('Zürich')).toBe(false);
    expect(isPlain('ab²')).toBe(false);
    expect(isPlain('éa', 1)).toBe(true);
  });
});

describe('capitals', () => {
  it.each([
    ['NATO', true],
    ['MARIA GONZALEZ', true],
    ['ÉLODIE', true],
    ['Nato', false],
    ['123', false],
    ['', false],
  ])('isAllCaps(%j) is %s', (s, expected) => {
    expect(isAllCaps(s)).toBe(expected);
  });

  it.each([
    ['MARIA GONZALEZ', 'Maria Gonzalez'],
    ["JEAN-PAUL O'NEILL", "Jean-Paul O'Neill"],
    ['ÉLODIE DUPRÉ', 'Élodie Dupré'],
    ['(AP)', '(ap)'],
  ])('capitalizeWords(%j) is %j', (s, expected) => {
    expect(capitalizeWords(s)).toBe(expected);
  });
});
