import type { Stage } from '../pipeline/stage.js';
import { buildGraph } from './graph.js';

export const graphStage: Stage = {
  name: 'claims/graph',
  needs: ['claims', 'entities', 'quotes'],
  adds: ['graph'],
  run: (doc) => ({ graph: buildGraph(doc) }),
};
