import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { entitiesOf, mention } from './helpers.js';

/** The mention `ref` (its nth occurrence) belongs to the entity of the name `name`. */
function expectSameEntity(text: string, ref: string, name: string, nth: number): void {
  const doc = entitiesOf(text);
  const r = mention(doc, ref, nth);
  expect(r, ref).toBeDefined();
  expect(r!.entityId).toBe(mention(doc, name)!.entityId);
}

// Made-up stories: a headline and a lead that have a body as their subject, then other bodies quoted or named
// between its statements, then a description of the topic out of the usual two-sentence reach.
const EARNINGS = [
  'Nordwind Air swings to quarterly profit as fares climb',
  '',
  'OSLO, March 3 (Reuters) - Nordwind Air posted a surprise third-quarter profit on Thursday, helped by higher fares.',
  '',
  'Nordwind Air said operating profit rose to 410 million crowns. Nordwind Air also said winter bookings were ahead of last year.',
  '',
  'Shares rose 6 percent in early trade. Jet fuel prices have fallen by a fifth since June.',
  '',
  '"Costs are finally under control," Fjell Markets said in a note to clients.',
  '',
  'The company said it would add 12 new routes next year.',
].join('\n');

const LOCAL = [
  'Nordwind Air swings to quarterly profit as fares climb',
  '',
  'OSLO, March 3 (Reuters) - Nordwind Air posted a surprise third-quarter profit on Thursday, helped by higher fares.',
  '',
  'Nordwind Air said operating profit rose to 410 million crowns. Nordwind Air also said winter bookings were ahead of last year.',
  '',
  'Shares rose 6 percent in early trade.',
  '',
  'Fjell Markets raised its price target on the shares. The bank said they could climb further.',
].join('\n');

describe('a description recalls the article topic when the passage has none of its own', () => {
  it.each<[string, string, string, string, number]>([
    // The analysts' firm quoted just before is a voice in the airline's story.
    ['earnings story', EARNINGS, 'The company', 'Nordwind Air', 0],
    // A headline subject named in no sentence of the window: before, the description was left out.
    [
      'no body in reach',
      [
        'Vestland Dairies cuts 300 jobs at Bergen plant',
        '',
        'Vestland Dairies said on Monday it would cut 300 jobs. Vestland Dairies blamed weak demand. Vestland Dairies will keep its Oslo bakery.',
        '',
        'Unions called the decision a betrayal. Workers gathered outside the gates on Tuesday. Many had worked there for decades.',
        '',
        'The company said talks with staff would start next week.',
      ].join('\n'),
      'The company',
      'Vestland Dairies',
      0,
    ],
  ])('%s', (_, text, ref, name, nth) => expectSameEntity(text, ref, name, nth));

  it('"…, the company said" gets the topic as its speaker entity, the analysts keep their quote', () => {
    const doc = analyze(EARNINGS);
    const name = (id: string | undefined) => doc.entities.find((e) => e.id === id)?.name;
    const routes = doc.quotes.find((q) => q.content.some((c) => c.text.includes('12 new routes')));
    const costs = doc.quotes.find((q) => q.content.some((c) => c.text.includes('Costs are')));
    expect(name(routes?.speaker?.entityId)).toBe('Nordwind Air');
    expect(name(costs?.speaker?.entityId)).toBe('Fjell Markets');
  });
});

describe('a description stays with the body the passage is about', () => {
  it.each<[string, string, string, string, number]>([
    // The subject of the sentence before, which reports no speech, is the local topic.
    ['subject of an action', LOCAL, 'The bank', 'Fjell Markets', 0],
    // Its own sentence names a fitting body.
    [
      'own sentence',
      `${EARNINGS}\n\nA spokesman for Fjell Markets said the company expected further gains.`,
      'the company',
      'Fjell Markets',
      0,
    ],
    // A name holding the head is what the head recalls, though it is no subject.
    [
      'name holds the head',
      [
        'Centre Alliance loses its chairman',
        '',
        'Centre Alliance lost its chairman on Friday. Centre Alliance said he had resigned. Centre Alliance will pick a successor.',
        '',
        'Its leader was first elected in 2014.',
        '',
        'Observers said the Green Party would gain. The party has risen in recent polls.',
      ].join('\n'),
      'The party',
      'Green Party',
      0,
    ],
  ])('%s', (_, text, ref, name, nth) => expectSameEntity(text, ref, name, nth));

  it.each<[string, string, string]>([
    // "The same firm" sets itself against another: no reference to the topic.
    [
      'comparative',
      `${EARNINGS}\n\nShares of rivals rose as well. Fuel hedges expire in May. Her brother works at the same firm as Fjell's founder.`,
      'the same firm',
    ],
    // "the group" names no sort the topic is known to be of.
    [
      'vague head',
      [
        'Vestland Dairies cuts 300 jobs at Bergen plant',
        '',
        'Vestland Dairies said on Monday it would cut 300 jobs. Vestland Dairies blamed weak demand. Vestland Dairies will keep its Oslo bakery.',
        '',
        'Unions called the decision a betrayal. Workers gathered outside the gates on Tuesday. Many had worked there for decades.',
        '',
        'The group plans another protest.',
      ].join('\n'),
      'The group',
    ],
  ])('%s: "%s" recalls no topic', (_, text, ref) => {
    const doc = entitiesOf(text);
    const topic = doc.entities.find((e) => e.name === 'Vestland Dairies' || e.name === 'Nordwind Air');
    const r = mention(doc, ref);
    expect(r?.entityId === undefined || r.entityId !== topic?.id).toBe(true);
  });
});

// A story that names its company twice and then calls it "the company", "the chain", with an analysts' firm quoted
// last before "The retailer also said".
const DESCRIBED_TOPIC = [
  'Outdoor chain cuts forecast after slow season',
  '',
  'Fernhill & Co, the outdoor-clothing chain, said on Tuesday that winter sales fell short of its forecast.',
  '',
  'Comparable sales dropped 4% in the quarter, the company said. The chain had warned in November that demand was weak.',
  '',
  'Fernhill & Co will report full results in March. The chain was founded in 1987 and has 300 stores.',
  '',
  'Analysts at Kestrel Securities said on Monday that the slump could last into the summer.',
  '',
  'The retailer also said it would stop publishing monthly sales figures.',
].join('\n');

describe('descriptions that open sentences count toward the topic', () => {
  it('"The retailer" after a quoted analysts\' firm is the company the story keeps calling "the chain"', () => {
    expectSameEntity(DESCRIBED_TOPIC, 'The retailer', 'Fernhill & Co', 0);
  });

  it('named once only and never described, a body is no topic yet', () => {
    const text = [
      'Outdoor chain cuts forecast after slow season',
      '',
      'Fernhill & Co said on Tuesday that winter sales fell short of its forecast.',
      '',
      'Analysts at Kestrel Securities said on Monday that the slump could last into the summer.',
      '',
      'Shares fell. Rivals rose. Markets were closed on Thursday.',
      '',
      'The retailer also said it would stop publishing monthly sales figures.',
    ].join('\n');
    const doc = entitiesOf(text);
    const topic = doc.entities.find((e) => e.name === 'Fernhill & Co');
    const r = mention(doc, 'The retailer');
    expect(r?.entityId === undefined || r.entityId !== topic?.id).toBe(true);
  });
});

describe('a dateline place is no subject of the first sentence', () => {
  it.each<[string, string]>([
    ['long dash', 'SEATTLE — Fernhill & Co said on Tuesday that its sales fell and it would close stores.'],
    [
      'wire agency',
      'SEATTLE, Jan 5 (Reuters) - Fernhill & Co said on Tuesday that its sales fell and it would close stores.',
    ],
  ])('%s: "its" and "it" are the company', (_, lead) => {
    const text = ['Outdoor chain cuts forecast', '', lead, '', 'Shares fell 9% on Wednesday.'].join('\n');
    expectSameEntity(text, 'its', 'Fernhill & Co', 0);
    expectSameEntity(text, 'it', 'Fernhill & Co', 0);
  });
});
