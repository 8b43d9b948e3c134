/**
 * The tagger's word-pair templates (`w-1w=a|b`, `ww+1=a|b`) as maps from a pair of word ids to the feature's table
 * offset, over one vocabulary of the words they hold. As a map of maps (first word → second word → offset),
 * `ww+1` alone was 4,277 small maps, 1 MB of heap kept for the life of the process; as two maps with number keys
 * the scorer's model index is 1.1 MB smaller, for the same cost to build and to look up. A word's id is looked up
 * once per distinct word (the scorer caches it with the word's other offsets).
 */
import type { CompiledModel } from './model.js';

export interface WordPairs {
  /** The id of a word in the pair templates, or -1 when no pair holds it. */
  idOf(word: string): number;
  /** Offset of the feature `name=a|b` for word ids a and b, or -1. */
  at(pairs: Map<number, number>, a: number, b: number): number;
  /** The pairs of one template, by the key `at` takes. */
  template(name: string): Map<number, number>;
}

/**
 * Indexes the given templates of the model (values `a|b`; read once, not kept as maps of strings). A value may be split
 * at any of its bars (a word may hold one); every split is indexed, and a lookup of (a, b) finds exactly the
 * string `a|b`, so the extra splits never match anything else.
 */
export function wordPairs(model: CompiledModel, names: readonly string[]): WordPairs {
  const vocabulary = new Map<string, number>();
  const id = (word: string): number => {
    let k = vocabulary.get(word);
    if (k === undefined) {
      k = vocabulary.size;
      vocabulary.set(word, k);
    }
    return k;
  };
  // Ids first (the key needs the vocabulary's size), then the keys: [a, b, offset] per split, flat.
  const splits = new Map<string, number[]>();
  for (const name of names) {
    const list: number[] = [];
    model.each(name, (value, offset) => {
      for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
        list.push(id(value.slice(0, bar)), id(value.slice(bar + 1)), offset);
      }
    });
    splits.set(name, list);
  }
  const size = vocabulary.size;
  const byName = new Map<string, Map<number, number>>();
  for (const [name, list] of splits) {
    const pairs = new Map<number, number>();
    for (let k = 0; k < list.length; k += 3) pairs.set(list[k]! * size + list[k + 1]!, list[k + 2]!);
    byName.set(name, pairs);
  }
  return {
    idOf: (word) => vocabulary.get(word) ?? -1,
    at: (pairs, a, b) => (a < 0 || b < 0 ? -1 : (pairs.get(a * size + b) ?? -1)),
    template: (name) => byName.get(name) ?? new Map(),
  };
}
