import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, ROOT, runNodeChild } from './child-process.js';
import type { Corpus } from './corpus.js';
import { fixed, heading, ratio, table } from './format.js';
import { record } from './targets.js';

interface Cold {
  importMs: number;
  firstMs: number;
  sinceProcessStart: number;
  maxRssMb: number;
}

const SYSTEMS = [
  ['claimgraph analyze', 'dist/index.js', 'analyze'],
  ['wink-nlp (readDoc + entities + sentences)', 'dist/adapters/wink.js', 'winkBaseline'],
  ['compromise (people/orgs/places)', 'dist/adapters/compromise.js', 'compromiseBaseline'],
] as const;

/**
 * Import + first call in a fresh `node` process, from the built dist/ (what a user runs), the runs of the systems
 * interleaved so machine load hits them alike; the median of `runs`.
 */
export function coldStart(corpus: Corpus, runs: number): void {
  heading(`Cold start: import + first analyze in a fresh process (median of ${runs})`);
  const textPath = join(tmpdir(), 'claimgraph-bench-cold.txt');
  writeFileSync(textPath, corpus.texts[0]!);
  const script = join(ROOT, 'bench/children/cold-start.mjs');
  const samples = SYSTEMS.map(() => [] as Cold[]);
  for (let r = 0; r < runs; r++) {
    SYSTEMS.forEach(([, path, fn], i) => {
      const res = runNodeChild<Cold>([script, pathToFileURL(join(ROOT, path)).href, fn, textPath], 60_000);
      if (res.ok) samples[i]!.push(res.value);
      else console.log(`  ${path}: ${res.error}`);
    });
  }
  const med = samples.map((s) => ({
    importMs: median(s.map((x) => x.importMs)),
    firstMs: median(s.map((x) => x.firstMs)),
    total: median(s.map((x) => x.importMs + x.firstMs)),
    sinceStart: median(s.map((x) => x.sinceProcessStart)),
    rss: median(s.map((x) => x.maxRssMb)),
  }));
  console.log(
    table(
      ['system', 'import ms', 'first call ms', 'import+first ms', 'since process start ms', 'peak RSS MB'],
      SYSTEMS.map(([name], i) => {
        const m = med[i]!;
        return [
          name,
          fixed(m.importMs, 0),
          fixed(m.firstMs, 0),
          fixed(m.total, 0),
          fixed(m.sinceStart, 0),
          fixed(m.rss, 0),
        ];
      }),
    ),
  );
  const r = med[0]!.total / med[1]!.total;
  console.log(`\ncold start pipeline / wink-nlp: ${ratio(r)}   (target <= 1.0x)`);
  record('cold start no slower than wink-nlp', ratio(r), r <= 1.0);
}
