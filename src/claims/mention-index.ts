import type { Mention, Span } from '../types.js';

/**
 * Mentions sorted by start, so the mentions inside a span are found by binary search in O(log n + k):
 * a long article's claims each look only at their own stretch of text.
 */
export class MentionIndex {
  private readonly sorted: Mention[];

  constructor(mentions: readonly Mention[]) {
    this.sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Mentions lying wholly inside one of `spans`, in text order. */
  within(spans: readonly Span[]): Mention[] {
    const out: Mention[] = [];
    for (const span of spans) {
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.sorted[mid]!.start < span.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.sorted.length && this.sorted[i]!.start < span.end; i++) {
        const m = this.sorted[i]!;
        if (m.end <= span.end) out.push(m);
      }
    }
    return out;
  }
}
