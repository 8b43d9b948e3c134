import { contains } from '../text/spans.js';
import type { Entity, Mention, TextSpan } from '../types.js';

export interface AboutResult {
  aboutIds: string[];
  /** The mentions that made each entity an about-entity, for the graph's evidence. */
  evidence: Map<string, TextSpan[]>;
}

// "his company", "our firm": a statement by a company's officer about "the company" is about that company.
const OWN_COMPANY = /\b(?:his|her|our|my|their|the)\s+(?:company|firm|group|business)\b/gi;

/**
 * The entities a statement is about: every entity with a mention inside the content spans (pronouns and
 * descriptions count through their resolved `entityId`). A person claimant is dropped when they appear only as
 * a pronoun ("his company", "we") and something else is mentioned, because a speaker's self-reference is rarely
 * the topic; when they are the only entity, or are named, they stay. An organization's "its products" is about
 * the organization, so an organization claimant always stays.
 * When the entity layer did not resolve "his company", an organization the claimant holds a role in stands in.
 */
export function aboutEntities(
  content: readonly TextSpan[],
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  claimantId: string | undefined,
): AboutResult {
  const evidence = new Map<string, TextSpan[]>();
  const named = new Set<string>();
  for (const m of mentions) {
    if (!entities.has(m.entityId) || !content.some((c) => contains(c, m))) continue;
    const list = evidence.get(m.entityId) ?? [];
    list.push({ start: m.start, end: m.end, text: m.text });
    evidence.set(m.entityId, list);
    if (m.form !== 'pronoun') named.add(m.entityId);
  }
  const claimant = claimantId === undefined ? undefined : entities.get(claimantId);
  for (const org of claimant?.roles ?? []) {
    if (org.of === undefined || evidence.has(org.of) || entities.get(org.of)?.type !== 'organization') continue;
    const hits = content.flatMap((c) =>
      [...c.text.matchAll(OWN_COMPANY)].map((m) => {
        const start = c.start + (m.index ?? 0);
        return { start, end: start + m[0].length, text: m[0] };
      }),
    );
    if (hits.length > 0) evidence.set(org.of, hits);
    break;
  }
  if (claimant?.type === 'person' && evidence.has(claimant.id) && !named.has(claimant.id) && evidence.size > 1) {
    evidence.delete(claimant.id);
  }
  return { aboutIds: [...evidence.keys()], evidence };
}
