import type { AnalyzedDocument, Claim, Entity, EntityType } from '../types.js';

export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

const THING_TYPE = new Map<EntityType, string>([
  ['person', 'Person'],
  ['organization', 'Organization'],
  ['country', 'Country'],
  ['location', 'Place'],
]);

/**
 * schema.org JSON-LD of the claims of one or more documents: an `@graph` of `Claim` items with `text`,
 * `author` (a Person, or an Organization for organizations and countries speaking through their
 * governments), `datePublished` (when it was said, if a calendar date), `appearance` (the `NewsArticle` with its
 * `publisher`, plus the outlet credited with the report when that is another one) and `about`. Each item is
 * ready to be the `itemReviewed` of a fact-checker's `ClaimReview`.
 *
 * @example
 * import { analyze, toJsonLd } from 'claimgraph';
 * const ld = toJsonLd(analyze('Ren said his company has never spied.', { outlet: 'The Daily' }));
 * JSON.stringify(ld);
 */
export function toJsonLd(docs: AnalyzedDocument | readonly AnalyzedDocument[]): JsonLdDocument {
  const list: readonly AnalyzedDocument[] = Array.isArray(docs) ? docs : [docs as AnalyzedDocument];
  const graph: JsonLdNode[] = [];
  list.forEach((doc, i) => {
    const docId = doc.id ?? `doc${i + 1}`;
    const entities = new Map(doc.entities.map((e) => [e.id, e]));
    const article = articleNode(doc, docId);
    for (const claim of doc.claims) graph.push(claimNode(claim, docId, article, entities));
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

function articleNode(doc: AnalyzedDocument, docId: string): JsonLdNode {
  const node: JsonLdNode = { '@type': 'NewsArticle', '@id': `#${docId}` };
  if (doc.meta.title) node.headline = doc.meta.title.text;
  if (doc.meta.published) node.datePublished = doc.meta.published;
  if (doc.meta.outlet) node.publisher = { '@type': 'Organization', name: doc.meta.outlet };
  if (doc.meta.authors.length > 0) node.author = doc.meta.authors.map((name) => ({ '@type': 'Person', name }));
  return node;
}

function claimNode(
  claim: Claim,
  docId: string,
  article: JsonLdNode,
  entities: ReadonlyMap<string, Entity>,
): JsonLdNode {
  const author = (e: Entity | undefined, name: string): JsonLdNode => ({
    '@type': e?.type === 'person' || !e ? 'Person' : 'Organization',
    name,
  });
  // "Trump and Pence said": schema.org's author may be a list.
  const together = (claim.claimantIds ?? []).flatMap((id) => entities.get(id) ?? []);
  const speaker = claim.claimantId === undefined ? undefined : entities.get(claim.claimantId);
  const node: JsonLdNode = {
    '@type': 'Claim',
    '@id': `#${docId}-${claim.id}`,
    text: claim.text,
    author: together.length > 1 ? together.map((e) => author(e, e.name)) : author(speaker, claim.claimant),
  };
  if (claim.date !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(claim.date)) node.datePublished = claim.date;
  const appearance: JsonLdNode[] = [article];
  if (claim.reportedBy !== undefined && claim.reportedBy !== (article.publisher as JsonLdNode | undefined)?.name) {
    appearance.push({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: claim.reportedBy } });
  }
  node.appearance = appearance;
  const about = claim.aboutIds.flatMap((id) => {
    const e = entities.get(id);
    return e ? [{ '@type': THING_TYPE.get(e.type) ?? 'Thing', name: e.name }] : [];
  });
  if (about.length > 0) node.about = about;
  return node;
}
