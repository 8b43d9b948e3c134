import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { leanModel } from '../../src/adapters/wink-model.js';

const require = createRequire(import.meta.url);

interface Feature {
  list: string[];
  hash?: Record<string, number>;
}

interface Core {
  features: Record<string, Feature>;
}

interface Loaders {
  core(): Core;
  sbd(): unknown;
  pos(): unknown;
  metaCER(): unknown;
}

describe('leanModel', () => {
  // The lean loader repeats the package's core() step for step; a new model version must not silently differ.
  // The lookup objects are filled on demand (lazy-hash.ts), so they are compared read by read, the rest as is.
  it('builds the same core model as the package', () => {
    const lean = (leanModel() as unknown as Loaders).core();
    const pkg = (require('wink-eng-lite-web-model') as Loaders).core();
    const hashed = Object.keys(pkg.features).filter((f) => pkg.features[f]!.hash);
    expect(hashed).toEqual(['prefix', 'suffix', 'shape', 'lexeme']);
    for (const f of hashed) {
      const [a, b] = [lean.features[f]!, pkg.features[f]!];
      for (const text of [...b.list, 'claimgraph', 'Zzzz', '', '__proto__', 'constructor', 'toString', '0', '01']) {
        if (a.hash![text] !== b.hash![text])
          expect.fail(`${f} ${JSON.stringify(text)}: ${a.hash![text]} ≠ ${b.hash![text]}`);
      }
      delete a.hash;
      delete b.hash;
    }
    expect(lean).toStrictEqual(pkg);
  }, 60_000);

  it('keeps what wink adds to a lookup object, and what it finds there', () => {
    const lexeme = (leanModel() as unknown as Loaders).core().features.lexeme!;
    // Empty until read: data/wink-hash-order.bin fits the model (else the loader builds the whole object).
    expect(Object.keys(lexeme.hash!)).toEqual([]);
    expect(lexeme.hash!.the).toBe(lexeme.list.indexOf('the'));
    lexeme.hash!.claimgraph = lexeme.list.push('claimgraph') - 1;
    expect(lexeme.hash!.claimgraph).toBe(lexeme.list.length - 1);
    // A text that is an accessor's name on ordinary objects is a key like any other, as in wink's null-prototype one.
    const proto = '__proto__';
    lexeme.hash![proto] = 7;
    expect(lexeme.hash![proto]).toBe(7);
    expect(lexeme.hash!.the).toBe(lexeme.list.indexOf('the'));
  });

  it('keeps the package loaders of the parts the pipe runs', () => {
    const lean = leanModel() as unknown as Loaders;
    const pkg = require('wink-eng-lite-web-model') as Loaders;
    expect(lean.sbd).toBe(pkg.sbd);
    expect(lean.pos).toBe(pkg.pos);
    expect(lean.metaCER).toBe(pkg.metaCER);
  });
});
