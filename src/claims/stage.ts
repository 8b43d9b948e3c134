/** The claims and graph stages of the default preset. */
export { claimsStage } from './claims-stage.js';
export { graphStage } from './graph-stage.js';
