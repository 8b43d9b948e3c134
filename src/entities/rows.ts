/**
 * Fixed-width rows of numbers handed out from shared typed arrays ("slabs"), for caches that keep many small rows.
 * A typed array of its own per row carried about 200 bytes of bookkeeping (its ArrayBuffer object, the buffer's
 * extension and a separate malloc) beside 100-140 bytes of data, and was allocated through the runtime; the tagger's
 * scorer kept two per distinct word, up to 20,000 words. A slab stays alive while any row in it is referenced, so a
 * cache that forgets its entries frees their slabs with them.
 */
export class Rows<A extends Int32Array | Float64Array> {
  private slab: A;
  private used = 0;
  /** The slab that the offset returned by the last `take` points into. */
  current: A;

  constructor(
    private readonly alloc: (length: number) => A,
    readonly width: number,
    private readonly perSlab = 1024,
  ) {
    this.slab = alloc(width * perSlab);
    this.current = this.slab;
  }

  /** Takes a new row (all zeros), returning its offset in `current`. */
  take(): number {
    if (this.used === this.perSlab) {
      this.slab = this.alloc(this.width * this.perSlab);
      this.used = 0;
    }
    this.current = this.slab;
    return this.width * this.used++;
  }
}
