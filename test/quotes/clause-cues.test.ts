import { describe, expect, it } from 'vitest';
import { articleStage } from '../../src/article/article-stage.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { CUE_TRIE } from '../../src/quotes/lexicon.js';
import { prepareQuotes } from '../../src/quotes/stage.js';
import { tokenizeStage } from '../../src/text/tokenize.js';
import { analyzeQuotes } from './helpers.js';

/**
 * A verb the cue lexicon never saw is proposed as a weak cue by its shape alone: a subject before it and a "that"
 * clause with its own subject and verb after it. Sentences written for these tests.
 */
const textOnly = createPipeline([tokenizeStage, articleStage]);

/** The cue proposed at the word `word`, as "text:lemma", or undefined when none covers it. */
function cueAt(text: string, word: string): string | undefined {
  const { qc, cues } = prepareQuotes(textOnly.analyze(text));
  const i = qc.words.indexOf(word);
  const c = cues.find((x) => x.first <= i && i <= x.last);
  return c ? `${qc.words.slice(c.first, c.last + 1).join(' ')}:${c.lemma}` : undefined;
}

describe('an unknown verb with a subject and a "that" clause is a cue', () => {
  it.each([
    ['The minister intimated that he would resign.', 'intimated', 'intimated:intimate'],
    ['Two physicists postulated that the signal was noise.', 'postulated', 'postulated:postulate'],
    ['She has long theorized that the fund was a fraud.', 'theorized', 'has long theorized:theorize'],
    ['They hypothesized that voters would stay home.', 'hypothesized', 'hypothesized:hypothesize'],
  ])('%s', (text, word, cue) => {
    // The shape is what proposes them, not the lexicon.
    expect(CUE_TRIE.next.has(word)).toBe(false);
    expect(cueAt(text, word)).toBe(cue);
  });

  it('and the scorer may keep the quote it governs', () => {
    const q = analyzeQuotes('The minister intimated that he would resign.').quotes[0];
    expect(q?.cue?.text).toBe('intimated');
    expect(q?.content.map((c) => c.text)).toEqual(['that he would resign']);
  });
});

describe('shapes that are not such a cue', () => {
  it.each([
    ['a noun before a "that" clause', 'The fact that he lost stunned everyone.', 'fact'],
    ['"so that"', 'She left early so that she could vote.', 'so'],
    ['"now that"', 'Now that the polls have closed, counting begins.', 'now'],
    ['"given that" opening the sentence', 'Given that turnout was low, the result is unclear.', 'given'],
    ['"given that" after a noun', 'It was a drop in the bucket given that the debt is huge.', 'given'],
    ['an infinitive has no subject of its own', 'Voters need more appeals to ensure that they turn out.', 'ensure'],
    ['a noun after a possessive', "Under Mr. Lee's watch that the agency grew.", 'watch'],
    ['"that" with no clause after it', 'The two firms postulated that much.', 'postulated'],
    ['"that" before a relative clause with no subject', 'The council rescinded that rule quickly.', 'rescinded'],
  ])('%s', (_name, text, word) => {
    expect(cueAt(text, word)).toBeUndefined();
  });
});
