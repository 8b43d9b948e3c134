import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a plural that heads a reduced relative at the start of a sentence is no name', () => {
  it.each<[string, string]>([
    ['Emails seen by the BBC show the minister knew.', 'Emails'],
    ['Photos posted on Twitter showed smoke over the port.', 'Photos'],
    ['Messages sent to the minister were leaked.', 'Messages'],
  ])('%s → no "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeUndefined();
  });
});

describe('negatives: names that begin a sentence keep their mention', () => {
  it.each<[string, string]>([
    // A known name, however it is followed.
    ['Reuters, owned by Thomson, reported the deal.', 'Reuters'],
    ['Siemens owned by the state would be a shock.', 'Siemens'],
    // A past verb with no later main verb is the name's own ("Bonds came out … after suffering …").
    ['Jenkins came out of the game in the ninth inning after suffering a strain.', 'Jenkins'],
  ])('%s → "%s" kept', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeDefined();
  });
});

describe('a plural noun for people opening a sentence is no name', () => {
  it.each<[string, string]>([
    ['Fans packed the arena.', 'Fans'],
    ['Fans cheered when the band came back on stage.', 'Fans'],
    ['Voters rejected the plan on Sunday.', 'Voters'],
    ['Dozens died when the bridge collapsed.', 'Dozens'],
  ])('%s → no "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeUndefined();
  });
});

describe('negatives: a plural the document writes as a name keeps its mention', () => {
  it.each<[string, string, string]>([
    // The family name after a given name elsewhere.
    ['Actress Jane Riders won the award. Riders said she was thrilled.', 'Riders', 'person'],
    // Capitalized next to another capitalized word elsewhere.
    ['The Fans Club met on Monday. Fans said it was closed.', 'Fans', 'organization'],
  ])('%s → "%s" kept', (text, surface, type) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe(type);
  });
});

describe('a word of a longer name opening a sentence before a plural noun is no name', () => {
  it.each<[string, string]>([
    [
      'Environmental groups welcomed the ruling. The case was brought by West Coast Environmental Law.',
      'Environmental',
    ],
    ['Congressional lawmakers rejected the plan. The Congressional Budget Office had costed it.', 'Congressional'],
    ['Green flags and banners lined the road. The Green Movement called a rally.', 'Green'],
  ])('%s → no "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeUndefined();
  });
});

describe('negatives: the short name of a body before its shares or people, or one the document writes alone', () => {
  it.each<[string, string]>([
    ['Vantorix shares closed lower. Vantorix Entertainment Corp sold the unit.', 'Vantorix'],
    ['Cornerstone representatives said the move would help. The site is owned by TF Cornerstone.', 'Cornerstone'],
    [
      'Vantorix workers went on strike. The strike at Vantorix Systems spread. Vantorix said it would talk.',
      'Vantorix',
    ],
    // A verb's -s form is no plural noun.
    ['Viacom plans a sequel. Viacom Inc said so.', 'Viacom'],
  ])('%s → "%s" kept', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeDefined();
  });
});
