import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeCommand } from './child-process.js';
import { type Corpus, cycle } from './corpus.js';
import { fixed, heading, ratio, table } from './format.js';
import { record } from './targets.js';

/** `claimgraph batch` over the same JSONL with one worker and with two, wall time including worker start-up. */
export function batchSpeedup(corpus: Corpus, docs: number): void {
  heading(`claimgraph batch: --workers 1 vs --workers 2 (${docs} docs, ${availableParallelism()} cores)`);
  const dir = tmpdir();
  const input = join(dir, 'claimgraph-bench-batch.jsonl');
  const output = join(dir, 'claimgraph-bench-batch-out.jsonl');
  writeFileSync(
    input,
    `${cycle(corpus.texts, docs)
      .map((text, i) => JSON.stringify({ id: `d${i}`, text }))
      .join('\n')}\n`,
  );
  const times: number[] = [];
  const rows: string[][] = [];
  for (const workers of [1, 2]) {
    const r = timeCommand(['bin/claimgraph.js', 'batch', input, '-o', output, '--workers', String(workers)], 900_000);
    if ('error' in r) {
      rows.push([String(workers), r.error, '']);
      times.push(Number.NaN);
    } else {
      times.push(r.ms);
      rows.push([String(workers), fixed(r.ms / 1000, 1), fixed(docs / (r.ms / 1000))]);
    }
  }
  console.log(table(['workers', 'seconds', 'docs/s'], rows));
  const speedup = times[0]! / times[1]!;
  console.log(`\nspeed-up with 2 workers: ${ratio(speedup)}   (target >= 1.8x on 2 cores)`);
  record('batch --workers 2 >= 1.8x one worker', ratio(speedup), speedup >= 1.8);
}
