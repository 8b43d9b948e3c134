/**
 * `npm run bench`: claimgraph against plain wink-nlp and compromise on the same corpus, plus the scale targets of
 * issue 7. A benchmark, never a test: it prints figures and whether each target is met, and always exits 0.
 *
 *   npm run bench                 the full run (the target sizes: 1,000 articles, 10 MB, 1 MB hostile inputs;
 *                                 about 10 minutes at the pipeline's present speed on 2 cores)
 *   npm run bench -- --quick      a smaller run for a quick look
 *   npm run bench -- --profile    also a CPU profile of the pipeline with its hot spots
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { batchSpeedup } from './batch-speedup.js';
import { ROOT } from './child-process.js';
import { coldStart } from './cold-start.js';
import { loadCorpus } from './corpus.js';
import { fixed, heading, table } from './format.js';
import { memoryOverArticles } from './memory.js';
import { comparePeers, stageShares } from './peers.js';
import { profile } from './profile.js';
import { scaling } from './scaling.js';
import { targets } from './targets.js';

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--quick', '--profile', '--help'].includes(a)) {
    console.error(`bench: unknown option ${a} (known: --quick, --profile, --help)`);
    process.exit(2);
  }
}
if (args.has('--help')) {
  console.log('npm run bench [-- --quick] [-- --profile]');
  process.exit(0);
}
const quick = args.has('--quick');
const plan = quick
  ? {
      budgetMs: 1_500,
      coldRuns: 1,
      articles: 100,
      peerArticles: 30,
      bigBytes: 1e6,
      adversarial: [32e3, 128e3],
      batchDocs: 100,
      batchRounds: 1,
    }
  : {
      budgetMs: 8_000,
      coldRuns: 3,
      articles: 1_000,
      peerArticles: 150,
      bigBytes: 10e6,
      adversarial: [64e3, 1e6],
      batchDocs: 1_000,
      batchRounds: 2,
    };

const t0 = performance.now();
const corpus = loadCorpus();
console.log(`claimgraph bench${quick ? ' (quick)' : ''}`);
console.log(
  `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), ${fixed(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
);
console.log(`corpus: ${corpus.name}: ${corpus.texts.length} docs, ${fixed(corpus.bytes / 1e6, 2)} MB`);

// Child processes run the built package (what users run), so build it first.
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0)
  console.log(`(build reported type errors; dist/ was still emitted)\n${build.stdout.slice(0, 500)}`);

comparePeers(corpus, plan.budgetMs);
stageShares(corpus);
coldStart(corpus, plan.coldRuns);
memoryOverArticles(corpus, plan.articles, plan.peerArticles);
scaling(corpus, plan.bigBytes, plan.adversarial);
batchSpeedup(corpus, plan.batchDocs, plan.batchRounds);
if (args.has('--profile')) profile(corpus, quick ? 60 : 200, 25);

heading('Targets (issue 7)');
console.log(
  table(
    ['target', 'measured', 'met'],
    targets.map((t) => [t.target, t.measured, t.met === undefined ? '?' : t.met ? 'yes' : 'NO']),
  ),
);
console.log(`\nbench finished in ${fixed((performance.now() - t0) / 1000, 0)} s`);
