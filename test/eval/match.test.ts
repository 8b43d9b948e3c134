import { describe, expect, it } from 'vitest';
import {
  counts,
  exactScore,
  fragments,
  greedyMatch,
  overlapLength,
  overlapScore,
  scores,
  trimSpan,
} from '../../src/eval/match.js';

describe('trimSpan and fragments', () => {
  const text = '  Ren Zhengfei \n said';
  it.each([
    [
      { start: 0, end: 15 },
      { start: 2, end: 14 },
    ],
    [
      { start: 2, end: 14 },
      { start: 2, end: 14 },
    ],
    [
      { start: 0, end: 2 },
      { start: 2, end: 2 },
    ],
    [
      { start: -3, end: 99 },
      { start: 2, end: text.length },
    ],
  ])('trims %j to %j', (span, want) => {
    expect(trimSpan(text, span)).toEqual(want);
  });

  it('sorts, drops empty fragments and merges fragments that touch or are apart by whitespace only', () => {
    expect(
      fragments(text, [
        { start: 16, end: 21 },
        { start: 0, end: 2 },
        { start: 2, end: 6 },
        { start: 5, end: 14 },
      ]),
    ).toEqual([{ start: 2, end: 21 }]);
    const quoted = '"No," he said.';
    expect(
      fragments(quoted, [
        { start: 0, end: 3 },
        { start: 4, end: 5 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 5 },
    ]);
  });

  it('measures overlap across fragments', () => {
    const a = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ];
    expect(overlapLength(a, [{ start: 3, end: 12 }])).toBe(4);
    expect(overlapLength(a, [{ start: 5, end: 10 }])).toBe(0);
  });
});

describe('greedyMatch', () => {
  it('is one-to-one: two predictions on one gold give one match', () => {
    const gold = [[{ start: 0, end: 10 }]];
    const preds = [[{ start: 0, end: 4 }], [{ start: 0, end: 9 }]];
    const pairs = greedyMatch(preds, gold, overlapScore);
    expect(pairs.map((p) => [p.pred, p.gold])).toEqual([[1, 0]]);
  });

  it('takes the best overlap first, not the first prediction', () => {
    // p0 overlaps g0 a little and g1 a lot; p1 overlaps only g1. Best first: p0-g1, then p1 has nothing left.
    const golds = [[{ start: 0, end: 10 }], [{ start: 10, end: 30 }]];
    const preds = [[{ start: 8, end: 30 }], [{ start: 25, end: 40 }]];
    const pairs = greedyMatch(preds, golds, overlapScore);
    expect(pairs.map((p) => [p.pred, p.gold])).toEqual([[0, 1]]);
  });

  it('breaks overlap ties by closeness in extent', () => {
    const golds = [[{ start: 0, end: 20 }], [{ start: 0, end: 5 }]];
    const preds = [[{ start: 0, end: 5 }]];
    expect(greedyMatch(preds, golds, overlapScore)[0]?.gold).toBe(1);
  });

  it('exact matching pairs only equal spans', () => {
    const pairs = greedyMatch([[{ start: 0, end: 4 }]], [[{ start: 0, end: 5 }]], exactScore);
    expect(pairs).toEqual([]);
  });
});

describe('scores', () => {
  it.each([
    [counts(0, 0, 0), 0, 0, 0],
    [counts(2, 4, 2), 0.5, 1, 2 / 3],
    [counts(3, 3, 6), 1, 0.5, 2 / 3],
  ])('%j', (c, p, r, f) => {
    const s = scores(c);
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
    expect(s.f1).toBeCloseTo(f);
  });
});
