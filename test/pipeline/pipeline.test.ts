import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany, createPipeline, defaultStages, emptyDocument, type Stage } from '../../src/index.js';

describe('input handling', () => {
  it.each([[undefined], [null], [42], [{ text: 'x' }], [Buffer.from('x')]])(
    'a non-string (%s) is a TypeError naming the argument',
    (bad) => {
      expect(() => analyze(bad as unknown as string)).toThrow(TypeError);
      expect(() => analyze(bad as unknown as string)).toThrow(/text/);
    },
  );

  it.each(['', '   ', '\n\n\t', '\u00a0\u200b'])('an empty or blank text (%j) gives a valid empty document', (text) => {
    const doc = analyze(text);
    expect(doc).toEqual(emptyDocument(text));
    expect(doc.schemaVersion).toBe(1);
  });

  it.each([
    ['not a date', { published: 'yesterday' }, RangeError, /published/],
    ['impossible day', { published: '2019-02-30' }, RangeError, /published/],
    ['invalid Date', { published: new Date('nope') }, RangeError, /published/],
    ['wrong type', { published: 20190115 }, TypeError, /published/],
    ['unknown key', { publshed: '2019-01-15' }, TypeError, /publshed/],
    ['outlet not a string', { outlet: 3 }, TypeError, /outlet/],
  ])('bad options: %s', (_name, options, errorType, message) => {
    expect(() => analyze('Ren said so.', options as never)).toThrow(errorType);
    expect(() => analyze('Ren said so.', options as never)).toThrow(message);
  });

  it('accepts a Date and an ISO timestamp for published', () => {
    expect(analyze('Ren said so.', { published: new Date(Date.UTC(2019, 0, 15)) }).meta.published).toBe('2019-01-15');
    expect(analyze('Ren said so.', { published: '2019-01-15T08:30:00Z' }).meta.published).toBe('2019-01-15');
  });

  it('carries the id', () => {
    expect(analyze('Ren said so.', { id: 'doc-1' }).id).toBe('doc-1');
  });
});

describe('createPipeline', () => {
  const counter: Stage = {
    name: 'test/count',
    needs: ['tokens'],
    adds: ['warnings'],
    run: (doc) => ({ warnings: [{ rule: 'test/count', message: String(doc.tokens.length) }] }),
  };

  it('checks once that every needed layer comes from an earlier stage', () => {
    expect(() => createPipeline([counter])).toThrow(/test\/count.*tokens/);
  });

  it('rejects duplicate stage names', () => {
    expect(() => createPipeline([defaultStages[0]!, defaultStages[0]!])).toThrow(/duplicate/);
  });

  it('runs a custom preset', () => {
    const p = createPipeline([defaultStages[0]!, counter]);
    expect(p.analyze('One two three.').warnings).toEqual([{ rule: 'test/count', message: '4' }]);
  });

  it('disables stages by name or by prefix', () => {
    const p = createPipeline([defaultStages[0]!, counter], { disable: ['test'] });
    expect(p.analyze('One two.').warnings).toEqual([]);
    expect(analyze('Title Here\n\nBody text.', { disable: ['article/meta'] }).meta.title).toBeUndefined();
  });

  it('keeps going when a stage throws, with a warning naming the stage', () => {
    const broken: Stage = {
      name: 'test/broken',
      needs: [],
      adds: [],
      run: () => {
        throw new Error('boom');
      },
    };
    const doc = createPipeline([defaultStages[0]!, broken]).analyze('Still tokenized.');
    expect(doc.tokens.length).toBe(3);
    expect(doc.warnings).toEqual([{ rule: 'stage-error:test/broken', message: 'boom' }]);
  });

  it('collects per-stage timings, and debug messages only when asked', () => {
    const chatty: Stage = {
      name: 'test/chatty',
      needs: [],
      adds: [],
      run: (_doc, ctx) => {
        ctx.trace.debug('test/chatty', () => 'hello');
        return {};
      },
    };
    const p = createPipeline([defaultStages[0]!, chatty]);
    const quiet = p.analyzeTraced('Some text.');
    expect(quiet.trace.timings.map((t) => t.stage)).toEqual(['text/tokens', 'test/chatty']);
    expect(quiet.trace.messages).toEqual([]);
    const loud = p.analyzeTraced('Some text.', { trace: true });
    expect(loud.trace.messages).toEqual([{ stage: 'test/chatty', message: 'hello' }]);
  });
});

describe('analyzeMany', () => {
  it('yields documents in order from strings and objects', async () => {
    const out = [];
    for await (const doc of analyzeMany(['First one.', { id: 'b', text: 'Second one.', published: '2019-01-15' }]))
      out.push(doc);
    expect(out.map((d) => d.id)).toEqual([undefined, 'b']);
    expect(out[1]!.meta.published).toBe('2019-01-15');
  });

  it('is lazy: an endless source is consumed one document at a time', async () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield `Article number ${pulled}.`;
      }
    }
    let seen = 0;
    for await (const _doc of analyzeMany(endless())) if (++seen === 3) break;
    expect(pulled).toBe(3);
  });

  it('rejects an input without text', async () => {
    const it = analyzeMany([{ id: 'x' } as never]);
    await expect(it.next()).rejects.toThrow(TypeError);
  });
});

describe('JSON contract', () => {
  it('round-trips through JSON', () => {
    const doc = analyze(
      'Huawei CEO Breaks Silence\n\nRen said his company has never spied, the Financial Times reported.',
    );
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('rule families inside a stage', () => {
  it('a stage can ask whether one of its families is disabled', () => {
    const seen: boolean[] = [];
    const families: Stage = {
      name: 'test/families',
      needs: [],
      adds: [],
      run: (_doc, ctx) => {
        seen.push(ctx.isDisabled('test/families/loud'), ctx.isDisabled('test/families/quiet'));
        return {};
      },
    };
    createPipeline([defaultStages[0]!, families]).analyze('Some text.', { disable: ['test/families/loud'] });
    expect(seen).toEqual([true, false]);
  });
});
