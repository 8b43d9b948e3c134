// A fresh process: import one system from dist/ and run it once. performance.now() counts from process start, so
// `sinceProcessStart` includes Node's own boot; `importMs + firstMs` is what the system itself costs.
import { readFileSync } from 'node:fs';

const [modulePath, exportName, textPath] = process.argv.slice(2);
const text = readFileSync(textPath, 'utf8');
const t0 = performance.now();
const mod = await import(modulePath);
const t1 = performance.now();
mod[exportName](text);
const t2 = performance.now();
process.stdout.write(
  JSON.stringify({
    importMs: t1 - t0,
    firstMs: t2 - t1,
    sinceProcessStart: t2,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
