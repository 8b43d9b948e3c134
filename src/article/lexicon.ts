import article from '../../data/article.json' with { type: 'json' };

/** The article-furniture word lists of data/article.json, lower-cased once at load. */
export const BOILERPLATE_STRONG: readonly string[] = article.boilerplateStrong.map((s) => s.toLowerCase());
export const CREDIT_PATTERNS: readonly string[] = article.creditPatterns.map((s) => s.toLowerCase());
/** Longest prefix first, so "this article first appeared in" wins over "from". */
export const OUTLET_CREDIT_PREFIXES: readonly string[] = article.outletCreditPrefixes
  .map((s) => s.toLowerCase())
  .sort((a, b) => b.length - a.length);
export const WIRE_AGENCIES: ReadonlySet<string> = new Set(article.wireAgencies);
export const PHOTO_AGENCIES: readonly string[] = article.photoAgencies;
export const CAPTION_PREFIXES: readonly string[] = article.captionPrefixes;
/** Labels that open a line of page furniture ("SOURCE: Al Jazeera", "Reference: …"), not a speaker's turn. */
export const FURNITURE_LABELS: ReadonlySet<string> = new Set(article.furnitureLabels);
/** Last words of an outlet's name, which a byline may add after the authors ("By Jane Doe, CBC News"). */
export const OUTLET_WORDS: ReadonlySet<string> = new Set(article.outletWords);
/** Lines above a headline that label the text, not title it ("FOR IMMEDIATE RELEASE", "Breaking news"). */
export const RELEASE_LABELS: ReadonlySet<string> = new Set(article.releaseLabels);
/** News outlets whose names hold no outlet word ("Bild", "The Athletic", "France Inter", "Kyodo"). */
export const NEWS_OUTLETS: ReadonlySet<string> = new Set(article.newsOutlets);
/** Calls to the reader that close a story ("Got a story? Email …", "Anyone with information is asked to call …"). */
export const CALL_TO_ACTION: readonly string[] = article.callToAction.map((s) => s.toLowerCase());
/** Legal notices that close a story ("Copyright 2025 … All rights reserved. This material may not be published …"). */
export const LEGAL_NOTICES: readonly string[] = article.legalNotices.map((s) => s.toLowerCase());
