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
  const weights = new Map(Object.entries(file.weights));
  return {
    threshold: file.threshold,
    probability(features) {
      let z = 0;
      for (const f of features) z += weights.get(f) ?? 0;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/** The scorer trained by scripts/train-quote-scorer.ts (data/quote-scorer.json). */
export const defaultScorer: CandidateScorer = scorerFrom(model as ScorerFile);
