import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a town before a position or a post in a team names the club', () => {
  it.each([
    ["Brighton won again. Brighton's manager said the win was deserved.", 'Brighton', 1],
    ['The visitors led through 20-year-old Norwich striker Tom Ashby.', 'Norwich', 0],
    ['The sending-off of Chelsea central defender Marc Dubois marred the game.', 'Chelsea', 0],
    ['He is the former Blackburn and Southampton skipper.', 'Blackburn', 0],
    ['He is the former Blackburn and Southampton skipper.', 'Southampton', 0],
    ['A try from Gloucester wing Ollie Thorne sealed the win.', 'Gloucester', 0],
    ['Exeter flanker Dave Ewers was sent to the sin bin.', 'Exeter', 0],
  ])('%s (%s)', (text, name, nth) => {
    expect(mention(entitiesOf(text), name, nth)?.type).toBe('organization');
  });

  it.each([
    // A home nation's side keeps the place's type, as CoNLL has it; a town before an ordinary noun is a place.
    ['England captain Alan Shearer scored twice.', 'England'],
    ['The Brighton seafront was crowded on Sunday.', 'Brighton'],
    ['Wales wing Louis Rees-Zammit signed for the Chiefs.', 'Wales'],
  ])('not: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).not.toBe('organization');
  });
});
