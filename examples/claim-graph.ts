/**
 * The claim graph of an article, and three questions asked of it, as a fact-checker would:
 *   1. Which claims did the chief executive make, which outlet reported each, and when?
 *   2. Which claims are about her company?
 *   3. Which claims stand against her denial?
 * The graph is handed to graphology (`toGraphology`) and walked with its API.
 * Run: npx tsx examples/claim-graph.ts
 */
import { readFileSync } from 'node:fs';
import { analyze, type GraphEdge, type GraphNode, toDot, toGraphML, toGraphology } from '../src/index.js';

const file = new URL('./articles/port-authority-2021-03-04.txt', import.meta.url).pathname;
const doc = analyze(readFileSync(file, 'utf8'));
const { graph } = doc;
const g = toGraphology(graph);
const count = (type: string) => graph.edges.filter((e) => e.type === type).length;
console.log(
  `${g.order} nodes, ${g.size} edges:`,
  ['said', 'reported_by', 'about', 'role', 'contradicts', 'on_date'].map((t) => `${t} ${count(t)}`).join(', '),
);

const label = (id: string) => (g.getNodeAttributes(id) as GraphNode).label;
const edgesOf = (id: string, type: GraphEdge['type'], dir: 'out' | 'in') =>
  (dir === 'out' ? g.outEdges(id) : g.inEdges(id)).map((e) => g.getEdgeAttributes(e)).filter((e) => e.type === type);
const entitiesNamed = (re: RegExp) => g.filterNodes((_, n) => n.kind === 'entity' && re.test(n.label));

// 1. Claims by the chief executive (the entity layer may keep "Anna de Vries" and "De Vries" apart: take both).
console.log('\n1. Which claims did Anna de Vries make, which outlet reported each, and when?');
const ceo = entitiesNamed(/de vries/i);
const ceoClaims = ceo.flatMap((id) => edgesOf(id, 'said', 'out').map((e) => e.to));
for (const c of ceoClaims) {
  const outlets = edgesOf(c, 'reported_by', 'out').map((e) => label(e.to));
  // The date node of an on_date edge: when it was said, or only the article's date (the edge's label says which).
  const dates = edgesOf(c, 'on_date', 'out').map((e) => `${label(e.to)}${e.label ? ` (${e.label})` : ''}`);
  console.log(`   - "${label(c)}" — reported by ${outlets.join(', ') || '(no outlet)'}, on ${dates.join(', ') || '?'}`);
}

// 2. Claims about the company, under whichever name the entity layer gave it.
console.log('\n2. Which claims are about Harbor Logistics?');
const company = entitiesNamed(/harbor logistics/i);
const aboutCompany = company.flatMap((id) => edgesOf(id, 'about', 'in').map((e) => e.from));
for (const c of aboutCompany) console.log(`   - "${label(c)}"`);
if (aboutCompany.length === 0) console.log('   (none found)');

// 3. Contradiction candidates touching her claims, with the reason and the evidence.
console.log('\n3. Which claims stand against what Anna de Vries said?');
const against = ceoClaims.flatMap((c) =>
  g
    .edges(c)
    .map((e) => g.getEdgeAttributes(e))
    .filter((e) => e.type === 'contradicts')
    .map((e) => ({ mine: c, other: e.from === c ? e.to : e.from, edge: e })),
);
for (const { mine, other, edge } of against) {
  console.log(`   - "${label(other)}" against "${label(mine)}" (${edge.label}, confidence ${edge.confidence})`);
}
if (against.length === 0) console.log('   (no candidate found: the statements share too few entities and words)');

// The example checks its own output, so a test that runs it notices when the pipeline regresses.
const ids = new Set(graph.nodes.map((n) => n.id));
const dangling = graph.edges.filter((e) => !ids.has(e.from) || !ids.has(e.to));
if (dangling.length > 0) throw new Error(`dangling edges: ${dangling.map((e) => e.id).join(', ')}`);
if (ceoClaims.length < 2) throw new Error(`expected two or more claims by Anna de Vries, got ${ceoClaims.length}`);
if (!ceoClaims.every((c) => edgesOf(c, 'reported_by', 'out').length > 0)) throw new Error('a claim has no outlet');
if (!ceoClaims.every((c) => edgesOf(c, 'on_date', 'out').length === 1)) throw new Error('a claim has no date');
const dot = toDot(graph);
const graphml = toGraphML(graph);
for (const n of graph.nodes) {
  if (!dot.includes(JSON.stringify(n.id)) || !graphml.includes(`id="${n.id}"`))
    throw new Error(`node ${n.id} missing in an export`);
}
