import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/eval/invariants.js';
import { analyze } from '../../src/index.js';
import type { AnalyzedDocument, Claim } from '../../src/types.js';
import { docWith, mention, quote } from './helpers.js';

const TEXT = 'Ren said his company never spied. Huawei agreed.';

function claim(id: string, extra: Partial<Claim> = {}): Claim {
  const evidence = [{ start: 9, end: 32, text: 'his company never spied' }];
  return {
    id,
    text: evidence[0]!.text,
    quoteId: 'q1',
    claimant: 'Ren',
    polarity: 'negative',
    stance: 'asserts',
    hedged: false,
    aboutIds: [],
    evidence,
    rule: 'test',
    confidence: 1,
    ...extra,
  };
}

function valid(): AnalyzedDocument {
  return docWith(TEXT, { mentions: [mention(TEXT, 'Ren', 'person'), mention(TEXT, 'his', 'person', 'pronoun')] });
}

describe('checkInvariants', () => {
  it('accepts a valid document and analyze() output', () => {
    expect(checkInvariants(valid())).toEqual([]);
    const dated = analyze(TEXT, { published: '2019-01-15' });
    expect(dated.graph.edges.some((e) => e.type === 'on_date' && e.to === 'date:2019-01-15')).toBe(true);
    expect(checkInvariants(dated)).toEqual([]);
    expect(checkInvariants(analyze(''))).toEqual([]);
  });

  const cases: [string, (d: AnalyzedDocument) => void, RegExp][] = [
    ['an offset past the end', (d) => Object.assign(d.mentions[0]!, { end: 999 }), /mentions\[0\].*out of bounds/],
    ['text that is not the slice', (d) => Object.assign(d.mentions[0]!, { text: 'Xi' }), /mentions\[0\]: text "Xi"/],
    ['start after end', (d) => Object.assign(d.mentions[0]!, { start: 3, end: 1, text: '' }), /start 3 > end 1/],
    [
      'a dangling entity id',
      (d) => Object.assign(d.mentions[0]!, { entityId: 'e9' }),
      /entityId: entity "e9" not found/,
    ],
    ['a duplicate id', (d) => Object.assign(d.mentions[1]!, { id: d.mentions[0]!.id }), /duplicate id/],
    ['a dangling quote dateId', (d) => d.quotes.push(quote('q1', [], { dateId: 'd1' })), /quotes\[0\].dateId/],
    [
      'a graph edge to no node',
      (d) => d.graph.edges.push({ id: 'g1', from: 'n1', to: 'n2', type: 'said', evidence: [], confidence: 1 }),
      /graph.edges\[0\].from/,
    ],
    [
      'a graph node naming no entity',
      (d) => d.graph.nodes.push({ id: 'n1', kind: 'entity', entityId: 'e7', label: 'Ren', type: 'person' }),
      /graph.nodes\[0\].entityId: entity "e7"/,
    ],
    [
      'a date node no claim is dated with',
      (d) => d.graph.nodes.push({ id: 'date:2019-01-15', kind: 'date', value: '2019-01-15', label: '2019-01-15' }),
      /graph.nodes\[0\].value: claim date "2019-01-15" not found/,
    ],
    [
      'a date node whose id is not its value',
      (d) => {
        d.claims.push(claim('c1', { date: '2019-01-15' }));
        d.graph.nodes.push({ id: 'd1', kind: 'date', value: '2019-01-15', label: '2019-01-15' });
      },
      /graph.nodes\[0\]: date node id "d1" is not date:2019-01-15/,
    ],
    [
      'an on_date edge that starts at an entity',
      (d) => {
        const ren = d.mentions[0]!.entityId;
        d.claims.push(claim('c1', { date: '2019-01-15' }));
        d.graph.nodes.push(
          { id: ren, kind: 'entity', entityId: ren, label: 'Ren', type: 'person' },
          { id: 'date:2019-01-15', kind: 'date', value: '2019-01-15', label: '2019-01-15' },
        );
        const evidence = [{ start: 0, end: 3, text: 'Ren' }];
        d.graph.edges.push({ id: 'x', from: ren, to: 'date:2019-01-15', type: 'on_date', evidence, confidence: 1 });
      },
      /graph.edges\[0\]: on_date edge from entity to date, not claim to date/,
    ],
    [
      'an edge of no known type',
      (d) => {
        d.graph.nodes.push({ id: 'c1', kind: 'claim', claimId: 'c1', label: 'x' });
        d.claims.push(claim('c1'));
        d.graph.edges.push({ id: 'x', from: 'c1', to: 'c1', type: 'quoted' as never, evidence: [], confidence: 1 });
      },
      /graph.edges\[0\]: unknown type "quoted"/,
    ],
    [
      'tokens out of order',
      (d) => d.tokens.push({ i: 0, start: 4, end: 8, text: 'said' }, { i: 1, start: 0, end: 3, text: 'Ren' }),
      /tokens\[1\]: starts at 0/,
    ],
    [
      'a word no token covers (text the tokenizer dropped)',
      (d) => d.tokens.push({ i: 0, start: 0, end: 3, text: 'Ren' }),
      /tokens: the letter or digit at 4 \("said/,
    ],
    ['an undefined property (lost by JSON)', (d) => Object.assign(d.meta, { outlet: undefined }), /JSON round trip/],
    [
      'a bad meta span',
      (d) => {
        d.meta.title = { start: 0, end: 3, text: 'Rex' };
      },
      /meta.title/,
    ],
  ];
  it('accepts a synthetic graph node (entityId is its own id) for a speaker the entity layer missed', () => {
    const doc = valid();
    doc.graph.nodes.push({
      id: 'outlet:reuters',
      kind: 'entity',
      entityId: 'outlet:reuters',
      label: 'Reuters',
      type: 'organization',
    });
    expect(checkInvariants(doc)).toEqual([]);
  });

  it.each(cases)('catches %s', (_name, corrupt, pattern) => {
    const doc = valid();
    corrupt(doc);
    const violations = checkInvariants(doc);
    expect(
      violations.some((v) => pattern.test(v)),
      violations.join('\n'),
    ).toBe(true);
  });
});
