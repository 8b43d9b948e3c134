// Measures one system's throughput in a process of its own (wink-nlp allows one instance per process, and the
// plain wink peer runs the default pipeline, not claimgraph's). Prints a Throughput as JSON.
import { readFileSync } from 'node:fs';

const [name, modulePath, exportName, textsPath, budget] = process.argv.slice(2);
const fn = (await import(modulePath))[exportName];
const texts = JSON.parse(readFileSync(textsPath, 'utf8'));
const budgetMs = Number(budget);
// Warm up as long as the measurement lasts, every system alike: a batch pipeline runs hot, and V8 goes on
// optimizing (and re-optimizing) a large pipeline's stages for over a thousand documents, so one round measured
// the compiler as much as the code.
const warmStart = performance.now();
warm: for (;;) {
  for (const t of texts) {
    fn(t);
    if (performance.now() - warmStart > budgetMs) break warm;
  }
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
