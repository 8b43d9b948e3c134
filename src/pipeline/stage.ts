import type { AnalyzedDocument, Layer, Warning } from '../types.js';
import type { Trace } from './trace.js';

/** The document as the stages build it: every layer is present (empty until its stage runs). */
export type Draft = Readonly<AnalyzedDocument>;

/** What a stage may return: new layers, and warnings that are appended to the document's. */
export type Layers = Omit<AnalyzedDocument, 'schemaVersion' | 'id' | 'text'>;

/** Options after validation: `published` is an ISO date (YYYY-MM-DD) or absent. */
export interface ResolvedOptions {
  published?: string;
  outlet?: string;
  id?: string;
}

export interface Context {
  readonly options: ResolvedOptions;
  readonly trace: Trace;
  /**
   * Whether a rule family inside a stage is switched off (`disable: ['quotes/indirect']`): a stage that bundles
   * several families asks this before running each, as the runner does for whole stages.
   */
  isDisabled(name: string): boolean;
}

/**
 * One step of the pipeline: a pure function over the document so far. It declares the layers it needs
 * (checked once when the pipeline is built) and the layers it adds, and does no I/O.
 */
export interface Stage {
  readonly name: string;
  readonly needs: readonly Layer[];
  readonly adds: readonly Layer[];
  run(doc: Draft, ctx: Context): Partial<Layers>;
}

export type { Warning };
