import type { Span, TextSpan } from '../types.js';

/** A TextSpan over `text`, with surrounding whitespace trimmed off (spans never start or end with whitespace). */
export function textSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Whitespace as the text layer sees it: ASCII and Unicode spaces, line breaks, zero-width and bidi marks. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x00ad
  );
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the first span whose end is after `offset` in a list sorted by start (and non-overlapping). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span starting at or after `offset` in a list sorted by start. */
export function firstStartingFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `span` overlaps any of the sorted, non-overlapping `ranges`. */
export function overlapsAny(ranges: readonly Span[], span: Span): boolean {
  const i = firstEndingAfter(ranges, span.start);
  const r = ranges[i];
  return r !== undefined && r.start < span.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
