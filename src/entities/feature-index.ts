/**
 * Hash tables over the tagger's feature values (data/ner-index.bin, written by scripts/build-ner-index.ts and by
 * scripts/train-ner.ts), so that the scorer finds a value's row in the weights table without building a Map of
 * every value at load. The Maps (45k values, split into words and pairs of words) were about 250M instructions of
 * every cold start; a table here is read from the file as it is, and a lookup hashes the text it looks for and
 * compares it with the stored value in place (no substring is made).
 *
 * One table per template (in the model's order), open addressing with linear probing: slot → row + 1 within the
 * template, 0 for an empty slot, as little-endian uint16. A value's hash is 32-bit FNV-1a over its UTF-16 code
 * units; a pair `a|b` (the `w-1w`, `sh+1`, `T-1w` templates) hashes as the string `a|b`, so `pair(a, b)` finds the
 * same row as `get(a + '|' + b)` without making that string.
 *
 * The file starts with a header: uint32 version, uint32 template count, then per template uint32 rows, uint32 length
 * of its values string and uint32 slot count. A file whose header does not fit the model (a retrained model without
 * a rebuilt index) is not used: the tables are then built here, the same way (test/entities/feature-index.test.ts
 * fails until the file is rebuilt).
 */

export const INDEX_VERSION = 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 0x7c;

function hashFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

function hashOf(s: string): number {
  return hashFrom(FNV_OFFSET, s);
}

/** The hash of `a|`, from which FeatureLookup.pairFrom goes on. */
export function pairPrefix(a: string): number {
  return Math.imul(hashOf(a) ^ BAR, FNV_PRIME);
}

/** The slot a hash starts probing at, in a table of `mask + 1` slots. */
function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 16)) & mask;
}

/** Slots for `rows` values: the power of two at least twice as many, so probes stay short and misses end fast. */
export function slotCount(rows: number): number {
  let n = 2;
  while (n < 2 * rows) n *= 2;
  return n;
}

/** Where each row's value starts in a template's values (joined by '\n'), and values.length + 1 after the last. */
export function rowStarts(values: string): Int32Array {
  let rows = 1;
  for (let i = values.indexOf('\n'); i >= 0; i = values.indexOf('\n', i + 1)) rows++;
  const starts = new Int32Array(rows + 1);
  let r = 1;
  for (let i = values.indexOf('\n'); i >= 0; i = values.indexOf('\n', i + 1)) starts[r++] = i + 1;
  starts[rows] = values.length + 1;
  return starts;
}

/** The table of one template's values (see the file comment). */
export function buildTable(values: string, starts: Int32Array): Uint16Array {
  const rows = starts.length - 1;
  if (rows >= 0xffff) throw new Error('feature index: a template has too many values for 16-bit rows');
  const table = new Uint16Array(slotCount(rows));
  const mask = table.length - 1;
  for (let r = 0; r < rows; r++) {
    let s = slotOf(hashOf(values.slice(starts[r]!, starts[r + 1]! - 1)), mask);
    while (table[s] !== 0) s = (s + 1) & mask;
    table[s] = r + 1;
  }
  return table;
}

/** One template's values by text: the offset of a value's row in the weights table. */
export class FeatureLookup {
  private readonly mask: number;

  constructor(
    private readonly values: string,
    private readonly starts: Int32Array,
    private readonly table: Uint16Array,
    /** Offset of the template's first row in the weights table. */
    private readonly base: number,
    private readonly width: number,
  ) {
    this.mask = table.length - 1;
  }

  /** The offset of `value`'s row, or undefined. */
  get(value: string): number | undefined {
    const { values, starts, table, mask } = this;
    for (let s = slotOf(hashOf(value), mask); ; s = (s + 1) & mask) {
      const e = table[s]!;
      if (e === 0) return undefined;
      const at = starts[e - 1]!;
      if (starts[e]! - 1 - at === value.length && values.startsWith(value, at)) return this.base + (e - 1) * this.width;
    }
  }

  /** The offset of the row of the value `a|b`, or undefined. */
  pair(a: string, b: string): number | undefined {
    return this.pairFrom(a, pairPrefix(a), b);
  }

  /**
   * pair(a, b) given `prefix`, the hash of `a|` (pairPrefix): for a first half looked up with many second halves
   * (each tag with every word, in `T-1w`).
   */
  pairFrom(a: string, prefix: number, b: string): number | undefined {
    const { values, starts, table, mask } = this;
    for (let s = slotOf(hashFrom(prefix, b), mask); ; s = (s + 1) & mask) {
      const e = table[s]!;
      if (e === 0) return undefined;
      const at = starts[e - 1]!;
      const bar = at + a.length;
      if (
        starts[e]! - 1 - at === a.length + 1 + b.length &&
        values.charCodeAt(bar) === BAR &&
        values.startsWith(a, at) &&
        values.startsWith(b, bar + 1)
      )
        return this.base + (e - 1) * this.width;
    }
  }
}

/** The index file's bytes for the templates ([name, values joined by '\n'], in row order). */
export function encodeIndex(templates: readonly (readonly string[])[]): Buffer {
  const tables = templates.map((t) => buildTable(t[1]!, rowStarts(t[1]!)));
  const header = 8 + 12 * templates.length;
  const out = Buffer.alloc(header + 2 * tables.reduce((n, t) => n + t.length, 0));
  let at = out.writeUInt32LE(INDEX_VERSION, 0);
  at = out.writeUInt32LE(templates.length, at);
  templates.forEach((t, i) => {
    at = out.writeUInt32LE(rowStarts(t[1]!).length - 1, at);
    at = out.writeUInt32LE(t[1]!.length, at);
    at = out.writeUInt32LE(tables[i]!.length, at);
  });
  for (const table of tables) for (const e of table) at = out.writeUInt16LE(e, at);
  return out;
}

/** What the index file holds: each template's row count and table. */
export interface StoredIndex {
  rows: number[];
  tables: Uint16Array[];
}

/**
 * The tables held in `bytes` (the index file), one per template, or undefined when the file does not fit the
 * templates (another version, another template count, values of other lengths).
 */
export function decodeIndex(
  bytes: Uint8Array | undefined,
  templates: readonly (readonly string[])[],
): StoredIndex | undefined {
  if (!bytes || bytes.byteLength < 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== INDEX_VERSION || view.getUint32(4, true) !== templates.length) return undefined;
  let at = 8;
  let slots = 0;
  const rows: number[] = [];
  for (let i = 0; i < templates.length; i++) {
    const n = view.getUint32(at, true);
    if (view.getUint32(at + 4, true) !== templates[i]![1]?.length || view.getUint32(at + 8, true) !== slotCount(n))
      return undefined;
    rows.push(n);
    slots += slotCount(n);
    at += 12;
  }
  if (bytes.byteLength !== at + 2 * slots) return undefined;
  // A copy: a Uint16Array needs an even offset, which a Buffer's is not bound to have.
  const all = new Uint16Array(slots);
  new Uint8Array(all.buffer).set(bytes.subarray(at));
  const tables: Uint16Array[] = [];
  let from = 0;
  for (const n of rows) {
    tables.push(all.subarray(from, from + slotCount(n)));
    from += slotCount(n);
  }
  return { rows, tables };
}
