// The parallelism the pipeline itself allows on this machine, with no pool at all: one process analyzes every line
// of a JSONL file, then two processes analyze half each at the same time. Each process pays its own start-up, model
// loading and JIT warm-up, as each batch worker thread does, so two workers cannot beat `alone / pair`.
// Run on plain wink-nlp as well, it tells how much a second core gives this kind of work on this machine at all.
// Usage: node split-processes.mjs MODULE_URL IN.jsonl [EXPORT]. EXPORT (default analyze) is a function of a text.
// Prints {aloneMs, pairMs}.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [modulePath, input, exportName = 'analyze', part] = process.argv.slice(2);
if (part !== undefined) {
  // A child: analyze the lines of this part (all, first half or second half) and serialize them, as batch does.
  const analyze = (await import(modulePath))[exportName];
  const lines = readFileSync(input, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const half = Math.ceil(lines.length / 2);
  const mine = part === 'all' ? lines : part === 'first' ? lines.slice(0, half) : lines.slice(half);
  let bytes = 0;
  for (const line of mine) bytes += JSON.stringify(analyze(JSON.parse(line).text)).length;
  process.stdout.write(String(bytes));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (which) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [self, modulePath, input, exportName, which], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${which}: exit ${code}`))));
    });
  let t0 = performance.now();
  await run('all');
  const aloneMs = performance.now() - t0;
  t0 = performance.now();
  await Promise.all([run('first'), run('second')]);
  const pairMs = performance.now() - t0;
  process.stdout.write(JSON.stringify({ aloneMs, pairMs }));
}
