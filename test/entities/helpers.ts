import { expect } from 'vitest';
import { analyze } from '../../src/index.js';
import type { AnalyzedDocument, Entity, Mention } from '../../src/types.js';

/** Entities only: the later stages are not needed to test this layer. */
export function entitiesOf(text: string): AnalyzedDocument {
  return analyze(text, { disable: ['dates', 'quotes', 'claims', 'graph'] });
}

export function entityOf(doc: AnalyzedDocument, m: Mention): Entity {
  const e = doc.entities.find((x) => x.id === m.entityId);
  if (!e) throw new Error(`mention ${m.id} points at missing entity ${m.entityId}`);
  return e;
}

export function mention(doc: AnalyzedDocument, text: string, nth = 0): Mention | undefined {
  return doc.mentions.filter((m) => m.text === text)[nth];
}

export function entityNamed(doc: AnalyzedDocument, name: string): Entity | undefined {
  return doc.entities.find((e) => e.name === name);
}

/** Two mentions of a text, each a surface and which of its occurrences, and whether they name one entity. */
export type SameEntityRow = [text: string, a: [string, number], b: [string, number], same: boolean];

/** Checks a SameEntityRow: both mentions are found, on one entity or on two as `same` says. */
export function expectSameEntity(text: string, [sa, na]: [string, number], [sb, nb]: [string, number], same: boolean) {
  const doc = entitiesOf(text);
  const a = mention(doc, sa, na)?.entityId;
  const b = mention(doc, sb, nb)?.entityId;
  expect(a).toBeDefined();
  expect(b).toBeDefined();
  expect(a === b).toBe(same);
}
