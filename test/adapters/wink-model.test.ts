import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { leanModel } from '../../src/adapters/wink-model.js';

const require = createRequire(import.meta.url);

interface Loaders {
  core(): unknown;
  sbd(): unknown;
  pos(): unknown;
  metaCER(): unknown;
}

describe('leanModel', () => {
  // The lean loader repeats the package's core() step for step; a new model version must not silently differ.
  it('builds the same core model as the package', () => {
    const lean = leanModel() as unknown as Loaders;
    const pkg = require('wink-eng-lite-web-model') as Loaders;
    expect(lean.core()).toStrictEqual(pkg.core());
  }, 60_000);

  it('keeps the package loaders of the parts the pipe runs', () => {
    const lean = leanModel() as unknown as Loaders;
    const pkg = require('wink-eng-lite-web-model') as Loaders;
    expect(lean.sbd).toBe(pkg.sbd);
    expect(lean.pos).toBe(pkg.pos);
    expect(lean.metaCER).toBe(pkg.metaCER);
  });
});
