/**
 * The matching primitives every scorer shares, as ../shared/eval/README.md defines them: spans are compared after
 * trimming whitespace, a discontinuous span (several fragments) is compared as a whole, and predictions are paired
 * with gold one-to-one, greedily, best overlap first.
 */
import type { Span } from '../types.js';

/** Counts behind a precision/recall/F1 figure: `tp` matches out of `pred` predictions and `gold` gold items. */
export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function counts(tp = 0, pred = 0, gold = 0): Counts {
  return { tp, pred, gold };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.pred += c.pred;
  into.gold += c.gold;
  return into;
}

/** P = tp/pred, R = tp/gold, F1 their harmonic mean; 0 where a denominator is 0. */
export function scores(c: Counts): Scores {
  const precision = c.pred === 0 ? 0 : c.tp / c.pred;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** A span as a sorted list of disjoint fragments, each trimmed of whitespace; empty fragments are dropped. */
export type Fragments = readonly Span[];

const WHITESPACE = /\s/;

/** `span` with leading and trailing whitespace of `text` removed. */
export function trimSpan(text: string, span: Span): Span {
  let start = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  while (start < end && WHITESPACE.test(text[start]!)) start++;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Trims every fragment, drops empty ones, sorts them and merges fragments that overlap, touch, or are separated by
 * whitespace only (so `[Ren] [said]` and `[Ren said]` compare equal).
 */
export function fragments(text: string, spans: readonly Span[]): Fragments {
  const trimmed = spans
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of trimmed) {
    const last = merged[merged.length - 1];
    if (last && (s.start <= last.end || onlyWhitespace(text, last.end, s.start))) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!WHITESPACE.test(text[i]!)) return false;
  return true;
}

export function fragmentsLength(f: Fragments): number {
  let n = 0;
  for (const s of f) n += s.end - s.start;
  return n;
}

/** Characters the two fragment lists share. Both must be sorted and disjoint (as `fragments` returns them). */
export function overlapLength(a: Fragments, b: Fragments): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const lo = Math.max(x.start, y.start);
    const hi = Math.min(x.end, y.end);
    if (hi > lo) n += hi - lo;
    if (x.end <= y.end) i++;
    else j++;
  }
  return n;
}

export function sameFragments(a: Fragments, b: Fragments): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);
}

/** A key equal for equal fragment lists, to find unique spans. */
export function fragmentsKey(f: Fragments): string {
  return f.map((s) => `${s.start}-${s.end}`).join(',');
}

/** Keeps the first of each set of equal fragment lists. */
export function uniqueFragments(list: readonly Fragments[]): Fragments[] {
  const seen = new Set<string>();
  const out: Fragments[] = [];
  for (const f of list) {
    if (f.length === 0) continue;
    const key = fragmentsKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** A pairing of prediction `pred` with gold item `gold`. */
export interface Pair {
  pred: number;
  gold: number;
  score: number;
}

/**
 * One-to-one greedy matching: every (prediction, gold) pair whose `score` is positive is a candidate; candidates are
 * taken best score first (ties: earlier prediction, then earlier gold), skipping any whose prediction or gold is
 * already taken.
 */
export function greedyMatch<P, G>(preds: readonly P[], golds: readonly G[], score: (p: P, g: G) => number): Pair[] {
  const candidates: Pair[] = [];
  for (let i = 0; i < preds.length; i++) {
    for (let j = 0; j < golds.length; j++) {
      const s = score(preds[i]!, golds[j]!);
      if (s > 0) candidates.push({ pred: i, gold: j, score: s });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.pred - b.pred || a.gold - b.gold);
  const predTaken = new Uint8Array(preds.length);
  const goldTaken = new Uint8Array(golds.length);
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (predTaken[c.pred] || goldTaken[c.gold]) continue;
    predTaken[c.pred] = 1;
    goldTaken[c.gold] = 1;
    pairs.push(c);
  }
  return pairs;
}

/**
 * The overlap score greedy matching ranks by: shared characters, ties broken by the smaller symmetric difference
 * (so of two gold spans a prediction overlaps equally, the one closer in extent wins). 0 when they do not overlap.
 */
export function overlapScore(a: Fragments, b: Fragments): number {
  const shared = overlapLength(a, b);
  if (shared === 0) return 0;
  const union = fragmentsLength(a) + fragmentsLength(b) - shared;
  return shared + shared / union / 2;
}

/** 1 when the fragment lists are equal, else 0: exact matching expressed as a greedy score. */
export function exactScore(a: Fragments, b: Fragments): number {
  return sameFragments(a, b) ? 1 : 0;
}

/** Whether `f` overlaps any of `regions` (unsorted is fine; region lists are short). */
export function overlapsAnyRegion(f: Fragments, regions: readonly Span[]): boolean {
  return f.some((s) => regions.some((r) => s.start < r.end && r.start < s.end));
}

/** A span rendered for error listings: its text, with line breaks shown as ⏎, cut to `max` characters. */
export function showFragments(text: string, f: Fragments, max = 100): string {
  const s = f.map((x) => text.slice(x.start, x.end)).join(' … ');
  const flat = s.replace(/\r?\n/g, '⏎');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
