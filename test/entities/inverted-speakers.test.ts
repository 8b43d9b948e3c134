import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

const lead = 'Talks resumed on Monday after a week.\n';

describe('persons read from an inverted speech frame', () => {
  it.each([
    ['The company, Aoife Brennan said, had not paid its workers.', 'Aoife Brennan'],
    ['The company, Ngozi Adeyemi said, had not paid its workers.', 'Ngozi Adeyemi'],
    ['"We will appeal the ruling," Aoife Brennan said on Monday.', 'Aoife Brennan'],
    ['"We will sell the grain by the year\'s end," Borkowicz said.', 'Borkowicz'],
    ['The harvest, Nwachukwu said, was the best in years.', 'Nwachukwu'],
  ])('a person-shaped name after a comma or a closing quote that speaks is a person: %s', (text, name) => {
    expect(mention(entitiesOf(lead + text), name)?.type).toBe('person');
  });

  it.each([
    ['The deal, Goldman Sachs said, was fair to both sides.', 'Goldman Sachs'],
    ['The figures, Statistics Canada said, were revised in June.', 'Statistics Canada'],
    ['The index, News Corp said, was wrong about the market.', 'News Corp'],
    ['The plan, Brennan Holdings said, would cut costs by half.', 'Brennan Holdings'],
    ['Sales, Apple said, were strong in the quarter.', 'Apple'],
    ['Prices, Commerce said, rose in the quarter.', 'Commerce'],
  ])('a known company or a name with a common, head or place word stays a body: %s', (text, name) => {
    const m = mention(entitiesOf(lead + text), name);
    expect(m?.rule).not.toBe('entities/inverted-speaker');
    expect(m?.type).not.toBe('person');
  });
});
