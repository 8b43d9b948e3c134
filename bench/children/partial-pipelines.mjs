// The default pipeline cut after one stage, for the throughput table: what `analyze` costs with entities on (the
// entities issue's speed target) and with quotes on (the quotes issue's), beside the whole pipeline.
import { createPipeline, defaultStages } from '../../dist/index.js';

function upTo(stageName) {
  const last = defaultStages.findIndex((s) => s.name === stageName);
  if (last < 0) throw new Error(`no stage named ${stageName}`);
  const pipeline = createPipeline(defaultStages.slice(0, last + 1));
  return (text) => pipeline.analyze(text);
}

export const throughEntities = upTo('entities');
export const throughQuotes = upTo('quotes');
