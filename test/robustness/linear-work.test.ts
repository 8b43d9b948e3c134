import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { ADVERSARIAL } from './adversarial.js';
import { WorkCounter } from './work-counter.js';

/**
 * Super-linear growth is caught by counting work, not by timing: the same hostile shape is analyzed at two sizes,
 * 4x apart, and V8's block-execution count (see work-counter.ts) must grow about 4x. Linear work gives 4 (a little
 * less where fixed costs show), n log n about 4.5, quadratic 16; the bound is 6. The timing side of the same inputs,
 * at about 1 MB, is measured by `npm run bench`.
 */
const SMALL = 8_000;
const LARGE = 4 * SMALL;
const MAX_RATIO = 6;

const counter = new WorkCounter();
beforeAll(async () => {
  await counter.start();
  analyze('Warm-up: the minister said "yes" on Monday, Reuters reported.');
});
afterAll(() => counter.stop());

describe('work grows linearly with the input', () => {
  it.each(ADVERSARIAL)('%s', async (_name, build) => {
    const small = await counter.countByScript(() => analyze(build(SMALL)));
    const large = await counter.countByScript(() => analyze(build(LARGE)));
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(small)).toBeGreaterThan(0);
    const ratio = total(large) / total(small);
    // The files whose work grew most, to say where to look.
    const growth = [...large]
      .map(([url, n]) => [url.replace(/^.*\/(src|node_modules)\//, '$1/'), n - 4 * (small.get(url) ?? 0)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([url, extra]) => `${url} +${extra}`);
    expect(
      ratio,
      `work ${total(small)} at ${SMALL} chars, ${total(large)} at ${LARGE}; most growth: ${growth.join(', ')}`,
    ).toBeLessThan(MAX_RATIO);
  });
});
