import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchPool, type ChunkOutput } from '../../src/cli/batch-pool.js';

const STAND_IN = fileURLToPath(new URL('./stand-in-worker.mjs', import.meta.url));

interface Record {
  line: number;
  echo?: string;
  error?: string;
  id?: string;
}

function records(output: ChunkOutput): Record[] {
  const decoder = new TextDecoder();
  const text = output.pieces.map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join('');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record);
}

let pool: BatchPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('BatchPool (with a stand-in worker)', () => {
  it('returns one record per line of a chunk, in order', async () => {
    pool = new BatchPool({ workers: 2, timeoutSeconds: 10, filename: STAND_IN });
    const output = await pool.run(['a', 'b', 'c'], [1, 3, 4]);
    expect(records(output)).toEqual([
      { line: 1, echo: 'a' },
      { line: 3, echo: 'b' },
      { line: 4, echo: 'c' },
    ]);
    expect(output.documents).toBe(3);
    expect(output.errors).toBe(0);
  });

  it('a document over the timeout in the middle of a chunk becomes one error record in its place', async () => {
    pool = new BatchPool({ workers: 1, timeoutSeconds: 0.3, filename: STAND_IN });
    const output = await pool.run(['a', '{"id":"slow","text":"sleep 5000"}', 'c'], [1, 2, 3]);
    const out = records(output);
    expect(out.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(out[0]).toEqual({ line: 1, echo: 'a' });
    expect(out[1]).toEqual({ id: 'slow', line: 2, error: 'timed out after 0.3 s (--timeout)' });
    expect(out[2]).toEqual({ line: 3, echo: 'c' });
    expect(output.documents).toBe(2);
    expect(output.errors).toBe(1);
  });

  it('counts the timeout per document from when it starts, not from when its chunk was sent', async () => {
    pool = new BatchPool({ workers: 1, timeoutSeconds: 1, filename: STAND_IN });
    // 4 x 300 ms: the chunk takes 1.2 s, each document well under 1 s (room for a loaded machine).
    const lines = Array.from({ length: 4 }, () => 'sleep 300');
    const out = records(await pool.run(lines, [1, 2, 3, 4]));
    expect(out.filter((r) => r.error)).toEqual([]);
    expect(out).toHaveLength(4);
  });

  it('a worker failing under a document gives that document an error record and reruns the others', async () => {
    pool = new BatchPool({ workers: 1, timeoutSeconds: 10, filename: STAND_IN });
    const output = await pool.run(['a', 'throw', 'c', 'throw', 'e'], [1, 2, 3, 4, 5]);
    const out = records(output);
    expect(out.map((r) => r.echo ?? 'error')).toEqual(['a', 'error', 'c', 'error', 'e']);
    expect(out[1]!.error).toMatch(/^worker failed: Error: stand-in failure/);
    expect(output.errors).toBe(2);
  });

  it('gives up on a chunk whose worker fails twice before its first document', async () => {
    pool = new BatchPool({ workers: 1, timeoutSeconds: 10, filename: STAND_IN });
    const out = records(await pool.run(['fail first', '{"id":"x","text":"b"}'], [1, 2]));
    expect(out).toEqual([
      { line: 1, error: 'worker failed: Error: stand-in failure before the first line' },
      { id: 'x', line: 2, error: 'worker failed: Error: stand-in failure before the first line' },
    ]);
  });

  it('rejects every run, instead of waiting for ever, when a worker cannot load', async () => {
    const unloadable = fileURLToPath(new URL('./unloadable-worker.mjs', import.meta.url));
    pool = new BatchPool({ workers: 1, timeoutSeconds: 10, filename: unloadable });
    await expect(pool.run(['a'], [1])).rejects.toThrow('stand-in worker cannot load');
    await expect(pool.run(['b'], [2])).rejects.toThrow('stand-in worker cannot load');
  });
});
