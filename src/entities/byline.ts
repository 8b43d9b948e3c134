import { isDeskWord, JOURNALIST_ROLE } from '../article/byline.js';
import type { ArticleMeta } from '../types.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { mediaWords } from './lexicon.js';

/** Tokens first..last as one lower-cased string, words joined by single spaces. */
function wordsOf(tokens: readonly NerToken[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ')
    .toLowerCase();
}

/**
 * The byline names its authors exactly (the article layer read them): a name tagged there that is an author is a
 * person, a person that runs past an author's name into the role ("Denis Campbell Health" in "Denis Campbell
 * Health policy editor") is cut back to the name, and a title-case role ("Local Democracy Reporter") is no name
 * at all. Returns the candidates kept; the others are changed in place.
 */
export function fitBylineAuthors(
  candidates: readonly Candidate[],
  tokens: readonly NerToken[],
  meta: ArticleMeta,
): readonly Candidate[] {
  const byline = meta.byline;
  if (!byline) return candidates;
  // "By News Desk", "By Reuters Staff": a desk's byline names no one, and only an outlet it names is a name.
  if (meta.authors.length === 0) {
    return candidates.filter(
      (c) =>
        !(
          c.form === 'name' &&
          tokens[c.first]!.start >= byline.start &&
          tokens[c.last]!.end <= byline.end &&
          isDeskWord(tokens[c.last]!.text)
        ),
    );
  }
  const authors = meta.authors.map((a) => ({ name: a.toLowerCase(), words: a.split(/\s+/).length }));
  const inByline = (c: Candidate) => tokens[c.first]!.start >= byline.start && tokens[c.last]!.end <= byline.end;
  const startsWithAuthor = (c: Candidate) =>
    authors.some((a) => c.first + a.words - 1 <= c.last && wordsOf(tokens, c.first, c.first + a.words - 1) === a.name);
  const kept = candidates.filter(
    (c) => !(c.form === 'name' && inByline(c) && JOURNALIST_ROLE.test(tokens[c.last]!.text) && !startsWithAuthor(c)),
  );
  for (const c of kept) {
    if (c.form !== 'name' || !inByline(c)) continue;
    if (c.type !== 'person') {
      // An author the tagger typed otherwise ("Shanifa Nasser · CBC News") is a person.
      const surface = wordsOf(tokens, c.first, c.last);
      if (authors.some((a) => a.name === surface)) {
        c.type = 'person';
        c.rule = 'entities/byline-author';
      }
      continue;
    }
    for (const a of authors) {
      const last = c.first + a.words - 1;
      if (last < c.last && wordsOf(tokens, c.first, last) === a.name) {
        c.last = last;
        break;
      }
    }
  }
  return joinSplitAuthors(kept, tokens, byline, authors);
}

/**
 * "By DELIA MARQUEZ and RYAN STOLTZ": the tagger cuts a name in capitals into a person and an organization. Where
 * the byline's tokens spell an author's whole name and no single candidate covers it, the pieces become one person.
 */
function joinSplitAuthors(
  kept: Candidate[],
  tokens: readonly NerToken[],
  byline: { start: number; end: number },
  authors: readonly { name: string; words: number }[],
): Candidate[] {
  let out = kept;
  for (const a of authors) {
    if (a.words < 2) continue;
    for (let i = 0; i + a.words - 1 < tokens.length && tokens[i]!.start < byline.end; i++) {
      const last = i + a.words - 1;
      if (tokens[i]!.start < byline.start || tokens[last]!.end > byline.end || wordsOf(tokens, i, last) !== a.name) {
        continue;
      }
      const pieces = out.filter((c) => c.first <= last && c.last >= i);
      if (pieces.length === 1 && pieces[0]!.first === i && pieces[0]!.last === last) break;
      if (pieces.some((c) => c.first < i || c.last > last)) break;
      const author: Candidate = candidate({
        first: i,
        last,
        type: 'person',
        form: 'name',
        rule: 'entities/byline-author',
        confidence: 0.9,
      });
      out = [...out.filter((c) => !pieces.includes(c)), author].sort((x, y) => x.first - y.first);
      break;
    }
  }
  return out;
}

/** Words right before a journalist's name in a credit line ("Reporting by X and Y; Editing by Z"). */
const CREDIT_LEADS = new Set(['by', 'and', ',', '&']);

/**
 * A credit line ("Reporting by Anna Hirtenstein in London and Arathy Somasekhar in Houston; Editing by Jan
 * Harvey") names journalists after "by" and its "and"s: a name of two words or more there is a person, whatever
 * the tagger said (it read "Arathy Somasekhar" as a place). Changed in place.
 */
export function fitCreditNames(candidates: readonly Candidate[], tokens: readonly NerToken[], meta: ArticleMeta): void {
  if (meta.credits.length === 0) return;
  for (const c of candidates) {
    if (c.form !== 'name' || c.type === 'person' || c.last === c.first) continue;
    const start = tokens[c.first]!.start;
    const credit = meta.credits.find((s) => s.start <= start && tokens[c.last]!.end <= s.end);
    if (!credit) continue;
    const lead = tokens[c.first - 1];
    if (!lead || lead.start < credit.start || !CREDIT_LEADS.has(lead.text.toLowerCase())) continue;
    // "This report by The Canadian Press": an outlet credited, no journalist.
    let outlet = tokens[c.first]!.text === 'The';
    for (let i = c.first; i <= c.last && !outlet; i++) outlet = mediaWords.has(tokens[i]!.text);
    if (outlet) continue;
    // After "and", only inside a list that "by" opened ("Reporting by A in London and B in Houston").
    let by = c.first - 1;
    while (by >= 0 && tokens[by]!.start >= credit.start && tokens[by]!.text.toLowerCase() !== 'by') by--;
    if (by < 0 || tokens[by]!.start < credit.start) continue;
    c.type = 'person';
    c.rule = 'entities/credit-name';
    c.country = undefined;
  }
}

/** Words of a credit line's roles after a capitalized opener ("Additional reporting by", "Writing by"). */
const CREDIT_ROLE_WORDS = new Set(['reporting', 'writing', 'editing', 'research', 'graphics', 'production']);

/**
 * "Additional reporting by Emily Rose in Jerusalem": the capitalized word that opens a credit's role is no name
 * (the tagger made "Additional" an organization).
 */
export function dropCreditRoles(candidates: Candidate[], tokens: readonly NerToken[], meta: ArticleMeta): Candidate[] {
  if (meta.credits.length === 0) return candidates;
  return candidates.filter((c) => {
    const next = tokens[c.last + 1];
    if (c.form !== 'name' || !next || !CREDIT_ROLE_WORDS.has(next.text)) return true;
    const start = tokens[c.first]!.start;
    return !meta.credits.some((s) => s.start <= start && next.end <= s.end);
  });
}
