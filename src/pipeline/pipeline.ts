import { type AnalyzedDocument, type AnalyzeOptions, type Layer, SCHEMA_VERSION } from '../types.js';
import { resolveOptions } from './options.js';
import type { Context, Draft, Layers, Stage } from './stage.js';
import { createTrace, type Trace } from './trace.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every enabled stage over `text`. Never throws on a string; throws on a non-string or bad options. */
  analyze(text: string, options?: AnalyzeOptions): AnalyzedDocument;
  /** As `analyze`, also returning the trace (per-stage timings and, when enabled, debug messages). */
  analyzeTraced(text: string, options?: AnalyzeOptions): { doc: AnalyzedDocument; trace: Trace };
}

export interface PipelineOptions {
  /** Stage names, or prefixes ending before a '/', to leave out ('quotes' disables every 'quotes/…' stage). */
  disable?: readonly string[];
}

/** An empty document: every layer present and empty. */
export function emptyDocument(text: string, id?: string): AnalyzedDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(id === undefined ? {} : { id }),
    text,
    meta: { authors: [], publishedFrom: 'none', captions: [], credits: [], boilerplate: [], repeatedTitles: [] },
    paragraphs: [],
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    dates: [],
    quotes: [],
    claims: [],
    graph: { nodes: [], edges: [] },
    warnings: [],
  };
}

function isDisabled(name: string, disable: readonly string[]): boolean {
  return disable.some((d) => name === d || name.startsWith(`${d}/`));
}

/**
 * Builds a pipeline from an ordered list of stages, checking once that every layer a stage needs is added by
 * a stage before it.
 *
 * @example
 * import { createPipeline, defaultStages } from 'claimgraph';
 * const noQuotes = createPipeline(defaultStages, { disable: ['quotes'] });
 * noQuotes.analyze('Ren said it.').quotes; // []
 */
export function createPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const names = new Set<string>();
  const available = new Set<Layer>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`duplicate stage name "${stage.name}"`);
    names.add(stage.name);
    for (const need of stage.needs) {
      if (!available.has(need)) {
        throw new Error(`stage "${stage.name}" needs layer "${need}", which no earlier stage adds`);
      }
    }
    for (const layer of stage.adds) available.add(layer);
  }
  const baseDisable = options.disable ?? [];
  const frozen = Object.freeze([...stages]);

  function analyzeTraced(text: string, userOptions?: AnalyzeOptions): { doc: AnalyzedDocument; trace: Trace } {
    if (typeof text !== 'string') {
      throw new TypeError(`analyze(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
    }
    const resolved = resolveOptions(userOptions);
    const { disable, trace: traceOn, ...ctxOptions } = resolved;
    const trace = createTrace(traceOn);
    const off = [...baseDisable, ...disable];
    const ctx: Context = { options: ctxOptions, trace, isDisabled: (name) => isDisabled(name, off) };
    const doc = emptyDocument(text, ctxOptions.id);
    if (text.trim() === '') return { doc, trace };
    for (const stage of frozen) {
      if (isDisabled(stage.name, off)) continue;
      const t0 = performance.now();
      let added: Partial<Layers>;
      try {
        added = stage.run(doc as Draft, ctx);
      } catch (err) {
        // A bug in one stage must not lose the whole document: keep what the others found and say what broke.
        doc.warnings.push({
          rule: `stage-error:${stage.name}`,
          message: err instanceof Error ? err.message : String(err),
        });
        trace.debug(stage.name, () => (err instanceof Error && err.stack ? err.stack : String(err)));
        added = {};
      }
      apply(doc, added);
      trace.timings.push({ stage: stage.name, ms: performance.now() - t0 });
    }
    return { doc, trace };
  }

  return {
    stages: frozen,
    analyzeTraced,
    analyze: (text, opts) => analyzeTraced(text, opts).doc,
  };
}

function apply(doc: AnalyzedDocument, added: Partial<Layers>): void {
  for (const key of Object.keys(added) as (keyof Layers)[]) {
    if (key === 'warnings') {
      if (added.warnings) doc.warnings.push(...added.warnings);
    } else if (added[key] !== undefined) {
      (doc as unknown as Record<string, unknown>)[key] = added[key];
    }
  }
}
