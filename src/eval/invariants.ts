/**
 * Structural checks every analyzed document must pass, whatever the text: each span of each layer is in bounds and
 * carries its own text, the text layers are ordered, ids are unique and every reference resolves, and the document
 * survives a JSON round trip. Used by the eval runner over every gold document and by tests over fixtures.
 */
import { hasLetterOrDigit } from '../text/letters.js';
import { normalizedView } from '../text/view.js';
import { type AnalyzedDocument, type EdgeType, type GraphNode, SCHEMA_VERSION, type Span } from '../types.js';

/**
 * The offset of the first letter or digit of the visible text (markup blanked as the tokenizer sees it) that no
 * token covers, or -1: text the tokenizer silently dropped. Checked when there are tokens at all.
 */
function firstUntokenized(text: string, tokens: readonly Span[]): number {
  // A document no tokenizer ran on (a synthetic one, or one with the text stage disabled) has nothing to check.
  if (!Array.isArray(tokens) || tokens.length === 0) return -1;
  if (tokens.some((t) => typeof t?.start !== 'number' || typeof t?.end !== 'number')) return -1;
  const view = normalizedView(text);
  const sorted = [...tokens].sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < view.length; i++) {
    while (k < sorted.length && sorted[k]!.end <= i) k++;
    const t = sorted[k];
    if (t && t.start <= i) {
      i = t.end - 1;
      continue;
    }
    if (hasLetterOrDigit(view[i]!)) return i;
  }
  return -1;
}

/** At most this many violations are listed; the rest are counted in one final line. */
const MAX_VIOLATIONS = 200;

/** The kinds of node each edge type runs from and to. */
const EDGE_ENDS: Readonly<Record<EdgeType, readonly [GraphNode['kind'], GraphNode['kind']]>> = {
  said: ['entity', 'claim'],
  reported_by: ['claim', 'entity'],
  about: ['claim', 'entity'],
  role: ['entity', 'entity'],
  contradicts: ['claim', 'claim'],
  on_date: ['claim', 'date'],
};

/**
 * Lists what is wrong with `doc`; an empty list means it is valid. Each entry names the place
 * (`quotes[3].cue`) and the problem.
 *
 * @example
 * import { analyze, checkInvariants } from 'claimgraph';
 * checkInvariants(analyze('Ren said his company never spied.')); // []
 */
export function checkInvariants(doc: AnalyzedDocument): string[] {
  const out: string[] = [];
  let dropped = 0;
  const report = (msg: string) => {
    if (out.length < MAX_VIOLATIONS) out.push(msg);
    else dropped++;
  };
  if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') {
    return ['document: not an object with a string "text"'];
  }
  const { text } = doc;
  if (doc.schemaVersion !== SCHEMA_VERSION) report(`schemaVersion: ${String(doc.schemaVersion)} !== ${SCHEMA_VERSION}`);

  const checkSpan = (where: string, s: unknown, withText = true): s is Span => {
    if (typeof s !== 'object' || s === null) {
      report(`${where}: not a span`);
      return false;
    }
    const { start, end } = s as { start?: unknown; end?: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      report(`${where}: start/end not integers (${String(start)}, ${String(end)})`);
      return false;
    }
    const a = start as number;
    const b = end as number;
    if (a < 0 || b > text.length) report(`${where}: [${a}, ${b}) out of bounds (text length ${text.length})`);
    if (a > b) report(`${where}: start ${a} > end ${b}`);
    if (withText) {
      const t = (s as { text?: unknown }).text;
      if (typeof t !== 'string') report(`${where}: text missing`);
      else if (text.slice(a, b) !== t) {
        report(`${where}: text ${JSON.stringify(cut(t))} !== slice ${JSON.stringify(cut(text.slice(a, b)))}`);
      }
    }
    return true;
  };
  const checkList = (where: string, list: unknown, withText = true): void => {
    if (!Array.isArray(list)) {
      report(`${where}: not an array`);
      return;
    }
    list.forEach((s, i) => {
      checkSpan(`${where}[${i}]`, s, withText);
    });
  };
  const ordered = (where: string, list: readonly Span[]) => {
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      if (cur.start < prev.end)
        report(`${where}[${i}]: starts at ${cur.start}, before ${where}[${i - 1}] ends (${prev.end})`);
    }
  };

  // Text layers: spans, order, indices.
  const layers = ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'dates', 'quotes', 'claims'] as const;
  for (const layer of layers) {
    if (!Array.isArray(doc[layer])) {
      report(`${layer}: not an array`);
      return finish(out, dropped);
    }
  }
  checkList('paragraphs', doc.paragraphs);
  checkList('tokens', doc.tokens);
  checkList('sentences', doc.sentences);
  ordered('paragraphs', doc.paragraphs);
  ordered('tokens', doc.tokens);
  ordered('sentences', doc.sentences);
  doc.tokens.forEach((t, i) => {
    if (t.i !== i) report(`tokens[${i}].i is ${t.i}`);
    if (t.start === t.end) report(`tokens[${i}]: empty`);
  });
  const untokenized = firstUntokenized(text, doc.tokens);
  if (untokenized >= 0) {
    report(
      `tokens: the letter or digit at ${untokenized} (${JSON.stringify(cut(text.slice(untokenized, untokenized + 20)))}) is in no token`,
    );
  }
  let lastToken = -1;
  doc.sentences.forEach((s, i) => {
    const where = `sentences[${i}]`;
    if (s.i !== i) report(`${where}.i is ${s.i}`);
    const range = s.tokens;
    if (!Array.isArray(range) || range.length !== 2 || !range.every(Number.isInteger)) {
      report(`${where}.tokens: not a [first, last] pair`);
      return;
    }
    const [first, last] = range;
    if (first > last || first < 0 || last >= doc.tokens.length) {
      report(`${where}.tokens: [${first}, ${last}] invalid for ${doc.tokens.length} tokens`);
      return;
    }
    if (first <= lastToken) report(`${where}.tokens: starts at token ${first}, already in an earlier sentence`);
    lastToken = last;
    const ft = doc.tokens[first]!;
    const lt = doc.tokens[last]!;
    if (ft.start < s.start || lt.end > s.end) {
      report(`${where}: tokens ${first}..${last} [${ft.start}, ${lt.end}) not inside [${s.start}, ${s.end})`);
    }
    const p = doc.paragraphs[s.paragraph];
    if (p === undefined) report(`${where}.paragraph: ${s.paragraph} is not a paragraph index`);
    else if (s.start < p.start || s.end > p.end) report(`${where}: not inside paragraphs[${s.paragraph}]`);
  });

  // Meta spans.
  const meta = doc.meta;
  if (typeof meta !== 'object' || meta === null) report('meta: missing');
  else {
    for (const key of ['title', 'byline', 'dateline'] as const) {
      if (meta[key] !== undefined) checkSpan(`meta.${key}`, meta[key]);
    }
    for (const key of ['captions', 'credits', 'boilerplate', 'repeatedTitles'] as const) {
      checkList(`meta.${key}`, meta[key]);
    }
  }

  // Ids.
  const ids = (where: string, list: readonly { id: string }[]) => {
    const set = new Set<string>();
    list.forEach((x, i) => {
      if (typeof x.id !== 'string' || x.id === '') report(`${where}[${i}]: no id`);
      else if (set.has(x.id)) report(`${where}[${i}]: duplicate id "${x.id}"`);
      set.add(x.id);
    });
    return set;
  };
  const mentionIds = ids('mentions', doc.mentions);
  const entityIds = ids('entities', doc.entities);
  const dateIds = ids('dates', doc.dates);
  const quoteIds = ids('quotes', doc.quotes);
  ids('claims', doc.claims);
  const ref = (where: string, id: unknown, set: Set<string>, kind: string) => {
    if (id !== undefined && (typeof id !== 'string' || !set.has(id)))
      report(`${where}: ${kind} "${String(id)}" not found`);
  };

  const mentionEntity = new Map<string, string>();
  doc.mentions.forEach((m, i) => {
    checkSpan(`mentions[${i}]`, m);
    ref(`mentions[${i}].entityId`, m.entityId, entityIds, 'entity');
    mentionEntity.set(m.id, m.entityId);
  });
  doc.entities.forEach((e, i) => {
    if (!Array.isArray(e.mentionIds)) report(`entities[${i}].mentionIds: not an array`);
    else {
      e.mentionIds.forEach((mid, j) => {
        ref(`entities[${i}].mentionIds[${j}]`, mid, mentionIds, 'mention');
        const owner = mentionEntity.get(mid);
        if (owner !== undefined && owner !== e.id) {
          report(`entities[${i}].mentionIds[${j}]: mention "${mid}" belongs to entity "${owner}"`);
        }
      });
    }
    (e.roles ?? []).forEach((r, j) => {
      checkSpan(`entities[${i}].roles[${j}].evidence`, r.evidence);
      ref(`entities[${i}].roles[${j}].of`, r.of, entityIds, 'entity');
    });
  });
  doc.dates.forEach((d, i) => {
    checkSpan(`dates[${i}]`, d);
  });
  doc.quotes.forEach((q, i) => {
    const where = `quotes[${i}]`;
    checkList(`${where}.content`, q.content);
    if (q.cue !== undefined) checkSpan(`${where}.cue`, q.cue);
    if (q.speaker?.span !== undefined) checkSpan(`${where}.speaker.span`, q.speaker.span);
    if (q.reportedBy?.span !== undefined) checkSpan(`${where}.reportedBy.span`, q.reportedBy.span);
    ref(`${where}.speaker.mentionId`, q.speaker?.mentionId, mentionIds, 'mention');
    ref(`${where}.speaker.entityId`, q.speaker?.entityId, entityIds, 'entity');
    for (const id of q.speaker?.entityIds ?? []) ref(`${where}.speaker.entityIds`, id, entityIds, 'entity');
    if (q.speaker?.entityIds !== undefined && q.speaker.entityIds[0] !== q.speaker.entityId)
      report(`${where}.speaker.entityIds does not start with speaker.entityId`);
    ref(`${where}.reportedBy.entityId`, q.reportedBy?.entityId, entityIds, 'entity');
    ref(`${where}.dateId`, q.dateId, dateIds, 'date');
  });
  doc.claims.forEach((c, i) => {
    const where = `claims[${i}]`;
    checkList(`${where}.evidence`, c.evidence);
    ref(`${where}.quoteId`, c.quoteId, quoteIds, 'quote');
    ref(`${where}.claimantId`, c.claimantId, entityIds, 'entity');
    for (const id of c.claimantIds ?? []) ref(`${where}.claimantIds`, id, entityIds, 'entity');
    ref(`${where}.reportedById`, c.reportedById, entityIds, 'entity');
    (c.aboutIds ?? []).forEach((id, j) => {
      ref(`${where}.aboutIds[${j}]`, id, entityIds, 'entity');
    });
  });

  // Graph.
  const graph = doc.graph;
  if (typeof graph !== 'object' || graph === null || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    report('graph: not {nodes: [], edges: []}');
  } else {
    const nodeIds = ids('graph.nodes', graph.nodes);
    ids('graph.edges', graph.edges);
    const claimIds = new Set(doc.claims.map((c) => c.id));
    const claimDates = new Set(doc.claims.flatMap((c) => (c.date === undefined ? [] : [c.date])));
    const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    graph.nodes.forEach((n, i) => {
      // A speaker or outlet the entity layer did not find gets a synthetic node whose entityId is its own node id
      // (`outlet:reuters`); any other entityId must name an entity.
      if (n.kind === 'entity' && n.entityId !== n.id) {
        ref(`graph.nodes[${i}].entityId`, n.entityId, entityIds, 'entity');
      } else if (n.kind === 'claim') ref(`graph.nodes[${i}].claimId`, n.claimId, claimIds, 'claim');
      else if (n.kind === 'date') {
        // A date node stands for the date of a claim, and its id is its value so that merged graphs share it.
        ref(`graph.nodes[${i}].value`, n.value, claimDates, 'claim date');
        if (n.id !== `date:${n.value}`) report(`graph.nodes[${i}]: date node id "${n.id}" is not date:${n.value}`);
      }
    });
    graph.edges.forEach((e, i) => {
      ref(`graph.edges[${i}].from`, e.from, nodeIds, 'node');
      ref(`graph.edges[${i}].to`, e.to, nodeIds, 'node');
      checkList(`graph.edges[${i}].evidence`, e.evidence);
      const ends = Object.hasOwn(EDGE_ENDS, e.type) ? EDGE_ENDS[e.type] : undefined;
      const from = kinds.get(e.from);
      const to = kinds.get(e.to);
      if (ends === undefined) report(`graph.edges[${i}]: unknown type "${String(e.type)}"`);
      else if (from !== undefined && to !== undefined && (from !== ends[0] || to !== ends[1]))
        report(`graph.edges[${i}]: ${e.type} edge from ${from} to ${to}, not ${ends[0]} to ${ends[1]}`);
    });
  }

  if (Array.isArray(doc.warnings)) {
    doc.warnings.forEach((w, i) => {
      if (w.span !== undefined) checkSpan(`warnings[${i}].span`, w.span, false);
    });
  } else report('warnings: not an array');

  // Plain JSON: the round trip gives back an equal document (no undefined values, NaN, Dates, class instances).
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(doc));
  } catch (err) {
    report(`JSON round trip throws: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (copy !== undefined) {
    const diff = jsonDifference(doc, copy, 'doc');
    if (diff) report(`JSON round trip differs at ${diff}`);
  }
  return finish(out, dropped);
}

function finish(out: string[], dropped: number): string[] {
  if (dropped > 0) out.push(`… and ${dropped} more`);
  return out;
}

function cut(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** The path of the first place where `a` (the original) and `b` (its JSON copy) differ, or '' when equal. */
function jsonDifference(a: unknown, b: unknown, path: string): string {
  if (a === b) return '';
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (a === 0 && b === 0) ? '' : path;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path} (${describe(a)})`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path} (array vs object)`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path} (length)`;
    for (let i = 0; i < a.length; i++) {
      const d = jsonDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return '';
  }
  const proto = Object.getPrototypeOf(a);
  if (proto !== Object.prototype && proto !== null) return `${path} (not a plain object)`;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao);
  const bk = Object.keys(bo);
  if (ak.length !== bk.length) {
    const missing = ak.find((k) => !(k in bo));
    return `${path}.${missing ?? '?'} (${missing === undefined ? 'keys' : describe(ao[missing])})`;
  }
  for (const k of ak) {
    if (!Object.hasOwn(bo, k)) return `${path}.${k}`;
    const d = jsonDifference(ao[k], bo[k], `${path}.${k}`);
    if (d) return d;
  }
  return '';
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  return typeof v;
}
