import { describe, expect, it } from 'vitest';
import * as claimgraph from '../src/index.js';

describe('public surface', () => {
  it('exports exactly these names (a change here is an API change: say so in the changelog)', () => {
    expect(Object.keys(claimgraph).sort()).toEqual([
      'SCHEMA_VERSION',
      'analyze',
      'analyzeMany',
      'checkInvariants',
      'createPipeline',
      'defaultStages',
      'emptyDocument',
      'formatReport',
      'formatTrace',
      'mergeGraphs',
      'quoteKey',
      'renderHtml',
      'toDot',
      'toGraphML',
      'toGraphology',
      'toJsonLd',
    ]);
  });

  it('every default stage has a unique prefixed name', () => {
    const names = claimgraph.defaultStages.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z]+(\/[a-z-]+)?$/);
  });
});
