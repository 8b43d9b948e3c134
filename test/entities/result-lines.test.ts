import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('teams on a results line', () => {
  const results = [
    'Rugby league results on Saturday:',
    'Wigan 42 Bradford Bulls 36',
    'Parramatta 14 Lakeside Rovers 26 (Okafor 12th).',
    'Standings:',
    'Bradford Bulls 20 14 1 5 487 293 29',
  ].join('\n');

  it.each([
    ['Bradford Bulls', 0],
    ['Bradford Bulls', 1],
    ['Lakeside Rovers', 0],
  ])('a name paired with a score beside another such pair is a team: %s (#%i)', (name, nth) => {
    expect(mention(entitiesOf(results), name, nth)?.type).toBe('organization');
  });

  it('a scorer in parentheses after the score stays a person', () => {
    expect(mention(entitiesOf(results), 'Okafor')?.type).toBe('person');
  });

  it.each([
    'Golf scores on Sunday:\nJim Furyk 75 69 67 73\nErnie Els 70 71 68 72',
    'The vote on Monday:\nMaria Lopez won 52 percent against 48 for her rival.',
  ])('rounds of one player and prose with numbers are no results line: %s', (text) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.some((m) => m.rule === 'entities/result-line-team')).toBe(false);
    expect(doc.mentions.filter((m) => m.form === 'name').every((m) => m.type === 'person')).toBe(true);
  });

  it('a place playing a club is a club; two countries stay national sides', () => {
    const doc = entitiesOf('Soccer results on Saturday:\nRivertown 2 Monaco 1\nTogo 1 Ghana 0');
    expect(mention(doc, 'Monaco')?.type).toBe('organization');
    expect(mention(doc, 'Togo')?.type).toBe('country');
    expect(mention(doc, 'Ghana')?.type).toBe('country');
  });
});

describe('a town heading a row of a league table', () => {
  const table = [
    'BASEBALL - STANDINGS AFTER THURSDAY.',
    'Standings (won, lost, percentage, games behind):',
    'NEW ORLEANS 61 58 .513 -',
    'SAN FRANCISCO 57 62 .479 4 1/2',
    'NEW ZEALAND 55 64 .462 6',
  ].join('\n');

  it.each(['NEW ORLEANS', 'SAN FRANCISCO'])('is the club: %s', (name) => {
    expect(mention(entitiesOf(table), name)?.type).toBe('organization');
  });

  it('a country keeps its national side', () => {
    expect(mention(entitiesOf(table), 'NEW ZEALAND')?.type).not.toBe('organization');
  });

  it('figures after a town outside a sports report make no table', () => {
    const doc = entitiesOf('Rainfall in millimetres by city:\nNew Orleans 61 58 44\nBoise 12 9 3');
    expect(mention(doc, 'New Orleans')?.type).not.toBe('organization');
  });
});

describe('sides on a scorecard line', () => {
  const card = [
    'CRICKET - COUNTY SCORES.',
    'Close of play scores on Friday:',
    'Taunton: Wiltshire 287 and 112-4 (R. Okonjo 61 not out), Dorset 199 (T. Hale 5-40).',
    'Cheltenham: Cornwall 301-6 declared v Devon.',
    'Group 2',
    'Halftime 1-0.',
    'Leading scorers: Jim Furyk 75 69 67 73',
  ].join('\n');

  it.each(['Wiltshire', 'Dorset', 'Cornwall'])('a name before its score is a side: %s', (name) => {
    expect(mention(entitiesOf(card), name)?.type).toBe('organization');
  });

  it.each(['R. Okonjo', 'T. Hale'])('a batsman or bowler in brackets stays a person: %s', (name) => {
    expect(mention(entitiesOf(card), name)?.type).toBe('person');
  });

  it.each(['Group', 'Halftime', 'Taunton'])('no side: %s', (name) => {
    expect(mention(entitiesOf(card), name)?.type).not.toBe('organization');
  });

  it('outside a sports report a name before a figure is no side', () => {
    const doc = entitiesOf('Votes by ward:\nWiltshire 287, Dorset 199.');
    expect(mention(doc, 'Wiltshire')?.type).not.toBe('organization');
  });
});
