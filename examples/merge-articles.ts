/**
 * One claim graph for several articles about the same people: entities merge across articles (including the
 * misspelled "Marcus Felds"), and a statement carried by two outlets becomes one claim with two `reported_by`
 * edges (and an `on_date` edge to each day it is dated with; a day is one node across articles). Node ids derive
 * from names, statements and dates, so they are the same on every run.
 * Run: npx tsx examples/merge-articles.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { analyze, mergeGraphs, toJsonLd } from '../src/index.js';

// Each article with the outlet that published it, as a news archive would supply it.
const outlets = new Map([
  ['ledger-2024-05-02', 'Harbor Herald'],
  ['courier-2024-05-03', 'Evening Courier'],
  ['wire-2024-05-06', 'Metro Wire'],
]);
const dir = new URL('./merge-articles/', import.meta.url);
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const id = f.replace(/\.txt$/, '');
    return analyze(readFileSync(new URL(f, dir), 'utf8'), { id, outlet: outlets.get(id) ?? 'unknown' });
  });
const graph = mergeGraphs(docs);

console.log(`${docs.length} articles → ${graph.nodes.length} nodes, ${graph.edges.length} edges\n`);
for (const n of graph.nodes) if (n.kind === 'entity') console.log(`  ${n.id.padEnd(36)} ${n.label}`);
console.log('');
const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
for (const n of graph.nodes) {
  if (n.kind !== 'claim') continue;
  const by = graph.edges.filter((e) => e.type === 'said' && e.to === n.id).map((e) => label.get(e.from));
  const via = graph.edges.filter((e) => e.type === 'reported_by' && e.from === n.id).map((e) => label.get(e.to));
  const on = graph.edges.filter((e) => e.type === 'on_date' && e.from === n.id).map((e) => label.get(e.to));
  console.log(`  ${by.join(', ') || '?'}: "${n.label}" — via ${via.join(', ') || '?'} — on ${on.join(', ') || '?'}`);
}

// The example checks its own output, so a test that runs it notices when the pipeline regresses.
const named = (re: RegExp) => graph.nodes.filter((n) => n.kind === 'entity' && re.test(n.label));
if (named(/^Marcus Felds?$/).length !== 1)
  throw new Error(`expected one Marcus Feld node, got ${named(/Feld/).length}`);
if (named(/^Solvane Health$/).length !== 1) throw new Error('expected one Solvane Health node');
const denial = graph.nodes.filter((n) => n.kind === 'claim' && /never sold patient records/.test(n.label));
if (denial.length !== 1) throw new Error(`expected the denial as one claim, got ${denial.length}`);
const reporters = graph.edges.filter((e) => e.type === 'reported_by' && e.from === denial[0]!.id);
if (reporters.length < 2) throw new Error(`expected the denial reported by two outlets, got ${reporters.length}`);
// "said on Thursday" in the Ledger of May 2 dates the denial; the Courier of May 3 only by its own date.
const denialDates = graph.edges.filter((e) => e.type === 'on_date' && e.from === denial[0]!.id).map((e) => e.to);
if (!denialDates.includes('date:2024-05-02')) throw new Error(`expected the denial on 2024-05-02, got ${denialDates}`);
const dateIds = graph.nodes.filter((n) => n.kind === 'date').map((n) => n.id);
if (new Set(dateIds).size !== dateIds.length) throw new Error('two date nodes for one date');
const again = mergeGraphs(docs);
if (JSON.stringify(again) !== JSON.stringify(graph)) throw new Error('merging is not deterministic');
const ld = JSON.parse(JSON.stringify(toJsonLd(docs))) as { '@graph': { text?: string; author?: unknown }[] };
if (!ld['@graph'].every((c) => c.text && c.author)) throw new Error('a JSON-LD claim lacks text or author');
