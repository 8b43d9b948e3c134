import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a town on either side of a match result is the club', () => {
  it.each([
    ['Holcombe beat Sunderland 3-1 on Saturday to go top of the table.', 'Sunderland', 0],
    ['Leicester drew 1-1 with Burnley in a scrappy game.', 'Leicester', 0],
    ['Leicester drew 1-1 with Burnley in a scrappy game.', 'Burnley', 0],
    ['Derby were held 0-0 at home by Norwich on Tuesday night.', 'Norwich', 0],
    ['The visitors sealed a 2-0 win over Brighton with a late penalty.', 'Brighton', 0],
    // Without a score, a sports report's words say it is a match.
    ['The striker scored twice as Wigan lost to Portsmouth in the league.', 'Portsmouth', 0],
    // The club keeps its type at its other mentions, not after "in".
    ['Sunderland beat Hull 2-0. Sunderland are now third.', 'Sunderland', 1],
  ])('%s (%s)', (text, name, nth) => {
    expect(mention(entitiesOf(text), name, nth)?.type).toBe('organization');
  });

  it.each([
    // National sides keep the country's type, as CoNLL has it, in capitals too.
    ['France beat Mexico 2-0 in a friendly on Friday.', 'Mexico'],
    ['SOCCER - WALES BEAT MOLDOVA 5-0.\nWales beat Moldova 5-0 on Saturday.', 'Wales'],
    // A possessive is the side's home; a place after a preposition is where the side comes from.
    ["Olympiakos beat Serbia's Red Star 71-57 on Wednesday.", 'Serbia'],
    ['The squad from Northampton lost 2-1 to the champions.', 'Northampton'],
    // No score and no sport: no match.
    ['The council in Bristol lost to Norwich in the bid to host the festival.', 'Norwich'],
    // A vote's tally elsewhere in the sentence is no score of theirs.
    ['The measure passed 52-48 after Ohio beat Michigan to the deadline.', 'Michigan'],
    ['Florida lost to Texas in the bid for the plant, 3-2 in the final vote.', 'Texas'],
    ['Sunderland beat Hull 2-0. Fans celebrated in Sunderland all night.', 'Sunderland', 1],
  ])('not: %s (%s)', (text, name, nth = 0) => {
    expect(mention(entitiesOf(text), name, nth as number)?.type).not.toBe('organization');
  });
});
