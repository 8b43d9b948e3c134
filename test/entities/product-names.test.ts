import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

describe('products and brands the news names bare are no entity', () => {
  it.each<[string, string]>([
    ['Microsoft said Windows 11 would get new features.', 'Windows'],
    ['Sony cut the price of the PlayStation 5 on Friday.', 'PlayStation'],
    ['Apple said the new MacBook would ship in March.', 'MacBook'],
    ['OpenAI said Copilot and ChatGPT now share a model.', 'Copilot'],
  ])('%s: no "%s"', (text, product) => {
    const doc = entitiesOf(`Tech roundup\n\n${text}`);
    expect(doc.mentions.some((m) => m.text === product)).toBe(false);
  });

  it('the company that makes them stays', () => {
    const doc = entitiesOf('Tech roundup\n\nMicrosoft said Windows 11 would get new features.');
    expect(doc.mentions.some((m) => m.text === 'Microsoft' && m.type === 'organization')).toBe(true);
  });
});
