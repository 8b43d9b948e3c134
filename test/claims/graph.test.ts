import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/claims/claims-stage.js';
import { changeOf, rebuttedStance } from '../../src/claims/content-words.js';
import { type ClaimFacts, findContradictions, findRebuttals } from '../../src/claims/contradictions.js';
import { buildGraph, GraphBuilder, representatives, speakerType } from '../../src/claims/graph.js';
import { tokenIndex, wordsOf } from '../../src/claims/words.js';
import { analyze } from '../../src/index.js';
import type { AnalyzedDocument, ClaimGraph } from '../../src/types.js';
import { docBuilder, sampleDoc } from './fixtures.js';

function analyzed(): AnalyzedDocument {
  const doc = sampleDoc();
  doc.claims = buildClaims(doc);
  doc.graph = buildGraph(doc);
  return doc;
}

function edges(g: ClaimGraph, type: string) {
  return g.edges.filter((e) => e.type === type);
}

describe('claim graph of a hand-made document', () => {
  const doc = analyzed();
  const g = doc.graph;
  const ids = new Set(g.nodes.map((n) => n.id));

  it('has no dangling edge and unique ids', () => {
    for (const e of g.edges) {
      expect(ids.has(e.from), e.id).toBe(true);
      expect(ids.has(e.to), e.id).toBe(true);
    }
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    expect(ids.size).toBe(g.nodes.length);
  });

  it('links each claim to its claimant', () => {
    const said = edges(g, 'said');
    expect(said.filter((e) => e.from === 'e2').map((e) => e.to)).toEqual(['c1', 'c2', 'c5']);
    // An unresolved speaker gets a node of its own, with an id derived from its name.
    expect(said.find((e) => e.to === 'c3')?.from).toBe('speaker:regulators');
    expect(said.find((e) => e.to === 'c4')?.from).toBe('e1');
  });

  it('links claims to outlets, creating a node for the article outlet', () => {
    const rb = new Map(edges(g, 'reported_by').map((e) => [e.from, e.to]));
    expect(rb.get('c1')).toBe('e3');
    expect(rb.get('c5')).toBe('e4');
    expect(rb.get('c2')).toBe('outlet:harbour-times');
    expect(g.nodes.find((n) => n.id === 'outlet:harbour-times')).toMatchObject({
      kind: 'entity',
      type: 'organization',
    });
  });

  it('has about, role and contradicts edges', () => {
    expect(edges(g, 'about').some((e) => e.from === 'c1' && e.to === 'e1')).toBe(true);
    expect(edges(g, 'role')).toEqual([expect.objectContaining({ from: 'e2', to: 'e1', label: 'founder' })]);
    const contra = edges(g, 'contradicts');
    // Park's "never sold data" against the regulators' "sold customer data".
    expect(contra.map((e) => [e.from, e.to])).toContainEqual(['c1', 'c3']);
    // Park's own statements are never set against each other.
    expect(contra.some((e) => ['c1', 'c2', 'c5'].includes(e.from) && ['c1', 'c2', 'c5'].includes(e.to))).toBe(false);
  });

  it('gives every edge evidence inside the text and a confidence', () => {
    for (const e of g.edges) {
      expect(e.evidence.length, e.id).toBeGreaterThan(0);
      for (const s of e.evidence) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('leaves out entities that no edge touches and is the same on every run', () => {
    expect(analyzed().graph).toEqual(g);
    for (const n of g.nodes) {
      if (n.kind === 'entity') expect(g.edges.some((e) => e.from === n.id || e.to === n.id)).toBe(true);
    }
  });
});

describe('contradiction candidates', () => {
  const base = (over: Partial<ClaimFacts>): ClaimFacts => ({
    nodeId: 'a',
    claimantKey: 'x',
    polarity: 'positive',
    stance: 'asserts',
    hedged: false,
    aboutNodeIds: new Set(['e1']),
    stems: new Set(['sell', 'data']),
    evidence: [],
    ...over,
  });
  it.each([
    ['opposite polarity, shared entity and words', { polarity: 'negative' }, 1],
    ['same polarity', {}, 0],
    ['same claimant', { polarity: 'negative', claimantKey: 'x' }, 0],
    ['no shared entity', { polarity: 'negative', aboutNodeIds: new Set(['e9']) }, 0],
    ['too little overlap', { polarity: 'negative', stems: new Set(['plant']) }, 0],
    ['a denial of the same statement', { stance: 'denies' }, 1],
    ['a denial of the opposite agrees', { stance: 'denies', polarity: 'negative' }, 0],
    ['a question asserts nothing', { polarity: 'negative', stance: 'questions' }, 0],
  ] as const)('%s', (_name, over, n) => {
    const b = base({ nodeId: 'b', claimantKey: 'y', ...over });
    expect(findContradictions([base({}), b])).toHaveLength(n);
  });
  const down = { direction: 'down', amount: 'fund' } as const;
  it.each([
    ['the same amount up against down', { direction: 'up', amount: 'fund' }, {}, 1],
    ['the same amount the same way', down, {}, 0],
    ['different amounts', { direction: 'up', amount: 'rate' }, {}, 0],
    ['up against a negated down agrees', { direction: 'up', amount: 'fund' }, { polarity: 'negative' }, 0],
    ['up against a denied down agrees', { direction: 'up', amount: 'fund' }, { stance: 'denies' }, 0],
    ['a change against no change is compared on polarity', undefined, { polarity: 'negative' }, 1],
  ] as const)('verbs of change: %s', (_name, change, over, n) => {
    const a = base({ change: down });
    const b = base({ nodeId: 'b', claimantKey: 'y', change, ...over });
    expect(findContradictions([a, b])).toHaveLength(n);
  });
  it('two shared entities suffice without shared words, unless a claim is hedged', () => {
    const both = new Set(['e1', 'e2']);
    const a = base({ aboutNodeIds: both, stems: new Set(['plant']) });
    const b = base({
      nodeId: 'b',
      claimantKey: 'y',
      polarity: 'negative',
      aboutNodeIds: both,
      stems: new Set(['tax']),
    });
    expect(findContradictions([a, b])).toHaveLength(1);
    expect(findContradictions([a, { ...b, hedged: true }])).toHaveLength(0);
  });
  it('claims about nothing named meet on most of their content words', () => {
    const none = new Set<string>();
    const stems = new Set(['vaccin', 'safe', 'child']);
    const a = base({ aboutNodeIds: none, stems });
    const b = base({ nodeId: 'b', claimantKey: 'y', polarity: 'negative', aboutNodeIds: none, stems });
    expect(findContradictions([a, b])).toEqual([expect.objectContaining({ from: 'a', to: 'b' })]);
    const fewer = base({ ...b, stems: new Set(['vaccin', 'school', 'open', 'week']) });
    expect(findContradictions([a, fewer])).toHaveLength(0);
  });
  it('the same words asserted and denied contradict, though their evidence is the same span', () => {
    const span = [{ start: 0, end: 9, text: 'sold data' }];
    const b = base({ nodeId: 'b', claimantKey: 'y', stance: 'denies', evidence: span });
    expect(findContradictions([base({ evidence: span }), b])).toHaveLength(1);
  });
  it('a quote nested in another is one statement, not two', () => {
    const span = [{ start: 0, end: 9, text: 'sold data' }];
    const b = base({ nodeId: 'b', claimantKey: 'y', polarity: 'negative', evidence: span });
    expect(findContradictions([base({ evidence: span }), b])).toHaveLength(0);
  });
});

describe('one node per name', () => {
  it('folds a name the entity layer typed twice into its most mentioned entity', () => {
    const b = docBuilder('Vexa said Vexa never sold data. Vexa shares fell.');
    const org = b.entity('organization', 'Vexa', {
      at: [
        ['Vexa', 0],
        ['Vexa', 2],
      ],
    });
    const place = b.entity('location', 'Vexa', { at: [['Vexa', 1]] });
    b.quote({ content: ['Vexa never sold data'], cue: ['said', 'say'], speaker: org });
    const doc = b.doc();
    doc.claims = buildClaims(doc);
    expect(representatives(doc.entities)).toEqual(new Map([[place.id, org.id]]));
    const g = buildGraph(doc);
    expect(g.nodes.filter((n) => n.label === 'Vexa')).toHaveLength(1);
    expect(g.edges.map((e) => e.id).sort()).toEqual([`about:c1:${org.id}`, `said:${org.id}:c1`]);
  });
});

describe('the type of a speaker no entity stands for', () => {
  it.each([
    ["the mayor's office", 'organization'],
    ['The office of the governor', 'organization'],
    ['the ministry', 'organization'],
    ['Police', 'organization'],
    ['the company', 'organization'],
    ['Officials', 'person'],
    ['two people familiar with the matter', 'person'],
    ['a spokesman for the company', 'person'],
    ['Education experts', 'person'],
    ['', 'person'],
  ])('%j is a %s', (phrase, type) => {
    expect(speakerType(phrase)).toBe(type);
  });
  it('types the synthetic speaker node by its head', () => {
    const doc = analyze("The mayor's office said the road would reopen. Residents said it never closed.");
    const types = new Map(buildGraph(doc).nodes.map((n) => [n.label, n.kind === 'entity' ? n.type : n.kind]));
    expect(types.get("The mayor's office")).toBe('organization');
    expect(types.get('Residents')).toBe('person');
  });
});

describe('the change a statement reports', () => {
  const change = (sentence: string) => {
    const doc = analyze(sentence);
    return changeOf(wordsOf([{ start: 0, end: sentence.length, text: sentence }], tokenIndex(doc.tokens)));
  };
  it.each([
    ['The governor cut public school funding by $2 billion.', { direction: 'down', amount: 'fund' }],
    ['State school funding rose during her tenure.', { direction: 'up', amount: 'fund' }],
    ['School funding has not been cut.', { direction: 'down', amount: 'fund' }],
    ['She increased school funding every single year.', { direction: 'up', amount: 'fund' }],
    ['In the fall of 2007, she held a lead.', undefined],
    ['Food prices increased while wages fell.', undefined],
    ['The mayor spoke on Monday.', undefined],
  ] as const)('%s', (sentence, expected) => {
    expect(change(sentence)).toEqual(expected);
  });
  it('sets a claim that funding was cut against a claim that it rose', () => {
    const doc = analyze(
      'Rep. Tom Harkins said Gov. Linda Cho cut school funding. Budget officials said school funding rose under Cho.',
    );
    const contradicts = doc.graph.edges.filter((e) => e.type === 'contradicts');
    expect(contradicts.map((e) => e.label)).toEqual(['opposite change']);
  });
});

describe('rebuttals of an earlier claim', () => {
  const words = (sentence: string) =>
    wordsOf([{ start: 0, end: sentence.length, text: sentence }], tokenIndex(analyze(sentence).tokens));
  it.each([
    ['the claim flatly untrue', 'asserts', 'positive', 'alleges'],
    ['these latest allegations', 'denies', 'positive', 'alleges'],
    ['the report misleading', 'asserts', 'positive', 'reports'],
    ['her statement false', 'asserts', 'positive', 'asserts'],
    ['the report is not wrong', 'asserts', 'negative', undefined],
    ['the claim deserved a hearing', 'asserts', 'positive', undefined],
    ['a new report was false', 'asserts', 'positive', undefined],
    ['the weather was wrong for sailing', 'asserts', 'positive', undefined],
    ["That's simply not true", 'asserts', 'negative', 'asserts'],
    ['It is nonsense', 'asserts', 'positive', 'asserts'],
    ["It's not sexist. It's true", 'asserts', 'negative', undefined],
    ['It is wrong to cut aid', 'asserts', 'positive', undefined],
    ['that the numbers are wrong', 'asserts', 'positive', 'reports'],
  ] as const)('%j (%s, %s) rebuts a claim made with stance %s', (content, stance, polarity, expected) => {
    expect(rebuttedStance(words(content), stance, polarity)).toBe(expected);
  });
  const fact = (nodeId: string, over: Partial<ClaimFacts>): ClaimFacts => ({
    nodeId,
    claimantKey: nodeId,
    polarity: 'positive',
    stance: 'asserts',
    hedged: false,
    aboutNodeIds: new Set(),
    stems: new Set(),
    evidence: [],
    ...over,
  });
  it('stands against a claim of the one it names, else of the stance it names, else the nearest', () => {
    const alleged = fact('a', { claimantKey: 'e1', stance: 'alleges' });
    const figures = fact('b', { claimantKey: 'e2', stance: 'reports' });
    const said = fact('c', { claimantKey: 'e3' });
    const rebut = (over: Partial<ClaimFacts>) => findRebuttals([alleged, figures, said, fact('r', over)])[0]?.from;
    expect(rebut({ rebuts: 'alleges' })).toBe('a');
    expect(rebut({ rebuts: 'reports' })).toBe('b');
    expect(rebut({ rebuts: 'asserts', aboutNodeIds: new Set(['e2']) })).toBe('b');
    expect(rebut({ rebuts: 'asserts' })).toBe('c');
    expect(rebut({ rebuts: 'alleges', claimantKey: 'e1' })).toBe('c');
    expect(rebut({})).toBeUndefined();
  });
  it.each(['said the claim was false', 'denied the claim', 'dismissed the claim as false'])(
    'links "The governor\'s office %s" to the claim in the graph',
    (rebuttal) => {
      const doc = analyze(
        `Senator Tom Harkins claimed the governor cut school funding. The governor's office ${rebuttal}.`,
      );
      const edges = doc.graph.edges.filter((e) => e.type === 'contradicts');
      expect(edges.map((e) => e.label)).toEqual(['rebuttal']);
      const labels = new Map(doc.graph.nodes.map((n) => [n.id, n.label]));
      expect(labels.get(edges[0]!.from)).toBe('the governor cut school funding');
    },
  );
});

describe('a quotation that says more than the attribution it holds', () => {
  const transcript = (answer: string) =>
    analyze(
      'An interview with the secretary.\n\nBRENNAN: Republicans say the administration caused the rise in prices.\n\n' +
        `MORROW: ${answer}\n\nBRENNAN: Will prices fall this year?`,
    );
  it('is a claim of its own, and a reply that calls the last claim false rebuts it', () => {
    const doc = transcript(
      'That is simply not true. Independent economists have found that supply chains drove the increase.',
    );
    const texts = doc.claims.map((c) => c.text);
    expect(texts).toContain('supply chains drove the increase');
    expect(texts.filter((t) => t.includes('simply not true'))).toHaveLength(1);
    const rebuttal = doc.graph.edges.find((e) => e.label === 'rebuttal');
    const labels = new Map(doc.graph.nodes.map((n) => [n.id, n.label]));
    expect(labels.get(rebuttal!.from)).toBe('the administration caused the rise in prices');
  });
  it('is no claim of its own when it only wraps the attribution', () => {
    const doc = transcript('Independent economists have found that supply chains drove the increase.');
    expect(doc.claims.map((c) => c.text)).toContain('supply chains drove the increase');
    expect(doc.claims.map((c) => c.text)).not.toContain(
      'Independent economists have found that supply chains drove the increase.',
    );
    expect(doc.graph.edges.filter((e) => e.label === 'rebuttal')).toHaveLength(0);
  });
});

describe('on_date edges', () => {
  const g = analyzed().graph;
  const onDate = (from: string) => g.edges.filter((e) => e.type === 'on_date' && e.from === from);

  it('gives each dated claim one edge to one node per date value', () => {
    expect(g.nodes.filter((n) => n.kind === 'date')).toEqual([
      { id: 'date:2024-03-05', kind: 'date', value: '2024-03-05', label: '2024-03-05' },
      { id: 'date:2024-03-03', kind: 'date', value: '2024-03-03', label: '2024-03-03' },
    ]);
    for (const c of ['c1', 'c2', 'c3', 'c4', 'c5']) expect(onDate(c), c).toHaveLength(1);
  });

  it('takes the date the attribution names, with its span, before the article date', () => {
    // “…,” Park said on March 3: the speech date, from the quote's dateId.
    expect(onDate('c2')[0]).toMatchObject({ to: 'date:2024-03-03', evidence: [{ text: 'March 3' }] });
    expect(onDate('c2')[0]!.label).toBeUndefined();
    // The publication date is an option here: no span holds it, so the cue that is dated is the evidence.
    expect(onDate('c1')[0]).toMatchObject({
      to: 'date:2024-03-05',
      label: 'article date',
      evidence: [{ text: 'said' }],
    });
    expect(onDate('c1')[0]!.confidence).toBeLessThan(onDate('c2')[0]!.confidence);
  });

  const text = 'March 4, 2024\n\nThe mayor said the bridge will reopen. Officials said on Monday that it would not.';
  const build = (setup: (b: ReturnType<typeof docBuilder>) => void) => {
    const b = docBuilder(text);
    setup(b);
    const doc = b.doc();
    doc.claims = buildClaims(doc);
    return buildGraph(doc).edges.filter((e) => e.type === 'on_date');
  };
  const first = (b: ReturnType<typeof docBuilder>) =>
    b.quote({ content: ['the bridge will reopen'], cue: ['said', 'say'], speaker: 'The mayor' });
  it.each([
    [
      'a publication date read from the dateline points to it',
      (b: ReturnType<typeof docBuilder>) => {
        const d = b.doc();
        Object.assign(d.meta, { published: '2024-03-04', publishedFrom: 'text', dateline: b.span('March 4, 2024') });
        first(b);
      },
      [['date:2024-03-04', 'March 4, 2024', 'article date']],
    ],
    [
      'a speech date on the same day as the article is still the speech date',
      (b: ReturnType<typeof docBuilder>) => {
        Object.assign(b.doc().meta, { published: '2024-03-04', publishedFrom: 'option' });
        const monday = b.date('Monday', '2024-03-04');
        b.quote({ content: ['it would not'], cue: ['said', 'say'], speaker: 'Officials', date: monday });
      },
      [['date:2024-03-04', 'Monday', undefined]],
    ],
  ] as const)('%s', (_name, setup, expected) => {
    expect(build(setup).map((e) => [e.to, e.evidence.map((s) => s.text).join(' | '), e.label])).toEqual(expected);
  });

  it.each([
    ['no publication date and no date in the attribution', first],
    [
      'a date in the text that no quote is dated by',
      (b: ReturnType<typeof docBuilder>) => {
        b.date('Monday', '2024-03-04');
        first(b);
      },
    ],
    [
      // Two articles' "Monday" with no year are most likely different days: one node would join their claims.
      'a speech date that no publication date anchors',
      (b: ReturnType<typeof docBuilder>) => {
        const monday = b.date('Monday', 'XXXX-WXX-1');
        b.quote({ content: ['it would not'], cue: ['said', 'say'], speaker: 'Officials', date: monday });
      },
    ],
    [
      'a speech date that is a reference, not a day',
      (b: ReturnType<typeof docBuilder>) => {
        const now = b.date('Monday', 'PRESENT_REF');
        b.quote({ content: ['it would not'], cue: ['said', 'say'], speaker: 'Officials', date: now });
      },
    ],
  ])('gives no date node for %s', (_name, setup) => {
    expect(build(setup)).toEqual([]);
  });
});

describe('a repeated edge', () => {
  it('keeps the label of its most confident instance', () => {
    const b = new GraphBuilder();
    b.addNode({ id: 'c1', kind: 'claim', claimId: 'c1', label: 'x' });
    b.addNode({ id: 'date:2024-03-04', kind: 'date', value: '2024-03-04', label: '2024-03-04' });
    const span = (text: string, start: number) => ({ start, end: start + text.length, text });
    b.addEdge('on_date', 'c1', 'date:2024-03-04', [span('March 4', 0)], 0.4, 'article date');
    b.addEdge('on_date', 'c1', 'date:2024-03-04', [span('Monday', 20)], 0.8);
    b.addEdge('on_date', 'c1', 'date:2024-03-04', [span('March 4', 0)], 0.3, 'article date');
    const [edge] = b.build().edges;
    expect(edge).toEqual({
      id: 'on_date:c1:date:2024-03-04',
      from: 'c1',
      to: 'date:2024-03-04',
      type: 'on_date',
      evidence: [span('March 4', 0), span('Monday', 20)],
      confidence: 0.8,
    });
  });
});
