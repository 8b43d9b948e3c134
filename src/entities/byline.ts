import type { ArticleMeta } from '../types.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';

/**
 * The byline names its authors exactly (the article layer read them): a name tagged there that is an author is a
 * person, and a person that runs past an author's name into the role ("Denis Campbell Health" in "Denis Campbell
 * Health policy editor") is cut back to the name. Candidates are changed in place.
 */
export function fitBylineAuthors(
  candidates: readonly Candidate[],
  tokens: readonly NerToken[],
  meta: ArticleMeta,
): void {
  const byline = meta.byline;
  if (!byline || meta.authors.length === 0) return;
  for (const c of candidates) {
    if (c.form !== 'name') continue;
    const start = tokens[c.first]!.start;
    if (start < byline.start || tokens[c.last]!.end > byline.end) continue;
    // An author the tagger typed otherwise ("Shanifa Nasser · CBC News") is a person.
    const surface = tokens
      .slice(c.first, c.last + 1)
      .map((t) => t.text)
      .join(' ')
      .toLowerCase();
    if (c.type !== 'person' && meta.authors.some((a) => a.toLowerCase() === surface)) {
      c.type = 'person';
      c.rule = 'entities/byline-author';
      continue;
    }
    if (c.type !== 'person') continue;
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
