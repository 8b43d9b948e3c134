/**
 * Logistic regression for the training scripts: stochastic gradient descent over sparse binary features, a seeded
 * shuffle (deterministic), and the weights averaged over the second half of the epochs, which keeps the result
 * from moving with the last few updates.
 */

export interface Example {
  /** Ids of the active features. */
  features: number[];
  label: 0 | 1;
}

const EPOCHS = 12;
const L2 = 1e-4;
/** The step of the first epoch, shrinking as 1/(1 + epoch). */
const RATE = 0.2;

export interface TrainOptions {
  /**
   * The first epoch's step. Every active feature of an example moves by it, so an example's score moves by about
   * the step times its number of features: a model with many features per example needs a smaller one.
   */
  rate?: number;
}

/** A small deterministic generator (mulberry32) for the shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function train(examples: readonly Example[], size: number, options: TrainOptions = {}): Float64Array {
  const first = options.rate ?? RATE;
  const w = new Float64Array(size);
  const sum = new Float64Array(size);
  let averaged = 0;
  const order = examples.map((_, i) => i);
  const next = random(20261130);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = first / (1 + epoch);
    for (const k of order) {
      const e = examples[k]!;
      let z = 0;
      for (const f of e.features) z += w[f]!;
      const g = sigmoid(z) - e.label;
      for (const f of e.features) w[f] = w[f]! - rate * (g + L2 * w[f]!);
    }
    if (epoch >= EPOCHS / 2) {
      for (let f = 0; f < size; f++) sum[f] = sum[f]! + w[f]!;
      averaged++;
    }
  }
  for (let f = 0; f < size; f++) sum[f] = sum[f]! / averaged;
  return sum;
}

export function predict(w: Float64Array, e: Example): number {
  let z = 0;
  for (const f of e.features) z += w[f]!;
  return sigmoid(z);
}

/** Weights by feature name, rounded, the near-zero ones dropped, keys sorted: the JSON a data file keeps. */
export function namedWeights(index: Map<string, number>, w: Float64Array, prune = 0.005): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const v = w[id]!;
    if (Math.abs(v) >= prune) out[name] = Math.round(v * 1000) / 1000;
  }
  return out;
}

/** The id of a feature name, adding it to the index when new. */
export function featureId(index: Map<string, number>, name: string): number {
  let id = index.get(name);
  if (id === undefined) {
    id = index.size;
    index.set(name, id);
  }
  return id;
}
