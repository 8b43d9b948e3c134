import { readFileSync } from 'node:fs';
import model from '../../data/quote-scorer.json' with { type: 'json' };
import { dataFile } from '../data-file.js';
import { decodeTables, type StoredTable, StringTable } from '../text/string-table.js';

/** A logistic model over candidate features: the probability that a proposed quote is a real attribution. */
export interface CandidateScorer {
  probability(features: readonly string[]): number;
  /**
   * probability() of the features' names, for features kept across candidates (see KeptFeature): a scorer that
   * has it remembers each one's weight on the feature. Optional: a stand-in scorer (training's bootstrap rule)
   * reads names alone.
   */
  probabilityOfKept?(features: readonly KeptFeature[]): number;
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

/**
 * A feature made once and passed again for every candidate that has it (candidateFeatures' caches make them), with
 * the weight the last scorer that read it gave it. A run scores with one model, so after its first candidate a
 * feature's weight is a field read. It was a lookup of the feature string in a map of the weights seen so far:
 * about 250 ns each in the pipeline, where the rest of the stages evict that map from the CPU's caches between
 * two candidates, and a candidate has some 35 features (1.3% of the pipeline's time in a steady-state profile).
 */
export class KeptFeature {
  /** The scorer `weight` came from: a token of its own per scorer, so another model's weight is never read. */
  scoredBy: object | undefined = undefined;
  weight = 0;

  constructor(readonly name: string) {}
}

/** The names of kept features, for a scorer without probabilityOfKept and for the candidate sink. */
export function featureNames(features: readonly KeptFeature[]): string[] {
  return features.map((f) => f.name);
}

export interface ScorerOptions {
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
  // Marks the weights this scorer left on kept features.
  const token = {};
  return {
    threshold: file.threshold,
    probability(features) {
      let z = 0;
      for (const f of features) z += weightOf(f);
      return 1 / (1 + Math.exp(-z));
    },
    probabilityOfKept(features) {
      // The same weights added in the same order as probability() of the names: the same sum, bit for bit.
      let z = 0;
      for (const f of features) {
        if (f.scoredBy !== token) {
          f.weight = weightOf(f.name);
          f.scoredBy = token;
        }
        z += f.weight;
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
 * candidateFeatures, kept by value (see Feature in features.ts).
 */
export const defaultScorer: CandidateScorer = scorerFrom(model as ScorerFile, {
  table: () => decodeTables(readFileSync(dataFile('quote-scorer-index.bin')), [model.features])?.[0],
});
