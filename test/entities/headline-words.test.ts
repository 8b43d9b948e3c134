import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

const names = (text: string) =>
  entitiesOf(text)
    .mentions.filter((m) => m.form === 'name')
    .map((m) => m.text);

// Made-up headlines in title case, each over a short body, as the first line of an article.
describe('plain words of a title-case headline are no names', () => {
  it.each<[string, string]>([
    [
      'Nordbank Shares Slump After Lund Sells Stake\n\nShares of Nordbank fell after Erik Lund sold his holding.',
      'Slump',
    ],
    [
      'Nordbank Shares Slump After Lund Sells Stake\n\nShares of Nordbank fell after Erik Lund sold his holding.',
      'Stake',
    ],
    ['Senator Calls Rival A Liar Over Tax Plan\n\nSen. Ann Moss said her opponent had misled voters.', 'Liar'],
    ['Mourners Gather Outside Cathedral In Leeds\n\nHundreds came to remember the victims on Sunday.', 'Mourners'],
    ['Policies Blamed For Steep Losses At Ferrovia\n\nFerrovia reported a deficit for the third year.', 'Losses'],
    ['Policies Blamed For Steep Losses At Ferrovia\n\nFerrovia reported a deficit for the third year.', 'Policies'],
    ['Critics Call Ruling An Aberration\n\nJudge Paul Reyes ruled against the city on Friday.', 'Aberration'],
    ['Governor Vetoes Bathroom Measure Again\n\nGov. Lena Ortiz rejected the bill for a second time.', 'Bathroom'],
    [
      'Ferrovia Chief Denies Wrongdoing, Calls Report False\n\nFerrovia chief executive Jan Berg said the claims were untrue.',
      'Wrongdoing',
    ],
    // Function words the body capitalizes in a title ("When He Was Young") neither open nor close a headline's name.
    [
      'Tim Kaine Fully Embraced Abortion When He Was Picked\n\nSen. Tim Kaine spoke about abortion. When He Was Young is a book.',
      'He Was',
    ],
  ])('%s: no mention %s', (text, word) => {
    expect(names(text)).not.toContain(word);
  });

  it.each<[string, string, string]>([
    // The body writes the word in lower case: the run the tagger made of it and a name keeps the name.
    [
      'Okafor Speech Draws Protest In Lagos\n\nCrowds gathered before the speech that Bola Okafor gave on Monday.',
      'Okafor Speech',
      'Okafor',
    ],
  ])('%s: %s is cut to %s', (text, run, name) => {
    const found = names(text);
    expect(found).not.toContain(run);
    expect(found).toContain(name);
  });
});

describe('real one-word names in a title-case headline stay', () => {
  it.each<[string, string]>([
    // A company and a family name that are also dictionary words, with no body at all.
    ['Tesla Shares Slump After Musk Sells Stake', 'Tesla'],
    ['Tesla Shares Slump After Musk Sells Stake', 'Musk'],
    ['Apple Unveils New iPhone\n\nThe company showed its new phone in Cupertino on Tuesday.', 'Apple'],
    ['Apple Unveils New iPhone', 'Apple'],
    // A family name that is also a word, kept by the name lists.
    ['Walker Wins Primary In Wisconsin\n\nGovernor Scott Walker won by ten points.', 'Walker'],
    // A country whose name is a word.
    ['Chad Closes Border After Clashes\n\nThe government of Chad said the border would stay shut.', 'Chad'],
    // A word the body capitalizes mid-sentence is a name there.
    ['Shoppers Desert Gap As Sales Fall\n\nShares of Gap fell on Monday after the retailer cut its forecast.', 'Gap'],
    // Title-case lines past the headline (a results table) keep names made of plain words.
    [
      'Soccer Results\n\nResults of English league matches on Saturday:\nCrystal Palace 2 Queens Park Rangers 1\nStoke City 0 Hull City 3',
      'Crystal Palace',
    ],
  ])('%s: keeps %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
