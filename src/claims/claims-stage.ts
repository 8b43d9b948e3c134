import type { Stage } from '../pipeline/stage.js';
import type { AnalyzedDocument, Claim, Entity, Quote, TextSpan } from '../types.js';
import { aboutEntities } from './about.js';
import { claimText } from './claim-text.js';
import { claimantOf, nameIndex, reporterOf } from './claimant.js';
import { rebuttedStance } from './content-words.js';
import { MentionIndex } from './mention-index.js';
import { nestedQuotes } from './nesting.js';
import { polarityOf } from './polarity.js';
import { isHedged, stanceOf } from './stance.js';
import { tokenIndex, type Word, wordsOf } from './words.js';

/**
 * One claim per quote: the statement's text, who made it, who reported it, when, its polarity, stance and
 * hedging, and the entities it is about. Quotes without any content text yield no claim, nor do quotes that
 * only wrap or repeat another attribution (see `nestedQuotes`).
 */
export function buildClaims(doc: Readonly<AnalyzedDocument>): Claim[] {
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const dates = new Map(doc.dates.map((d) => [d.id, d.value]));
  const tokens = tokenIndex(doc.tokens);
  const mentions = new MentionIndex(doc.mentions);
  const names = nameIndex(entities.values());
  const claims: Claim[] = [];
  const skip = nestedQuotes(doc.quotes);
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  for (const quote of doc.quotes) {
    if (noComment(quote)) continue;
    if (skip.has(quote.id)) continue;
    const statements = splitStatements(quote.content, sentenceStarts);
    for (const content of statements) {
      const claim = buildClaim(quote, content, statements.length > 1);
      if (claim) claims.push(claim);
    }
  }
  return claims;

  function buildClaim(quote: Quote, content: TextSpan[], split: boolean): Claim | undefined {
    const text = claimText(content);
    if (text === '') return undefined;
    const words = wordsOf(content, tokens);
    const stance = stanceOf(quote.cue?.lemma, words);
    // "The company denied the allegations": a bare noun phrase, but it says an earlier claim is false.
    if (noProposition(quote, words) && rebuttedStance(words, stance, 'positive') === undefined) return undefined;
    const speakerSpan = quote.speaker?.span;
    const claimant = claimantOf(quote, entities, speakerSpan ? mentions.within([speakerSpan]) : [], names);
    const reporter = reporterOf(quote, doc.meta, entities, names);
    const cueLemma = quote.cue?.lemma;
    const { polarity } = polarityOf(words, doc.text);
    const about = aboutEntities(content, mentions.within(content), entities, claimant?.id);
    const date = (quote.dateId === undefined ? undefined : dates.get(quote.dateId)) ?? doc.meta.published;
    const evidence: TextSpan[] = content.map((s) => ({ start: s.start, end: s.end, text: s.text }));
    if (quote.cue) evidence.push({ start: quote.cue.start, end: quote.cue.end, text: quote.cue.text });
    evidence.sort((a, b) => a.start - b.start);
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      text,
      quoteId: quote.id,
      claimant: claimant?.name ?? 'unknown',
      polarity,
      stance,
      hedged: isHedged(cueLemma, words),
      aboutIds: about.aboutIds,
      evidence,
      rule: `claims/quote:${quote.kind}${split ? ':sentence' : ''}${claimant ? '' : ':no-speaker'}`,
      // A claim is as sure as its quote; without a speaker it is only half a claim.
      confidence: round(quote.confidence * (claimant ? 0.95 : 0.5)),
    };
    if (claimant?.id !== undefined) claim.claimantId = claimant.id;
    if (claimant?.ids !== undefined) claim.claimantIds = claimant.ids;
    if (reporter) claim.reportedBy = reporter.name;
    if (reporter?.id !== undefined) claim.reportedById = reporter.id;
    if (date !== undefined) claim.date = date;
    return claim;
  }
}

/**
 * The statements of a quote: its fragments, cut where a fragment opens a new sentence. “No law requires it,”
 * he said. “We never spied.” is two statements; “We are ready,” he said, “and we will win.” is one.
 */
export function splitStatements(content: readonly TextSpan[], sentenceStarts: ReadonlySet<number>): TextSpan[][] {
  const out: TextSpan[][] = [];
  for (const [i, fragment] of content.entries()) {
    const opensSentence = i > 0 && (sentenceStarts.has(fragment.start) || sentenceStarts.has(fragment.start + 1));
    if (out.length === 0 || opensSentence) out.push([fragment]);
    else out.at(-1)!.push(fragment);
  }
  return out;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export const claimsStage: Stage = {
  name: 'claims/claims',
  needs: ['tokens', 'meta', 'entities', 'mentions', 'dates', 'quotes'],
  adds: ['claims'],
  run: (doc) => ({ claims: buildClaims(doc) }),
};

/** Cues whose content is an object and what it is called ("called it “a disgrace”"): a claim without a verb. */
const NAMING_CUES = new Set(['call', 'describe', 'label', 'brand', 'dub', 'term']);
/** Most words an indirect content without a verb may have and still state nothing ("something", "the report"). */
const BARE_WORDS = 3;

/**
 * An indirect quote whose content is a few words with no verb states no proposition: "That tells you something",
 * "would have sounded alarmist", "asked about Ferrari's troubles". (PolNeAR marks such attributions; a claim needs
 * more.)
 */
function noProposition(quote: Quote, words: readonly Word[]): boolean {
  if (quote.kind !== 'indirect' || words.length > BARE_WORDS) return false;
  if (NAMING_CUES.has(quote.cue?.lemma ?? '')) return false;
  return !words.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
}

/**
 * "declined to comment on the report", "did not immediately respond to a request for comment": an attribution of
 * saying nothing (PolNeAR marks them) states no claim.
 */
/** Enough of a content's start to read "to comment" or "a request for comment". */
const NO_COMMENT_PREFIX = 40;

function noComment(quote: Quote): boolean {
  const cue = quote.cue?.text.toLowerCase() ?? '';
  // "declined to comment on the report": the refusal may sit in the cue itself.
  if (/\b(?:declin|refus)\w* to (?:comment|respond|answer|discuss|elaborate|say)\b/.test(cue)) return true;
  // Only the content's first words matter: lower-casing whole contents was quadratic in a sentence of thousands of
  // cues ("said said said …"), each content running to the sentence's end.
  const content = (quote.content[0]?.text ?? '').slice(0, NO_COMMENT_PREFIX).toLowerCase();
  // "declined to give specific figures", "refused to say": a refusal states nothing, whatever it refuses.
  if (/\b(?:declin|refus)\w*$/.test(cue) && /^to \w/.test(content)) return true;
  return (
    /\b(?:respond|reply)\w*(?: to)?$/.test(cue) &&
    /^(?:a |an |multiple |repeated )?requests? for comment\b/.test(content)
  );
}
