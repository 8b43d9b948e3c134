/**
 * Findings attributed to a poll, survey, study or report by "in" rather than by a verb: "In a CNN/ORC poll released
 * Monday, 38 percent of voters said …" and "Clinton led Trump by 5 points in the latest Quinnipiac poll." PolNeAR
 * annotates these as attributions with "In" as the cue and the poll as the source; a fact-checker needs the
 * finding tied to the poll that produced it.
 */

import { hasLetterOrDigit, startsUpper } from '../text/letters.js';
import type { Candidate } from './attribute.js';
import { contentStop, sentenceRange, trimEnd } from './content.js';
import type { QuoteContext } from './context.js';
import { isNounish } from './words.js';

/** Head nouns of a source that speaks through "in". */
const EVIDENCE_NOUNS = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'studies',
  'report',
  'analysis',
  // "in the RealClearPolitics average of New Hampshire polls"
  'average',
]);
/** Words that may follow the evidence noun inside its phrase. */
const TRAILERS = new Set(['of', 'by', 'from', 'in', 'among', 'for', 'on', 'this', 'last', 'the', 'that', 'which']);
/** How long the source phrase may be, in tokens ("the previous Washington Post/ABC News national poll, …"). */
const MAX_SOURCE = 16;
const COMPARATIVES = new Set(['than', 'as']);
/** A finding has at least this many tokens. */
const MIN_CONTENT = 3;

/**
 * Whether tokens first..last are a noun phrase about a piece of evidence: an evidence noun, with determiners,
 * names and modifiers before it and at most a participle phrase after it ("released Monday", "conducted in
 * early September", "of 800 likely voters").
 */
function evidencePhrase(ctx: QuoteContext, first: number, last: number): boolean {
  let head = -1;
  for (let i = first; i <= last; i++) {
    if (EVIDENCE_NOUNS.has(ctx.words[i]!)) {
      head = i;
      break;
    }
    const t = ctx.tokens[i]!;
    // The evidence noun heads the first noun phrase: "in this race than in other polls" is about a race.
    if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || ctx.words[i] === ',') {
      if (!(t.pos === 'VERB' && /ed$/.test(ctx.words[i]!) && i > first)) return false;
    }
  }
  // "in the polls" is the race in general (or the ballot box: "head to the polls"), not a poll that was taken.
  if (head < 0 || (head === first + 1 && ctx.words[first] === 'the' && ctx.words[head] === 'polls')) return false;
  // "poll workers", "survey results": a noun after the evidence noun makes it a modifier.
  const next = ctx.tokens[head + 1];
  if (head < last && next && isNounish(next) && !startsUpper(next.text)) return false;
  // After the noun only a participle phrase or a prepositional phrase of the poll: "released Monday", "of 800
  // likely voters", "the same month"; not "… in the last poll to 55 percent now".
  const trailer = ctx.words[head + 1] === ',' ? head + 2 : head + 1;
  if (head < last && !TRAILERS.has(ctx.words[trailer] ?? '') && !/(ed|en)$/.test(ctx.words[trailer] ?? '')) {
    return false;
  }
  for (let i = head + 1; i <= last; i++) {
    const t = ctx.tokens[i]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|en)$/.test(ctx.words[i]!)) || ctx.quoteOf[i]! >= 0) {
      return false;
    }
  }
  return true;
}

/** How far into the clause its subject's own cue may come ("The Australian news outlet cited"). */
const SUBJECT_REACH = 8;
/** Evidence written by someone, who may be the clause's subject. */
const AUTHORED = new Set(['report', 'study', 'studies', 'analysis']);

/** Whether tokens from..to name evidence someone wrote (a report, a study), not a poll. */
function authored(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (AUTHORED.has(ctx.words[i]!)) return true;
  return false;
}

/**
 * Whether the clause after "In a November report," opens with a subject that speaks itself ("The Australian news
 * outlet cited …"): the report is then where it spoke, not a source of its own. Polls and surveys always are.
 */
function authorSpeaks(ctx: QuoteContext, source: [number, number], from: number, last: number, cueAt: Int32Array) {
  if (!authored(ctx, source[0], source[1])) return false;
  for (let i = from; i <= Math.min(last, from + SUBJECT_REACH); i++) if (cueAt[i]! >= 0) return true;
  return false;
}

function make(ctx: QuoteContext, cue: number, source: [number, number], first: number, last: number): Candidate {
  return {
    cue: { first: cue, last: cue, lemma: 'in', precision: 0.5, sentence: ctx.sentenceOf[cue]! },
    content: [{ start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end }],
    source,
    sourceFromPrevious: false,
    rule: 'quotes/indirect:in-evidence',
    confidence: 0.7,
    frame: source[0] < first ? [cue, source[1] + 1] : [cue, source[1]],
    kind: undefined,
  };
}

function hasCue(cueAt: Int32Array, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (cueAt[k]! >= 0) return true;
  return false;
}

/** Words that close the clause after a trailing evidence phrase. */
const CLAUSE_CLOSERS = new Set([',', ';', '—', '–', '.', '!', '?', ':']);

/**
 * The last token of the phrase after "in" (from `from`) when a clause boundary follows it within `to`: a comma,
 * semicolon, dash or the sentence end, or "by" before the margin ("by nearly 10 points"); -1 when none comes.
 */
function phraseEnd(ctx: QuoteContext, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const w = ctx.words[k]!;
    const margin = w === 'by' && k > from && ctx.tokens[k + 1] !== undefined && marginFollows(ctx, k + 1);
    if (CLAUSE_CLOSERS.has(w) || margin) return k > from ? k - 1 : -1;
  }
  // The sentence's last word.
  const last = ctx.doc.sentences[ctx.sentenceOf[from]!]!.tokens[1];
  if (to < last) return -1;
  let end = last;
  while (end > from && !hasLetterOrDigit(ctx.words[end]!)) end--;
  return end;
}

/** Whether a margin starts at `k`: a number, maybe after "nearly", "about", "roughly", "more than" or "double". */
function marginFollows(ctx: QuoteContext, k: number): boolean {
  let i = k;
  while (i < k + 2 && MARGIN_LEADS.has(ctx.words[i]!)) i++;
  return ctx.tokens[i]?.pos === 'NUM';
}
const MARGIN_LEADS = new Set([
  'nearly',
  'about',
  'roughly',
  'almost',
  'more',
  'than',
  'less',
  'just',
  'only',
  'double',
]);

/** The "in a poll" attributions of every sentence. */
export function evidenceQuotes(ctx: QuoteContext, cueAt: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  const { words } = ctx;
  for (let s = 0; s < ctx.doc.sentences.length; s++) {
    const [first, last] = sentenceRange(ctx, s);
    if (first > last || ctx.quoteOf[first]! >= 0) continue;
    if (words[first] === 'in') {
      // "In a CNN/ORC poll the same month, 38 percent of voters said …"
      let comma = first + 1;
      while (comma <= last && comma - first <= MAX_SOURCE && words[comma] !== ',') comma++;
      // "In the previous national poll, conducted in early September, Clinton led …": the participle is the poll's.
      if (words[comma] === ',' && /(ed|en)$/.test(words[comma + 1] ?? '') && ctx.tokens[comma + 1]!.pos === 'VERB') {
        comma++;
        while (comma <= last && comma - first <= MAX_SOURCE && words[comma] !== ',') comma++;
      }
      const source: [number, number] = [first + 1, comma - 1];
      if (
        words[comma] === ',' &&
        evidencePhrase(ctx, first + 1, comma - 1) &&
        !authorSpeaks(ctx, source, comma + 1, last, cueAt)
      ) {
        const end = trimEnd(ctx, comma + 1, contentStop(ctx, comma + 1, last, cueAt));
        if (end - comma >= MIN_CONTENT) out.push(make(ctx, first, source, comma + 1, end));
        continue;
      }
    }
    // "…, 56 percent to 32 percent in an early-October CBS News poll.", "But he fell to 10 percent in the latest
    // CNN/ORC poll released Wednesday, a collapse …", "she trails him in the RealClearPolitics average of polls by
    // nearly 10 points": the phrase closes the clause, at the sentence end, a comma, a semicolon, a dash or the
    // margin's "by".
    for (let i = first + MIN_CONTENT; i < last; i++) {
      // "did better than in other polls": a comparison, not a source; "not involved in the study", "published in a
      // report": the phrase belongs to the verb before it.
      if (words[i] !== 'in' || ctx.quoteOf[i]! >= 0 || COMPARATIVES.has(words[i - 1]!)) continue;
      const before = ctx.tokens[i - 1]!;
      if (before.pos === 'VERB' || (before.pos === 'ADJ' && /ed$/.test(words[i - 1]!))) continue;
      const end = phraseEnd(ctx, i + 1, Math.min(last, i + MAX_SOURCE));
      if (end < 0 || !evidencePhrase(ctx, i + 1, end)) continue;
      // "The campaign responded, saying … donated to a PAC, in a report from Greenpeace": a clause with a cue of its
      // own is that cue's attribution, not the report's finding. (A poll's respondents do speak: "half said so in the
      // earlier poll".)
      if (authored(ctx, i + 1, end) && hasCue(cueAt, first, i - 1)) break;
      out.push(make(ctx, i, [i + 1, end], first, trimEnd(ctx, first, i - 1)));
      break;
    }
  }
  return out;
}
