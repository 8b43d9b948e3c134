import type { ClaimGraph } from '../types.js';
import { dotString } from './escape.js';

const EDGE_STYLE = new Map<string, string>([
  ['said', 'color="#1f77b4"'],
  ['reported_by', 'color="#7f7f7f", style=dashed'],
  ['about', 'color="#2ca02c"'],
  ['role', 'color="#9467bd"'],
  ['contradicts', 'color="#d62728", penwidth=2, dir=both'],
  ['on_date', 'color="#bcbd22", style=dotted'],
]);

const SHAPE = new Map<string, string>([
  ['entity', 'ellipse'],
  ['claim', 'box'],
  ['date', 'note'],
]);

/**
 * The claim graph in Graphviz DOT: entities as ellipses, claims as boxes, dates as notes, edges labelled with
 * their type (and the role title, contradiction reason or `article date`). Every id and label is a quoted, escaped DOT string.
 *
 * @example
 * import { analyze, toDot } from 'claimgraph';
 * const dot = toDot(analyze('Ren said it.').graph); // render with `dot -Tsvg`
 */
export function toDot(graph: ClaimGraph): string {
  const out = ['digraph claims {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=10];'];
  for (const n of graph.nodes) {
    const shape = SHAPE.get(n.kind) ?? 'ellipse';
    const label = n.kind === 'entity' ? `${n.label}\n(${n.type})` : n.label;
    out.push(`  ${dotString(n.id)} [label=${dotString(label)}, shape=${shape}];`);
  }
  for (const e of graph.edges) {
    const label = e.label === undefined ? e.type : `${e.type}: ${e.label}`;
    const style = EDGE_STYLE.get(e.type) ?? '';
    out.push(
      `  ${dotString(e.from)} -> ${dotString(e.to)} [id=${dotString(e.id)}, label=${dotString(label)}, ${style}];`,
    );
  }
  out.push('}', '');
  return out.join('\n');
}
