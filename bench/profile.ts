import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runNodeChild } from './child-process.js';
import type { Corpus } from './corpus.js';
import { fixed, heading, table } from './format.js';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * `node --cpu-prof` over `count` articles (dist/), then the functions with the most self time. Written to
 * bench/out/ (git-ignored) so the profile can be opened in Chrome DevTools too.
 */
export function profile(corpus: Corpus, count: number, top: number): void {
  heading(`CPU profile: self time over ${count} articles (node --cpu-prof, dist/)`);
  const out = join(ROOT, 'bench/out');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const textsPath = join(out, 'texts.json');
  writeFileSync(textsPath, JSON.stringify(corpus.texts));
  const script = join(ROOT, 'bench/children/memory.mjs');
  const dist = pathToFileURL(join(ROOT, 'dist/index.js')).href;
  const r = runNodeChild(
    ['--cpu-prof', `--cpu-prof-dir=${out}`, script, dist, 'analyze', textsPath, String(count), '1'],
    600_000,
  );
  if (!r.ok) {
    console.log(r.error);
    return;
  }
  const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return;
  const p = JSON.parse(readFileSync(join(out, file), 'utf8')) as CpuProfile;
  const byNode = new Map<number, number>();
  p.samples.forEach((id, i) => {
    byNode.set(id, (byNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const self = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const t = byNode.get(n.id) ?? 0;
    total += t;
    const url = n.callFrame.url.replace(/^.*?\/(dist|node_modules)\//, '$1/').replace(/^file:\/\//, '');
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${url}${url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  const rows = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => [k, fixed(t / 1000, 0), `${fixed((100 * t) / total)}%`]);
  console.log(table(['function (self time)', 'ms', 'share'], rows));
  console.log(`\nprofile: bench/out/${file}`);
}
