import type { Quote } from '../types.js';
import { REPORTING_CUES } from './words.js';

/**
 * Nested attribution: when a reporting cue's content ("…, the Financial Times reported"; "according to Reuters,
 * …") holds another quote's cue, the outer speaker reported the inner quote. Quotes are sorted by start; each
 * inner quote takes its closest enclosing reporter.
 */
export function fillReporters(quotes: Quote[], outlet: string | undefined): void {
  for (const inner of quotes) {
    if (!inner.cue) continue;
    let best: Quote | undefined;
    for (const outer of quotes) {
      if (outer === inner || !outer.cue || !outer.speaker || !REPORTING_CUES.has(outer.cue.lemma)) continue;
      const c = outer.content;
      const holds = c.some((s) => s.start <= inner.cue!.start && inner.cue!.end <= s.end);
      if (!holds) continue;
      if (!best || width(outer) < width(best)) best = outer;
    }
    if (best?.speaker) {
      const { text, span, entityId } = best.speaker;
      inner.reportedBy = { text, ...(span ? { span } : {}), ...(entityId ? { entityId } : {}) };
    }
  }
  if (outlet) for (const q of quotes) q.reportedBy ??= { text: outlet };
}

function width(q: Quote): number {
  return q.content[q.content.length - 1]!.end - q.content[0]!.start;
}
