export interface Throughput {
  name: string;
  docs: number;
  seconds: number;
  docsPerSec: number;
  mbPerSec: number;
}

/**
 * Runs `fn` over the texts, round after round, until `budgetMs` has passed (at least one full round), after one
 * untimed warm-up round on a few texts. Reports documents and UTF-8 megabytes per second.
 */
export function measureThroughput(
  name: string,
  fn: (text: string) => unknown,
  texts: readonly string[],
  budgetMs: number,
): Throughput {
  for (const t of texts.slice(0, 5)) fn(t);
  let docs = 0;
  let bytes = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) {
      fn(t);
      docs++;
      bytes += Buffer.byteLength(t);
      elapsed = performance.now() - t0;
      if (elapsed > budgetMs && docs >= Math.min(texts.length, 20)) break;
    }
  } while (elapsed < budgetMs);
  const seconds = elapsed / 1000;
  return { name, docs, seconds, docsPerSec: docs / seconds, mbPerSec: bytes / 1e6 / seconds };
}
