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

/**
 * The weights indexed by feature template, so that run-time scoring looks values up without building the feature
 * string: `templates.get('w')!.get('huawei')` is the offset of `w=huawei`, and `pairs.get('w-1w')!.get(a)!.get(b)`
 * the offset of `w-1w=a|b`. Features without a value (`b`, `fn`, `doc-cap`) are in `templates.get('')` by name.
 */
export interface CompiledModel {
  table: Float32Array;
  templates: Map<string, Map<string, number>>;
  pairs: Map<string, Map<string, Map<string, number>>>;
}

const NO_VALUES = new Map<string, number>();
const NO_PAIRS = new Map<string, Map<string, number>>();

export function templateOf(model: CompiledModel, name: string): Map<string, number> {
  return model.templates.get(name) ?? NO_VALUES;
}

export function pairsOf(model: CompiledModel, name: string): Map<string, Map<string, number>> {
  return model.pairs.get(name) ?? NO_PAIRS;
}

export function compileModel(model: NerModel): CompiledModel {
  const templates = new Map<string, Map<string, number>>();
  const pairs = new Map<string, Map<string, Map<string, number>>>();
  for (const [feature, at] of model.offsets) {
    const eq = feature.indexOf('=');
    // Template names never hold '=', so the first one ends the name; a value may hold more ('w==').
    const name = eq < 0 ? '' : feature.slice(0, eq);
    const value = eq < 0 ? feature : feature.slice(eq + 1);
    let values = templates.get(name);
    if (!values) {
      values = new Map();
      templates.set(name, values);
    }
    values.set(value, at);
    // A value may be split at any of its bars (a word may hold one); every split is indexed, and a lookup of
    // (a, b) finds exactly the string `a|b`, so the extra splits never match anything else.
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      let byFirst = pairs.get(name);
      if (!byFirst) {
        byFirst = new Map();
        pairs.set(name, byFirst);
      }
      const a = value.slice(0, bar);
      let second = byFirst.get(a);
      if (!second) {
        second = new Map();
        byFirst.set(a, second);
      }
      second.set(value.slice(bar + 1), at);
    }
  }
  return { table: model.table, templates, pairs };
}

let compiled: CompiledModel | undefined;

/** The shipped model, indexed by template (built on first use). */
export function defaultCompiledModel(): CompiledModel {
  if (!compiled) compiled = compileModel(defaultModel());
  return compiled;
}
