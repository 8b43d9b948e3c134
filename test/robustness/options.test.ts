import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany } from '../../src/index.js';
import type { AnalyzeOptions } from '../../src/types.js';

describe('invalid options get errors that name the option', () => {
  const cases: [name: string, options: unknown, error: typeof TypeError | typeof RangeError, mentions: RegExp][] = [
    ['an unknown key', { publised: '2019-01-15' }, TypeError, /publised/],
    ['a key named __proto__', JSON.parse('{"__proto__": {"x": 1}}'), TypeError, /__proto__/],
    ['an unparsable published', { published: 'last Tuesday' }, RangeError, /published/],
    ['an impossible published', { published: '2019-02-30' }, RangeError, /published/],
    ['an invalid Date', { published: new Date('nope') }, RangeError, /published/],
    ['a numeric published', { published: 20190115 }, TypeError, /published/],
    ['a non-string outlet', { outlet: 42 }, TypeError, /outlet/],
    ['a non-string id', { id: {} }, TypeError, /id/],
    ['disable not an array', { disable: 'quotes' }, TypeError, /disable/],
    ['options not an object', 'published=2019-01-15', TypeError, /options/],
  ];
  it.each(cases)('%s', (_name, options, error, mentions) => {
    const call = () => analyze('Ren said so.', options as AnalyzeOptions);
    expect(call).toThrow(error);
    expect(call).toThrow(mentions);
  });

  it('a non-string text is a TypeError naming the argument', () => {
    expect(() => analyze(42 as unknown as string)).toThrow(TypeError);
    expect(() => analyze(null as unknown as string)).toThrow(/text/);
  });

  it('analyzeMany rejects an input without text, naming it', async () => {
    const run = async () => {
      for await (const _ of analyzeMany([{ id: 'x' } as unknown as { text: string }])) {
        // consume
      }
    };
    await expect(run()).rejects.toThrow(/text/);
  });
});
