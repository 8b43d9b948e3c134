/**
 * The trained tagger weights (data/ner-model.json, written by scripts/train-ner.ts), loaded once into a Map from
 * feature string to one weight per tag. The file holds one line per feature: `feature\ttag:weight tag:weight`,
 * weights as integers scaled by `scale`.
 */
import modelData from '../../data/ner-model.json' with { type: 'json' };
import { type Scorer, TAG_COUNT, TAGS } from './tagger.js';

export interface NerModel {
  weights: Map<string, Float32Array>;
}

/** Parses the compact text form of the weights. */
export function parseModel(lines: string, scale: number): NerModel {
  const weights = new Map<string, Float32Array>();
  for (const line of lines.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const w = new Float32Array(TAG_COUNT);
    for (const pair of line.slice(tab + 1).split(' ')) {
      const colon = pair.indexOf(':');
      w[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1)) / scale;
    }
    weights.set(line.slice(0, tab), w);
  }
  return { weights };
}

let loaded: NerModel | undefined;

/** The shipped model (parsed on first use). */
export function defaultModel(): NerModel {
  if (!loaded) {
    if (modelData.tags.join(' ') !== TAGS.join(' '))
      throw new Error('data/ner-model.json: tag set differs from the code');
    loaded = parseModel(modelData.weights, modelData.scale);
  }
  return loaded;
}

export function scorerOf(model: NerModel): Scorer {
  const { weights } = model;
  return (features, scores) => {
    for (const f of features) {
      const w = weights.get(f);
      if (w === undefined) continue;
      for (let k = 0; k < TAG_COUNT; k++) scores[k]! += w[k]!;
    }
  };
}
