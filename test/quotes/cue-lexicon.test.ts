import { describe, expect, it } from 'vitest';
import { countCues, lexiconRows, readCueDocuments, withoutDocuments } from '../../scripts/cue-counts.js';
import { articleStage } from '../../src/article/article-stage.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { CUE_LEXICON, type CueCounts, type CueLexicon, cueLexicon } from '../../src/quotes/lexicon.js';
import { prepareQuotes } from '../../src/quotes/stage.js';
import { tokenizeStage } from '../../src/text/tokenize.js';

/**
 * The scorer's training analyzes each document with the cue counts of the other folds (scripts/cue-counts.ts,
 * scripts/train-quote-scorer.ts). Sentences written for these tests; a gold cue is the n-th occurrence of a word.
 */
function record(text: string, cues: [string, number][]) {
  const attributions = cues.map(([word, n]) => {
    let at = -1;
    for (let k = 0; k <= n; k++) at = text.indexOf(word, at + 1);
    return { cue: [{ start: at, end: at + word.length }] };
  });
  return { text, attributions };
}

const records = [
  // "quipped" is a gold cue twice here and nowhere else.
  record(
    'The plan will fail, Ann Lee quipped. The port is shut, Tom Gray quipped. Officials said the port would open.',
    [
      ['quipped', 0],
      ['quipped', 1],
      ['said', 0],
    ],
  ),
  record('Officials said the road was shut. The mayor said it would open soon. He quipped about the weather.', [
    ['said', 0],
    ['said', 1],
  ]),
  record('Police said two people were hurt.', [['said', 0]]),
];
const docs = readCueDocuments(records);
const all: CueCounts = { ...lexiconRows(countCues(docs)), curated: [] };
const row = (counts: CueCounts, form: string) => counts.learned.find((r) => r[0] === form)?.slice(2);

describe('cue counts without a fold', () => {
  it.each([
    // [left out, form, [times a cue, times seen]]
    [[0], 'said', [3, 3]],
    [[0], 'quipped', [0, 1]],
    [[1], 'said', [2, 2]],
    [[1], 'quipped', [2, 2]],
    [[2], 'said', [3, 3]],
    [[], 'said', [4, 4]],
    [[], 'quipped', [2, 3]],
  ])('leaving out documents %j, %s is counted %j', (left, form, expected) => {
    expect(
      row(
        withoutDocuments(all, docs, (d) => left.includes(d)),
        form,
      ),
    ).toEqual(expected);
  });

  it('equal the counts of the other documents, neighbour classes included', () => {
    for (let d = 0; d < docs.length; d++) {
      const forms = new Set(all.learned.map((r) => r[0]));
      const others = countCues(docs, (x) => x !== d, forms);
      const without = withoutDocuments(all, docs, (x) => x === d);
      for (const [form, , cue, seen] of without.learned) {
        expect([cue, seen]).toEqual([others.cue.get(form) ?? 0, others.seen.get(form) ?? 0]);
      }
      for (const [form, cls, cue, seen] of without.context ?? []) {
        expect([cue, seen]).toEqual(others.context.get(`${form}\t${cls}`));
      }
    }
  });
});

describe('the cue finder reads the lexicon it is given', () => {
  const textOnly = createPipeline([tokenizeStage, articleStage]);
  const cuesOf = (text: string, lexicon?: CueLexicon) => {
    const { qc, cues } = prepareQuotes(textOnly.analyze(text), lexicon);
    return cues.map((c) => qc.words.slice(c.first, c.last + 1).join(' '));
  };
  const text = 'The deal is off, a spokesman quipped.';

  it.each([
    ['counts of every document', cueLexicon(all), ['quipped']],
    // Its only gold uses were in the document left out: an unseen document would not have it as a cue.
    ['counts without the first document', cueLexicon(withoutDocuments(all, docs, (d) => d === 0)), []],
    ['the shipped counts', CUE_LEXICON, ['quipped']],
  ])('%s', (_, lexicon, expected) => {
    expect(cuesOf(text, lexicon)).toEqual(expected);
  });

  it('and the shipped one by default', () => {
    expect(cuesOf(text)).toEqual(cuesOf(text, CUE_LEXICON));
  });
});
