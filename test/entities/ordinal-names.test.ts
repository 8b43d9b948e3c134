import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a capitalized ordinal before a tagged name is part of it', () => {
  it.each<[string, string]>([
    ['She said First Nations would sue over the pipeline.', 'First Nations'],
    ['Bankers from Norwest and First Chicago said nothing.', 'First Chicago'],
  ])('%s → "%s" an organization', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('organization');
  });
});

describe('negatives: the nations of Europe, and titles', () => {
  it.each<[string, string]>([
    ['She said First Nations would sue over the pipeline.', 'Nations'],
    ['The nations of Europe met in Rome.', 'nations'],
    ['First Lady Michelle Obama spoke on Monday.', 'First Lady Michelle Obama'],
  ])('%s → no "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeUndefined();
  });
  it('"First Lady Michelle Obama" keeps the person', () => {
    expect(mention(entitiesOf('First Lady Michelle Obama spoke on Monday.'), 'Michelle Obama')?.type).toBe('person');
  });
});
