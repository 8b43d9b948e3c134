// Runs one system over N texts from a JSON file and reports RSS at checkpoints and the peak, in MB. With
// --expose-gc it also reports the heap still in use after a full collection, which tells growth that is kept
// (a leak, an unbounded cache) from a heap V8 has merely not shrunk.
import { readFileSync } from 'node:fs';

const [modulePath, exportName, textsPath, count, checkpoints] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(textsPath, 'utf8'));
const fn = (await import(modulePath))[exportName];
const marks = new Set(checkpoints.split(',').map(Number));
const rss = {};
const retained = {};
const n = Number(count);
for (let i = 1; i <= n; i++) {
  fn(texts[(i - 1) % texts.length]);
  if (marks.has(i)) {
    rss[i] = process.memoryUsage().rss / 1e6;
    if (typeof globalThis.gc === 'function') {
      globalThis.gc();
      retained[i] = process.memoryUsage().heapUsed / 1e6;
    }
  }
}
process.stdout.write(JSON.stringify({ rss, retained, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
