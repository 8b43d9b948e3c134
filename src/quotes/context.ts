import { titleParticiples } from '../entities/lexicon.js';
import type { Draft } from '../pipeline/stage.js';
import { isAllCaps, startsLower, startsUpper } from '../text/letters.js';
import { lowerCase, lowerTexts } from '../text/lower-case.js';
import { overlapsAny } from '../text/spans.js';
import type { Mention, Span, Token } from '../types.js';
import type { QuotedSpan } from './marks.js';
import { sortedMentions } from './mention-lookup.js';
import { POSSESSIVES } from './words.js';

/** Token-level views every quote rule shares, computed once per document in linear time. */
export interface QuoteContext {
  readonly doc: Draft;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Lower-cased token texts, with curly apostrophes straightened ("didn’t" → "didn't"). */
  readonly words: readonly string[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Index into `quoted` of the quoted span a token lies in (marks included), or -1. */
  readonly quoteOf: Int32Array;
  readonly quoted: readonly QuotedSpan[];
  /** First and last token of each quoted span. */
  readonly quoteTokens: readonly [number, number][];
  /** Whether a token lies in a date mention of the dates layer. */
  readonly inDate: Uint8Array;
  /** Whether each sentence holds a quotation mark's span (by sentence index). */
  readonly sentenceQuoted: Uint8Array;
  /** The entity layer's mentions, sorted by start (longest first at one start), for lookups by offset. */
  readonly mentions: readonly Mention[];
  /** Index into NAME_TYPES of the name a token lies in (0: none). */
  readonly nameType: Uint8Array;
  /** Spans later stages skip: boilerplate and repeated titles. */
  readonly skipped: readonly Span[];
}

/** Codes of `nameType`: the entity type of the name a token lies in. */
export const NAME_TYPES = ['', 'person', 'organization', 'country', 'location'] as const;

/**
 * The document's tokens, with a name the entity layer found read as a proper noun whatever its tag ("Lynch said"
 * tags "Lynch" a verb, and the speaker rules look for nouns; only the tokens it changes are copied), and the type
 * of the name each token lies in.
 */
function readNames(doc: Draft, mentions: readonly Mention[]): { tokens: readonly Token[]; nameType: Uint8Array } {
  const { tokens } = doc;
  const nameType = new Uint8Array(tokens.length);
  let out: Token[] | null = null;
  let t = 0;
  const names = mentions.filter((m) => m.form === 'name');
  for (const m of names) {
    while (t > 0 && tokens[t - 1]!.end > m.start) t--;
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    const code = NAME_TYPES.indexOf(m.type);
    for (let i = t; i < tokens.length && tokens[i]!.start < m.end; i++) {
      nameType[i] = code;
      const tok = tokens[i]!;
      if (tok.pos !== 'VERB' && tok.pos !== 'ADJ' && tok.pos !== 'ADV') continue;
      out ??= [...tokens];
      out[i] = { ...tok, pos: 'PROPN' };
    }
  }
  // "Union IT Minister Ashwini Vaishnaw said", "US officials said": an acronym spelled like a pronoun, before a
  // capitalized word, is part of the name phrase.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.pos !== 'PRON' || tok.text.length < 2 || !isAllCaps(tok.text) || !startsUpper(tokens[i + 1]!.text))
      continue;
    out ??= [...tokens];
    out[i] = { ...tok, pos: 'PROPN' };
  }
  // "“…,” lead author Emma Reid said", "said the study's lead author", "acting director Jane Roe": a participle (or
  // "lead") before a role noun is part of the title, not a verb; read as one, it cuts the speaker from its quote.
  const lowered = lowerTexts(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.pos !== 'VERB' || !titleParticiples.has(lowered[i]!) || !titleModifier(tokens, nameType, i)) continue;
    out ??= [...tokens];
    out[i] = { ...tok, pos: 'ADJ' };
  }
  return { tokens: out ?? tokens, nameType };
}

/** How many role words may stand between a title participle and the name ("acting chief executive Jane Roe"). */
const ROLE_WORDS = 3;

/**
 * Whether the verb-tagged title word at `i` modifies the role noun after it: it follows a determiner or a possessive
 * ("the study's lead author"), or the role words after it run into a name ("presiding judge Jane Roe"); after an
 * auxiliary, a pronoun, a common noun or "to" it is the verb it looks like ("is leading rival Jane Roe").
 */
function titleModifier(tokens: readonly Token[], nameType: Uint8Array, i: number): boolean {
  const role = tokens[i + 1]!;
  if ((role.pos !== 'NOUN' && role.pos !== 'ADJ') || !startsLower(role.text)) return false;
  const prev = tokens[i - 1];
  const prevWord = prev ? lowerCase(prev.text).replace(/’/g, "'") : '';
  // After a common noun an -ing word heads a reduced relative ("officials visiting lawmaker Jane Roe"); after a name
  // it is still a title ("Apple lead designer Jane Roe").
  if (prev && (prev.pos === 'AUX' || prev.pos === 'PRON' || prev.pos === 'NOUN' || prevWord === 'to')) return false;
  if (prev && (prev.pos === 'DET' || prevWord === "'s" || POSSESSIVES.has(prevWord))) return true;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + ROLE_WORDS; k++) {
    const t = tokens[k]!;
    // A name, or a capitalized word that opens one ("lead author Dr Jane Roe").
    if (nameType[k] === 1 || (t.pos === 'PROPN' && startsUpper(t.text))) return true;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !startsLower(t.text)) return false;
  }
  return false;
}

export function buildContext(doc: Draft, quoted: readonly QuotedSpan[], skipped: readonly Span[]): QuoteContext {
  const { text } = doc;
  const mentions = sortedMentions(doc.mentions);
  const { tokens, nameType } = readNames(doc, mentions);
  // readNames may copy a token (to retag it), never changing its text: the document's lower-cased texts serve.
  const words = lowerTexts(doc.tokens).map((w) => (w.includes('’') ? w.replace(/’/g, "'") : w));
  const sentenceOf = new Int32Array(tokens.length);
  for (const s of doc.sentences) sentenceOf.fill(s.i, s.tokens[0], s.tokens[1] + 1);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const quoteTokens: [number, number][] = [];
  let t = 0;
  quoted.forEach((q, k) => {
    while (t < tokens.length && tokens[t]!.end <= q.start) t++;
    let first = t;
    let last = t - 1;
    for (let i = first; i < tokens.length && tokens[i]!.start < q.end; i++) {
      quoteOf[i] = k;
      last = i;
    }
    if (last < first) first = last = -1;
    quoteTokens.push([first, last]);
  });
  const inDate = new Uint8Array(tokens.length);
  if (doc.dates.length > 0) {
    const dates = [...doc.dates].sort((a, b) => a.start - b.start);
    let d = 0;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      while (d < dates.length && dates[d]!.end <= tok.start) d++;
      const date = dates[d];
      if (date && date.start < tok.end && date.type !== 'duration') inDate[i] = 1;
    }
  }
  const sentenceQuoted = new Uint8Array(doc.sentences.length);
  for (let i = 0; i < tokens.length; i++) if (quoteOf[i]! >= 0) sentenceQuoted[sentenceOf[i]!] = 1;
  return {
    doc,
    text,
    tokens,
    words,
    sentenceOf,
    quoteOf,
    quoted,
    quoteTokens,
    inDate,
    nameType,
    mentions,
    sentenceQuoted,
    skipped,
  };
}

export function isSkipped(ctx: QuoteContext, span: Span): boolean {
  return ctx.skipped.length > 0 && overlapsAny(ctx.skipped, span);
}
