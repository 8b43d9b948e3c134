import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

function typed(text: string): [string, string][] {
  return entitiesOf(text)
    .mentions.filter((m) => m.form === 'name')
    .map((m) => [m.text, m.type]);
}

describe('a sector or sport word before a country or province names a national body', () => {
  it.each([
    ['Statistics Canada said the jobless rate rose to 6.8 per cent.', 'Statistics Canada'],
    ['Health Canada approved the vaccine on Monday.', 'Health Canada'],
    ['Cricket Australia said the tour would go ahead.', 'Cricket Australia'],
    ['Police Scotland said two men were arrested.', 'Police Scotland'],
    ["Colleges Ontario, which represents the province's colleges, said the cap would hurt.", 'Colleges Ontario'],
  ])('%s', (text, name) => {
    expect(typed(text)).toContainEqual([name, 'organization']);
  });

  it.each([
    // Lower case, another sentence, a word outside the list: the place stays a place.
    ['He said health in Canada had improved.', 'Canada'],
    ['She worked for the police. Canada later granted her asylum.', 'Canada'],
    ['Across Canada, voters went to the polls.', 'Canada'],
  ])('not: %s', (text, place) => {
    expect(typed(text)).toContainEqual([place, 'country']);
  });
});

describe('a body named by a list of portfolios before a country is one organization', () => {
  it.each([
    [
      'A spokesperson for Immigration, Refugees and Citizenship Canada said the rules would change.',
      'Immigration, Refugees and Citizenship Canada',
    ],
    ['Fisheries and Oceans Canada closed the fishery on Monday.', 'Fisheries and Oceans Canada'],
    [
      'The report by Innovation, Science and Economic Development Canada was released.',
      'Innovation, Science and Economic Development Canada',
    ],
    ['Public Services and Procurement Canada signed the contract.', 'Public Services and Procurement Canada'],
  ])('%s', (text, name) => {
    expect(typed(text)).toEqual([[name, 'organization']]);
  });

  it.each([
    // Firms, places and banks in the list: a real list of names.
    ['Shares of Airbus and Air France rose on Monday.', 'Air France'],
    ['Ottawa, Toronto and Statistics Canada agreed.', 'Statistics Canada'],
    ['Shares of First Bank, Norwest, Banc One and First Chicago rose.', 'First Chicago'],
  ])('not: %s', (text, last) => {
    expect(typed(text).at(-1)?.[0]).toBe(last);
  });
});
