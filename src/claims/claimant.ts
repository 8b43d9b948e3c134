import type { ArticleMeta, Entity, Quote } from '../types.js';

export interface Party {
  name: string;
  id?: string;
}

/** Who made the statement: the resolved entity's canonical name, else the speaker as written. */
export function claimantOf(quote: Quote, entities: ReadonlyMap<string, Entity>): Party | undefined {
  const s = quote.speaker;
  if (!s) return undefined;
  const entity = s.entityId === undefined ? undefined : entities.get(s.entityId);
  if (entity) return { name: entity.name, id: entity.id };
  const name = s.text.trim();
  return name === '' ? undefined : { name };
}

/**
 * Who reported it: the outlet named in the sentence ("…, the Financial Times reported"), else the article's
 * own outlet. An outlet name is linked to an organization entity of the same name or alias when there is one.
 */
export function reporterOf(quote: Quote, meta: ArticleMeta, entities: ReadonlyMap<string, Entity>): Party | undefined {
  const r = quote.reportedBy;
  if (r) {
    const entity = r.entityId === undefined ? undefined : entities.get(r.entityId);
    if (entity) return { name: entity.name, id: entity.id };
    return linkByName(r.text, entities) ?? { name: r.text.trim() };
  }
  if (meta.outlet === undefined || meta.outlet.trim() === '') return undefined;
  return linkByName(meta.outlet, entities) ?? { name: meta.outlet.trim() };
}

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function linkByName(name: string, entities: ReadonlyMap<string, Entity>): Party | undefined {
  const key = normalizeName(name);
  for (const e of entities.values()) {
    if (e.type !== 'organization') continue;
    if (normalizeName(e.name) === key || e.aliases.some((a) => normalizeName(a) === key))
      return { name: e.name, id: e.id };
  }
  return undefined;
}
