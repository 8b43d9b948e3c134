import { articleStage } from '../../src/article/article-stage.js';
import { datesStage } from '../../src/dates/stage.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { tokenizeStage } from '../../src/text/tokenize.js';
import type { AnalyzedDocument } from '../../src/types.js';

/** Only the stages the dates layer needs, so these tests do not depend on entities or quotes. */
const pipeline = createPipeline([tokenizeStage, articleStage, datesStage]);

export function analyzeDates(text: string, published?: string): AnalyzedDocument {
  return pipeline.analyze(text, published === undefined ? {} : { published });
}

/** The [text, value] pairs of the date mentions found in `text`. */
export function datePairs(text: string, published?: string): [string, string][] {
  return analyzeDates(text, published).dates.map((d) => [d.text, d.value]);
}
