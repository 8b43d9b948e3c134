import type { ClaimGraph, GraphEdge, GraphNode } from '../types.js';
import { escapeXml } from './escape.js';

const NODE_KEYS = ['kind', 'label', 'type', 'entityId', 'claimId', 'value'] as const;
const EDGE_KEYS = ['type', 'label', 'confidence', 'evidence'] as const;

/**
 * The claim graph as GraphML (readable by Gephi, yEd, NetworkX, igraph): one `<node>` per node and one
 * `<edge>` per edge with their fields as `<data>` (a date node's TIMEX3 value as `value`); evidence is the edge's
 * evidence texts joined by " | ".
 *
 * @example
 * import { analyze, toGraphML } from 'claimgraph';
 * const xml = toGraphML(analyze('Ren said it.').graph);
 */
export function toGraphML(graph: ClaimGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const k of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`);
  for (const k of EDGE_KEYS) {
    const type = k === 'confidence' ? 'double' : 'string';
    out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="claims" edgedefault="directed">');
  for (const n of graph.nodes) out.push(node(n));
  for (const e of graph.edges) out.push(edge(e));
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function data(prefix: string, key: string, value: string | number | undefined): string {
  return value === undefined ? '' : `<data key="${prefix}_${key}">${escapeXml(String(value))}</data>`;
}

function node(n: GraphNode): string {
  const fields = [data('n', 'kind', n.kind), data('n', 'label', n.label)];
  if (n.kind === 'entity') fields.push(data('n', 'type', n.type), data('n', 'entityId', n.entityId));
  else if (n.kind === 'claim') fields.push(data('n', 'claimId', n.claimId));
  else fields.push(data('n', 'value', n.value));
  return `    <node id="${escapeXml(n.id)}">${fields.join('')}</node>`;
}

function edge(e: GraphEdge): string {
  const fields = [
    data('e', 'type', e.type),
    data('e', 'label', e.label),
    data('e', 'confidence', e.confidence),
    data('e', 'evidence', e.evidence.map((s) => s.text).join(' | ')),
  ];
  return `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${fields.join('')}</edge>`;
}
