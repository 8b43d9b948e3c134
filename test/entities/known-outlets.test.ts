import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { entitiesOf, mention } from './helpers.js';

/**
 * A news outlet whose name is an everyday word after "The" (src/entities/known-outlets.ts), written "the Guardian"
 * where the sentence is about telling or reporting, is an organization, and the quote given to it is reported by
 * it. Sentences written for these tests.
 */
describe('a known outlet after a lower-case "the", told or reporting, is an organization', () => {
  it.each<[string, string]>([
    ['Jane Roe told the Guardian that the plan was dead.', 'Guardian'],
    ['The plan was dead, a minister told the Mirror on Sunday.', 'Mirror'],
    ['In a statement to the Observer, the union said talks had failed.', 'Observer'],
    ['Writing in the Economist, she argued the plan would fail.', 'Economist'],
    ['The deal was off, the Independent reported on Friday.', 'Independent'],
    // A name the tagger cut inside the outlet's words gives way to the whole; "The" may open the sentence.
    ['The minister told the Globe and Mail that talks would resume.', 'Globe and Mail'],
    ['Talks stalled.\n\nThe Globe and Mail reported on Monday that the deal was off.', 'Globe and Mail'],
  ])('%s → "%s"', (text, surface) => {
    const m = mention(entitiesOf(text), surface);
    expect(m?.start).toBe(text.indexOf(surface));
    expect(m?.type).toBe('organization');
  });
});

describe('negatives: the same words about no telling, or in a longer name, are no outlet', () => {
  it.each<[string, string]>([
    ['Storms swept across the Atlantic on Monday.', 'Atlantic'],
    ['She looked in the Mirror and smiled.', 'Mirror'],
    ['He spoke about the Economist model at length.', 'Economist'],
    ['She told the National Guard to stand down.', 'National'],
    ['Delegates at the National convention cheered.', 'National'],
  ])('%s → "%s" is no organization', (text, surface) => {
    const m = mention(entitiesOf(text), surface);
    expect(m?.type === 'organization' && m.text === surface).toBe(false);
  });
});

describe('the quote given to such an outlet is reported by it', () => {
  it.each<[string, string]>([
    ['Jane Roe told the Guardian that the plan was dead.', 'the Guardian'],
    ['“The plan is dead,” Jane Roe told the Mirror.', 'the Mirror'],
    ['In a statement to the Observer, the union said talks had failed.', 'the Observer'],
  ])('%s → %s', (text, outlet) => {
    expect(analyze(text).quotes[0]?.reportedBy?.text).toBe(outlet);
  });
});
