import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe("a title's office is one organization with the title", () => {
  it.each([
    ["The Attorney General's Office declined to comment on the case.", "Attorney General's Office"],
    ["The Mayor's Office issued a statement on Friday night.", "Mayor's Office"],
    ["A letter from the District Attorney's Office was read in court.", "District Attorney's Office"],
    // A repeat of the office noun the document's consistency adds takes its title too.
    [
      "A spokesman for the Sheriff's Office said the road was shut. The Governor's Office said it was told.",
      "Governor's Office",
    ],
  ])('%s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });

  it.each([
    // A lower-case office is the room or the post, no body; a named holder's office is no name either.
    ["Reporters waited outside the mayor's office on Friday.", "mayor's office"],
    ["Aides met in Governor Lee's Office on Monday.", "Governor Lee's Office"],
  ])('not: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)).toBeUndefined();
  });
});
