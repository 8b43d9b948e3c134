import { compromiseBaseline } from '../src/adapters/compromise.js';
import { winkBaseline } from '../src/adapters/wink.js';
import { analyze, createPipeline, defaultStages } from '../src/index.js';
import type { Corpus } from './corpus.js';
import { fixed, heading, ratio, table } from './format.js';
import { record } from './targets.js';
import { measureThroughput, type Throughput } from './throughput.js';

/** Throughput of the pipeline, plain wink-nlp and compromise on the same texts, in this process, one after another. */
export function comparePeers(corpus: Corpus, budgetMs: number): void {
  heading(`Throughput, same corpus, one core (${corpus.texts.length} docs, ${fixed(corpus.bytes / 1e6, 2)} MB)`);
  const rows: Throughput[] = [
    measureThroughput('claimgraph analyze (whole pipeline)', analyze, corpus.texts, budgetMs),
    measureThroughput('wink-nlp readDoc + entities + sentences', winkBaseline, corpus.texts, budgetMs),
    measureThroughput('compromise people/organizations/places', compromiseBaseline, corpus.texts, budgetMs),
  ];
  console.log(
    table(
      ['system', 'docs', 'seconds', 'docs/s', 'MB/s', 'ms/doc'],
      rows.map((r) => [
        r.name,
        String(r.docs),
        fixed(r.seconds),
        fixed(r.docsPerSec),
        fixed(r.mbPerSec, 3),
        fixed(1000 / r.docsPerSec),
      ]),
    ),
  );
  const [ours, wink, compromise] = rows as [Throughput, Throughput, Throughput];
  const vsWink = ours.docsPerSec / wink.docsPerSec;
  const vsCompromise = ours.docsPerSec / compromise.docsPerSec;
  console.log(`\npipeline / wink-nlp:   ${ratio(vsWink)}   (target >= 0.5x)`);
  console.log(`pipeline / compromise: ${ratio(vsCompromise)}   (target >= 10x)`);
  record('throughput >= 0.5x wink-nlp', ratio(vsWink), vsWink >= 0.5);
  record('throughput >= 10x compromise', ratio(vsCompromise), vsCompromise >= 10);
}

/** Where the pipeline's time goes, stage by stage, from the per-stage timings of `analyzeTraced`. */
export function stageShares(corpus: Corpus): void {
  heading('Per-stage time shares (analyzeTraced over the corpus)');
  const pipeline = createPipeline(defaultStages);
  const ms = new Map<string, number>();
  for (const text of corpus.texts) {
    for (const t of pipeline.analyzeTraced(text).trace.timings) ms.set(t.stage, (ms.get(t.stage) ?? 0) + t.ms);
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  console.log(
    table(
      ['stage', 'ms total', 'ms/doc', 'share'],
      [...ms].map(([stage, t]) => [
        stage,
        fixed(t, 0),
        fixed(t / corpus.texts.length, 2),
        `${fixed((100 * t) / total)}%`,
      ]),
    ),
  );
}
