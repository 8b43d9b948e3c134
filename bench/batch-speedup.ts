import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runNodeChild, timeCommand } from './child-process.js';
import { type Corpus, cycle } from './corpus.js';
import { fixed, heading, ratio, table } from './format.js';
import { record } from './targets.js';

/**
 * `claimgraph batch` over the same JSONL with one worker and with two, wall time including start-up, and again
 * after start-up (measured on a one-line input). A pure CPU loop on two threads shows how much parallelism the
 * machine had to give at that moment: on a shared, loaded machine no program can beat it.
 */
export function batchSpeedup(corpus: Corpus, docs: number): void {
  heading(`claimgraph batch: --workers 1 vs --workers 2 (${docs} docs, ${availableParallelism()} cores)`);
  const dir = tmpdir();
  const input = join(dir, 'claimgraph-bench-batch.jsonl');
  const one = join(dir, 'claimgraph-bench-batch-one.jsonl');
  const output = join(dir, 'claimgraph-bench-batch-out.jsonl');
  writeFileSync(
    input,
    `${cycle(corpus.texts, docs)
      .map((text, i) => JSON.stringify({ id: `d${i}`, text }))
      .join('\n')}\n`,
  );
  writeFileSync(one, `${JSON.stringify({ id: 'one', text: corpus.texts[0] })}\n`);
  const times: number[] = [];
  const work: number[] = [];
  const rows: string[][] = [];
  for (const workers of [1, 2]) {
    const base = ['bin/claimgraph.js', 'batch', '-o', output, '--workers', String(workers)];
    const start = timeCommand([...base, one], 300_000);
    const r = timeCommand([...base, input], 900_000);
    if ('error' in r || 'error' in start) {
      rows.push([String(workers), 'error' in r ? r.error : 'error' in start ? start.error : '', '', '', '']);
      times.push(Number.NaN);
      work.push(Number.NaN);
      continue;
    }
    times.push(r.ms);
    work.push(r.ms - start.ms);
    rows.push([
      String(workers),
      fixed(r.ms / 1000, 1),
      fixed(docs / (r.ms / 1000)),
      fixed(start.ms / 1000, 1),
      fixed(docs / ((r.ms - start.ms) / 1000)),
    ]);
  }
  console.log(table(['workers', 'seconds', 'docs/s', 'start-up s', 'docs/s after start-up'], rows));
  const speedup = times[0]! / times[1]!;
  const steady = work[0]! / work[1]!;
  const capacity = runNodeChild<{ speedup: number }>([join(ROOT, 'bench/children/parallel-capacity.mjs')], 120_000);
  const machine = capacity.ok ? ratio(capacity.value.speedup) : 'n/a';
  console.log(
    `\nspeed-up with 2 workers: ${ratio(speedup)} wall clock, ${ratio(steady)} after start-up   (target >= 1.8x)`,
  );
  console.log(`the machine gave a pure CPU loop ${machine} on 2 threads just now (2.00x on two idle cores)`);
  record(
    'batch --workers 2 >= 1.8x one worker',
    `${ratio(speedup)} wall, ${ratio(steady)} after start-up (machine: ${machine})`,
    speedup >= 1.8,
  );
}
