import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, mergeGraphs, renderHtml, toDot, toGraphML, toGraphology, toJsonLd } from '../../src/index.js';
import type { AnalyzedDocument, ClaimGraph } from '../../src/types.js';

// News-shaped vocabulary, so random texts do produce quotes, speakers, negations and outlets.
const WORDS = [
  'Lena Park',
  'Acme Robotics',
  'the Daily Ledger',
  'said',
  'told reporters',
  'denied',
  'alleged',
  'that',
  'never',
  'not',
  'no',
  'may',
  'will',
  'the company',
  'she',
  'it',
  'sold',
  'data',
  'in',
  'Ohio',
  'on Monday',
  ',',
  '.',
  '“',
  '”',
  '"',
  'reported',
  'according to',
  '<b>',
  '&amp;',
  '__proto__',
  'constructor',
  '\n\n',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' '));

function checkGraph(doc: AnalyzedDocument | undefined, g: ClaimGraph): void {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    expect(e.evidence.length).toBeGreaterThan(0);
    if (doc) for (const s of e.evidence) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('claims and graph on any news-shaped text', () => {
  it('keep every invariant, and every exporter accepts the result', () => {
    let claims = 0;
    fc.assert(
      fc.property(text, (t) => {
        const doc = analyze(t, { published: '2024-03-05', outlet: 'The Harbour Times', id: 'x' });
        claims += doc.claims.length;
        const quotes = new Set(doc.quotes.map((q) => q.id));
        const entities = new Set(doc.entities.map((e) => e.id));
        for (const c of doc.claims) {
          expect(quotes.has(c.quoteId)).toBe(true);
          expect(c.text.length).toBeGreaterThan(0);
          for (const a of c.aboutIds) expect(entities.has(a)).toBe(true);
          for (const s of c.evidence) expect(t.slice(s.start, s.end)).toBe(s.text);
          // Every dated claim points at its date's node, and at no other.
          const dated = doc.graph.edges.filter((e) => e.type === 'on_date' && e.from === c.id).map((e) => e.to);
          expect(dated).toEqual(c.date === undefined ? [] : [`date:${c.date}`]);
        }
        checkGraph(doc, doc.graph);
        expect(JSON.parse(JSON.stringify(doc.graph))).toEqual(doc.graph);
        JSON.parse(JSON.stringify(toJsonLd(doc)));
        expect(toGraphML(doc.graph)).toContain('</graphml>');
        expect(toDot(doc.graph).trimEnd().endsWith('}')).toBe(true);
        expect(toGraphology(doc.graph).order).toBe(doc.graph.nodes.length);
        expect(renderHtml(doc)).not.toMatch(/<b>|<script/);
        checkGraph(undefined, mergeGraphs([doc, { ...doc, id: 'y' }]));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
    // The vocabulary is chosen so that the property is exercised on real claims, not only on empty layers.
    expect(claims).toBeGreaterThan(0);
  }, 120_000);
});
