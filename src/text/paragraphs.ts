import type { TextSpan } from '../types.js';
import { textSpan } from './spans.js';

/**
 * Paragraphs are the non-blank lines of the text: news text arrives either with a blank line between
 * paragraphs or one paragraph per line, and in both a line break ends a paragraph. `\r\n`, `\r`, U+2028 and
 * U+2029 count as line breaks.
 */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      if (i > start) {
        const span = textSpan(text, start, i);
        if (span.end > span.start) out.push(span);
      }
      start = i + 1;
    }
  }
  return out;
}
