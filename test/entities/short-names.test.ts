import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

describe('short names of bodies named in full', () => {
  it.each([
    [
      'The Metropolitan Police arrested two men. A Met spokesperson said the inquiry would go on.',
      'Met',
      'Metropolitan Police',
    ],
    [
      'The Metropolitan Police Service closed the road. Officers from the Met stayed until dawn.',
      'Met',
      'Metropolitan Police Service',
    ],
    [
      'The bill cleared the House of Commons. Ministers expect the Commons to vote again.',
      'Commons',
      'House of Commons',
    ],
    ['The Federal Reserve held rates. Markets expect the Fed to cut in March.', 'Fed', 'Federal Reserve'],
  ])('join the full name: %s', (text, short, full) => {
    const doc = entitiesOf(text);
    const m = doc.mentions.find((x) => x.text === short);
    expect(m?.type).toBe('organization');
    expect(doc.entities.find((e) => e.id === m?.entityId)?.name).toBe(full);
  });

  it.each([
    'The two leaders met in Oslo. Met by reporters, they said nothing.',
    'A Met spokesperson said the inquiry would go on.',
    'The bill was debated for hours. Ministers expect the Commons to vote again.',
  ])('without the full name, or as a verb, make no name: %s', (text) => {
    expect(entitiesOf(text).mentions.some((m) => m.rule === 'entities/short-name')).toBe(false);
  });
});
