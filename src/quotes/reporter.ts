import type { Quote, Span } from '../types.js';
import { DATA_SOURCES } from './lexicon.js';
import { REPORTING_CUES } from './words.js';

/**
 * Nested attribution: when a reporting cue's content ("…, the Financial Times reported"; "according to Reuters,
 * …") holds another quote's cue, the outer speaker reported the inner quote. Quotes are sorted by start; each
 * inner quote takes its closest enclosing reporter (the narrowest; the first listed on a tie).
 */
export function fillReporters(quotes: Quote[], outlet: string | undefined): void {
  for (const [inner, best] of closestReporters(quotes)) {
    // "…, according to LSEG data", "according to a filing with the SEC": figures and records are no outlet; an
    // outlet that saw them ("documents obtained by The Post") still reported what they hold.
    if (dataSource(best)) {
      if (best.reportedBy) inner.reportedBy = { ...best.reportedBy };
    } else if (best.speaker) {
      const { text, span, entityId } = best.speaker;
      inner.reportedBy = { text, ...(span ? { span } : {}), ...(entityId ? { entityId } : {}) };
    }
  }
  if (outlet) for (const q of quotes) q.reportedBy ??= { text: outlet };
}

/** Words that end the head noun phrase of a source ("data from FactSet", "a filing with the SEC"). */
const HEAD_ENDS = new Set(['from', 'with', 'by', 'of', 'in', 'at', 'on', 'to', 'for', 'that', 'which', ',']);

/**
 * Whether an "according to" quote's source is figures or records (its head noun, the last word before a
 * preposition or the end: "LSEG data", "data compiled by FactSet", "a filing with the SEC").
 */
function dataSource(q: Quote): boolean {
  if (q.cue?.lemma !== 'accord to') return false;
  const words = (q.speaker?.span?.text ?? '').toLowerCase().split(/\s+/);
  let end = words.findIndex((w, k) => k > 0 && (HEAD_ENDS.has(w) || w.endsWith('ed')));
  if (end < 0) end = words.length;
  return DATA_SOURCES.has(words[end - 1] ?? '');
}

function width(q: Quote): number {
  return q.content[q.content.length - 1]!.end - q.content[0]!.start;
}

function isReporter(q: Quote): boolean {
  // "Q: Do you think the plan will work?": the interviewer's question is no report of what it asks about.
  if (q.rule === 'quotes/direct:interview-question') return false;
  return q.cue !== undefined && q.speaker !== undefined && REPORTING_CUES.has(q.cue.lemma);
}

/** Up to this many quotes the pairwise check is used; both give the same pairs. */
const PAIRWISE_MAX = 48;

/** One content fragment of a reporter, with the ranking key of its quote. */
interface Fragment extends Span {
  quote: number;
  width: number;
}

/**
 * For each quote with a cue, the narrowest reporter (then the first listed) whose content holds the cue: a sweep
 * over cues in text order with the fragments that start at or before the cue in a heap, narrowest first. A
 * fragment that ends before one cue ends before every later one, so it is dropped for good; that needs cue ends
 * in the same order as cue starts, which holds for cues that do not nest. Otherwise the pairwise check decides.
 * n log n instead of one scan over every quote per quote (thousands of "said" in one sentence).
 */
function closestReporters(quotes: readonly Quote[]): [Quote, Quote][] {
  // A few dozen quotes (every real article) are quicker compared pairwise than sorted into a heap.
  if (quotes.length <= PAIRWISE_MAX) return pairwise(quotes);
  const inners = quotes.map((_, i) => i).filter((i) => quotes[i]!.cue !== undefined);
  inners.sort((a, b) => quotes[a]!.cue!.start - quotes[b]!.cue!.start || quotes[a]!.cue!.end - quotes[b]!.cue!.end);
  for (let n = 1; n < inners.length; n++) {
    if (quotes[inners[n]!]!.cue!.end < quotes[inners[n - 1]!]!.cue!.end) return pairwise(quotes);
  }
  const fragments: Fragment[] = [];
  quotes.forEach((q, i) => {
    if (!isReporter(q)) return;
    const w = width(q);
    for (const s of q.content) fragments.push({ start: s.start, end: s.end, quote: i, width: w });
  });
  fragments.sort((a, b) => a.start - b.start);
  const heap = new FragmentHeap();
  const out: [Quote, Quote][] = [];
  let f = 0;
  for (const i of inners) {
    const cue = quotes[i]!.cue!;
    while (f < fragments.length && fragments[f]!.start <= cue.start) heap.push(fragments[f++]!);
    // Fragments of the inner quote itself are set aside for this cue and put back after.
    const own: Fragment[] = [];
    let best: Fragment | undefined;
    for (let top = heap.peek(); top; top = heap.peek()) {
      if (top.end < cue.end) heap.pop();
      else if (top.quote === i) own.push(heap.pop()!);
      else {
        best = top;
        break;
      }
    }
    for (const o of own) heap.push(o);
    if (best) out.push([quotes[i]!, quotes[best.quote]!]);
  }
  return out;
}

/** The direct check, for short lists and for cue orders the sweep does not cover. */
function pairwise(quotes: readonly Quote[]): [Quote, Quote][] {
  const out: [Quote, Quote][] = [];
  for (const inner of quotes) {
    const cue = inner.cue;
    if (!cue) continue;
    let best: Quote | undefined;
    for (const outer of quotes) {
      if (outer === inner || !isReporter(outer)) continue;
      const holds = outer.content.some((s) => s.start <= cue.start && cue.end <= s.end);
      if (!holds) continue;
      if (!best || width(outer) < width(best)) best = outer;
    }
    if (best) out.push([inner, best]);
  }
  return out;
}

/** A binary min-heap of fragments by (quote width, quote order). */
class FragmentHeap {
  private readonly items: Fragment[] = [];

  private static less(a: Fragment, b: Fragment): boolean {
    return a.width < b.width || (a.width === b.width && a.quote < b.quote);
  }

  peek(): Fragment | undefined {
    return this.items[0];
  }

  push(x: Fragment): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!FragmentHeap.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  pop(): Fragment | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && FragmentHeap.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && FragmentHeap.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
