import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLES, MUTATIONS } from './articles.js';
import { problemsOf } from './checked-analyze.js';

/**
 * Property tests: whatever string goes in, a valid document comes out. The default run is quick; the full fuzz is
 * `FUZZ_RUNS=20000 npx vitest run test/robustness/fuzz.test.ts` (the runs are shared out over the properties below).
 */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 400);
/** A fixed seed by default so `npm test` is reproducible; FUZZ_SEED=random (or a number) explores further. */
const SEED_ENV = process.env.FUZZ_SEED ?? '20190115';
const SEED = SEED_ENV === 'random' ? undefined : Number(SEED_ENV);
const share = (weight: number) => Math.max(10, Math.round(TOTAL_RUNS * weight));
const params = (weight: number) => ({ numRuns: share(weight), ...(SEED === undefined ? {} : { seed: SEED }) });
/** A generous per-property budget for big FUZZ_RUNS (vitest's default of 60 s is for the quick run). */
const TIMEOUT = Math.max(60_000, TOTAL_RUNS * 250);

/** Any UTF-16 code units, so lone and swapped surrogates, controls and U+FFFE appear. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((a) => String.fromCharCode(...a));
/** Any code points, astral planes included. */
const codePoints = fc.string({ unit: 'binary', maxLength: 300 });

/** News-shaped soup: the pieces the stages react to, in random order. */
const PIECES = [
  'said',
  'says',
  'told reporters',
  'according to',
  'added',
  'denied',
  'that',
  'he',
  'she',
  'they',
  'it',
  'The',
  'Mr.',
  'Dr.',
  'U.S.',
  'Jan.',
  'Inc.',
  'Ren Zhengfei',
  'Huawei',
  'China',
  'Chinese',
  'the Financial Times',
  'Reuters',
  'President',
  'minister',
  'on Monday',
  'last week',
  'January 15, 2019',
  '2019',
  'next year',
  'three days',
  'By',
  'and',
  'not',
  'never',
  'may',
  'reportedly',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '(',
  ')',
  ',',
  '.',
  ':',
  ';',
  '—',
  '-',
  '?',
  '!',
  '…',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ud83d',
  '\ude00',
  '😀',
  '<p>',
  '</p>',
  '&amp;',
  '&quot;',
  '&#8220;',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'WASHINGTON, Jan. 15 (Reuters) -',
  'Published 3:04 p.m. ET Jan. 15, 2019',
  'Sign up for our newsletter',
] as const;
const newsSoup = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(' '));
const newsSoupTight = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

/** A real-looking article, cut, spliced and sprinkled at random places. */
const mutatedArticle = fc
  .record({
    article: fc.constantFrom(...ARTICLES),
    mutation: fc.constantFrom(...MUTATIONS),
    cuts: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('', ...PIECES)), { maxLength: 8 }),
  })
  .map(({ article, mutation, cuts }) => {
    let t = mutation[1](article);
    for (const [at, len, insert] of cuts) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + insert + t.slice(i + len);
    }
    return t;
  });

const options = fc.option(
  fc.record(
    { published: fc.constantFrom('2019-01-15', '2000-02-29', '1999-12-31'), outlet: fc.constantFrom('Reuters', 'AP') },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

function robust(text: string, opts?: { published?: string; outlet?: string }): boolean {
  const problems = problemsOf(text, opts);
  if (problems.length > 0) throw new Error(`${problems.slice(0, 5).join('\n')}\ninput: ${JSON.stringify(text)}`);
  return true;
}

describe('inputs the fuzzer found', () => {
  // A cue phrase that ends the text: "according to X" with nothing after X (found by the token soup).
  it.each(['according to he', 'according to the Financial Times', 'Ren said, according to him'])('%j', (text) => {
    expect(problemsOf(text)).toEqual([]);
  });
});

describe(`fuzz: any string gives a valid document (${TOTAL_RUNS} runs)`, () => {
  it(
    'arbitrary UTF-16 code units',
    () => {
      fc.assert(fc.property(codeUnits, options, robust), params(0.2));
    },
    TIMEOUT,
  );
  it(
    'arbitrary code points',
    () => {
      fc.assert(fc.property(codePoints, options, robust), params(0.15));
    },
    TIMEOUT,
  );
  it(
    'news-shaped token soup, spaced',
    () => {
      fc.assert(fc.property(newsSoup, options, robust), params(0.25));
    },
    TIMEOUT,
  );
  it(
    'news-shaped token soup, glued',
    () => {
      fc.assert(fc.property(newsSoupTight, options, robust), params(0.15));
    },
    TIMEOUT,
  );
  it(
    'articles mutated and spliced at random',
    () => {
      fc.assert(fc.property(mutatedArticle, options, robust), params(0.25));
    },
    TIMEOUT,
  );
  it('counts its runs', () => {
    expect(TOTAL_RUNS).toBeGreaterThan(0);
  });
});
