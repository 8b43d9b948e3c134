import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a name people work at or come from is a body', () => {
  it.each([
    [
      'The ice shelf is thinning, according to scientists from the British Antarctic Survey.',
      'British Antarctic Survey',
    ],
    ['Researchers at the British Antarctic Survey found the same trend.', 'British Antarctic Survey'],
  ])('%s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });

  it.each([
    // An event ends in its event word; "of" holds peoples and names cut short; no person noun before the link.
    'Players at the French Open complained about the heat.',
    'He met the patron of the Bosnian Serbs on Monday.',
    'Results from the Canadian Open were delayed.',
  ])('not: %s', (text) => {
    expect(entitiesOf(text).mentions.some((m) => m.rule === 'entities/employer-misc')).toBe(false);
  });
});
