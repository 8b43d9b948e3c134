/**
 * Runs an analyzer over gold records and scores what it returns: the scorers that apply are chosen by the gold
 * layers the records carry (entities → NER, timexes → timex, attributions → attribution). Also counts crashes
 * (a throw scores as an empty document), invariant violations, and the time each document took.
 */
import { emptyDocument } from '../pipeline/pipeline.js';
import type { AnalyzedDocument, AnalyzeOptions } from '../types.js';
import {
  type AttributionCounts,
  type AttributionScores,
  addAttributionCounts,
  attributionScores,
  emptyAttributionCounts,
  scoreAttribution,
} from './attribution.js';
import type { GoldRecord } from './gold.js';
import { checkInvariants } from './invariants.js';
import { addNerCounts, emptyNerCounts, type NerCounts, type NerScores, nerScores, scoreNer } from './ner.js';
import {
  addTimexCounts,
  emptyTimexCounts,
  scoreTimex,
  type TimexCounts,
  type TimexScores,
  timexScores,
} from './timex.js';

export type Analyzer = (text: string, options: AnalyzeOptions) => AnalyzedDocument;

export interface SetCounts {
  name: string;
  docs: number;
  ner?: NerCounts;
  timex?: TimexCounts;
  attribution?: AttributionCounts;
  crashes: number;
  crashExamples: string[];
  /** Documents where a stage threw (the pipeline keeps going and records a `stage-error:*` warning). */
  stageErrors: number;
  stageErrorExamples: string[];
  /** Total violations, and how many documents had any. */
  violations: number;
  docsWithViolations: number;
  violationExamples: string[];
  /** Milliseconds analyze() took, per document. */
  ms: number[];
}

export interface SetScores {
  name: string;
  docs: number;
  ner?: NerScores;
  timex?: TimexScores;
  attribution?: AttributionScores;
  crashes: number;
  stageErrors: number;
  violations: number;
  docsWithViolations: number;
  /** Median milliseconds per document, and the documents per second that implies. */
  medianMs: number;
  docsPerSecond: number;
}

export interface EvaluateOptions {
  /** Called after each document, e.g. for a progress line. */
  onDocument?: (index: number, record: GoldRecord) => void;
}

/** The analyze() options for a gold record: id always, published and outlet only when the record has them. */
export function optionsFor(record: GoldRecord): AnalyzeOptions {
  const options: AnalyzeOptions = { id: record.id };
  if (record.published) options.published = record.published;
  if (record.outlet) options.outlet = record.outlet;
  return options;
}

/** Analyzes and scores every record; see SetCounts. */
export function evaluateRecords(
  name: string,
  records: readonly GoldRecord[],
  analyze: Analyzer,
  options: EvaluateOptions = {},
): SetCounts {
  const result: SetCounts = {
    name,
    docs: records.length,
    crashes: 0,
    crashExamples: [],
    stageErrors: 0,
    stageErrorExamples: [],
    violations: 0,
    docsWithViolations: 0,
    violationExamples: [],
    ms: [],
  };
  if (records.some((r) => r.entities !== undefined)) result.ner = emptyNerCounts();
  if (records.some((r) => r.timexes !== undefined)) result.timex = emptyTimexCounts();
  if (records.some((r) => r.attributions !== undefined)) result.attribution = emptyAttributionCounts();

  records.forEach((record, index) => {
    let doc: AnalyzedDocument;
    const t0 = performance.now();
    try {
      doc = analyze(record.text, optionsFor(record));
    } catch (err) {
      result.crashes++;
      if (result.crashExamples.length < 20) {
        result.crashExamples.push(`${record.id}: ${err instanceof Error ? err.message : String(err)}`);
      }
      doc = emptyDocument(record.text, record.id);
    }
    result.ms.push(performance.now() - t0);

    const stageErrors = doc.warnings.filter((w) => w.rule.startsWith('stage-error:'));
    if (stageErrors.length > 0) {
      result.stageErrors++;
      for (const w of stageErrors) {
        if (result.stageErrorExamples.length < 20)
          result.stageErrorExamples.push(`${record.id}: ${w.rule}: ${w.message}`);
      }
    }
    const violations = checkInvariants(doc);
    if (violations.length > 0) {
      result.violations += violations.length;
      result.docsWithViolations++;
      for (const v of violations) {
        if (result.violationExamples.length >= 50) break;
        result.violationExamples.push(`${record.id}: ${v}`);
      }
    }
    if (result.ner && record.entities) addNerCounts(result.ner, scoreNer(record, doc));
    if (result.timex && record.timexes) addTimexCounts(result.timex, scoreTimex(record, doc));
    if (result.attribution && record.attributions) {
      addAttributionCounts(result.attribution, scoreAttribution(record, doc));
    }
    options.onDocument?.(index, record);
  });
  return result;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function setScores(c: SetCounts): SetScores {
  const medianMs = median(c.ms);
  const out: SetScores = {
    name: c.name,
    docs: c.docs,
    crashes: c.crashes,
    stageErrors: c.stageErrors,
    violations: c.violations,
    docsWithViolations: c.docsWithViolations,
    medianMs,
    docsPerSecond: medianMs > 0 ? 1000 / medianMs : 0,
  };
  if (c.ner) out.ner = nerScores(c.ner);
  if (c.timex) out.timex = timexScores(c.timex);
  if (c.attribution) out.attribution = attributionScores(c.attribution);
  return out;
}
