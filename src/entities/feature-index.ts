/**
 * The tagger's feature values by text: data/ner-index.bin holds a hash table over each template's values
 * (src/text/string-table.ts has the form), written by scripts/build-hash-tables.ts and by scripts/train-ner.ts. The
 * scorer built a Map per template at its first call (45k values, the word-pair templates split into a vocabulary and
 * number-keyed maps), about 230M instructions of every cold start; a lookup here finds a value's row in place.
 */
import { encodeTables, pairPrefix, StringTable } from '../text/string-table.js';

export { pairPrefix };

/** One template's values by text: the offset of a value's row in the weights table. */
export class FeatureLookup {
  constructor(
    private readonly values: StringTable,
    /** Offset of the template's first row in the weights table. */
    private readonly base: number,
    private readonly width: number,
  ) {}

  /** The offset of `value`'s row, or undefined. */
  get(value: string): number | undefined {
    const r = this.values.find(value);
    return r < 0 ? undefined : this.base + r * this.width;
  }

  /** The offset of the row of the value `a|b`, or undefined. */
  pair(a: string, b: string): number | undefined {
    const r = this.values.findPair(a, b);
    return r < 0 ? undefined : this.base + r * this.width;
  }

  /** pair(a, b) given `prefix`, pairPrefix(a): for a first half looked up with many second halves (`T-1w`). */
  pairFrom(a: string, prefix: number, b: string): number | undefined {
    const r = this.values.findPair(a, b, prefix);
    return r < 0 ? undefined : this.base + r * this.width;
  }
}

/** A lookup that finds nothing, for a template the model lacks. */
export const NO_FEATURES = new FeatureLookup(new StringTable('', new Int32Array([0, 1]), new Uint16Array(2)), 0, 0);

/** The index file's bytes for the templates ([name, values joined by '\n'], in row order). */
export function encodeIndex(templates: readonly (readonly string[])[]): Buffer {
  return encodeTables(templates.map((t) => t[1]!));
}
