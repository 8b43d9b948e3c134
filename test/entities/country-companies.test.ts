import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe("a company after a country's possessive", () => {
  it.each<[string, string]>([
    ["Norway's Schibsted said on Monday it would hire 200 engineers.", 'Schibsted'],
    ["Sweden's Bonnier and Denmark's Egmont both reported higher revenue.", 'Bonnier'],
    ["Sweden's Bonnier and Denmark's Egmont both reported higher revenue.", 'Egmont'],
  ])('%s', (text, name) => {
    expect(mention(entitiesOf(`Media results\n\n${text}`), name)?.type).toBe('organization');
  });

  it.each<[string, string]>([
    ["Ukraine's Pokrovsk fell on Friday after months of fighting.", 'Pokrovsk'],
    ["Officials in Kenya's Kakamega said the river had burst its banks.", 'Kakamega'],
  ])('a place stays a place: %s', (text, name) => {
    const m = mention(entitiesOf(`Floods spread\n\n${text}`), name);
    if (m) expect(m.type).not.toBe('organization');
  });
});
