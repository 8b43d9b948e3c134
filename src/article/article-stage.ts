import type { Stage } from '../pipeline/stage.js';
import type { ArticleMeta, TextSpan } from '../types.js';
import { readByline } from './byline.js';
import { type Dateline, readDateline } from './dateline.js';
import { isCaption, isContributionCredit, isShortPlain, isStrongBoilerplate, outletCredit } from './furniture.js';
import { isHeadlineLike, titleKey } from './title.js';

/** Datelines, bylines and titles live in the first lines; no further than this many paragraphs in. */
const HEADER_PARAGRAPHS = 8;
const LONG_PARAGRAPH = 200;

/**
 * The article layer: title, byline and authors, the publication date from a dateline (when no option gives it),
 * captions, credits and the outlet they name, boilerplate, and body lines that repeat the title.
 */
export const articleStage: Stage = {
  name: 'article/meta',
  needs: ['paragraphs'],
  adds: ['meta'],
  run(doc, ctx) {
    const { text, paragraphs } = doc;
    const meta: ArticleMeta = {
      authors: [],
      publishedFrom: 'none',
      captions: [],
      credits: [],
      boilerplate: [],
      repeatedTitles: [],
    };
    if (ctx.options.published) {
      meta.published = ctx.options.published;
      meta.publishedFrom = 'option';
    }
    const firstLong = paragraphs.findIndex((p) => p.text.length > LONG_PARAGRAPH);
    const headerEnd = Math.min(HEADER_PARAGRAPHS, firstLong < 0 ? paragraphs.length : firstLong + 1);

    const first = paragraphs[0];
    if (first && paragraphs.length > 1 && isHeadlineLike(first) && !readDateline(text, first)?.published) {
      meta.title = first;
    }

    let dateline: Dateline | undefined;
    for (let i = 0; i < headerEnd; i++) {
      const p = paragraphs[i]!;
      if (!meta.byline) {
        const authors = readByline(p);
        if (authors) {
          meta.byline = p;
          meta.authors = authors;
          continue;
        }
      }
      if (!dateline?.published) {
        const found = readDateline(text, p);
        if (found) dateline = { ...dateline, ...found };
      }
    }
    if (dateline?.published && !meta.published) {
      meta.published = dateline.published;
      meta.publishedFrom = 'text';
      if (dateline.span) meta.dateline = dateline.span;
    }

    let creditOutlet: string | undefined;
    const furniture = new Set<number>();
    paragraphs.forEach((p, i) => {
      if (isCaption(p)) meta.captions.push(p);
      const outlet = i >= headerEnd - 1 ? outletCredit(p) : undefined;
      if (isContributionCredit(p) || outlet) {
        meta.credits.push(p);
        furniture.add(i);
        if (outlet) creditOutlet ??= outlet;
      }
    });
    const outlet = ctx.options.outlet ?? creditOutlet ?? dateline?.agency;
    if (outlet) meta.outlet = outlet;

    meta.boilerplate = findBoilerplate(paragraphs, furniture);
    if (meta.title) {
      const key = titleKey(meta.title.text);
      meta.repeatedTitles = paragraphs.slice(1).filter((p) => titleKey(p.text) === key);
    }
    return { meta };
  },
};

/**
 * Strong furniture lines anywhere, plus the short plain lines of a trailing block that holds one (the tagline
 * between "Sign up for X" and the privacy notice). Credit lines inside the block stay credits.
 */
function findBoilerplate(paragraphs: readonly TextSpan[], credits: ReadonlySet<number>): TextSpan[] {
  const marked = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (!credits.has(i) && isStrongBoilerplate(p)) marked.add(i);
  });
  let blockStart = paragraphs.length;
  while (blockStart > 0) {
    const i = blockStart - 1;
    const p = paragraphs[i]!;
    if (marked.has(i) || credits.has(i) || isShortPlain(p)) blockStart--;
    else break;
  }
  let sawStrong = false;
  for (let i = blockStart; i < paragraphs.length; i++) {
    if (marked.has(i)) sawStrong = true;
  }
  if (sawStrong) {
    // The block starts at its first strong line: short lines before it are the article's last words or credits.
    let i = blockStart;
    while (i < paragraphs.length && !marked.has(i)) i++;
    for (; i < paragraphs.length; i++) if (!credits.has(i)) marked.add(i);
  }
  return [...marked].sort((a, b) => a - b).map((i) => paragraphs[i]!);
}
