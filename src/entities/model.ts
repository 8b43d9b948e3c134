/**
 * The trained tagger weights (data/ner-model.json, written by scripts/train-ner.ts), loaded once into a Map from
 * feature string to one weight per tag. The file holds one line per feature: `feature\ttag:weight tag:weight`,
 * weights as integers scaled by `scale`.
 */
import modelData from '../../data/ner-model.json' with { type: 'json' };
import { type Scorer, TAG_COUNT, TAGS } from './tagger.js';

export interface NerModel {
  /** Feature → offset of its TAG_COUNT weights in `table`. One flat array keeps the heap small and lookups local. */
  offsets: Map<string, number>;
  table: Float32Array;
}

/** Parses the compact text form of the weights. */
export function parseModel(lines: string, scale: number): NerModel {
  const rows = lines.split('\n');
  const offsets = new Map<string, number>();
  const table = new Float32Array(rows.length * TAG_COUNT);
  let next = 0;
  for (const line of rows) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    for (const pair of line.slice(tab + 1).split(' ')) {
      const colon = pair.indexOf(':');
      table[next + Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1)) / scale;
    }
    offsets.set(line.slice(0, tab), next);
    next += TAG_COUNT;
  }
  return { offsets, table };
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
  const { offsets, table } = model;
  const n = TAG_COUNT; // a local: an imported binding may be a getter call per read
  return (features, scores) => {
    for (let j = 0; j < features.length; j++) {
      const at = offsets.get(features[j]!);
      if (at === undefined) continue;
      for (let k = 0; k < n; k++) scores[k]! += table[at + k]!;
    }
  };
}
