import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPipeline, defaultStages } from '../src/index.js';
import { ROOT, runNodeChild } from './child-process.js';
import type { Corpus } from './corpus.js';
import { fixed, heading, ratio, table } from './format.js';
import { record } from './targets.js';
import type { Throughput } from './throughput.js';

const SYSTEMS = [
  ['claimgraph analyze (whole pipeline)', 'dist/index.js', 'analyze'],
  ['claimgraph text, meta, entities', 'bench/children/partial-pipelines.mjs', 'throughEntities'],
  ['claimgraph text ... dates, quotes', 'bench/children/partial-pipelines.mjs', 'throughQuotes'],
  ['wink-nlp readDoc + entities + sentences', 'dist/adapters/wink.js', 'winkBaseline'],
  ['compromise people/organizations/places', 'dist/adapters/compromise.js', 'compromiseBaseline'],
] as const;

/**
 * Throughput of the pipeline, plain wink-nlp (its default pipeline, entity recognizer included) and compromise on
 * the same texts, each in a fresh process of its own, one after another.
 */
export function comparePeers(corpus: Corpus, budgetMs: number): void {
  heading(`Throughput, same corpus, one core (${corpus.texts.length} docs, ${fixed(corpus.bytes / 1e6, 2)} MB)`);
  const textsPath = join(tmpdir(), `claimgraph-bench-texts-${process.pid}.json`);
  writeFileSync(textsPath, JSON.stringify(corpus.texts));
  const rows: Throughput[] = SYSTEMS.map(([name, modulePath, exportName]) => {
    const r = runNodeChild<Throughput>(
      [
        'bench/children/throughput.mjs',
        name,
        pathToFileURL(join(ROOT, modulePath)).href,
        exportName,
        textsPath,
        String(budgetMs),
      ],
      budgetMs * 20 + 120_000,
    );
    if (!r.ok) throw new Error(`${name}: ${r.error}`);
    return r.value;
  });
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
  const [ours, entitiesOn, quotesOn, wink, compromise] = rows as [
    Throughput,
    Throughput,
    Throughput,
    Throughput,
    Throughput,
  ];
  const vsWink = ours.docsPerSec / wink.docsPerSec;
  const vsCompromise = ours.docsPerSec / compromise.docsPerSec;
  console.log(`\npipeline / wink-nlp:   ${ratio(vsWink)}   (target >= 0.5x)`);
  console.log(`pipeline / compromise: ${ratio(vsCompromise)}   (target >= 10x)`);
  // The entities and quotes issues set the same 0.5x for the pipeline "with entities on" / "with quotes on"; the
  // cut pipelines show what those stages cost, the whole pipeline stays the figure the targets are judged on.
  console.log(`up to entities / wink-nlp: ${ratio(entitiesOn.docsPerSec / wink.docsPerSec)}`);
  console.log(`up to quotes / wink-nlp:   ${ratio(quotesOn.docsPerSec / wink.docsPerSec)}`);
  record('throughput >= 0.5x wink-nlp', ratio(vsWink), vsWink >= 0.5);
  record('throughput >= 10x compromise', ratio(vsCompromise), vsCompromise >= 10);
}

/** Where the pipeline's time goes, stage by stage, from the per-stage timings of `analyzeTraced`. */
export function stageShares(corpus: Corpus): void {
  heading('Per-stage time shares (analyzeTraced over the corpus)');
  const pipeline = createPipeline(defaultStages);
  const ms = new Map<string, number>();
  for (const text of corpus.texts) pipeline.analyze(text); // warm-up round, as for the throughput figures
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
