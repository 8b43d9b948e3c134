import { describe, expect, it } from 'vitest';
import { evaluateRecords, median, optionsFor, setScores } from '../../src/eval/evaluate.js';
import { parseGoldJsonl } from '../../src/eval/gold.js';
import { analyze } from '../../src/index.js';

const LINES = [
  JSON.stringify({
    id: 'a',
    text: 'Ren spoke in Paris.',
    published: '2019-01-15',
    outlet: null,
    entities: [{ start: 13, end: 18, type: 'LOC' }],
  }),
  '',
  JSON.stringify({ id: 'b', text: 'Nothing here.', published: null, outlet: 'Reuters', entities: [] }),
].join('\n');

describe('evaluateRecords', () => {
  const records = parseGoldJsonl(LINES, 'tiny');

  it('reads JSONL and passes published/outlet only when present', () => {
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(optionsFor(records[0]!)).toEqual({ id: 'a', published: '2019-01-15' });
    expect(optionsFor(records[1]!)).toEqual({ id: 'b', outlet: 'Reuters' });
  });

  it('picks scorers from the gold layers and counts a throw as a crash with empty output', () => {
    const c = evaluateRecords('tiny', records, (text, o) => {
      if (o.id === 'b') throw new Error('boom');
      return analyze(text, o);
    });
    expect(c.ner).toBeDefined();
    expect(c.timex).toBeUndefined();
    expect(c.attribution).toBeUndefined();
    expect(c.crashes).toBe(1);
    expect(c.crashExamples[0]).toMatch(/b: boom/);
    const s = setScores(c);
    expect(s.ner?.micro.gold).toBe(1);
    expect(s.violations).toBe(0);
    expect(s.docsPerSecond).toBeGreaterThan(0);
  });

  it('counts documents where a stage threw', () => {
    const c = evaluateRecords('tiny', records, (text, o) => {
      const doc = analyze(text, o);
      doc.warnings.push({ rule: 'stage-error:dates', message: 'oops' });
      return doc;
    });
    expect(c.stageErrors).toBe(2);
    expect(c.stageErrorExamples[0]).toMatch(/stage-error:dates: oops/);
  });

  it('rejects a malformed record with its line number', () => {
    expect(() => parseGoldJsonl('{"id":"x","text":"a","entities":[{"start":0,"end":1,"type":"FOO"}]}', 'f')).toThrow(
      /f:1/,
    );
  });

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
