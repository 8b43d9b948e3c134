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
