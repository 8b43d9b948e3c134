import { hasLetter } from '../text/letters.js';
import { cachedView } from '../text/view.js';
import type { Span, TextSpan, Warning } from '../types.js';

/** A quoted stretch of text, marks included: `start` is the opening mark, `end` is just after the closing one. */
export interface QuotedSpan extends Span {
  /** False when no closing mark was found: the span was cut at the end of its paragraph. */
  closed: boolean;
  /** Single-quote spans at the top level ('…' headlines); double-quote spans are the usual direct quotes. */
  single: boolean;
  /** The quotation goes on in the next paragraph, which opens with a mark (the news convention). */
  continues?: boolean;
}

const OPEN_DOUBLE = new Set([0x201c, 0x201e, 0xab]); // “ „ «
const CLOSE_DOUBLE = new Set([0x201d, 0xbb]); // ” »
const STRAIGHT = 0x22; // "
const APOS = 0x27; // '
const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_SINGLE = 0x2019; // ’

/*
 * The helpers below test `i` against the text's bounds before reading: a read past either end gives NaN, but V8
 * deoptimizes the scanning loop they are inlined into for it (findQuotedSpans was compiled nine times).
 */

function isLetterOrDigit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  return c > 0x7f && hasLetter(text[i]!);
}

/**
 * Whether the single mark at `i` closes a quote rather than being an apostrophe: no letter right after it, and
 * not a plural possessive or a dropped g before a lower-case word ("the players' union", "talkin' about"). Only
 * those two end a word with an apostrophe, so "leave 'with or without a deal' on Friday" closes its quote.
 */
function closesSingle(text: string, i: number): boolean {
  if (isLetterOrDigit(text, i + 1) || isBlank(text, i - 1)) return false;
  if (apostropheEnding(text, i) && i + 2 < text.length && text.charCodeAt(i + 1) === 0x20) {
    const next = text.charCodeAt(i + 2);
    if (next >= 0x61 && next <= 0x7a) return false;
  }
  return true;
}

/** Whether the single mark at `i` may close a quote though `closesSingle` reads it as an apostrophe ("shoots' are"). */
function mayCloseSingle(text: string, i: number): boolean {
  return !isLetterOrDigit(text, i + 1) && !isBlank(text, i - 1);
}

/** Whether the word before `i` may end in an apostrophe: a plural ("voters'") or a dropped g ("nothin'"). */
function apostropheEnding(text: string, i: number): boolean {
  if (i < 1) return false;
  const c = text.charCodeAt(i - 1) | 0x20;
  if (c === 0x73 || c === 0x7a || c === 0x78) return true; // s, z, x: "voters'", "Alvarez'", "Felix'"
  return c === 0x6e && i >= 2 && (text.charCodeAt(i - 2) | 0x20) === 0x69; // "in'"
}

function isBlankOrOpener(text: string, i: number): boolean {
  if (isBlank(text, i)) return true;
  const c = text.charCodeAt(i);
  return c === 0x28 || c === 0x201c || c === 0x2014 || c === 0x22;
}

/** Blank, or outside the text. */
function isBlank(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
}

interface Open {
  at: number;
  paragraph: number;
  /** The opening character: „ is closed by “ (German style). */
  mark: number;
}

export interface QuotedSpans {
  spans: QuotedSpan[];
  warnings: Warning[];
}

const unskipped = new WeakMap<readonly TextSpan[], QuotedSpans>();

/**
 * The document's quoted spans with no paragraph skipped, found once per document (keyed by its paragraph list, which
 * the tokenizer makes anew for every text): the entities stage reads them for its quoted tokens, and the quotes stage
 * reuses them whenever it skips no paragraph. Callers only read the result.
 */
export function quotedSpansOf(doc: { readonly text: string; readonly paragraphs: readonly TextSpan[] }): QuotedSpans {
  let found = unskipped.get(doc.paragraphs);
  if (!found) {
    found = findQuotedSpans(doc.text, doc.paragraphs, () => false);
    unskipped.set(doc.paragraphs, found);
  }
  return found;
}

/**
 * Finds quoted spans paragraph by paragraph: curly, straight, guillemet, low-high („“) and NYT-style doubled
 * apostrophe ('') double quotes, with single quotes nested inside (‘…’ only counts as a top-level quote when no
 * double quote is open). A paragraph that ends inside a quote is a quotation that goes on when the next paragraph
 * opens with a quotation mark (the news convention: no warning, and each paragraph's part is its own span);
 * otherwise the quote is cut at its paragraph's end and a warning is raised, so an unbalanced mark never swallows the
 * rest of the article. Linear in the text length.
 */
export function findQuotedSpans(
  input: string,
  paragraphs: readonly TextSpan[],
  skip: (p: TextSpan) => boolean,
): QuotedSpans {
  // Marks are read in the tokenizer's view: "&ldquo;" is a mark there, and HTML tags are blanks.
  const text = cachedView(input);
  const spans: QuotedSpan[] = [];
  const warnings: Warning[] = [];
  let open: Open | null = null;
  let single: Open | null = null;
  // A top-level single quote left open at the end of the previous paragraph that this one re-opens.
  let carried: Open | null = null;
  // The top-level single quote open when the double one opened: 'They said it was the "wrong shade".' (British
  // style nests double marks in single ones).
  let outer: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    if (skip(para)) {
      open = null;
      carried = null;
      continue;
    }
    if (open && open.paragraph !== p - 1) open = null;
    single = carried;
    // An "s'" while a straight single quote is open: an apostrophe ("the players' union") unless no other mark
    // closes the quote in its paragraph ("says 'green shoots' are visible").
    let maybeClose = -1;
    // The re-opening mark itself is no new quote.
    const reopening: number = carried ? para.start : -1;
    carried = null;
    for (let i = para.start; i < para.end; i++) {
      const c = text.charCodeAt(i);
      // Fast path: every mark is ", ' or a code point from « (U+00AB) up.
      if (c !== STRAIGHT && c !== APOS && c < 0xab) continue;
      if (i === reopening) continue;
      let kind: 'open' | 'close' | 'toggle' | null = null;
      let width = 1;
      if (c === 0x201c && open?.mark === 0x201e) kind = 'close';
      // "“It's unusual,“ said Noble": an opening mark typed for a closing one, glued to the quote's last word with
      // a space after it, while a quote is open in this paragraph.
      else if (c === 0x201c && openIn(open, p) && !isBlank(text, i - 1) && isBlank(text, i + 1)) kind = 'close';
      else if (OPEN_DOUBLE.has(c)) kind = 'open';
      else if (CLOSE_DOUBLE.has(c)) {
        // A closing mark typed for an opening one: nothing open, a word starts right after it.
        kind = !open && isBlank(text, i - 1) && isLetterOrDigit(text, i + 1) ? 'open' : 'close';
      } else if (c === STRAIGHT) kind = 'toggle';
      else if (c === APOS && single?.mark === APOS && open && text.startsWith("''", i + 1)) {
        // "''They say, 'Yeah, go back,''' said Mr. Regalado": the nested single quote closes first, then the double.
        single = null;
        continue;
      } else if (c === APOS && i + 1 < text.length && text.charCodeAt(i + 1) === APOS) {
        kind = 'toggle';
        width = 2;
      } else if (c === APOS && isBlankOrOpener(text, i - 1) && isLetterOrDigit(text, i + 1)) {
        // A straight single quote opening a word: 'We will win,' he said. One opening while a single quote is
        // open after an "s'" shows that mark closed it: "called them 'green shoots' and 'a start'".
        if (single && maybeClose >= 0 && !open) {
          spans.push({ start: single.at, end: referenceEnd(input, maybeClose + 1), closed: true, single: true });
          single = null;
        }
        if (!single) {
          single = { at: i, paragraph: p, mark: c };
          maybeClose = -1;
        }
        continue;
      } else if (c === APOS && single?.mark === APOS && closesSingle(text, i)) {
        if (!open) spans.push({ start: single.at, end: referenceEnd(input, i + 1), closed: true, single: true });
        single = null;
        continue;
      } else if (c === APOS && single?.mark === APOS && maybeClose < 0 && mayCloseSingle(text, i)) {
        // "the players' union" or "'green shoots' are visible": decided at a later mark or the paragraph's end.
        maybeClose = i;
        continue;
      } else if (c === OPEN_SINGLE && !isLetterOrDigit(text, i - 1)) {
        if (!single) single = { at: i, paragraph: p, mark: c };
        continue;
      } else if (c === CLOSE_SINGLE && single && closesSingle(text, i)) {
        if (!open) spans.push({ start: single.at, end: referenceEnd(input, i + 1), closed: true, single: true });
        single = null;
        continue;
      }
      if (kind === null) continue;
      if (kind === 'toggle') {
        // A straight mark opens when nothing is open, or when it clearly starts a word after a space while the
        // open one sits in an earlier paragraph (a continued paragraph re-opens with a mark).
        const opensWord = isBlank(text, i - 1) && !isBlank(text, i + width);
        kind = !open || (open.paragraph !== p && opensWord && i === para.start) ? 'open' : 'close';
        // A straight mark with nothing after it on its line cannot open a quote.
        if (kind === 'open' && isBlank(text, i + width) && !open) kind = 'close';
      }
      if (kind === 'open') {
        if (open && open.paragraph === p) {
          warnings.push(unbalanced(open.at, i, 'an opening mark before the previous quote was closed'));
        }
        // The news convention: the open quote of the previous paragraph continues here.
        if (!(open && open.paragraph === p - 1 && i === para.start)) {
          // A widened copy: the compiler's narrowing misses the earlier iterations of the loop that set `single`.
          const top = single as Open | null;
          outer = !open && top?.paragraph === p ? top : null;
          open = { at: i, paragraph: p, mark: c };
        } else open.paragraph = p;
      } else if (open) {
        // A double quote inside a single one that closes later in the paragraph is part of it, as a single quote
        // inside a double one is.
        if (outer && singleClosesAfter(text, i + width, para.end)) single = outer;
        else {
          spans.push({ start: open.at, end: referenceEnd(input, i + width), closed: true, single: false });
          single = null;
        }
        open = null;
        outer = null;
      } else {
        warnings.push(unbalanced(i, i + width, 'a closing mark without an opening one'));
      }
      i += width - 1;
    }
    if (single?.mark === APOS && single.paragraph === p && maybeClose >= 0 && !open) {
      spans.push({ start: single.at, end: referenceEnd(input, maybeClose + 1), closed: true, single: true });
      single = null;
    }
    // "A spokesperson said: 'We apologise.¶'The bench was removed in error.'": the news convention with single
    // quotes (British style), when nothing double is open.
    if (single && !open && (single.mark === APOS || single.mark === OPEN_SINGLE)) {
      const next = p + 1 < paragraphs.length ? paragraphs[p + 1] : undefined;
      if (next !== undefined && !skip(next) && opensWithSingle(text, next.start)) carried = single;
    }
    outer = null;
    if (open && open.paragraph === p) {
      const next = p + 1 < paragraphs.length ? paragraphs[p + 1] : undefined;
      const continues = next !== undefined && !skip(next) && opensWithMark(text, next.start);
      if (!continues) {
        warnings.push(unbalanced(open.at, para.end, 'a quote left open at the end of its paragraph'));
        spans.push({ start: open.at, end: para.end, closed: false, single: false });
        open = null;
      } else {
        // Each paragraph's part is a quotation of its own, closed by the convention: the next paragraph may have a
        // frame of its own ("“The army is deployed.¶“We will rebuild,” he added."), and when it has none the
        // quotes stage joins it to the quote before (as PolNeAR marks such paragraphs).
        spans.push({ start: open.at, end: para.end, closed: true, single: false, continues: true });
        open = null;
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, warnings };
}

/** A closing mark written as a character reference ("&rdquo;") ends after its semicolon. */
function referenceEnd(input: string, end: number): number {
  if (input.charCodeAt(end - 1) !== 0x26) return end;
  const semi = input.indexOf(';', end);
  return semi > 0 && semi - end < 10 ? semi + 1 : end;
}

/** Whether a single mark that closes a quote comes between `from` and `end` (a paragraph's end). */
function singleClosesAfter(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === APOS || c === CLOSE_SINGLE) && closesSingle(text, i)) return true;
    // Another double mark first: the single quote closed before the double one opened, or never.
    if (c === STRAIGHT || OPEN_DOUBLE.has(c) || CLOSE_DOUBLE.has(c)) return false;
  }
  return false;
}

function openIn(open: Open | null, paragraph: number): boolean {
  return open !== null && open.paragraph === paragraph;
}

function opensWithSingle(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === APOS || c === OPEN_SINGLE) && isLetterOrDigit(text, i + 1);
}

function opensWithMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return OPEN_DOUBLE.has(c) || c === STRAIGHT || (c === APOS && i + 1 < text.length && text.charCodeAt(i + 1) === APOS);
}

function unbalanced(start: number, end: number, what: string): Warning {
  return { rule: 'quotes/marks:unbalanced', message: `Unbalanced quotation mark: ${what}.`, span: { start, end } };
}
