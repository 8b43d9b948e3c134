import type { ArticleMeta } from '../types.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';

/**
 * The byline names its authors exactly (the article layer read them): a person tagged there that runs past an
 * author's name into the role ("Denis Campbell Health" in "Denis Campbell Health policy editor") is cut back to
 * the name. Candidates are changed in place.
 */
export function fitBylineAuthors(
  candidates: readonly Candidate[],
  tokens: readonly NerToken[],
  meta: ArticleMeta,
): void {
  const byline = meta.byline;
  if (!byline || meta.authors.length === 0) return;
  for (const c of candidates) {
    if (c.type !== 'person' || c.form !== 'name') continue;
    const start = tokens[c.first]!.start;
    if (start < byline.start || tokens[c.last]!.end > byline.end) continue;
    for (const author of meta.authors) {
      const words = author.split(/\s+/).length;
      const last = c.first + words - 1;
      if (last >= c.last) continue;
      const surface = tokens
        .slice(c.first, last + 1)
        .map((t) => t.text)
        .join(' ');
      if (surface.toLowerCase() === author.toLowerCase()) {
        c.last = last;
        break;
      }
    }
  }
}
