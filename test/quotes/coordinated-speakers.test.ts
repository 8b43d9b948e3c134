import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../src/export/jsonld.js';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): string[][] {
  const doc = analyze(text);
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.quotes.map((q) => (q.speaker?.entityIds ?? [q.speaker?.entityId ?? '']).map((id) => name.get(id) ?? ''));
}

describe('coordinated speakers', () => {
  it.each<[string, string[]]>([
    ['Donald Trump and Mike Pence said the election was stolen.', ['Donald Trump', 'Mike Pence']],
    ['The United States and China said in a joint statement that they would cut tariffs.', ['United States', 'China']],
    ['“We will not give up,” said Anna Berg and Maria Lopez, who run the shelter.', ['Anna Berg', 'Maria Lopez']],
    [
      'Senators Chuck Schumer and Mitch McConnell told reporters the deal was close.',
      ['Chuck Schumer', 'Mitch McConnell'],
    ],
    ['Microsoft and Google said the report was false.', ['Microsoft', 'Google']],
  ])('%s', (text, names) => {
    expect(speakersOf(text)[0]).toEqual(names);
  });

  it.each([
    'Donald Trump’s spokesman and aides said the election was stolen.',
    'Johnson & Johnson said the recall was voluntary.',
    'Anna Berg, a lawyer for Nordbank, said the deal was off.',
    '“Demand is strong,” said Jane Doe, co-founder and chief executive of Nordbank.',
    'The National Commissioner for Information and Voter Education, Sam Olumekun, said the vote would hold.',
  ])('a phrase with one named head is one speaker: %s', (text) => {
    expect(analyze(text).quotes[0]?.speaker?.entityIds).toBeUndefined();
  });

  it('gives a statement made together a said edge from each speaker and a list of JSON-LD authors', () => {
    const doc = analyze('Donald Trump and Mike Pence said the election was stolen.');
    const [claim] = doc.claims;
    expect(claim?.claimant).toBe('Donald Trump and Mike Pence');
    expect(claim?.claimantIds).toHaveLength(2);
    const said = doc.graph.edges.filter((e) => e.type === 'said' && e.to === claim?.id);
    expect(said.map((e) => e.from).sort()).toEqual([...(claim?.claimantIds ?? [])].sort());
    const ld = JSON.parse(JSON.stringify(toJsonLd(doc))) as { '@graph': { author: { name: string }[] }[] };
    expect(ld['@graph'][0]?.author.map((a) => a.name)).toEqual(['Donald Trump', 'Mike Pence']);
  });
});
