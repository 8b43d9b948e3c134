import model from '../../data/quote-scorer.json' with { type: 'json' };

/** A logistic model over candidate features: the probability that a proposed quote is a real attribution. */
export interface CandidateScorer {
  probability(features: readonly string[]): number;
  /** Candidates below this probability are dropped: the cut that maximized cue F1 in cross-validation. */
  readonly threshold: number;
}

interface ScorerFile {
  threshold: number;
  weights: Record<string, number>;
}

export function scorerFrom(file: ScorerFile): CandidateScorer {
  let weights: Map<string, number> | undefined;
  return {
    threshold: file.threshold,
    probability(features) {
      // Built on first use: a process that never scores (or never scores with this model) never pays for it.
      weights ??= weightMap(file.weights);
      let z = 0;
      for (const f of features) z += weights.get(f) ?? 0;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/**
 * The weights in a Map, filled key by key: `new Map(Object.entries(…))` first builds an array per entry, and for
 * the 15k weights of the quote model that was about half of the module's startup cost.
 */
function weightMap(weights: Record<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of Object.keys(weights)) out.set(key, weights[key]!);
  return out;
}

/** The scorer trained by scripts/train-quote-scorer.ts (data/quote-scorer.json). */
export const defaultScorer: CandidateScorer = scorerFrom(model as ScorerFile);
