import { describe, expect, it } from 'vitest';
import { analyze, checkInvariants } from '../../src/index.js';

/** Words that are special as object keys, used in the text as names, speakers, outlets and quoted words. */
const SPECIAL = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const TEXT = SPECIAL.map(
  (w, i) =>
    `${w} said on Monday that "${w} is ${w}," according to ${w} Times. ` +
    `President ${w} ${['Smith', 'Jones', 'Brown', 'Lee', 'Khan', 'Ito', 'Moreau'][i]} told ${w} News that ${w} had denied it.`,
).join('\n\n');

/** Every object reachable from `value` (the document is a JSON tree). */
function* objects(value: unknown): Generator<object> {
  if (value === null || typeof value !== 'object') return;
  yield value;
  for (const child of Object.values(value)) yield* objects(child);
}

describe('names such as __proto__ and constructor never become object keys', () => {
  const doc = analyze(TEXT, { published: '2020-06-01', outlet: 'constructor' });

  it('gives a valid document', () => {
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('no object in the document has a key taken from the text, or a changed prototype', () => {
    for (const o of objects(doc)) {
      const keys = Object.getOwnPropertyNames(o);
      for (const w of SPECIAL) expect(keys, `keys ${keys.join(',')}`).not.toContain(w);
      const proto = Object.getPrototypeOf(o);
      expect(proto === Object.prototype || proto === Array.prototype, 'prototype is untouched').toBe(true);
    }
  });

  it('leaves Object.prototype and Array.prototype alone', () => {
    const probe: Record<string, unknown> = {};
    for (const w of ['polluted', 'said', 'Times', 'Smith']) expect(probe[w]).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.keys(Array.prototype)).toEqual([]);
  });

  it('round-trips through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
