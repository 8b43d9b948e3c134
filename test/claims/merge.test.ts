import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/claims/claims-stage.js';
import { clusterNames, type NameRecord } from '../../src/claims/entity-match.js';
import { buildGraph } from '../../src/claims/graph.js';
import { mergeGraphs, quoteKey } from '../../src/claims/merge.js';
import { analyze } from '../../src/index.js';
import type { AnalyzedDocument } from '../../src/types.js';
import { docBuilder, sampleDoc } from './fixtures.js';

function finish(doc: AnalyzedDocument): AnalyzedDocument {
  doc.claims = buildClaims(doc);
  doc.graph = buildGraph(doc);
  return doc;
}

function secondDoc(): AnalyzedDocument {
  const text =
    'Park, the founder of Acme Robotics, said her company has never sold data to foreign agencies, the Evening Star reported.\n' +
    'Acme Robotic’s rival Brightline said it has sold no data either.';
  const b = docBuilder(text, { published: '2024-03-06', id: 'star' });
  const park = b.entity('person', 'Park');
  const acme = b.entity('organization', 'Acme Robotics');
  const star = b.entity('organization', 'Evening Star');
  const bright = b.entity('organization', 'Brightline');
  b.mention(acme, 'her company', { form: 'description' });
  b.role(park, 'founder', acme, 'the founder of Acme Robotics');
  b.quote({
    content: ['her company has never sold data to foreign agencies'],
    cue: ['said', 'say'],
    speaker: park,
    reportedBy: star,
  });
  b.quote({
    content: ['it has sold no data either'],
    cue: ['said', 'say'],
    speaker: bright,
    speakerAt: ['Brightline', 0],
  });
  return finish(b.doc());
}

describe('name clustering', () => {
  const rec = (name: string, type: NameRecord['type'] = 'person', aliases: string[] = []): NameRecord => ({
    type,
    name,
    aliases,
  });
  it.each([
    ['Meng Wanzhou', 'Meng Wenzhou', true],
    ['John Smith', 'Jane Smith', false],
    ['The Wall Street Journal', 'Wall Street Journal', true],
    ['Ren Zhengfei', 'Ren Zhengfei', true],
    ['Ren', 'Zhengfei Ren', false],
    ['Anna Berg', 'Anna Borg', false],
  ])('%s / %s → %s', (a, b, same) => {
    const [x, y] = clusterNames([rec(a), rec(b)]);
    expect(x === y).toBe(same);
  });
  it('joins a short name to the full name it is an alias of, unless the alias is ambiguous', () => {
    expect(new Set(clusterNames([rec('Ren Zhengfei', 'person', ['Ren']), rec('Ren')])).size).toBe(1);
    const ambiguous = clusterNames([
      rec('John Smith', 'person', ['Smith']),
      rec('Jane Smith', 'person', ['Smith']),
      rec('Smith'),
    ]);
    expect(new Set(ambiguous).size).toBe(3);
  });
  it('never merges across types, except a name of two words or more tagged two ways', () => {
    const [x, y] = clusterNames([rec('Jordan', 'person'), rec('Jordan', 'country')]);
    expect(x).not.toBe(y);
    const [o, l] = clusterNames([rec('Solvane Health', 'organization'), rec('Solvane Health', 'location')]);
    expect(o).toBe(l);
    const [p, q] = clusterNames([rec('Georgia', 'organization'), rec('Georgia', 'location')]);
    expect(p).not.toBe(q);
    const [r, t] = clusterNames([rec('Ren Zhengfei', 'person'), rec('Ren Zhengfei', 'organization')]);
    expect(r).toBe(t);
    const [u, v] = clusterNames([rec('New Zealand', 'country'), rec('New Zealand', 'organization')]);
    expect(u).not.toBe(v);
  });
  it('joins one document’s identically named entities of different types, countries aside', () => {
    const inDoc = (name: string, type: NameRecord['type'], doc: number): NameRecord => ({ ...rec(name, type), doc });
    const [a, b, c] = clusterNames([
      inDoc('Vexa', 'organization', 0),
      inDoc('Vexa', 'person', 0),
      inDoc('Vexa', 'person', 1),
    ]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    const [x, y] = clusterNames([inDoc('Jordan', 'person', 0), inDoc('Jordan', 'country', 0)]);
    expect(x).not.toBe(y);
  });
});

describe('mergeGraphs', () => {
  const a = finish(sampleDoc());
  const b = secondDoc();
  const g = mergeGraphs([a, b]);
  const ids = new Set(g.nodes.map((n) => n.id));

  it('keeps one node per person and organization', () => {
    expect(g.nodes.filter((n) => n.label === 'Lena Park')).toHaveLength(1);
    expect(g.nodes.filter((n) => n.label === 'Park')).toHaveLength(0);
    expect(g.nodes.filter((n) => n.kind === 'entity' && n.label === 'Acme Robotics')).toHaveLength(1);
    expect(ids.has('person:lena-park')).toBe(true);
    expect(ids.has('organization:acme-robotics')).toBe(true);
  });

  it('makes one claim of the same statement reported by two outlets', () => {
    const key = g.nodes.filter((n) => n.kind === 'claim' && n.label.startsWith('her company has never sold'));
    expect(key).toHaveLength(1);
    const outlets = g.edges.filter((e) => e.type === 'reported_by' && e.from === key[0]!.id).map((e) => e.to);
    expect(outlets.sort()).toEqual(['organization:daily-ledger', 'organization:evening-star']);
    const said = g.edges.filter((e) => e.type === 'said' && e.to === key[0]!.id);
    expect(said).toHaveLength(1);
    expect(said[0]!.evidence.map((s) => s.doc).sort()).toEqual(['acme', 'star']);
  });

  it('has no dangling edges, tags evidence with its document, and is stable', () => {
    for (const e of g.edges) {
      expect(ids.has(e.from) && ids.has(e.to), e.id).toBe(true);
      for (const s of e.evidence) {
        const doc = s.doc === 'acme' ? a : b;
        expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
    expect(mergeGraphs([finish(sampleDoc()), secondDoc()])).toEqual(g);
    // Node ids do not depend on document order.
    const reversed = mergeGraphs([secondDoc(), finish(sampleDoc())]);
    expect(new Set(reversed.nodes.map((n) => n.id))).toEqual(ids);
  });

  it('finds contradiction candidates across documents', () => {
    const contra = g.edges.filter((e) => e.type === 'contradicts');
    expect(contra.length).toBeGreaterThan(0);
  });

  it('normalizes quote keys like Quotebank', () => {
    expect(quoteKey('“We have NEVER spied.”')).toBe(quoteKey('we have never spied'));
  });
});

describe('date nodes across documents', () => {
  /** Park's denial again, in an article of the same day, and "on March 5" in one of the next day. */
  const sameDay = (): AnalyzedDocument => {
    const b = docBuilder('Lena Park said her company has never sold data to foreign agencies.', {
      published: '2024-03-05',
      id: 'same-day',
    });
    const park = b.entity('person', 'Lena Park');
    b.quote({ content: ['her company has never sold data to foreign agencies'], cue: ['said', 'say'], speaker: park });
    return finish(b.doc());
  };
  const nextDay = (): AnalyzedDocument => {
    const b = docBuilder('On March 5, Lena Park said her company has never sold data to foreign agencies.', {
      published: '2024-03-06',
      id: 'next-day',
    });
    const park = b.entity('person', 'Lena Park');
    const march5 = b.date('March 5', '2024-03-05');
    b.quote({
      content: ['her company has never sold data to foreign agencies'],
      cue: ['said', 'say'],
      speaker: park,
      date: march5,
    });
    return finish(b.doc());
  };
  const dated = (g: ReturnType<typeof mergeGraphs>) => g.edges.filter((e) => e.type === 'on_date');

  it('keeps one node per date value, reached from the claims of both documents', () => {
    const g = mergeGraphs([finish(sampleDoc()), sameDay()]);
    expect(g.nodes.filter((n) => n.kind === 'date').map((n) => n.id)).toEqual(['date:2024-03-05', 'date:2024-03-03']);
    const docs = new Set(
      dated(g)
        .filter((e) => e.to === 'date:2024-03-05')
        .flatMap((e) => e.evidence.map((s) => s.doc)),
    );
    expect(docs).toEqual(new Set(['acme', 'same-day']));
  });

  it('gives a claim reported on two days an edge to each', () => {
    const g = mergeGraphs([finish(sampleDoc()), secondDoc()]);
    const denial = g.nodes.find((n) => n.kind === 'claim' && n.label.startsWith('her company has never sold'))!;
    expect(
      dated(g)
        .filter((e) => e.from === denial.id)
        .map((e) => e.to)
        .sort(),
    ).toEqual(['date:2024-03-05', 'date:2024-03-06']);
  });

  it('lets a stated date win over the same day known only as an article date', () => {
    const g = mergeGraphs([sameDay(), nextDay()]);
    const edges = dated(g);
    // The next day's article dates the claim by "On March 5", not by its own date.
    expect(edges.map((e) => e.to)).toEqual(['date:2024-03-05']);
    const onFifth = edges.find((e) => e.to === 'date:2024-03-05')!;
    expect(onFifth.label).toBeUndefined();
    expect(onFifth.evidence.map((s) => [s.doc, s.text])).toEqual([
      ['same-day', 'said'],
      ['next-day', 'March 5'],
    ]);
  });
});

describe('contradictions of the new kinds across a merge', () => {
  it('keeps an opposite change found across articles and a rebuttal found inside one', () => {
    const a = analyze('Senator Tom Harkins claimed Governor Linda Cho cut school funding by $2 billion.', {
      published: '2025-03-14',
    });
    const b = analyze(
      "Budget officials said school funding rose under Governor Linda Cho. The governor's office said the claim was false.",
      { published: '2025-03-15' },
    );
    const labels = (docs: AnalyzedDocument[]) =>
      mergeGraphs(docs)
        .edges.filter((e) => e.type === 'contradicts')
        .map((e) => e.label)
        .sort();
    expect(labels([a, b])).toContain('opposite change');
    const c = analyze(
      "Senator Tom Harkins claimed Governor Linda Cho cut school funding. The governor's office said the claim was false.",
    );
    expect(labels([c])).toEqual(['rebuttal']);
  });
});
