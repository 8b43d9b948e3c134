/** Mentions by offset: the quotes stage looks up the mention under a speaker phrase once per quote. */
import type { Mention } from '../types.js';

/** Mentions sorted by start, for lookups by offset. */
export function sortedMentions(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The running maximum of mention ends, per sorted mention list (one per document). */
const reaches = new WeakMap<readonly Mention[], Float64Array>();

/**
 * The first mention (sorted by start) that this or any earlier mention ends after `offset`: every mention before
 * it ends at or before `offset`, so a scan for mentions overlapping a span from `offset` on may start there
 * instead of at the top of the article (once per speaker, that was quadratic in the article's length).
 */
export function firstReaching(mentions: readonly Mention[], offset: number): number {
  let reach = reaches.get(mentions);
  if (!reach) {
    reach = new Float64Array(mentions.length);
    let max = Number.NEGATIVE_INFINITY;
    mentions.forEach((m, i) => {
      max = Math.max(max, m.end);
      reach![i] = max;
    });
    reaches.set(mentions, reach);
  }
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reach[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
