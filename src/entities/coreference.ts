import type { Draft } from '../pipeline/stage.js';
import type { MentionForm } from '../types.js';
import type { Candidate } from './candidates.js';
import type { Cluster } from './clusters.js';
import type { NerToken } from './features.js';

export interface Reference {
  start: number;
  end: number;
  form: MentionForm;
  cluster: Cluster;
  rule: string;
  confidence: number;
}

export function resolveReferences(
  _doc: Draft,
  _tokens: readonly NerToken[],
  _candidates: readonly Candidate[],
  _clusterOf: Map<Candidate, Cluster>,
): Reference[] {
  return [];
}
