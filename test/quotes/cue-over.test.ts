import { describe, expect, it } from 'vitest';
import { type Cue, cueOver } from '../../src/quotes/cues.js';

// One hidden class for every cue: cueOver writes the fields in findCues' order instead of spreading a copy.
const KEYS = ['first', 'last', 'lemma', 'precision', 'sentence'];
const said: Cue = { first: 4, last: 5, lemma: 'say', precision: 0.9, sentence: 2 };

describe('cueOver moves a cue and keeps its other fields', () => {
  it.each<[string, number, number]>([
    ['onto its last token', 5, 5],
    ['over a longer frame', 4, 8],
    ['from a later first token', 6, 9],
  ])('%s', (_, first, last) => {
    const moved = cueOver(said, first, last);
    expect(Object.keys(moved)).toEqual(KEYS);
    expect(moved).toEqual({ first, last, lemma: 'say', precision: 0.9, sentence: 2 });
  });
});

describe('negatives: the cue it was given is not changed', () => {
  it.each<[number, number]>([
    [5, 5],
    [0, 9],
  ])('cueOver(said, %i, %i)', (first, last) => {
    cueOver(said, first, last);
    expect(said).toEqual({ first: 4, last: 5, lemma: 'say', precision: 0.9, sentence: 2 });
  });
});
