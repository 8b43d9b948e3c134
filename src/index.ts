/**
 * claimgraph: turns English news articles into a claim graph: who said what, about whom, when, and which
 * outlet reported it. Everything returned is plain JSON over the unchanged input text (see `types.ts`).
 */
import { createPipeline, type Pipeline } from './pipeline/pipeline.js';
import { defaultStages } from './pipeline/preset.js';
import type { AnalyzedDocument, AnalyzeOptions, DocumentInput } from './types.js';

export { mergeGraphs, quoteKey } from './claims/merge.js';
export { formatReport } from './cli/report.js';
export { checkInvariants } from './eval/invariants.js';
export { toDot } from './export/dot.js';
export { toGraphML } from './export/graphml.js';
export { type ClaimGraphology, toGraphology } from './export/graphology.js';
export { renderHtml } from './export/html.js';
export { type JsonLdDocument, type JsonLdNode, type JsonLdValue, toJsonLd } from './export/jsonld.js';
export type { Pipeline, PipelineOptions } from './pipeline/pipeline.js';
export { createPipeline, emptyDocument } from './pipeline/pipeline.js';
export { defaultStages } from './pipeline/preset.js';
export type { Context, Draft, Layers, Stage } from './pipeline/stage.js';
export type { Trace } from './pipeline/trace.js';
export { formatTrace } from './pipeline/trace.js';
export type * from './types.js';
export { SCHEMA_VERSION } from './types.js';

let defaultPipeline: Pipeline | undefined;
function pipeline(): Pipeline {
  defaultPipeline ??= createPipeline(defaultStages);
  return defaultPipeline;
}

/**
 * Analyzes one article: tokens, sentences, article metadata, entities, dates, quotes, claims and the claim graph.
 * Synchronous and pure; never throws on a string (a non-string is a TypeError, a bad `published` a RangeError).
 *
 * @example
 * import { analyze } from 'claimgraph';
 * const doc = analyze('Ren said his company has never spied, the Financial Times reported.', { published: '2019-01-15' });
 * doc.sentences.length; // 1
 */
export function analyze(text: string, options?: AnalyzeOptions): AnalyzedDocument {
  return pipeline().analyze(text, options);
}

/**
 * Analyzes a stream of articles (strings or `{id, text, published?, outlet?}`), yielding documents in input order
 * one at a time, so memory stays bounded however long the stream is.
 *
 * @example
 * import { analyzeMany } from 'claimgraph';
 * for await (const doc of analyzeMany([{ id: 'a', text: 'Ren said so.' }])) console.log(doc.id);
 */
export async function* analyzeMany(
  inputs: Iterable<string | DocumentInput> | AsyncIterable<string | DocumentInput>,
  options?: Omit<AnalyzeOptions, 'id'>,
): AsyncGenerator<AnalyzedDocument> {
  for await (const input of inputs) {
    if (typeof input === 'string') {
      yield analyze(input, options);
    } else if (input && typeof input === 'object' && typeof input.text === 'string') {
      const { text, ...rest } = input;
      yield analyze(text, { ...options, ...stripUndefined(rest) });
    } else {
      throw new TypeError('analyzeMany: every input must be a string or an object with a string "text"');
    }
  }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
