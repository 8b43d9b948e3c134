import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const typeOf = (text: string, surface: string) =>
  analyze(text).mentions.find((m) => m.text === surface && m.form === 'name')?.type;

describe('speaker labels of a transcript', () => {
  const transcript =
    'An interview with the secretary.\n\n' +
    'BRENNAN: Secretary, inflation ticked up again last month. Are you worried?\n\n' +
    'MORROW: We are watching it closely. Prices for food and rent are still too high.\n\n' +
    "BRENNAN: Republicans say the administration's spending caused this.\n\n" +
    'MORROW: That is simply not true.';
  it.each(['BRENNAN'])('a label that opens several turns (%s) is a person', (label) => {
    expect(typeOf(transcript, label)).toBe('person');
  });
  it('a label written once, in a text with no repeated label, keeps the type the tagger gave it', () => {
    const text = 'Budget talks stall\n\nNATO: The alliance said it would meet on Monday to discuss the budget.';
    expect(typeOf(text, 'NATO')).toBe('organization');
  });
});

describe('speaker labels the tagger left out', () => {
  const turns = (first: string) =>
    'An interview with the secretary.\n\n' +
    `${first}: Secretary, inflation ticked up again last month. Are you worried?\n\n` +
    'MORROW: We are watching it closely. Prices for food and rent are still too high.\n\n' +
    "BRENNAN: Republicans say the administration's spending caused this.\n\n" +
    'MORROW: That is simply not true.';
  it.each([
    ['a given name and a surname in a transcript', turns('MARGARET BRENNAN'), 'MARGARET BRENNAN'],
    ['a surname that opens several turns', turns('BRENNAN'), 'MORROW'],
    ['the surname of a full label, written once on its own', turns('MARGARET BRENNAN'), 'BRENNAN'],
  ])('%s is a person', (_name, text, label) => {
    expect(typeOf(text, label)).toBe('person');
  });
  it.each([
    [
      'a heading once in a text with no repeated label',
      'Budget talks\n\nUPDATE: The vote was moved to Monday.',
      'UPDATE',
    ],
    ['a word in capitals once, even in a transcript', turns('BRENNAN').replace('MORROW: That', 'NOTE: That'), 'NOTE'],
  ])('%s is not added', (_name, text, label) => {
    expect(typeOf(text, label)).toBeUndefined();
  });
});
