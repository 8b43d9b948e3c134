import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ADVERSARIAL } from '../test/robustness/adversarial.js';
import { ROOT, runNodeChild } from './child-process.js';
import type { Corpus } from './corpus.js';
import { fixed, heading, ratio, table } from './format.js';
import { record } from './targets.js';

interface Timed {
  results: { chars: number; ms: number; tokens: number; quotes: number }[];
  maxRssMb: number;
}

const SCRIPT = join(ROOT, 'bench/children/timed-analyze.mjs');
const DIST = pathToFileURL(join(ROOT, 'dist/index.js')).href;

function timeTexts(texts: readonly string[], timeoutMs: number, warmup: string) {
  const dir = tmpdir();
  const textsPath = join(dir, 'claimgraph-bench-scale.json');
  const warmupPath = join(dir, 'claimgraph-bench-warmup.txt');
  writeFileSync(textsPath, JSON.stringify(texts));
  writeFileSync(warmupPath, warmup);
  return runNodeChild<Timed>(['--max-old-space-size=6144', SCRIPT, DIST, textsPath, warmupPath], timeoutMs);
}

/** Articles of about 5 KB from the corpus (3-7 KB), analyzed one by one: the per-character reference cost. */
function referenceCost(corpus: Corpus): { msPerChar: number; n: number } | undefined {
  const mid = corpus.texts.filter((t) => t.length >= 3_000 && t.length <= 7_000).slice(0, 40);
  const texts = mid.length > 0 ? mid : corpus.texts.slice(0, 20);
  const r = timeTexts(texts, 300_000, corpus.texts[0]!);
  if (!r.ok) return undefined;
  const ms = r.value.results.reduce((a, x) => a + x.ms, 0);
  const chars = r.value.results.reduce((a, x) => a + x.chars, 0);
  return { msPerChar: ms / chars, n: texts.length };
}

/** Cost per character of one very long text against ~5 KB articles, and of the hostile inputs. */
export function scaling(corpus: Corpus, bigBytes: number, adversarialSizes: readonly number[]): void {
  heading('Cost per character: long texts and hostile inputs (fresh process, dist/)');
  const ref = referenceCost(corpus);
  if (!ref) {
    console.log('reference run failed');
    return;
  }
  console.log(`reference: ${ref.n} articles of 3-7 KB, ${fixed(ref.msPerChar * 1000, 2)} µs/char`);
  let big = '';
  for (let i = 0; big.length < bigBytes; i++) big += `${corpus.texts[i % corpus.texts.length]}\n\n`;
  big = big.slice(0, bigBytes);
  // Twice the time the 5 KB cost predicts is already a miss (target 1.5x): stop there rather than wait for hours.
  const bigTimeout = Math.min(900_000, Math.max(60_000, 2 * bigBytes * ref.msPerChar));
  const r = timeTexts([big], bigTimeout, corpus.texts[0]!);
  if (r.ok) {
    const x = r.value.results[0]!;
    const rel = x.ms / x.chars / ref.msPerChar;
    console.log(
      `${fixed(bigBytes / 1e6, 0)} MB of concatenated articles: ${fixed(x.ms / 1000, 1)} s, ${fixed((x.ms / x.chars) * 1000, 2)} µs/char = ${ratio(rel)} the 5 KB cost; peak RSS ${fixed(r.value.maxRssMb, 0)} MB`,
    );
    record(`cost per char at ${fixed(bigBytes / 1e6, 0)} MB within 1.5x of a 5 KB article`, ratio(rel), rel <= 1.5);
  } else {
    const bound = r.error.startsWith('timed out')
      ? `> ${ratio(bigTimeout / bigBytes / ref.msPerChar)} (${r.error})`
      : r.error;
    console.log(`${fixed(bigBytes / 1e6, 0)} MB text: ${bound}`);
    record(`cost per char at ${fixed(bigBytes / 1e6, 0)} MB within 1.5x of a 5 KB article`, bound, false);
  }

  const rows: string[][] = [];
  let worst = 0;
  let allDone = true;
  for (const [name, build] of ADVERSARIAL) {
    let lastRel = Number.NaN;
    for (const size of adversarialSizes) {
      // A shape already 10x too slow at a smaller size is not run bigger: quadratic growth would take hours.
      if (lastRel > 10) {
        rows.push([name, `${fixed(size / 1e3, 0)} KB`, 'skipped (over 10x at the smaller size)', '', '', '']);
        allDone = false;
        continue;
      }
      const timeout = Math.min(180_000, Math.max(30_000, 12 * size * ref.msPerChar));
      const res = timeTexts([build(size)], timeout, corpus.texts[0]!);
      if (!res.ok) {
        const over = res.error.startsWith('timed out') ? `> ${ratio(timeout / size / ref.msPerChar)}` : '';
        rows.push([name, `${fixed(size / 1e3, 0)} KB`, res.error, '', over, '']);
        allDone = false;
        lastRel = Number.POSITIVE_INFINITY;
        continue;
      }
      const x = res.value.results[0]!;
      lastRel = x.ms / x.chars / ref.msPerChar;
      worst = Math.max(worst, lastRel);
      rows.push([
        name,
        `${fixed(size / 1e3, 0)} KB`,
        fixed(x.ms, 0),
        fixed((x.ms / x.chars) * 1000, 2),
        ratio(lastRel),
        `${x.tokens} tok / ${x.quotes} q`,
      ]);
    }
  }
  console.log(`\n${table(['hostile input', 'size', 'ms', 'µs/char', 'vs article', 'output'], rows)}`);
  record(
    'every hostile input within 10x the per-char cost of an article',
    allDone ? `worst ${ratio(worst)}` : `worst measured ${ratio(worst)}; some did not finish or were skipped`,
    allDone && worst <= 10,
  );
}
