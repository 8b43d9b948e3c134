import { organizationDescriptionHeads, organizationHeadWords } from '../entities/lexicon.js';
import type {
  AnalyzedDocument,
  Claim,
  ClaimGraph,
  DateMention,
  EdgeType,
  Entity,
  EntityType,
  GraphEdge,
  GraphNode,
  Quote,
  TextSpan,
} from '../types.js';
import { normalizeName } from './claimant.js';
import { round } from './claims-stage.js';
import { changeOf, contentStems, rebuttedStance } from './content-words.js';
import { type ClaimFacts, findContradictions, findRebuttals } from './contradictions.js';
import { shortLabel, slug } from './ids.js';
import { MentionIndex } from './mention-index.js';
import { tokenIndex, wordsOf } from './words.js';

/** Collects nodes and edges, keeping ids unique and dropping edges whose ends are missing. */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addNode(node: GraphNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  /**
   * Edge ids are readable and stable: `type:from:to`. A repeated edge keeps its best confidence, the label that came
   * with it, and all evidence.
   */
  addEdge(type: EdgeType, from: string, to: string, evidence: TextSpan[], confidence: number, label?: string): void {
    if (from === to) return;
    const id = `${type}:${from}:${to}`;
    const old = this.edges.get(id);
    if (old) {
      // One article dates a claim by its own publication, another by "said on Monday": the label says which won.
      if (round(confidence) > old.confidence) {
        if (label === undefined) delete old.label;
        else old.label = label;
      }
      old.confidence = Math.max(old.confidence, round(confidence));
      for (const e of evidence) if (!old.evidence.some((o) => sameSpan(o, e))) old.evidence.push(e);
      return;
    }
    const edge: GraphEdge = { id, from, to, type, evidence: [...evidence], confidence: round(confidence) };
    if (label !== undefined) edge.label = label;
    this.edges.set(id, edge);
  }

  /** Entity nodes that no edge touches are left out: the graph shows who said what about whom, not the gazetteer. */
  build(): ClaimGraph {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.from) && this.nodes.has(e.to));
    const used = new Set<string>();
    for (const e of edges) {
      used.add(e.from);
      used.add(e.to);
    }
    const nodes = [...this.nodes.values()].filter((n) => n.kind === 'claim' || used.has(n.id));
    return { nodes, edges };
  }
}

export function entityNode(e: Entity): GraphNode {
  return { id: e.id, kind: 'entity', entityId: e.id, label: e.name, type: e.type };
}

/** A node for a speaker or outlet the entity layer did not find; its id is derived from its name. */
export function syntheticNode(prefix: 'speaker' | 'outlet', name: string, type: EntityType): GraphNode {
  const id = `${prefix}:${slug(name)}`;
  return { id, kind: 'entity', entityId: id, label: name.trim(), type };
}

export function claimNode(id: string, claim: Claim): GraphNode {
  return { id, kind: 'claim', claimId: claim.id, label: shortLabel(claim.text) };
}

/**
 * A TIMEX3 value that names one stretch of the calendar ("2019-01-15", "2021-W08", "2018-Q3"). An unanchored value
 * ("XXXX-WXX-1", a Monday of no known year) or a reference ("PRESENT_REF") is no particular day: as a node it would
 * join the claims of articles written years apart.
 */
export function isCalendarValue(value: string): boolean {
  return /^\d{4}(?:-|$)/.test(value) && !value.includes('X') && !value.endsWith('_REF');
}

/** One node per TIMEX3 value, so claims made on the same day meet there, in one article or across many. */
export function dateNode(value: string): GraphNode {
  return { id: `date:${value}`, kind: 'date', value, label: value };
}

/**
 * The claim graph of one document: entity, claim and date nodes; `said`, `reported_by`, `about`, `role`,
 * `contradicts` and `on_date` edges, each with evidence spans from the text and a confidence.
 */
export function buildGraph(doc: Readonly<AnalyzedDocument>): ClaimGraph {
  const g = new GraphBuilder();
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const quotes = new Map(doc.quotes.map((q) => [q.id, q]));
  const dates = new Map(doc.dates.map((d) => [d.id, d]));
  const rep = representatives(doc.entities);
  const node = (id: string): string => rep.get(id) ?? id;
  for (const e of doc.entities) if (node(e.id) === e.id) g.addNode(entityNode(e));
  const tokens = tokenIndex(doc.tokens);
  const mentions = new MentionIndex(doc.mentions);
  const facts: ClaimFacts[] = [];
  for (const claim of doc.claims) {
    const quote = quotes.get(claim.quoteId);
    const content = contentOf(quote, claim);
    const inside = mentions.within(content);
    g.addNode(claimNode(claim.id, claim));
    const speakers = speakerNodeIds(g, claim, node);
    for (const s of speakers) g.addEdge('said', s, claim.id, saidEvidence(quote, claim), claim.confidence);
    const speaker = speakers.length > 0 ? speakers.join('+') : undefined;
    const outlet = outletNodeId(g, claim, node);
    if (outlet !== undefined) {
      g.addEdge('reported_by', claim.id, outlet, reportEvidence(quote, doc, claim), claim.confidence * 0.95);
    }
    for (const id of claim.aboutIds) {
      const spans = inside.filter((m) => m.entityId === id).map(copy);
      g.addEdge('about', claim.id, node(id), spans.length > 0 ? spans : content, claim.confidence * 0.85);
    }
    if (claim.date !== undefined && isCalendarValue(claim.date)) addDate(g, claim, claim.date, quote, dates, doc);
    const words = wordsOf(content, tokens);
    facts.push({
      nodeId: claim.id,
      claimantKey: speaker ?? `?${claim.claimant}`,
      polarity: claim.polarity,
      stance: claim.stance,
      hedged: claim.hedged,
      aboutNodeIds: new Set(claim.aboutIds.map(node)),
      stems: contentStems(
        words,
        inside.filter((m) => m.form !== 'pronoun'),
      ),
      change: changeOf(words),
      rebuts: rebuttedStance(words, claim.stance, claim.polarity),
      evidence: content,
    });
  }
  addRoles(g, doc.entities, entities, node);
  addContradictions(g, facts);
  return g.build();
}

export function addRoles(
  g: GraphBuilder,
  list: readonly Entity[],
  entities: ReadonlyMap<string, Entity>,
  node: (id: string) => string = (id) => id,
): void {
  for (const e of list) {
    for (const role of e.roles ?? []) {
      if (role.of === undefined || !entities.has(role.of)) continue;
      g.addEdge('role', node(e.id), node(role.of), [role.evidence], 0.8, role.title);
    }
  }
}

/**
 * One node per name: when the entity layer gives one name several entities of different types ("Huawei" as an
 * organization and as a place), the most mentioned stands for all (countries keep their own). Returns
 * entity id → representative id, for the entities that are represented by another.
 */
export function representatives(entities: readonly Entity[]): Map<string, string> {
  const best = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type === 'country') continue;
    const key = normalizeName(e.name);
    const seen = best.get(key);
    if (!seen || e.mentionIds.length > seen.mentionIds.length) best.set(key, e);
  }
  const rep = new Map<string, string>();
  for (const e of entities) {
    if (e.type === 'country') continue;
    const b = best.get(normalizeName(e.name));
    if (b && b.id !== e.id) rep.set(e.id, b.id);
  }
  return rep;
}

export function addContradictions(g: GraphBuilder, facts: readonly ClaimFacts[]): void {
  const byId = new Map(facts.map((f) => [f.nodeId, f]));
  const pairs = new Set<string>();
  for (const c of [...findContradictions(facts), ...findRebuttals(facts)]) {
    // A rebuttal of a claim already set against it by content adds nothing.
    const key = c.from < c.to ? `${c.from} ${c.to}` : `${c.to} ${c.from}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const evidence = [...(byId.get(c.from)?.evidence ?? []), ...(byId.get(c.to)?.evidence ?? [])];
    g.addEdge('contradicts', c.from, c.to, evidence, c.confidence, c.label);
  }
}

/** The nodes that said a claim: each claimant of a statement made together, else the one claimant. */
function speakerNodeIds(g: GraphBuilder, claim: Claim, node: (id: string) => string): string[] {
  const together = (claim.claimantIds ?? []).map(node).filter((id) => g.hasNode(id));
  if (together.length > 1) return [...new Set(together)];
  if (claim.claimantId !== undefined && g.hasNode(node(claim.claimantId))) return [node(claim.claimantId)];
  if (claim.claimant === 'unknown' || claim.claimant.trim() === '') return [];
  const synthetic = syntheticNode('speaker', claim.claimant, speakerType(claim.claimant));
  g.addNode(synthetic);
  return [synthetic.id];
}

/**
 * The type of a speaker no entity stands for, from its head word: "Cho's office", "the ministry", "the company"
 * are organizations; "officials", "two people familiar with the matter", "experts" are people.
 */
export function speakerType(phrase: string): EntityType {
  const words = phrase.toLowerCase().match(HEAD_WORDS) ?? [];
  // The head is the last word before a prepositional phrase or a relative clause ("the office of the mayor").
  let head = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (HEAD_ENDERS.has(words[i]!)) {
      head = i - 1;
      break;
    }
  }
  const w = words[head];
  if (w === undefined) return 'person';
  return organizationHeadWords.has(w) || organizationDescriptionHeads.has(w) ? 'organization' : 'person';
}

const HEAD_WORDS = /[a-z][a-z-]*/g;
const HEAD_ENDERS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'who', 'which', 'that']);

function outletNodeId(g: GraphBuilder, claim: Claim, node: (id: string) => string): string | undefined {
  if (claim.reportedById !== undefined && g.hasNode(node(claim.reportedById))) return node(claim.reportedById);
  if (claim.reportedBy === undefined || claim.reportedBy.trim() === '') return undefined;
  const synthetic = syntheticNode('outlet', claim.reportedBy, 'organization');
  g.addNode(synthetic);
  return synthetic.id;
}

/** The claim's own statement spans: its evidence without the cue (a quote may hold several statements). */
export function contentOf(quote: Quote | undefined, claim: Claim): TextSpan[] {
  const cue = quote?.cue;
  return claim.evidence.filter((s) => !cue || s.start !== cue.start || s.end !== cue.end).map(copy);
}

function saidEvidence(quote: Quote | undefined, claim: Claim): TextSpan[] {
  const out: TextSpan[] = [];
  if (quote?.speaker?.span) out.push(copy(quote.speaker.span));
  if (quote?.cue) out.push(copy(quote.cue));
  return out.length > 0 ? out : contentOf(quote, claim);
}

function reportEvidence(quote: Quote | undefined, doc: Readonly<AnalyzedDocument>, claim: Claim): TextSpan[] {
  if (quote?.reportedBy?.span) return [copy(quote.reportedBy.span)];
  // The article's own outlet: its credit line ("From The Epoch Times") when there is one.
  const name = claim.reportedBy?.toLowerCase() ?? '';
  const credit = [...doc.meta.credits].find((c) => name !== '' && c.text.toLowerCase().includes(name));
  return credit ? [copy(credit)] : contentOf(quote, claim);
}

/**
 * The `on_date` edge of a claim. A date the quote's attribution names ("said on Monday") is its evidence; a claim
 * dated only by the article's publication points to the dateline it was read from (else to the cue: the saying is
 * what is dated), is labelled `article date`, and is less sure, since a quote may have been said days before.
 */
function addDate(
  g: GraphBuilder,
  claim: Claim,
  value: string,
  quote: Quote | undefined,
  dates: ReadonlyMap<string, DateMention>,
  doc: Readonly<AnalyzedDocument>,
): void {
  const node = dateNode(value);
  g.addNode(node);
  const spoken = quote?.dateId === undefined ? undefined : dates.get(quote.dateId);
  if (spoken !== undefined && spoken.value === value) {
    g.addEdge('on_date', claim.id, node.id, [copy(spoken)], claim.confidence * 0.9 * (spoken.confidence ?? 1));
    return;
  }
  const { dateline } = doc.meta;
  const article = value === doc.meta.published;
  const evidence =
    article && doc.meta.publishedFrom === 'text' && dateline !== undefined
      ? [copy(dateline)]
      : quote?.cue
        ? [copy(quote.cue)]
        : contentOf(quote, claim);
  g.addEdge('on_date', claim.id, node.id, evidence, claim.confidence * 0.5, article ? 'article date' : undefined);
}

function sameSpan(a: TextSpan, b: TextSpan): boolean {
  return a.start === b.start && a.end === b.end && a.doc === b.doc;
}

function copy(s: TextSpan): TextSpan {
  return { start: s.start, end: s.end, text: s.text };
}
