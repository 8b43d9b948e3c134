import { expect } from 'vitest';
import { articleStage } from '../../src/article/article-stage.js';
import { analyze } from '../../src/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { createTrace } from '../../src/pipeline/trace.js';
import { quotesStage, analyzeQuotes as runQuotes } from '../../src/quotes/stage.js';
import { tokenizeStage } from '../../src/text/tokenize.js';
import type { AnalyzedDocument, Quote } from '../../src/types.js';

/** Text layer + article meta + quotes only, so these tests do not depend on the entity or date stages. */
export const quotesOnly = createPipeline([tokenizeStage, articleStage, quotesStage]);

export function analyzeQuotes(text: string, outlet?: string): AnalyzedDocument {
  return quotesOnly.analyze(text, outlet ? { outlet } : {});
}

/** A quote reduced to the strings a table row states. */
export function summary(q: Quote): { kind: string; content: string; cue?: string; speaker?: string } {
  return {
    kind: q.kind,
    content: q.content.map((c) => c.text).join(' … '),
    ...(q.cue ? { cue: q.cue.text } : {}),
    ...(q.speaker?.span ? { speaker: q.speaker.span.text } : {}),
  };
}

/** The quote whose cue is `cue` (the first one), or the first quote when no cue is given. */
export function quoteWithCue(doc: AnalyzedDocument, cue?: string): Quote | undefined {
  return cue === undefined ? doc.quotes[0] : doc.quotes.find((q) => q.cue?.text === cue);
}

/** A table row: the quote with cue `cue` in `text` has this content (and kind and speaker, when stated). */
export interface QuoteRow {
  text: string;
  cue?: string;
  kind?: string;
  content: string;
  speaker?: string;
}

/** Checks a table row against the quotes-only pipeline, and that every span the quote holds slices the text. */
export function expectQuoteRow(row: QuoteRow): void {
  const doc = analyzeQuotes(row.text);
  const q = quoteWithCue(doc, row.cue);
  expect(q, `no quote with cue ${row.cue}`).toBeDefined();
  const got = summary(q!);
  expect(got.content).toBe(row.content);
  if (row.kind !== undefined) expect(got.kind).toBe(row.kind);
  if (row.speaker !== undefined) expect(got.speaker).toBe(row.speaker);
  for (const c of q!.content) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  expect(q!.rule).toMatch(/^quotes\//);
  expect(q!.confidence).toBeGreaterThan(0);
  expect(q!.confidence).toBeLessThanOrEqual(1);
}

/**
 * What the rules propose for the cue `cue` in `text`, before the learned scorer keeps or drops it: for tests of a
 * rule's spans that should not change with each retraining of data/quote-scorer.json.
 */
export function proposedFor(text: string, cue: string): { content: string; speaker?: string } | undefined {
  const doc = quotesOnly.analyze(text, { disable: ['quotes'] });
  const ctx = { options: {}, trace: createTrace(false), isDisabled: () => false };
  let found: { content: string; speaker?: string } | undefined;
  const dropAll = { threshold: 2, probability: () => 0 };
  runQuotes(doc, ctx, dropAll, (c) => {
    const cueText = text.slice(doc.tokens[c.cue.first]!.start, doc.tokens[c.cue.last]!.end);
    if (found || cueText !== cue) return;
    found = {
      content: c.content.map((f) => text.slice(f.start, f.end)).join(' … '),
      ...(c.source ? { speaker: text.slice(doc.tokens[c.source[0]]!.start, doc.tokens[c.source[1]]!.end) } : {}),
    };
  });
  return found;
}

/**
 * The quotes of the whole pipeline (entities included) with every candidate the cue rules propose kept: for tests of
 * a speaker's resolution that should not change with each retraining of data/quote-scorer.json.
 */
export function quotesKeepingAll(text: string): Quote[] {
  const doc = analyze(text, { disable: ['quotes', 'claims'] });
  const ctx = { options: {}, trace: createTrace(false), isDisabled: () => false };
  const keepAll = { threshold: 0, probability: () => 1 };
  return runQuotes(doc, ctx, keepAll).quotes;
}
