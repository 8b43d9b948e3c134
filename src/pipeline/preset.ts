import { articleStage } from '../article/article-stage.js';
import { claimsStage, graphStage } from '../claims/stage.js';
import { datesStage } from '../dates/stage.js';
import { entitiesStage } from '../entities/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { tokenizeStage } from '../text/tokenize.js';
import type { Stage } from './stage.js';

/**
 * The default preset, in order. A new feature is one file and one line here.
 * Layers: text → article meta → entities → dates → quotes → claims → graph.
 */
export const defaultStages: readonly Stage[] = [
  tokenizeStage,
  articleStage,
  entitiesStage,
  datesStage, // dates
  quotesStage,
  // quotes
  claimsStage, // claims
  graphStage,
];
