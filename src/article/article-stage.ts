import type { Stage } from '../pipeline/stage.js';
import { textSpan } from '../text/spans.js';
import { cachedView } from '../text/view.js';
import type { ArticleMeta, TextSpan } from '../types.js';
import { bareNameByline, isRoleLine, outletLine, readByline } from './byline.js';
import { type Dateline, findDate, readDateline } from './dateline.js';
import {
  firstPublishedFooter,
  isAboutHeading,
  isCaption,
  isContributionCredit,
  isShortPlain,
  isStrongBoilerplate,
  outletCredit,
} from './furniture.js';
import { RELEASE_LABELS } from './lexicon.js';
import { isHeadlineLike, matchesTitleKey, titleKey } from './title.js';

/** Datelines, bylines and titles live in the first lines; no further than this many paragraphs in. */
const HEADER_PARAGRAPHS = 8;
const LONG_PARAGRAPH = 200;
/** At most this many plain lines between two furniture lines are taken as part of the same block. */
const MAX_SANDWICH = 3;

/**
 * The article layer: title, byline and authors, the publication date from a dateline (when no option gives it),
 * captions, credits and the outlet they name, boilerplate, and body lines that repeat the title.
 */
export const articleStage: Stage = {
  name: 'article/meta',
  needs: ['paragraphs'],
  adds: ['meta'],
  run(doc, ctx) {
    // Header lines are read in the view, where markup is blanked and character references are characters ("By
    // <a href=…>Jane Roe</a> | March 4, 2025" reads as a byline); the spans kept are then the text's own.
    const text = cachedView(doc.text);
    const paragraphs = text === doc.text ? doc.paragraphs : doc.paragraphs.map((p) => textSpan(text, p.start, p.end));
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

    // "FOR IMMEDIATE RELEASE", "Breaking news": a label line above the headline is furniture, the line after it the
    // title.
    const labelled = paragraphs.length > 2 && isReleaseLabel(paragraphs[0]!.text);
    const first = paragraphs[labelled ? 1 : 0];
    if (first && paragraphs.length > 1 && isHeadlineLike(first) && !readDateline(text, first)?.published) {
      meta.title = first;
    }

    let dateline: Dateline | undefined;
    let bylineOutlet: string | undefined;
    // Header lines that are a date and little else: publication furniture, whose dates are no body dates.
    const dateLines: TextSpan[] = [];
    for (let i = 0; i < headerEnd; i++) {
      const p = paragraphs[i]!;
      if (!meta.byline) {
        const byline =
          readByline(p, paragraphs[i + 1]) ??
          (i === 1 && meta.title ? bareNameByline(p, opensWithDateline(text, paragraphs[i + 1])) : undefined);
        if (byline) {
          // "By Jane Smith" over "Senior Political Correspondent": the role line under it is the byline's too.
          // "By Jane Smith" over "PolitiFact": so is a line that only names the outlet.
          const role = paragraphs[i + 1];
          const under = role !== undefined && i + 1 < headerEnd ? role.text : '';
          const outletUnder = byline.outlet === undefined ? outletLine(under) : undefined;
          const roleLine = outletUnder !== undefined || isRoleLine(under);
          meta.byline = roleLine ? textSpan(text, p.start, role!.end) : p;
          if (roleLine) i++;
          meta.authors = byline.authors;
          bylineOutlet = byline.outlet ?? outletUnder;
          // "Karen Pauls · CBC News · Posted: Feb 12, 2025": a byline line may carry the dateline.
          const date = dateline?.published ? undefined : findDate(p.text);
          if (date) {
            const span = textSpan(text, p.start + date.start, p.start + date.end);
            dateline = { ...dateline, published: date.iso, span };
          }
          continue;
        }
      }
      const found = dateline?.published && dateline.agency ? undefined : readDateline(text, p);
      if (found) dateline = { ...found, ...dateline };
      if (found?.standalone && (i > 0 || paragraphs.length > 1)) dateLines.push(p);
    }
    // The header date is furniture whether or not the publication date came from it.
    if (dateline?.span) meta.dateline = dateline.span;
    if (dateline?.published && !meta.published) {
      meta.published = dateline.published;
      meta.publishedFrom = 'text';
    }

    let creditOutlet: string | undefined;
    const furniture = new Set<number>();
    paragraphs.forEach((p, i) => {
      if (isCaption(p)) meta.captions.push(p);
      // "This report by The Canadian Press was first published May 14, 2024.": outlet and date in a footer.
      const footer = i >= headerEnd - 1 ? firstPublishedFooter(p) : undefined;
      const outlet = footer?.outlet ?? (i >= headerEnd - 1 ? outletCredit(p) : undefined);
      if (isContributionCredit(p) || outlet) {
        meta.credits.push(p);
        furniture.add(i);
        if (outlet) creditOutlet ??= outlet;
      }
      const date = footer && !meta.published ? findDate(footer.when) : undefined;
      if (date) {
        meta.published = date.iso;
        meta.publishedFrom = 'text';
        meta.dateline = textSpan(text, p.start + footer!.whenAt + date.start, p.start + footer!.whenAt + date.end);
      }
    });
    const outlet = ctx.options.outlet ?? creditOutlet ?? bylineOutlet ?? dateline?.agency;
    if (outlet) meta.outlet = outlet;

    meta.boilerplate = findBoilerplate(paragraphs, furniture);
    if (labelled) meta.boilerplate.unshift(paragraphs[0]!);
    if (dateLines.length) meta.boilerplate = [...meta.boilerplate, ...dateLines].sort((a, b) => a.start - b.start);
    if (meta.title) {
      const key = titleKey(meta.title.text);
      const after = meta.title.end;
      meta.repeatedTitles = paragraphs.filter((p) => p.start >= after && matchesTitleKey(p.text, key));
    }
    return { meta: text === doc.text ? meta : withTextOf(meta, doc.text) };
  },
};

/** The meta's spans with the text they cover in `text` (the input, not the view they were read in). */
function withTextOf(meta: ArticleMeta, text: string): ArticleMeta {
  const own = (s: TextSpan): TextSpan => textSpan(text, s.start, s.end);
  const out: ArticleMeta = {
    ...meta,
    captions: meta.captions.map(own),
    credits: meta.credits.map(own),
    boilerplate: meta.boilerplate.map(own),
    repeatedTitles: meta.repeatedTitles.map(own),
  };
  if (meta.title) out.title = own(meta.title);
  if (meta.byline) out.byline = own(meta.byline);
  if (meta.dateline) out.dateline = own(meta.dateline);
  return out;
}

/**
 * Strong furniture lines anywhere, plus the short plain lines sandwiched between two of them (the tagline between
 * "Sign up for X" and the privacy notice). Body paragraphs are often short too, so nothing else is taken.
 */
function findBoilerplate(paragraphs: readonly TextSpan[], credits: ReadonlySet<number>): TextSpan[] {
  const strong: number[] = [];
  paragraphs.forEach((p, i) => {
    if (!credits.has(i) && isStrongBoilerplate(p)) strong.push(i);
  });
  const marked = new Set(strong);
  // A press release ends with its company boilerplate: "About Acme Robotics" and everything after it, when the
  // heading is in the article's second half.
  const about = paragraphs.findIndex((p, i) => i >= paragraphs.length / 2 && i > 0 && isAboutHeading(p));
  if (about > 0) for (let i = about; i < paragraphs.length; i++) if (!credits.has(i)) marked.add(i);
  for (let k = 1; k < strong.length; k++) {
    const [a, b] = [strong[k - 1]!, strong[k]!];
    if (b - a > MAX_SANDWICH + 1) continue;
    const between = paragraphs.slice(a + 1, b);
    if (between.every((p, j) => !credits.has(a + 1 + j) && isShortPlain(p))) {
      for (let i = a + 1; i < b; i++) marked.add(i);
    }
  }
  return [...marked].sort((x, y) => x - y).map((i) => paragraphs[i]!);
}

/** Whether a line is only a label such as "FOR IMMEDIATE RELEASE" or "Breaking news:" (any case, a colon allowed). */
function isReleaseLabel(line: string): boolean {
  let label = line.trim();
  if (label.length > MAX_LABEL) return false;
  while (label.endsWith(':') || label.endsWith('.') || label.endsWith('!')) label = label.slice(0, -1);
  return RELEASE_LABELS.has(label.toLowerCase());
}

/** No label line is longer than this; longer first lines are not even looked up. */
const MAX_LABEL = 40;

/** Whether the paragraph opens with a dateline: "BRUSSELS, Nov 26 (Reuters) -", "WASHINGTON —", "SEATTLE (AP) —". */
function opensWithDateline(text: string, p: TextSpan | undefined): boolean {
  if (!p) return false;
  if (readDateline(text, p)) return true;
  const space = p.text.indexOf(' ');
  const place = space > 0 ? p.text.slice(0, space).replace(/,$/, '') : '';
  if (place.length < 3 || place !== place.toUpperCase() || place.toLowerCase() === place) return false;
  const dash = p.text.slice(0, 60).search(/ [—–-] /);
  return dash > 0;
}
