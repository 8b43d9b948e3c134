import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/**
 * A participle or "lead" before a role noun is part of a title ("lead author Ann Roe", "acting director", "presiding
 * judge"), though the tagger reads it as a verb (src/quotes/context.ts): the speaker phrase runs over it to the
 * quotation or the comma before it. Sentences written for these tests.
 */
function quoteBy(text: string, cue: string) {
  const doc = analyze(text);
  const q = doc.quotes.find((x) => x.cue?.text === cue);
  const entity = doc.entities.find((e) => e.id === q?.speaker?.entityId);
  return { content: q?.content.map((c) => c.text).join(' … '), speaker: entity?.name };
}

describe('a title participle before a role noun keeps the speaker with its quote', () => {
  it.each([
    ['quote, lead author', '“The coral came back,” lead author Ann Roe said.', 'said', '“The coral came back,”'],
    [
      'quote, lead author with an honorific and an aside',
      '“The coral came back,” lead author Dr Ann Roe, of Coastal University, said.',
      'said',
      '“The coral came back,”',
    ],
    [
      'quote, acting director',
      "'We will appeal,' acting director Ann Roe told reporters.",
      'told',
      "'We will appeal,'",
    ],
    [
      'clause, managing director',
      'Prices will rise again, managing director Ann Roe said.',
      'said',
      'Prices will rise again',
    ],
    [
      'inverted, presiding judge',
      'The delay was regrettable, said presiding judge Ann Roe.',
      'said',
      'The delay was regrettable',
    ],
    [
      'inverted, possessive and "lead"',
      '“The coral came back,” said the study’s lead author, Ann Roe.',
      'said',
      '“The coral came back,”',
    ],
    ['after a company name', '“It works,” Apple lead designer Ann Roe said.', 'said', '“It works,”'],
  ])('%s', (_name, text, cue, content) => {
    expect(quoteBy(text, cue)).toEqual({ content, speaker: 'Ann Roe' });
  });

  // Negative: where the word is the verb it looks like, the clause keeps it.
  it.each([
    [
      'after an auxiliary',
      'The senator is leading rival Ann Roe by ten points, a poll found.',
      'found',
      'The senator is leading rival Ann Roe by ten points',
    ],
    [
      'after "to"',
      'She wants to lead officer training next year, her spokesman said.',
      'said',
      'She wants to lead officer training next year',
    ],
  ])('%s', (_name, text, cue, content) => {
    expect(quoteBy(text, cue).content).toBe(content);
  });
});
