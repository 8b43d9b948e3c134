/**
 * Trains the quote candidate scorer (data/quote-scorer.json, and data/quote-scorer-index.bin over its features): a logistic model over the features of every quote
 * the cue rules propose in PolNeAR train, labelled by whether the proposed cue overlaps a gold cue. The cut is the
 * probability that maximizes cue F1 over 5-fold cross-validated predictions. Only weights are kept, never text.
 * Deterministic: fixed example order, a seeded shuffle, keys sorted.
 *
 * The cue lexicon (data/cues.json) was learned from the same documents, so a rare form's precision (the `p=`
 * features) would be fitted to the very candidates it labels. Each document is therefore analyzed with the
 * lexicon's counts minus those of its own fold (the same 5 folds by document), as an unseen document would be:
 * its cues and their precision come from the other folds only. At run time the full counts are used.
 *
 *   npx tsx scripts/train-quote-scorer.ts [../shared/eval/polnear-train.jsonl] [--held-out] [--count-folds=N]
 *     [--in-sample-counts]
 *
 * --count-folds=N     takes the counts out by N folds of documents instead of 5 (N = the number of documents:
 *                     each document its own)
 * --in-sample-counts  analyzes the training documents with the full counts (the former method, for comparison)
 * --held-out          also prints attribution figures over the 5 folds held out: each fold analyzed with the
 *                     counts and the model of the other folds only (to compare training methods on train)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  type AttributionCounts,
  addAttributionCounts,
  attributionScores,
  emptyAttributionCounts,
  scoreAttribution,
} from '../src/eval/attribution.js';
import { optionsFor } from '../src/eval/evaluate.js';
import { parseGoldJsonl } from '../src/eval/gold.js';
import { analyze } from '../src/index.js';
import type { Context } from '../src/pipeline/stage.js';
import { createTrace } from '../src/pipeline/trace.js';
import type { Candidate } from '../src/quotes/attribute.js';
import { CUE_LEXICON, type CueLexicon, cueLexicon, SHIPPED_COUNTS } from '../src/quotes/lexicon.js';
import { type CandidateScorer, scorerFrom, storedWeights } from '../src/quotes/scorer.js';
import { analyzeQuotes } from '../src/quotes/stage.js';
import { encodeTables } from '../src/text/string-table.js';
import type { AnalyzedDocument } from '../src/types.js';
import { asciiJson } from './ascii-json.js';
import { readCueDocuments, withoutDocuments } from './cue-counts.js';
import { featureId, type Example as LogisticExample, namedWeights, predict, train } from './logistic.js';

interface Example extends LogisticExample {
  doc: number;
}

const FOLDS = 5;
const COUNT_FOLDS = 5;
const ROUNDS = 2;
/**
 * The first epoch's step: a candidate has some 35 active features, and at the default 0.2 its score moved by about
 * 7 with each update, so the weights swung with the last examples seen (cross-validated log loss 0.381 at 0.2,
 * 0.341 at 0.02; 0.01 and 0.005 gave no better).
 */
const RATE = 0.02;
/** Cuts on each side averaged when choosing the cut (0.01 apart). */
const WINDOW = 5;

const args = process.argv.slice(2);
const input = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/polnear-train.jsonl';
const inSampleCounts = args.includes('--in-sample-counts');
const heldOut = args.includes('--held-out');
const countFoldsArg = args.find((a) => a.startsWith('--count-folds='));
const lines = parseGoldJsonl(readFileSync(input, 'utf8'), input);
const foldOf = (d: number) => d % FOLDS;

const cueDocuments = readCueDocuments(lines);
/** Per fold of the scorer's cross-validation, the lexicon without that fold's documents' counts. */
const foldLexicons: CueLexicon[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  foldLexicons.push(cueLexicon(withoutDocuments(SHIPPED_COUNTS, cueDocuments, (d) => foldOf(d) === fold)));
}
/**
 * How many folds the training documents' counts are taken out by (as many as documents: each its own). The more
 * folds, the closer a training document's counts are to the full ones an unseen document meets.
 */
const countFolds = countFoldsArg ? Number(countFoldsArg.slice('--count-folds='.length)) : COUNT_FOLDS;
/** The lexicon a training document is analyzed with. */
function lexiconOf(d: number): CueLexicon {
  if (inSampleCounts) return CUE_LEXICON;
  if (countFolds === FOLDS) return foldLexicons[foldOf(d)]!;
  // Built afresh for each document: a lexicon per fold of many would not fit in memory.
  return cueLexicon(withoutDocuments(SHIPPED_COUNTS, cueDocuments, (x) => x % countFolds === d % countFolds));
}

// The layers quotes need, built once: tokens, meta, mentions, dates.
const drafts: AnalyzedDocument[] = lines.map((g) =>
  analyze(g.text, { ...optionsFor(g), disable: ['quotes', 'claims'] }),
);
const goldCues = lines.map((g) => (g.attributions ?? []).flatMap((a) => a.cue));
const goldTotal = goldCues.reduce((n, cues) => n + new Set(cues.map((c) => `${c.start}:${c.end}`)).size, 0);

/** The rule the scorer replaces: a cue form's lexicon precision of at least 0.3 (feature p=3 and up). */
const bootstrap: CandidateScorer = {
  threshold: 0.5,
  probability: (features) => {
    const p = features.find((f) => f.startsWith('p='));
    return p !== undefined && Number(p.slice(2)) >= 3 ? 1 : 0;
  },
};

function collect(scorer: CandidateScorer, index: Map<string, number>): Example[] {
  const out: Example[] = [];
  drafts.forEach((doc, d) => {
    const ctx: Context = { options: {}, trace: createTrace(false), isDisabled: () => false };
    const sink = (c: Candidate, features: readonly string[]) => {
      const start = doc.tokens[c.cue.first]!.start;
      const end = doc.tokens[c.cue.last]!.end;
      const label = goldCues[d]!.some((g) => g.start < end && start < g.end) ? 1 : 0;
      const ids = features.map((f) => featureId(index, f));
      out.push({ doc: d, features: ids, label });
    };
    analyzeQuotes(doc, ctx, scorer, sink, lexiconOf(d));
  });
  return out;
}

/**
 * The cut that maximizes cue F1 (2·TP / (predicted + gold)) over held-out predictions, averaged over a window of
 * neighbouring cuts: the curve is flat near its top, and the window keeps the choice from jumping between runs.
 */
function bestThreshold(scored: readonly { p: number; label: number }[]): { threshold: number; f1: number } {
  const cuts: number[] = [];
  const f1s: number[] = [];
  for (let c = 5; c < 95; c++) {
    const t = c / 100;
    let tp = 0;
    let pred = 0;
    for (const s of scored) {
      if (s.p < t) continue;
      pred++;
      tp += s.label;
    }
    cuts.push(t);
    f1s.push((2 * tp) / (pred + goldTotal));
  }
  let best = { threshold: 0.5, f1: 0 };
  let bestSmooth = 0;
  for (let i = 0; i < cuts.length; i++) {
    const window = f1s.slice(Math.max(0, i - WINDOW), i + WINDOW + 1);
    const smooth = window.reduce((a, b) => a + b, 0) / window.length;
    if (smooth > bestSmooth) {
      bestSmooth = smooth;
      best = { threshold: cuts[i]!, f1: f1s[i]! };
    }
  }
  return best;
}

let scorer = bootstrap;
let result: { threshold: number; f1: number; weights: Record<string, number>; examples: number; positives: number } = {
  threshold: 0.5,
  f1: 0,
  weights: {},
  examples: 0,
  positives: 0,
};
/** The last round's models of the other folds, per fold. */
let foldWeights: Record<string, number>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const index = new Map<string, number>();
  const examples = collect(scorer, index);
  const scored: { p: number; label: number }[] = [];
  foldWeights = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const w = train(
      examples.filter((e) => foldOf(e.doc) !== fold),
      index.size,
      { rate: RATE },
    );
    for (const e of examples) if (foldOf(e.doc) === fold) scored.push({ p: predict(w, e), label: e.label });
    foldWeights.push(namedWeights(index, w));
  }
  const { threshold, f1 } = bestThreshold(scored);
  const w = train(examples, index.size, { rate: RATE });
  const weights = namedWeights(index, w);
  const positives = examples.filter((e) => e.label === 1).length;
  result = { threshold, f1, weights, examples: examples.length, positives };
  console.error(
    `round ${round + 1}: ${examples.length} candidates (${positives} on a gold cue), ${index.size} features, ` +
      `cross-validated cut ${threshold}: candidate-level cue F1 ${f1.toFixed(3)}`,
  );
  scorer = scorerFrom({ threshold, ...storedWeights(weights) });
}

const out = {
  about:
    'Logistic weights over quote-candidate features (src/quotes/features.ts): the probability that a proposed ' +
    'quote is a real attribution. Trained by scripts/train-quote-scorer.ts on PolNeAR v1.0.0 train labels ' +
    '(derived figures only, no text).',
  trainedOn: `${lines.length} documents, ${result.examples} candidates, ${result.positives} on a gold cue`,
  crossValidatedCueF1: Math.round(result.f1 * 1000) / 1000,
  threshold: result.threshold,
  ...storedWeights(result.weights),
};
writeFileSync(new URL('../data/quote-scorer.json', import.meta.url), `${asciiJson(JSON.stringify(out, null, 1))}\n`);
writeFileSync(new URL('../data/quote-scorer-index.bin', import.meta.url), encodeTables([out.features]));
console.error(`wrote data/quote-scorer.json: ${Object.keys(result.weights).length} weights`);

/** Attribution figures over every document, each analyzed with the scorer and lexicon `pick` gives for it. */
function attributionFigures(pick: (d: number) => [CandidateScorer, CueLexicon]): string {
  const total: AttributionCounts = emptyAttributionCounts();
  drafts.forEach((doc, d) => {
    const ctx: Context = { options: {}, trace: createTrace(false), isDisabled: () => false };
    const [s, lexicon] = pick(d);
    const { quotes } = analyzeQuotes(doc, ctx, s, undefined, lexicon);
    addAttributionCounts(total, scoreAttribution(lines[d]!, { quotes, entities: doc.entities }));
  });
  const a = attributionScores(total);
  const f = (x: number) => x.toFixed(3);
  const roles = (['content', 'cue', 'source'] as const)
    .map((r) => `${r} ${f(a.exact[r].f1)}/${f(a.overlap[r].f1)}`)
    .join(', ');
  const g3 = a.ggt['0.3']!;
  const g8 = a.ggt['0.8']!;
  return (
    `${roles}; GGT ${f(g3.quotes.f1)}@0.3 (P ${f(g3.quotes.precision)} R ${f(g3.quotes.recall)}) / ` +
    `${f(g8.quotes.f1)}@0.8, speaker ${f(g3.speakerAccuracy)}`
  );
}

if (heldOut) {
  const foldScorers = foldWeights.map((w) => scorerFrom({ threshold: result.threshold, ...storedWeights(w) }));
  console.error(
    `held out (each fold with the counts and model of the others): ${attributionFigures((d) => [foldScorers[foldOf(d)]!, foldLexicons[foldOf(d)]!])}`,
  );
  const shipped = scorerFrom({ threshold: result.threshold, ...storedWeights(result.weights) });
  console.error(`in sample (the written model, full counts): ${attributionFigures(() => [shipped, CUE_LEXICON])}`);
}
