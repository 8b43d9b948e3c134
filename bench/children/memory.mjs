// Runs one system over N texts from a JSON file and reports RSS at checkpoints and the peak, in MB.
import { readFileSync } from 'node:fs';

const [modulePath, exportName, textsPath, count, checkpoints] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(textsPath, 'utf8'));
const fn = (await import(modulePath))[exportName];
const marks = new Set(checkpoints.split(',').map(Number));
const rss = {};
const n = Number(count);
for (let i = 1; i <= n; i++) {
  fn(texts[(i - 1) % texts.length]);
  if (marks.has(i)) rss[i] = process.memoryUsage().rss / 1e6;
}
process.stdout.write(JSON.stringify({ rss, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
