import { readFileSync } from 'node:fs';
import model from '../../data/quote-scorer.json' with { type: 'json' };
import { dataFile } from '../data-file.js';
import { decodeTables, type StoredTable, StringTable } from '../text/string-table.js';

/** A logistic model over candidate features: the probability that a proposed quote is a real attribution. */
export interface CandidateScorer {
  probability(features: readonly string[]): number;
  /** Candidates below this probability are dropped: the cut that maximized cue F1 in cross-validation. */
  readonly threshold: number;
}

/**
 * A model as data/quote-scorer.json and data/comma-stops.json store it: the feature names joined by newlines (as
 * data/ner-model.json stores its values) and their weights in the same order. The files held an object of weights
 * by name; parsing an object of 15k keys and copying it into a Map cost 84M instructions of every cold start, a
 * string and an array 52M.
 */
export interface StoredWeights {
  features: string;
  weights: readonly number[];
}

export interface ScorerFile extends StoredWeights {
  threshold: number;
}

/** Feature strings a scorer keeps the weight of (an article scores a few hundred, mostly the same ones). */
const SEEN_LIMIT = 20_000;

export interface ScorerOptions {
  /**
   * The caller passes feature strings it keeps and passes again (candidateFeatures' caches): the scorer then keeps
   * each one's weight, keyed by the string itself. Only for such strings: a string built per call is a new key
   * every time, and may be a view into the article it was cut from, which the key would keep alive.
   */
  keptFeatures?: boolean;
  /**
   * Reads the stored hash table over the features (src/text/string-table.ts), on first use; without it, or when it
   * does not fit, the table is built then.
   */
  table?: () => StoredTable | undefined;
}

export function scorerFrom(file: ScorerFile, options: ScorerOptions = {}): CandidateScorer {
  let weights: ((f: string) => number) | undefined;
  // Made on first use: a process that never scores (or never scores with this model) never pays for it.
  const weightOf = (f: string): number => {
    weights ??= weightTable(file, options.table?.());
    return weights(f);
  };
  if (!options.keptFeatures) {
    return {
      threshold: file.threshold,
      probability(features) {
        let z = 0;
        for (const f of features) z += weightOf(f);
        return 1 / (1 + Math.exp(-z));
      },
    };
  }
  /**
   * The weight of each kept feature string scored so far, 0 for one the model lacks. The model's map holds 15k
   * features whose keys are slices of one long string, and between two candidates the rest of the pipeline evicts
   * it from the CPU's caches: a lookup there cost about 250 ns in the pipeline against 90 ns replayed alone. The
   * strings an article scores are few, and the same objects each time, so this small map stays cached and a hit
   * compares no characters. Adding 0 for a missing feature leaves the sum as it was, bit for bit.
   */
  const seen = new Map<string, number>();
  return {
    threshold: file.threshold,
    probability(features) {
      let z = 0;
      for (const f of features) {
        let w = seen.get(f);
        if (w === undefined) {
          w = weightOf(f);
          if (seen.size >= SEEN_LIMIT) seen.clear();
          seen.set(f, w);
        }
        z += w;
      }
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/**
 * The weight of a feature by name, 0 for one the model lacks. The features are found through a hash table over the
 * stored string (read from data/quote-scorer-index.bin for the shipped model): a Map of the 15k names cost about
 * 25M instructions of every cold start.
 */
function weightTable(stored: StoredWeights, file: StoredTable | undefined): (f: string) => number {
  const { features, weights } = stored;
  const table = features === '' ? undefined : StringTable.of(features, file);
  if ((table?.rows ?? 0) !== weights.length) throw new Error('scorer: feature and weight counts differ');
  if (!table) return () => 0;
  return (f) => {
    const row = table.find(f);
    return row < 0 ? 0 : weights[row]!;
  };
}

/** Named weights in the stored form, in their key order (what the training scripts write). */
export function storedWeights(named: Record<string, number>): StoredWeights {
  const names = Object.keys(named);
  for (const name of names) if (name.includes('\n')) throw new Error(`scorer: a feature name holds a newline: ${name}`);
  return { features: names.join('\n'), weights: names.map((name) => named[name]!) };
}

/**
 * The scorer trained by scripts/train-quote-scorer.ts (data/quote-scorer.json). Its features come from
 * candidateFeatures, whose strings are kept by value (see Feature in features.ts).
 */
export const defaultScorer: CandidateScorer = scorerFrom(model as ScorerFile, {
  keptFeatures: true,
  table: () => decodeTables(readFileSync(dataFile('quote-scorer-index.bin')), [model.features])?.[0],
});
