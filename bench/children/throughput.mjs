// Measures one system's throughput in a process of its own (wink-nlp allows one instance per process, and the
// plain wink peer runs the default pipeline, not claimgraph's). Prints a Throughput as JSON.
import { readFileSync } from 'node:fs';

const [name, modulePath, exportName, textsPath, budget] = process.argv.slice(2);
const fn = (await import(modulePath))[exportName];
const texts = JSON.parse(readFileSync(textsPath, 'utf8'));
const budgetMs = Number(budget);
// Warm up for one full round (or the budget, if shorter): a batch pipeline runs hot, and a JIT still compiling
// the pipeline's many stages would be measured against a peer that warmed up long ago.
const warmStart = performance.now();
for (const t of texts) {
  fn(t);
  if (performance.now() - warmStart > budgetMs) break;
}
let docs = 0;
let bytes = 0;
const t0 = performance.now();
let elapsed = 0;
do {
  for (const t of texts) {
    fn(t);
    docs++;
    bytes += Buffer.byteLength(t);
    elapsed = performance.now() - t0;
    if (elapsed > budgetMs && docs >= Math.min(texts.length, 20)) break;
  }
} while (elapsed < budgetMs);
const seconds = elapsed / 1000;
process.stdout.write(
  JSON.stringify({ name, docs, seconds, docsPerSec: docs / seconds, mbPerSec: bytes / 1e6 / seconds }),
);
