/**
 * wink's text → index lookup objects, filled on demand. wink's core loader builds one object per looked-up feature,
 * `hash[list[k]] = k` for every value: 94k keys for the lexeme list alone, each inserted into a growing dictionary,
 * about a sixth of claimgraph's cold start, though an article looks up a few hundred of them. Here the object starts
 * empty and its prototype is a proxy that finds a missing text by binary search over the list's indices sorted by
 * text (data/wink-hash-order.bin, made by scripts/build-wink-hash-order.ts) and keeps it as an own property, so
 * every later lookup of that text is an ordinary property read. wink reads the object only as `hash[text]` and adds
 * new texts as `hash[text] = index` (cache.js), which land as own properties as before: every read returns what the
 * full object would (only `in` and key listings differ, and wink uses neither).
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../data-file.js';

export type TextIndex = Record<string, number>;

/** The indices of `list` sorted by text, for each list in turn, or undefined if the file does not fit the lists. */
export function sortedOrders(lists: readonly (readonly string[])[]): Uint32Array[] | undefined {
  const bytes = readFileSync(dataFile('wink-hash-order.bin'));
  if (bytes.length !== 4 * lists.reduce((n, l) => n + l.length, 0)) return undefined;
  // A copy: a Uint32Array needs an offset aligned to 4, which a Buffer's is not bound to have.
  const all = new Uint32Array(bytes.length / 4);
  new Uint8Array(all.buffer).set(bytes);
  let at = 0;
  return lists.map((l) => {
    at += l.length;
    return all.subarray(at - l.length, at);
  });
}

/** The object wink's loader makes, `hash[list[k]] = k` for every k: for lists whose values are unique. */
export function eagerHash(list: readonly string[]): TextIndex {
  const hash: TextIndex = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/** An object that reads as eagerHash(list) does, given `order`, the indices of `list` sorted by text. */
export function lazyHash(list: readonly string[], order: Uint32Array): TextIndex {
  // The target has no properties and no prototype: anything the trap does not answer is undefined, as in a
  // prototype-less object, and an assignment through the chain lands as an own property of the receiver.
  const finder = new Proxy(Object.create(null) as TextIndex, {
    get(_target, text, receiver: TextIndex) {
      if (typeof text !== 'string') return undefined;
      const k = find(list, order, text);
      const value = k >= 0 ? k : undefined;
      // A miss is kept too, as an own property holding undefined (which reads as a missing one does): wink's
      // lemmatizer asks for the same non-words ("runn", "tim") at every occurrence of a word, and a trap call
      // and a search each time made a hot pass 10% slower.
      Object.defineProperty(receiver, text, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
  return Object.create(finder) as TextIndex;
}

/** The index of `text` in `list`, or -1. */
function find(list: readonly string[], order: Uint32Array, text: string): number {
  let lo = 0;
  let hi = order.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = order[mid]!;
    const value = list[k]!;
    if (value === text) return k;
    if (value < text) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
