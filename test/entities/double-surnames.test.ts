import { describe, expect, it } from 'vitest';
import { entitiesOf, expectSameEntity, type SameEntityRow } from './helpers.js';

function persons(text: string): string[] {
  return entitiesOf(text)
    .mentions.filter((m) => m.form === 'name' && m.type === 'person')
    .map((m) => m.text);
}

describe('a second family name written apart stays on the name', () => {
  it.each<[string, string[]]>([
    [
      'Ottawa MP Daniela Ferraz Monteiro voted against the bill. Ferraz Monteiro said it went too far.',
      ['Daniela Ferraz Monteiro', 'Ferraz Monteiro'],
    ],
    [
      'Conservative MP Michelle Rempel Garner opposed the motion. Rempel Garner called it rushed.',
      ['Michelle Rempel Garner', 'Rempel Garner'],
    ],
  ])('the pair written twice: %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each<SameEntityRow>([
    [
      'Labour MP Tomasz Wierzba Nowak spoke first. Wierzba Nowak later left the chamber.',
      ['Tomasz Wierzba Nowak', 0],
      ['Wierzba Nowak', 0],
      true,
    ],
    [
      'Conservative MP Michelle Rempel Garner opposed the motion. Rempel Garner called it rushed.',
      ['Michelle Rempel Garner', 0],
      ['Rempel Garner', 0],
      true,
    ],
  ])('the later short form joins the full name: %s', expectSameEntity);

  it.each<[string, string]>([
    // The second word written once and no known family name; a word the article also writes in lower case.
    ['Conservative MP Michelle Rempel Garner opposed the motion on Tuesday.', 'Michelle Rempel'],
    ['Conservative MP Michelle Rempel Hope opposed it. Rempel Hope was low, and hope faded.', 'Michelle Rempel'],
  ])('not: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});
