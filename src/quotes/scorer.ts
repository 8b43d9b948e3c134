import model from '../../data/quote-scorer.json' with { type: 'json' };

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

export function scorerFrom(file: ScorerFile): CandidateScorer {
  let weights: Map<string, number> | undefined;
  return {
    threshold: file.threshold,
    probability(features) {
      // Built on first use: a process that never scores (or never scores with this model) never pays for it.
      weights ??= weightMap(file);
      let z = 0;
      for (const f of features) z += weights.get(f) ?? 0;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

function weightMap(stored: StoredWeights): Map<string, number> {
  const names = stored.features === '' ? [] : stored.features.split('\n');
  if (names.length !== stored.weights.length) throw new Error('scorer: feature and weight counts differ');
  const out = new Map<string, number>();
  for (let i = 0; i < names.length; i++) out.set(names[i]!, stored.weights[i]!);
  return out;
}

/** Named weights in the stored form, in their key order (what the training scripts write). */
export function storedWeights(named: Record<string, number>): StoredWeights {
  const names = Object.keys(named);
  for (const name of names) if (name.includes('\n')) throw new Error(`scorer: a feature name holds a newline: ${name}`);
  return { features: names.join('\n'), weights: names.map((name) => named[name]!) };
}

/** The scorer trained by scripts/train-quote-scorer.ts (data/quote-scorer.json). */
export const defaultScorer: CandidateScorer = scorerFrom(model as ScorerFile);
