import type { ClaimGraph, EntityType, GraphNode } from '../types.js';
import { escapeXml } from './escape.js';

const ROW = 30;
const TOP = 30;
const ENTITY_X = 190;
const CLAIM_X = 560;
const WIDTH = 960;

export const TYPE_COLOUR = new Map<EntityType, string>([
  ['person', '#1f77b4'],
  ['organization', '#ff7f0e'],
  ['country', '#2ca02c'],
  ['location', '#8c564b'],
]);

export const EDGE_COLOUR = new Map<string, string>([
  ['said', '#1f77b4'],
  ['reported_by', '#999999'],
  ['about', '#2ca02c'],
  ['role', '#9467bd'],
  ['contradicts', '#d62728'],
  ['on_date', '#bcbd22'],
]);

const DATE_COLOUR = '#bcbd22';

/**
 * The graph as an inline SVG with a deterministic two-column layout: entities on the left (by type, then
 * name), then a row's gap and the dates (in calendar order, as diamonds); claims on the right (in document order).
 * `said`, `reported_by`, `about` and `on_date` (dotted) run between the columns, `role` arcs bulge left and
 * `contradicts` arcs bulge right. The same graph always gives the same picture.
 */
export function graphSvg(graph: ClaimGraph): string {
  const entities = graph.nodes
    .filter((n): n is Extract<GraphNode, { kind: 'entity' }> => n.kind === 'entity')
    .sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  const claims = graph.nodes.filter((n) => n.kind === 'claim');
  // TIMEX3 values of one granularity sort by the calendar as strings do.
  const dates = graph.nodes
    .filter((n) => n.kind === 'date')
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const firstDate = entities.length > 0 && dates.length > 0 ? entities.length + 1 : entities.length;
  const pos = new Map<string, { x: number; y: number }>();
  for (const [i, n] of entities.entries()) pos.set(n.id, { x: ENTITY_X, y: TOP + i * ROW });
  for (const [i, n] of dates.entries()) pos.set(n.id, { x: ENTITY_X, y: TOP + (firstDate + i) * ROW });
  for (const [i, n] of claims.entries()) pos.set(n.id, { x: CLAIM_X, y: TOP + i * ROW });
  const height = TOP * 2 + Math.max(firstDate + dates.length, claims.length, 1) * ROW;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="claim graph">`,
  ];
  for (const e of graph.edges) {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) continue;
    const colour = EDGE_COLOUR.get(e.type) ?? '#000';
    const bulge = e.type === 'role' ? -80 : e.type === 'contradicts' ? 120 : 0;
    const d =
      bulge === 0
        ? `M${a.x} ${a.y} L${b.x} ${b.y}`
        : `M${a.x} ${a.y} C${a.x + bulge} ${a.y} ${b.x + bulge} ${b.y} ${b.x} ${b.y}`;
    const dash =
      e.type === 'reported_by' ? ' stroke-dasharray="4 3"' : e.type === 'on_date' ? ' stroke-dasharray="1 3"' : '';
    out.push(
      `<path class="edge edge-${e.type}" d="${d}" fill="none" stroke="${colour}" stroke-width="${e.type === 'contradicts' ? 2 : 1}"${dash}><title>${escapeXml(`${e.type}${e.label ? `: ${e.label}` : ''} (${e.confidence})`)}</title></path>`,
    );
  }
  for (const n of entities) {
    const p = pos.get(n.id)!;
    out.push(
      `<g class="node node-entity"><circle cx="${p.x}" cy="${p.y}" r="6" fill="${TYPE_COLOUR.get(n.type) ?? '#333'}"><title>${escapeXml(`${n.label} (${n.type})`)}</title></circle>` +
        `<text x="${p.x - 12}" y="${p.y + 4}" text-anchor="end">${escapeXml(clip(n.label, 26))}</text></g>`,
    );
  }
  for (const n of dates) {
    const p = pos.get(n.id)!;
    out.push(
      `<g class="node node-date"><path d="M${p.x} ${p.y - 7} L${p.x + 7} ${p.y} L${p.x} ${p.y + 7} L${p.x - 7} ${p.y} Z" fill="${DATE_COLOUR}"><title>${escapeXml(`${n.label} (date)`)}</title></path>` +
        `<text x="${p.x - 12}" y="${p.y + 4}" text-anchor="end">${escapeXml(clip(n.label, 26))}</text></g>`,
    );
  }
  for (const n of claims) {
    const p = pos.get(n.id)!;
    out.push(
      `<g class="node node-claim"><rect x="${p.x - 6}" y="${p.y - 6}" width="12" height="12" fill="#555"><title>${escapeXml(n.label)}</title></rect>` +
        `<text x="${p.x + 14}" y="${p.y + 4}">${escapeXml(clip(n.label, 56))}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
