import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

function people(text: string): [string, string[]][] {
  const doc = entitiesOf(text);
  return doc.mentions
    .filter((m) => m.form === 'name' && m.type === 'person')
    .map((m) => [m.text, doc.entities.find((e) => e.id === m.entityId)?.titles ?? []]);
}

describe('a plural title before a list of names titles each of them', () => {
  it.each<[string, [string, string[]][]]>([
    [
      'A bench of Justices Sanjay Kishan Kaul and Sudhanshu Dhulia said the delay was not acceptable.',
      [
        ['Sanjay Kishan Kaul', ['Justice']],
        ['Sudhanshu Dhulia', ['Justice']],
      ],
    ],
    [
      'He spoke first. Sens. Elizabeth Warren and Bernie Sanders wrote to the bank.',
      [
        ['Elizabeth Warren', ['Sen.']],
        ['Bernie Sanders', ['Sen.']],
      ],
    ],
    [
      'Drs. Amit Patel, Jane Roe and Li Wei led the study.',
      [
        ['Amit Patel', ['Dr.']],
        ['Jane Roe', ['Dr.']],
        ['Li Wei', ['Dr.']],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('an abbreviated plural title is neither a sentence end nor a name of its own', () => {
    const doc = entitiesOf('Two incumbents face trouble: Sens. Mark Kirk and Ron Johnson.');
    expect(doc.mentions.map((m) => m.text)).toEqual(['Mark Kirk', 'Ron Johnson']);
  });

  it('a list that goes on to places after the names does not title the places', () => {
    const doc = entitiesOf('Sens. Elizabeth Warren and Bernie Sanders visited Canada.');
    expect(doc.mentions.find((m) => m.text === 'Canada')?.type).toBe('country');
  });

  it.each([
    'Sens. Warren and Sanders voted against the bill.',
    'Reps. Warren and Sanders wrote to the agency.',
    'Senators Warren and Sanders voted against the bill.',
  ])('bare family names after a plural title are persons, the first one too: %s', (text) => {
    expect(people(text)).toEqual([
      ['Warren', [text.startsWith('Reps.') ? 'Rep.' : text.startsWith('Sens.') ? 'Sen.' : 'Senator']],
      ['Sanders', [text.startsWith('Reps.') ? 'Rep.' : text.startsWith('Sens.') ? 'Sen.' : 'Senator']],
    ]);
  });
});
