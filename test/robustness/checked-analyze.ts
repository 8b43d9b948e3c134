import { expect } from 'vitest';
import { type AnalyzedDocument, analyze, checkInvariants } from '../../src/index.js';
import type { AnalyzeOptions } from '../../src/types.js';

/**
 * analyze() plus everything a robust result must satisfy: no throw, invariants hold, and no stage failed (the
 * pipeline turns a stage's exception into a `stage-error:` warning rather than losing the document, so a
 * swallowed crash is still a crash here).
 */
export function problemsOf(text: string, options?: AnalyzeOptions): string[] {
  let doc: AnalyzedDocument;
  try {
    doc = analyze(text, options);
  } catch (err) {
    return [`threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
  }
  const problems = checkInvariants(doc);
  for (const w of doc.warnings) {
    if (w.rule.startsWith('stage-error:')) problems.push(`${w.rule}: ${w.message}`);
  }
  return problems;
}

export function expectRobust(text: string, options?: AnalyzeOptions): void {
  const problems = problemsOf(text, options);
  expect(problems, `input ${JSON.stringify(text.slice(0, 300))}`).toEqual([]);
}
