import { describe, expect, it } from 'vitest';
import { proposedFor } from './helpers.js';

/** The speaker the rules give the candidate whose cue is `cue` (whether the scorer keeps it is not at issue here). */
function speakerOf(text: string, cue: string): string | undefined {
  return proposedFor(text, cue)?.speaker;
}

describe('a participle cue after a verb’s object is what the clause’s subject does', () => {
  it.each([
    ['The city council approved a motion condemning the new toll on the bridge.', 'condemning', 'The city council'],
    ['The union issued a leaflet saying the strike would go on.', 'saying', 'The union'],
    ['The mayor posted a video urging residents to stay home.', 'urging', 'The mayor'],
    ['The governor put out a statement saying the roads would reopen.', 'saying', 'The governor'],
    ['Farm groups have launched petitions calling on the minister to resign.', 'calling on', 'Farm groups'],
  ])('%s (%s) → %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

describe('negatives: the noun before the participle is its own subject', () => {
  it.each([
    // A verb that shows or quotes its object doing it.
    ['A video caught the senator saying the tax was a mistake.', 'saying', 'the senator'],
    ['Reporters heard the mayor telling aides to leave.', 'telling', 'the mayor'],
    // After a preposition, or after "of", the noun is the participle's agent as often as not.
    ['He gave money to a group backing the mayor.', 'backing', 'a group'],
    ['The clip uses footage of the mayor saying the plan would fail.', 'saying', 'footage of the mayor'],
    // A passive verb's object does it: the tickets tell.
    ['Guests are given tickets telling them when to arrive.', 'telling', 'tickets'],
  ])('%s (%s) → %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

describe('negatives: after a verb of saying the noun opens the clause it says', () => {
  it.each([["She says the mayor's tweets accusing the police of lying are false.", 'accusing', "the mayor's tweets"]])(
    '%s (%s) → %s',
    (text, cue, speaker) => {
      expect(speakerOf(text, cue)).toBe(speaker);
    },
  );
});

describe('a subjectless cue inside a relative clause is said by its pronoun (PolNeAR marks "who")', () => {
  it.each([
    ['The mayor met Tom Kerr, who is running for office and is saying the roads are bad.', 'is saying', 'who'],
    ['The mayor thanked the nurses, who worked all night and warned that beds were short.', 'warned', 'who'],
  ])('%s (%s) → %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });

  // Negatives: a comma and a verb close the relative clause; no relative clause at all.
  it.each([
    ['Tom Kerr, who is a farmer, spoke in Ohio and argued that the roads are bad.', 'argued', 'Tom Kerr'],
    ['Kerr is running for office and is saying the roads are bad.', 'is saying', 'Kerr'],
  ])('%s (%s) → %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});
