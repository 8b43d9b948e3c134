import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { analyzeQuotes } from './helpers.js';

const pieces = [
  '“',
  '”',
  '"',
  "''",
  '‘',
  '’',
  '«',
  '»',
  '„',
  ' said ',
  ' told ',
  ', ',
  '. ',
  '\n\n',
  'He',
  'the mayor',
  'that',
  ':',
  '―',
];

describe('any input gives valid quotes', () => {
  it.each([' said /0“', 'The vote was close, he said on the station’s “'])(
    '%j: a mark left open at the end breaks nothing',
    (text) => {
      expect(analyze(text).warnings.filter((w) => w.rule.startsWith('stage-error'))).toEqual([]);
    },
  );

  it.each(['denied said', 'Filed said.'])('%j: a closing cue right after a participle at the text start', (text) => {
    expect(analyze(text).warnings.filter((w) => w.rule.startsWith('stage-error'))).toEqual([]);
  });

  it('spans slice the text, fragments are ordered, nothing throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 }),
        (parts) => {
          const text = parts.join('');
          const doc = analyzeQuotes(text);
          expect(doc.warnings.filter((w) => w.rule.startsWith('stage-error'))).toEqual([]);
          for (const q of doc.quotes) {
            expect(q.content.length).toBeGreaterThan(0);
            for (const c of q.content) expect(text.slice(c.start, c.end)).toBe(c.text);
            for (let i = 1; i < q.content.length; i++)
              expect(q.content[i]!.start).toBeGreaterThanOrEqual(q.content[i - 1]!.end);
            if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
            if (q.speaker?.span) expect(text.slice(q.speaker.span.start, q.speaker.span.end)).toBe(q.speaker.span.text);
            expect(q.confidence).toBeGreaterThan(0);
            expect(q.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays linear on a long run of unbalanced marks', () => {
    const text = `${'He said “no and “yes '.repeat(4000)}.`;
    const t0 = performance.now();
    const doc = analyzeQuotes(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(doc.warnings.some((w) => w.rule === 'quotes/marks:unbalanced')).toBe(true);
  });
});

describe('cue phrases with nothing to attribute', () => {
  it.each(['according to the Financial Times', 'According to Reuters.', 'he said', 'said'])(
    '%j gives no quote and no stage error',
    (text) => {
      const doc = analyzeQuotes(text);
      expect(doc.warnings.filter((w) => w.rule.startsWith('stage-error'))).toEqual([]);
      expect(doc.quotes).toEqual([]);
    },
  );
});

describe('a relative "that" after a prepositional phrase', () => {
  it('"Man charged after crash that injured 3" is no quote of "charged"', () => {
    const doc = analyzeQuotes('Man charged after crash that injured 3 on I-84\n\nPORTLAND — A man faces charges.');
    expect(doc.quotes.map((q) => q.content[0]?.text)).not.toContain('that injured 3 on I-84');
  });
});

describe('disabling one kind of quote', () => {
  const text = 'Ren said his company has never spied. “We are fine,” he said.';
  it.each([
    ['quotes/indirect', ['direct']],
    ['quotes/direct', ['indirect']],
  ])('disable %s', (family, kinds) => {
    expect(
      analyze(text, { published: '2019-01-15' })
        .quotes.map((q) => q.kind)
        .sort(),
    ).toEqual(['direct', 'indirect']);
    const doc = analyze(text, { published: '2019-01-15', disable: [family] });
    expect(doc.quotes.map((q) => q.kind)).toEqual(kinds);
    expect(doc.quotes.map((q) => q.id)).toEqual(['q1']);
  });
});
