/**
 * The trained tagger weights (data/ner-model.json and data/ner-weights.bin, written by scripts/train-ner.ts), loaded
 * once into a flat table indexed by feature template. The files' form is model-format.ts's: feature values grouped
 * by template, and the table itself.
 */
import { readFileSync } from 'node:fs';
import modelData from '../../data/ner-model.json' with { type: 'json' };
import { countNewlines, decodeWeights, rowCount, type StoredFeatures, templateValues } from './model-format.js';
import { TAG_COUNT, TAGS } from './tagger.js';

/**
 * The weights indexed by feature template, so that run-time scoring looks values up without building the feature
 * string: `values('w').get('huawei')` is the offset of `w=huawei` in `table`, and `pairs('w-1w').get(a)!.get(b)`
 * the offset of `w-1w=a|b`. Features without a value (`b`, `fn`, `doc-cap`) are in `values('')` by name.
 */
export interface CompiledModel {
  readonly table: Float32Array;
  values(name: string): Map<string, number>;
  pairs(name: string): Map<string, Map<string, number>>;
  /** Calls `f` with each value of template `name` and its offset, building no map. */
  each(name: string, f: (value: string, at: number) => void): void;
}

export function templateOf(model: CompiledModel, name: string): Map<string, number> {
  return model.values(name);
}

export function pairsOf(model: CompiledModel, name: string): Map<string, Map<string, number>> {
  return model.pairs(name);
}

/**
 * The model of the stored features and the weights file's bytes (see model-format.ts). The per-template maps are
 * built when the scorer first asks for a template, and only in the form it asks for: most pair templates (`w-1w`,
 * `ww+1`, `T-1w`) are never looked up by whole value.
 */
export function compileWeights(stored: StoredFeatures, weights: Uint8Array): CompiledModel {
  const table = decodeWeights(weights, rowCount(stored), TAG_COUNT);
  const features = new TemplateIndex(stored.templates);
  return {
    table,
    values: (name) => features.values(name),
    pairs: (name) => features.pairs(name),
    each: (name, f) => features.each(name, f),
  };
}

/** Each template's values and the table offset of its first row, and its maps once built. */
class TemplateIndex {
  private readonly where = new Map<string, { values: string; at: number }>();
  private readonly byValue = new Map<string, Map<string, number>>();
  private readonly byPair = new Map<string, Map<string, Map<string, number>>>();

  constructor(templates: StoredFeatures['templates']) {
    let at = 0;
    for (const entry of templates) {
      const values = templateValues(entry);
      this.where.set(entry[0]!, { values, at });
      at += (countNewlines(values) + 1) * TAG_COUNT;
    }
  }

  /** Calls `f` with each value of template `name` and its table offset, in row order. */
  each(name: string, f: (value: string, at: number) => void): void {
    const t = this.where.get(name);
    if (!t) return;
    let at = t.at;
    for (const value of t.values.split('\n')) {
      f(value, at);
      at += TAG_COUNT;
    }
  }

  values(name: string): Map<string, number> {
    let out = this.byValue.get(name);
    if (!out) {
      const map = new Map<string, number>();
      this.each(name, (value, at) => map.set(value, at));
      out = map;
      this.byValue.set(name, out);
    }
    return out;
  }

  /**
   * A value may be split at any of its bars (a word may hold one); every split is indexed, and a lookup of (a, b)
   * finds exactly the string `a|b`, so the extra splits never match anything else.
   */
  pairs(name: string): Map<string, Map<string, number>> {
    let out = this.byPair.get(name);
    if (!out) {
      const map = new Map<string, Map<string, number>>();
      this.each(name, (value, at) => {
        for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
          const a = value.slice(0, bar);
          let second = map.get(a);
          if (!second) {
            second = new Map();
            map.set(a, second);
          }
          second.set(value.slice(bar + 1), at);
        }
      });
      out = map;
      this.byPair.set(name, out);
    }
    return out;
  }
}

let compiled: CompiledModel | undefined;

/** The shipped model, indexed by template (read on first use). */
export function defaultCompiledModel(): CompiledModel {
  if (!compiled) {
    if (modelData.tags.join(' ') !== TAGS.join(' '))
      throw new Error('data/ner-model.json: tag set differs from the code');
    compiled = compileWeights(modelData, readFileSync(new URL('../../data/ner-weights.bin', import.meta.url)));
  }
  return compiled;
}
