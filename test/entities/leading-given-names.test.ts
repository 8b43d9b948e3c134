import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe("a sentence's untagged first word before a tagged family name is the given name", () => {
  it.each<[string, string]>([
    ['Prayut Chan-o-cha said the election would go ahead.', 'Prayut Chan-o-cha'],
    ['Sauli Niinisto arrived in Oslo on Monday.', 'Sauli Niinisto'],
  ])('%s → %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('person');
  });
});

describe('negatives: an ordinary word, a title or a place opening the sentence stays out', () => {
  it.each<[string, string]>([
    ['Yesterday Smith said the deal was off.', 'Smith'],
    // An adverb or a participle the word list does not hold.
    ['Separately Smith said the deal was off.', 'Smith'],
    ['Unbeaten Smith won again on Sunday.', 'Smith'],
    // Written in lower case elsewhere in the document: an ordinary word.
    ['Sporting Smith scored twice. It was a sporting win.', 'Smith'],
  ])('%s → %s alone', (text, name) => {
    const doc = entitiesOf(text);
    const m = doc.mentions.find((x) => x.text.endsWith(name) && x.form === 'name');
    expect(m?.text).toBe(name);
  });
});
