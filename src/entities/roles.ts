import type { TextSpan } from '../types.js';
import type { Candidate } from './candidates.js';
import type { Cluster } from './clusters.js';
import type { NerToken } from './features.js';

export interface RoleDraft {
  title: string;
  of?: Cluster;
  evidence: TextSpan;
}

export function readRoles(
  _tokens: readonly NerToken[],
  _candidates: readonly Candidate[],
  _clusterOf: Map<Candidate, Cluster>,
  _text: string,
): Map<Cluster, RoleDraft[]> {
  return new Map();
}
