import { LetterPattern } from '../text/letters.js';
import type { AnalyzedDocument, Claim, ClaimGraph, EntityType, GraphNode, TextSpan } from '../types.js';
import { normalizeName } from './claimant.js';
import { changeOf, contentStems } from './content-words.js';
import type { ClaimFacts } from './contradictions.js';
import { clusterNames, type NameRecord } from './entity-match.js';
import { addContradictions, buildGraph, contentOf, GraphBuilder } from './graph.js';
import { fnv1a, shortLabel, slug } from './ids.js';
import { MentionIndex } from './mention-index.js';
import { tokenIndex, wordsOf } from './words.js';

const NON_WORD = new LetterPattern(String.raw`[^\p{L}\p{N}]+`, 'gu');

interface EntityRecord extends NameRecord {
  doc: number;
  nodeId: string;
  weight: number;
}

/**
 * The normalized key of a statement, as Quotebank keys quotations: lower case, letters and digits only, single
 * spaces. Two outlets quoting "We have never spied." and "we have never spied" give the same key.
 */
export function quoteKey(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded.replace(NON_WORD.for(folded), ' ').trim();
}

/**
 * One claim graph for many articles. Entities merge across documents by type, canonical name and aliases,
 * with conservative Jaro-Winkler matching of spelling variants ("Meng Wanzhou" / "Meng Wenzhou"); the same
 * statement by the same claimant becomes one claim node with a `reported_by` edge per outlet (and an `on_date`
 * edge per date it is dated with); date nodes merge by value; contradiction candidates are recomputed across
 * documents. Node ids derive from names and statement keys (`person:ren-zhengfei`,
 * `claim:1a2b3c4d`), so they are the same on every run. Evidence spans carry `doc`, the document's id
 * (or `doc1`, `doc2`… by position).
 *
 * @example
 * import { analyze, mergeGraphs } from 'claimgraph';
 * const g = mergeGraphs([analyze(a, { id: 'a' }), analyze(b, { id: 'b' })]);
 * g.nodes.filter((n) => n.kind === 'claim').length;
 */
export function mergeGraphs(docs: readonly AnalyzedDocument[]): ClaimGraph {
  const docIds = docs.map((d, i) => d.id ?? `doc${i + 1}`);
  const graphs = docs.map((d) => (d.graph.nodes.length > 0 || d.claims.length === 0 ? d.graph : buildGraph(d)));
  const records = entityRecords(docs, graphs);
  const clusters = clusterNames(records);
  const nodeMap = docs.map(() => new Map<string, string>());
  const clusterNode = new Map<number, GraphNode>();
  const members = new Map<number, EntityRecord[]>();
  records.forEach((r, i) => {
    const c = clusters[i]!;
    members.set(c, [...(members.get(c) ?? []), r]);
  });
  const g = new GraphBuilder();
  for (const [c, list] of members) {
    const best = canonical(list);
    const id = `${best.type}:${slug(best.name)}`;
    const node: GraphNode = { id, kind: 'entity', entityId: id, label: best.name, type: best.type };
    clusterNode.set(c, node);
    g.addNode(node);
    for (const r of list) nodeMap[r.doc]!.set(r.nodeId, id);
  }

  const facts = new Map<string, ClaimFacts>();
  docs.forEach((doc, d) => {
    const claims = new Map(doc.claims.map((c) => [c.id, c]));
    const quotes = new Map(doc.quotes.map((q) => [q.id, q]));
    const tokens = tokenIndex(doc.tokens);
    const mentions = new MentionIndex(doc.mentions);
    const map = nodeMap[d]!;
    // A statement made together ("Trump and Pence said") has several said edges: its speaker key holds them all.
    const saidBy = new Map<string, string[]>();
    for (const e of graphs[d]!.edges) if (e.type === 'said') saidBy.set(e.to, [...(saidBy.get(e.to) ?? []), e.from]);
    const tag = (spans: readonly TextSpan[]): TextSpan[] => spans.map((s) => ({ ...s, doc: docIds[d]! }));
    for (const node of graphs[d]!.nodes) {
      // A date node's id is its value: the same day is one node across articles.
      if (node.kind === 'date') {
        g.addNode({ ...node });
        map.set(node.id, node.id);
      }
      if (node.kind !== 'claim') continue;
      const claim = claims.get(node.claimId);
      if (!claim) continue;
      const said = (saidBy.get(node.id) ?? []).map((s) => map.get(s));
      const speaker =
        said.length > 0 && said.every((s) => s !== undefined)
          ? [...new Set(said)].sort().join('+')
          : `?${normalizeName(claim.claimant)}`;
      const id = `claim:${fnv1a(`${speaker}|${quoteKey(claim.text)}`)}`;
      map.set(node.id, id);
      g.addNode({ id, kind: 'claim', claimId: `${docIds[d]}#${claim.id}`, label: shortLabel(claim.text) });
      if (!facts.has(id)) {
        const content = contentOf(quotes.get(claim.quoteId), claim);
        const names = mentions.within(content).filter((m) => m.form !== 'pronoun');
        const words = wordsOf(content, tokens);
        const fact = factsOf(claim, id, speaker, map, contentStems(words, names), tag(content));
        fact.change = changeOf(words);
        facts.set(id, fact);
      }
    }
    for (const e of graphs[d]!.edges) {
      // Contradictions by content are found again across the documents below; a rebuttal points back at a claim
      // of its own article ("called the claim false"), so it is kept as that article found it.
      if (e.type === 'contradicts' && e.label !== 'rebuttal') continue;
      const from = map.get(e.from);
      const to = map.get(e.to);
      if (from === undefined || to === undefined) continue;
      g.addEdge(e.type, from, to, tag(e.evidence), e.confidence, e.label);
    }
  });
  addContradictions(g, [...facts.values()]);
  return g.build();
}

/** The entity nodes of every document's graph, with names, aliases and mention counts from its entity layer. */
function entityRecords(docs: readonly AnalyzedDocument[], graphs: readonly ClaimGraph[]): EntityRecord[] {
  const out: EntityRecord[] = [];
  docs.forEach((doc, d) => {
    const entities = new Map(doc.entities.map((e) => [e.id, e]));
    for (const node of graphs[d]!.nodes) {
      if (node.kind !== 'entity') continue;
      const e = entities.get(node.entityId);
      const r: EntityRecord = {
        doc: d,
        nodeId: node.id,
        type: node.type,
        name: e?.name ?? node.label,
        aliases: e?.aliases ?? [],
        weight: e?.mentionIds.length ?? 1,
      };
      if (e?.countryCode !== undefined) r.countryCode = e.countryCode;
      out.push(r);
    }
  });
  return out;
}

/**
 * The cluster's name and type: the most mentioned, then the longest name (the first in code-point order on a
 * tie); the most mentioned type, organization winning a tie with location.
 */
function canonical(list: readonly EntityRecord[]): { name: string; type: EntityType } {
  return { name: best(list, (r) => r.name, compareNames), type: best(list, (r) => r.type, compareTypes) };
}

function best<T extends string>(
  list: readonly EntityRecord[],
  key: (r: EntityRecord) => T,
  tie: (a: T, b: T) => number,
): T {
  const score = new Map<T, number>();
  for (const r of list) score.set(key(r), (score.get(key(r)) ?? 0) + r.weight);
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || tie(a, b))[0]!;
}

function compareNames(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

function compareTypes(a: EntityType, b: EntityType): number {
  return a === 'organization' ? -1 : b === 'organization' ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function factsOf(
  claim: Claim,
  id: string,
  speaker: string,
  map: ReadonlyMap<string, string>,
  stems: Set<string>,
  evidence: TextSpan[],
): ClaimFacts {
  const about = new Set<string>();
  for (const a of claim.aboutIds) {
    const m = map.get(a);
    if (m !== undefined) about.add(m);
  }
  return {
    nodeId: id,
    claimantKey: speaker,
    polarity: claim.polarity,
    stance: claim.stance,
    hedged: claim.hedged,
    aboutNodeIds: about,
    stems,
    evidence,
  };
}
