import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_BASE } from '../shared-data.js';
import { entitiesOf } from './helpers.js';

const SEED = SEED_BASE;
const present = existsSync(`${SEED}.txt`) && existsSync(`${SEED}.expected.json`);

interface Expected {
  entities: {
    required: { type: string; name: string; aliases?: string[]; code?: string }[];
    not_entities: string[];
  };
}

describe.skipIf(!present)('seed article entities (../shared/seed, when present)', () => {
  const text = present ? readFileSync(`${SEED}.txt`, 'utf8') : '';
  const expected: Expected = present
    ? JSON.parse(readFileSync(`${SEED}.expected.json`, 'utf8'))
    : { entities: { required: [], not_entities: [] } };
  const doc = present ? entitiesOf(text) : undefined;

  it('finds every required entity with its type, canonical name, aliases and country code', () => {
    for (const want of expected.entities.required) {
      const e = doc!.entities.find((x) => x.name === want.name && x.type === want.type);
      expect(e, want.name).toBeDefined();
      for (const alias of want.aliases ?? []) expect(e!.aliases, want.name).toContain(alias);
      if (want.code) expect(e!.countryCode, want.name).toBe(want.code);
    }
  });

  it('makes no entity of the not_entities', () => {
    const names = new Set(doc!.entities.flatMap((e) => [e.name, ...e.aliases]));
    for (const bad of expected.entities.not_entities) expect(names.has(bad), bad).toBe(false);
  });

  it('puts every "Ren" name mention on Ren Zhengfei', () => {
    const ren = doc!.entities.find((e) => e.name === 'Ren Zhengfei')!;
    const renMentions = doc!.mentions.filter((m) => m.form === 'name' && /^Ren\b/.test(m.text));
    expect(renMentions.length).toBe(7);
    expect(renMentions.every((m) => m.entityId === ren.id)).toBe(true);
  });
});
