import { detached } from '../text/detach.js';
import { LetterPattern } from '../text/letters.js';
import { contains } from '../text/spans.js';
import type { ArticleMeta, Entity, Mention, Quote, TextSpan } from '../types.js';
import { speakerless } from './nesting.js';

const NON_WORD = new LetterPattern(String.raw`[^\p{L}\p{N}]+`, 'gu');

export interface Party {
  name: string;
  id?: string;
  /** All parties of a coordinated speaker ("Trump and Pence"); `id` is the first. */
  ids?: string[];
}

/**
 * Who made the statement: the resolved entity's canonical name; else the person or organization whose name or
 * alias is the head of the speaker phrase ("Ren, a former army engineer," → Ren Zhengfei) or whose name mention
 * opens the speaker span; else the speaker as written. A function-word speaker (the relative "that") is none.
 */
export function claimantOf(
  quote: Quote,
  entities: ReadonlyMap<string, Entity>,
  mentions: readonly Mention[] = [],
  names: ReadonlyMap<string, Entity> = nameIndex(entities.values()),
): Party | undefined {
  const s = quote.speaker;
  if (!s || speakerless(quote)) return undefined;
  const together = (s.entityIds ?? []).filter((id) => entities.has(id));
  if (together.length > 1) return { name: s.text, id: together[0]!, ids: together };
  const entity = s.entityId === undefined ? undefined : entities.get(s.entityId);
  if (entity) return { name: entity.name, id: entity.id };
  const named = headEntity(s.text, names) ?? mentionAtStart(s.span, mentions, entities);
  if (named) return { name: named.name, id: named.id };
  const name = s.text.trim();
  return name === '' ? undefined : { name };
}

/**
 * Who reported it: the outlet named in the sentence ("…, the Financial Times reported"), else the article's
 * own outlet. An outlet name is linked to an organization entity of the same name or alias when there is one.
 */
export function reporterOf(
  quote: Quote,
  meta: ArticleMeta,
  entities: ReadonlyMap<string, Entity>,
  names: ReadonlyMap<string, Entity> = nameIndex(entities.values()),
): Party | undefined {
  const r = quote.reportedBy;
  if (r) {
    const entity = r.entityId === undefined ? undefined : entities.get(r.entityId);
    if (entity) return { name: entity.name, id: entity.id };
    return linkByName(r.text, names) ?? { name: r.text.trim() };
  }
  if (meta.outlet === undefined || meta.outlet.trim() === '') return undefined;
  return linkByName(meta.outlet, names) ?? { name: meta.outlet.trim() };
}

/** Person and organization entities by normalized name and alias (the first entity keeps a shared alias). */
export function nameIndex(entities: Iterable<Entity>): Map<string, Entity> {
  const index = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const name of [e.name, ...e.aliases]) {
      const key = normalizeName(name);
      if (key !== '' && !index.has(key)) index.set(key, e);
    }
  }
  return index;
}

function headEntity(speaker: string, names: ReadonlyMap<string, Entity>): Entity | undefined {
  return names.get(normalizeName(speaker.split(',')[0] ?? ''));
}

/** Who speaks for the body named before them. */
const BODY_VOICES = /^(?:spokes(?:man|woman|person|people|men|women)|representatives?|officials?|statement)\b/i;

function mentionAtStart(
  span: TextSpan | undefined,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): Entity | undefined {
  if (!span) return undefined;
  const m = mentions.find(
    (x) => x.form === 'name' && (x.type === 'person' || x.type === 'organization') && contains(span, x),
  );
  if (
    !m ||
    span.text
      .slice(0, m.start - span.start)
      .replace(/^the\s+/i, '')
      .trim() !== ''
  )
    return undefined;
  // "the Labour leader", "the Aston Villa manager": a name that modifies a role is not who spoke; a spokesperson's
  // body is ("the Apple spokesman").
  const rest = span.text.slice(m.end - span.start).trim();
  if (rest !== '' && !rest.startsWith(',') && !BODY_VOICES.test(rest)) return undefined;
  return entities.get(m.entityId);
}

// Every stage normalizes the same few names per document again and again (the name index, representatives,
// slugs): remember them, forgetting all when the memo is full.
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 20_000;

export function normalizeName(name: string): string {
  let key = normalized.get(name);
  if (key === undefined) {
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    key = normalize(name);
    normalized.set(detached(name), key);
  }
  return key;
}

function normalize(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '');
  return folded.replace(NON_WORD.for(folded), ' ').trim();
}

function linkByName(name: string, names: ReadonlyMap<string, Entity>): Party | undefined {
  const e = names.get(normalizeName(name));
  return e && e.type === 'organization' ? { name: e.name, id: e.id } : undefined;
}
