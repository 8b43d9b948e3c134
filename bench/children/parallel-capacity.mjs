// How much parallelism the machine gives right now: the same CPU-bound loop on 1 thread, then on 2 at once.
// Prints the speed-up (2.0 on two idle cores); a loaded machine gives less, and batch speed-ups are bounded by it.
import { Worker } from 'node:worker_threads';

const code = `let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);`;
const run = async (n) => {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, () => new Promise((r) => new Worker(code, { eval: true }).on('message', r))),
  );
  return performance.now() - t0;
};
const one = await run(1);
const two = await run(2);
process.stdout.write(JSON.stringify({ speedup: (2 * one) / two }));
