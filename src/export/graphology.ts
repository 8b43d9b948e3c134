import { MultiDirectedGraph } from 'graphology';
import type { ClaimGraph, GraphEdge, GraphNode } from '../types.js';

export type ClaimGraphology = MultiDirectedGraph<GraphNode, GraphEdge>;

/**
 * The claim graph as a graphology `MultiDirectedGraph` (node and edge attributes are the JSON nodes and edges,
 * keyed by their ids), so graphology's algorithms and its GEXF/GraphML tooling apply.
 *
 * @example
 * import { analyze, toGraphology } from 'claimgraph';
 * const g = toGraphology(analyze('Ren said it.').graph);
 * g.order; // number of nodes
 */
export function toGraphology(graph: ClaimGraph): ClaimGraphology {
  const g: ClaimGraphology = new MultiDirectedGraph<GraphNode, GraphEdge>();
  for (const n of graph.nodes) g.mergeNode(n.id, { ...n });
  for (const e of graph.edges) {
    if (!g.hasNode(e.from) || !g.hasNode(e.to) || g.hasEdge(e.id)) continue;
    g.addEdgeWithKey(e.id, e.from, e.to, { ...e, evidence: e.evidence.map((s) => ({ ...s })) });
  }
  return g;
}
