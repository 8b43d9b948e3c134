// Analyzes each text of a JSON file once (after a warm-up on the first) and reports milliseconds per text.
import { readFileSync } from 'node:fs';

const [modulePath, textsPath, warmupPath] = process.argv.slice(2);
const { analyze } = await import(modulePath);
analyze(readFileSync(warmupPath, 'utf8'));
const results = [];
for (const text of JSON.parse(readFileSync(textsPath, 'utf8'))) {
  const t0 = performance.now();
  const doc = analyze(text);
  results.push({
    chars: text.length,
    ms: performance.now() - t0,
    tokens: doc.tokens.length,
    quotes: doc.quotes.length,
  });
}
process.stdout.write(JSON.stringify({ results, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
