/**
 * Hash tables over lists of strings stored as one string (the values joined by '\n', as the data files keep them),
 * read from a generated file instead of being built at load: a Map or Set of tens of thousands of strings cost
 * tens of millions of instructions of every cold start, to build and to parse as JSON arrays. A lookup hashes the
 * text it looks for and compares it with the stored value in place (no substring is made).
 *
 * A table: open addressing with linear probing, slot → row + 1, 0 for an empty slot, as little-endian uint16, over
 * the power of two at least twice the row count. A value's hash is 32-bit FNV-1a over its UTF-16 code units; a pair
 * `a|b` hashes as that string, so findPair(a, b) finds the row of `a|b` without making the string.
 *
 * A file of tables starts with a header: uint32 version, uint32 table count, then per table uint32 rows, uint32
 * length of its values string and uint32 slot count; then the tables in order; then, per table, each value's length
 * as a uint8 (a prefix sum finds where the values start: scanning 87k newlines with indexOf cost more than the
 * tables saved). A file whose header does not fit
 * the lists it is read for (the lists changed, the file was not rebuilt) is not used: the tables are then built at
 * load, the same way (test/data/string-tables.test.ts fails until the file is rebuilt).
 */

export const TABLES_VERSION = 2;
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

/** The hash of `a|`, from which StringTable.findPair goes on (for a first half looked up with many second halves). */
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

/** Where each row's value starts in `values` (joined by '\n'), and values.length + 1 after the last. */
export function rowStarts(values: string): Int32Array {
  let rows = 1;
  for (let i = values.indexOf('\n'); i >= 0; i = values.indexOf('\n', i + 1)) rows++;
  const starts = new Int32Array(rows + 1);
  let r = 1;
  for (let i = values.indexOf('\n'); i >= 0; i = values.indexOf('\n', i + 1)) starts[r++] = i + 1;
  starts[rows] = values.length + 1;
  return starts;
}

/** Where each row starts given the values' lengths, or undefined if they do not add up to `total`. */
function startsFrom(lengths: Uint8Array, total: number): Int32Array | undefined {
  const starts = new Int32Array(lengths.length + 1);
  let at = 0;
  for (let r = 0; r < lengths.length; r++) {
    starts[r] = at;
    at += lengths[r]! + 1;
  }
  starts[lengths.length] = at;
  return at === total + 1 ? starts : undefined;
}

/** The table of `values` (see the file comment). */
export function buildTable(values: string, starts: Int32Array): Uint16Array {
  const rows = starts.length - 1;
  if (rows >= 0xffff) throw new Error('string table: too many values for 16-bit rows');
  const table = new Uint16Array(slotCount(rows));
  const mask = table.length - 1;
  for (let r = 0; r < rows; r++) {
    let s = slotOf(hashOf(values.slice(starts[r]!, starts[r + 1]! - 1)), mask);
    while (table[s] !== 0) s = (s + 1) & mask;
    table[s] = r + 1;
  }
  return table;
}

/** The rows of a list of strings by text. */
export class StringTable {
  private readonly mask: number;

  constructor(
    private readonly values: string,
    private readonly starts: Int32Array,
    private readonly table: Uint16Array,
  ) {
    this.mask = table.length - 1;
  }

  /** A table of `values` (joined by '\n'): the one read from a file if given and it fits, else built here. */
  static of(values: string, stored?: StoredTable): StringTable {
    const starts = stored && startsFrom(stored.lengths, values.length);
    if (stored && starts && stored.table.length === slotCount(stored.lengths.length))
      return new StringTable(values, starts, stored.table);
    const scanned = rowStarts(values);
    return new StringTable(values, scanned, buildTable(values, scanned));
  }

  /** The number of values. */
  get rows(): number {
    return this.starts.length - 1;
  }

  /** The row of `value`, or -1. */
  find(value: string): number {
    const { values, starts, table, mask } = this;
    for (let s = slotOf(hashOf(value), mask); ; s = (s + 1) & mask) {
      const e = table[s]!;
      if (e === 0) return -1;
      const at = starts[e - 1]!;
      if (starts[e]! - 1 - at === value.length && values.startsWith(value, at)) return e - 1;
    }
  }

  /** The row of the value `a|b`, or -1; `prefix` is pairPrefix(a) when the caller keeps it. */
  findPair(a: string, b: string, prefix = pairPrefix(a)): number {
    const { values, starts, table, mask } = this;
    for (let s = slotOf(hashFrom(prefix, b), mask); ; s = (s + 1) & mask) {
      const e = table[s]!;
      if (e === 0) return -1;
      const at = starts[e - 1]!;
      const bar = at + a.length;
      if (
        starts[e]! - 1 - at === a.length + 1 + b.length &&
        values.charCodeAt(bar) === BAR &&
        values.startsWith(a, at) &&
        values.startsWith(b, bar + 1)
      )
        return e - 1;
    }
  }
}

/** The bytes of a file of tables over `lists` (each a string of values joined by '\n'). */
export function encodeTables(lists: readonly string[]): Buffer {
  const starts = lists.map(rowStarts);
  const tables = lists.map((values, i) => buildTable(values, starts[i]!));
  const rows = starts.reduce((n, s) => n + s.length - 1, 0);
  const out = Buffer.alloc(8 + 12 * lists.length + 2 * tables.reduce((n, t) => n + t.length, 0) + rows);
  let at = out.writeUInt32LE(TABLES_VERSION, 0);
  at = out.writeUInt32LE(lists.length, at);
  lists.forEach((values, i) => {
    at = out.writeUInt32LE(rowStarts(values).length - 1, at);
    at = out.writeUInt32LE(values.length, at);
    at = out.writeUInt32LE(tables[i]!.length, at);
  });
  for (const table of tables) for (const e of table) at = out.writeUInt16LE(e, at);
  for (const s of starts) {
    for (let r = 0; r + 1 < s.length; r++) {
      const length = s[r + 1]! - 1 - s[r]!;
      if (length > 0xff) throw new Error('string table: a value longer than 255 code units');
      at = out.writeUInt8(length, at);
    }
  }
  return out;
}

/** What a file of tables holds for one list: its table and its values' lengths. */
export interface StoredTable {
  table: Uint16Array;
  lengths: Uint8Array;
}

/**
 * The tables held in `bytes` (a file of tables over `lists`), or undefined when the file does not fit the lists
 * (another version, another count of lists, values of other lengths).
 */
export function decodeTables(bytes: Uint8Array | undefined, lists: readonly string[]): StoredTable[] | undefined {
  if (!bytes || bytes.byteLength < 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== TABLES_VERSION || view.getUint32(4, true) !== lists.length) return undefined;
  let at = 8;
  let slots = 0;
  const rows: number[] = [];
  for (let i = 0; i < lists.length; i++) {
    const n = view.getUint32(at, true);
    if (view.getUint32(at + 4, true) !== lists[i]!.length || view.getUint32(at + 8, true) !== slotCount(n))
      return undefined;
    rows.push(n);
    slots += slotCount(n);
    at += 12;
  }
  if (bytes.byteLength !== at + 2 * slots + rows.reduce((n, r) => n + r, 0)) return undefined;
  // A copy: a Uint16Array needs an even offset, which a Buffer's is not bound to have.
  const all = new Uint16Array(slots);
  new Uint8Array(all.buffer).set(bytes.subarray(at, at + 2 * slots));
  const out: StoredTable[] = [];
  let from = 0;
  let length = at + 2 * slots;
  for (const n of rows) {
    out.push({ table: all.subarray(from, from + slotCount(n)), lengths: bytes.subarray(length, length + n) });
    from += slotCount(n);
    length += n;
  }
  return out;
}
