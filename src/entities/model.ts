/**
 * The trained tagger weights (data/ner-model.json and data/ner-weights.bin, written by scripts/train-ner.ts), loaded
 * once into a flat table indexed by feature template. The files' form is model-format.ts's: feature values grouped
 * by template, and the table itself; data/ner-index.bin holds hash tables over the values (feature-index.ts).
 */
import { readFileSync } from 'node:fs';
import modelData from '../../data/ner-model.json' with { type: 'json' };
import { dataFile } from '../data-file.js';
import { decodeTables, StringTable } from '../text/string-table.js';
import { FeatureLookup, NO_FEATURES } from './feature-index.js';
import { countNewlines, decodeWeights, type StoredFeatures, templateValues } from './model-format.js';
import { TAG_COUNT, TAGS } from './tagger.js';

/**
 * The weights indexed by feature template, so that run-time scoring looks values up without building the feature
 * string: `lookup('w').get('huawei')` is the offset of `w=huawei` in `table`, and `lookup('w-1w').pair(a, b)` the
 * offset of `w-1w=a|b`. Features without a value (`b`, `fn`, `doc-cap`) are in `lookup('')` by name.
 */
export interface CompiledModel {
  readonly table: Float32Array;
  /** The values of template `name` (one that finds nothing for a template the model lacks). */
  lookup(name: string): FeatureLookup;
}

/**
 * The model of the stored features, the weights file's bytes (see model-format.ts) and the index file's
 * (feature-index.ts; built here when it is missing or does not fit). A template's lookup is made when the scorer
 * first asks for it.
 */
export function compileWeights(stored: StoredFeatures, weights: Uint8Array, index?: Uint8Array): CompiledModel {
  const templates = stored.templates;
  const values = templates.map(templateValues);
  const file = decodeTables(index, values);
  const rows = file?.map((t) => t.lengths.length) ?? values.map((v) => countNewlines(v) + 1);
  const table = decodeWeights(
    weights,
    rows.reduce((n, r) => n + r, 0),
    TAG_COUNT,
  );
  const where = new Map<string, number>();
  const bases: number[] = [];
  let at = 0;
  templates.forEach((entry, i) => {
    where.set(entry[0]!, i);
    bases.push(at);
    at += rows[i]! * TAG_COUNT;
  });
  const lookups = new Map<string, FeatureLookup>();
  return {
    table,
    lookup(name) {
      let out = lookups.get(name);
      if (!out) {
        const i = where.get(name);
        if (i === undefined) return NO_FEATURES;
        const table = StringTable.of(values[i]!, file?.[i]);
        if (table.rows !== rows[i]) throw new Error(`data/ner-index.bin: template ${name} does not fit the model`);
        out = new FeatureLookup(table, bases[i]!, TAG_COUNT);
        lookups.set(name, out);
      }
      return out;
    },
  };
}

let compiled: CompiledModel | undefined;

/** The shipped model, indexed by template (read on first use). */
export function defaultCompiledModel(): CompiledModel {
  if (!compiled) {
    if (modelData.tags.join(' ') !== TAGS.join(' '))
      throw new Error('data/ner-model.json: tag set differs from the code');
    compiled = compileWeights(
      modelData,
      readFileSync(dataFile('ner-weights.bin')),
      readFileSync(dataFile('ner-index.bin')),
    );
  }
  return compiled;
}
