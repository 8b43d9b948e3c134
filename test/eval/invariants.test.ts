import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/eval/invariants.js';
import { analyze } from '../../src/index.js';
import type { AnalyzedDocument } from '../../src/types.js';
import { docWith, mention, quote } from './helpers.js';

const TEXT = 'Ren said his company never spied. Huawei agreed.';

function valid(): AnalyzedDocument {
  return docWith(TEXT, { mentions: [mention(TEXT, 'Ren', 'person'), mention(TEXT, 'his', 'person', 'pronoun')] });
}

describe('checkInvariants', () => {
  it('accepts a valid document and analyze() output', () => {
    expect(checkInvariants(valid())).toEqual([]);
    expect(checkInvariants(analyze(TEXT, { published: '2019-01-15' }))).toEqual([]);
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
