/**
 * Generates data/wink-hash-order.bin from wink-eng-lite-web-model's core JSON: for each feature whose values wink
 * looks up by text (the lexeme list, then every packing.layout feature with layout[3] === 0, in layout order),
 * the indices of its list sorted by the value's UTF-16 code units, as little-endian uint32. src/adapters/lazy-hash.ts
 * binary-searches them instead of building wink's 94k-key lookup objects at load.
 * Deterministic (the values are unique, so the order is total): run `npx tsx scripts/build-wink-hash-order.ts`
 * after upgrading wink-eng-lite-web-model (test/adapters/wink-model.test.ts fails until then).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const path = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const model = JSON.parse(readFileSync(path, 'utf8')) as {
  packing: { layout: Record<string, number[]> };
  features: Record<string, { list: string[] }>;
};

const names = ['lexeme', ...Object.keys(model.packing.layout).filter((f) => model.packing.layout[f]![3] === 0)];
const parts: Uint32Array[] = [];
for (const name of names) {
  const list = model.features[name]!.list;
  if (new Set(list).size !== list.length) throw new Error(`${name}: values are not unique`);
  const order = Uint32Array.from(list.keys());
  order.sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
  parts.push(order);
  console.log(`${name}: ${list.length} values`);
}
const out = Buffer.alloc(parts.reduce((n, p) => n + p.length * 4, 0));
let at = 0;
for (const p of parts) for (const k of p) at = out.writeUInt32LE(k, at);
writeFileSync(new URL('../data/wink-hash-order.bin', import.meta.url), out);
