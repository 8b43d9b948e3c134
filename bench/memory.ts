import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runNodeChild } from './child-process.js';
import type { Corpus } from './corpus.js';
import { fixed, heading, table } from './format.js';
import { record } from './targets.js';

interface Memory {
  rss: Record<string, number>;
  /** Heap in use after a full GC at each checkpoint. */
  retained: Record<string, number>;
  maxRssMb: number;
}

/** RSS of a fresh process analyzing `count` articles in a row (cycling through the corpus), from dist/. */
export function memoryOverArticles(corpus: Corpus, count: number, peerCount: number): void {
  heading(`Memory: RSS while analyzing ${count} articles in one process`);
  const textsPath = join(tmpdir(), 'claimgraph-bench-texts.json');
  writeFileSync(textsPath, JSON.stringify(corpus.texts));
  const script = join(ROOT, 'bench/children/memory.mjs');
  const marks = [Math.round(count / 10), Math.round(count / 2), count];
  const peerMarks = [Math.round(peerCount / 10), Math.round(peerCount / 2), peerCount];
  const runs = [
    ['claimgraph analyze', 'dist/index.js', 'analyze', count, marks],
    ['wink-nlp baseline', 'dist/adapters/wink.js', 'winkBaseline', count, marks],
    ['compromise baseline', 'dist/adapters/compromise.js', 'compromiseBaseline', peerCount, peerMarks],
  ] as const;
  const rows: string[][] = [];
  for (const [name, path, fn, n, m] of runs) {
    const url = pathToFileURL(join(ROOT, path)).href;
    const r = runNodeChild<Memory>(['--expose-gc', script, url, fn, textsPath, String(n), m.join(',')], 600_000);
    if (!r.ok) {
      rows.push([name, String(n), r.error]);
      continue;
    }
    const at = m.map((k) => fixed(r.value.rss[k] ?? Number.NaN, 0));
    const kept = m.map((k) => fixed(r.value.retained[k] ?? Number.NaN, 0));
    rows.push([name, String(n), ...m.map((k, i) => `@${k}: ${at[i]} (${kept[i]})`), fixed(r.value.maxRssMb, 0)]);
    if (path === 'dist/index.js') {
      const first = r.value.rss[m[0] ?? 0] ?? Number.NaN;
      const last = r.value.rss[m[2] ?? 0] ?? Number.NaN;
      const keptFirst = r.value.retained[m[0] ?? 0] ?? Number.NaN;
      const keptLast = r.value.retained[m[2] ?? 0] ?? Number.NaN;
      const growth = last - first;
      const keptGrowth = keptLast - keptFirst;
      // Flat: the heap kept after a full GC does not grow by more than 10% (or 10 MB) from the first checkpoint.
      const flat = Number.isFinite(keptGrowth)
        ? keptGrowth <= Math.max(10, 0.1 * keptFirst)
        : growth <= Math.max(20, 0.1 * first);
      const sign = (x: number) => `${x >= 0 ? '+' : ''}${fixed(x, 0)}`;
      record(
        `peak RSS over ${n} articles <= 200 MB and flat`,
        `peak ${fixed(r.value.maxRssMb, 0)} MB; RSS ${sign(growth)} MB, kept heap ${sign(keptGrowth)} MB from @${m[0]} to @${m[2]}`,
        r.value.maxRssMb <= 200 && flat,
      );
    }
  }
  console.log(table(['system', 'docs', 'RSS MB (heap kept after GC)', '', '', 'peak RSS MB'], rows));
}
