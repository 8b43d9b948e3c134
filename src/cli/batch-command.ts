import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { idOfInputLine } from './batch-record.js';
import type { BatchResult, BatchTask } from './batch-worker.js';
import { alreadyWritten, readLines } from './jsonl.js';
import { createProgress, type OutputStream } from './progress.js';
import { UsageError } from './usage-error.js';

export interface BatchOptions {
  /** A path, or '-' for stdin. */
  input: string;
  /** A path, or '-' / undefined for stdout. */
  output?: string;
  workers: number;
  resume: boolean;
  /**
   * Seconds a document may take, counted from when its line is handed to the pool (at most a few documents per
   * worker wait ahead of it). A document over time becomes an error record and its worker thread is replaced.
   */
  timeoutSeconds?: number;
}

export interface BatchIO {
  stdin: Readable;
  stdout: Writable;
  stderr: OutputStream;
}

export interface BatchSummary {
  documents: number;
  errors: number;
  skipped: number;
}

/** Tasks in flight per worker: enough to keep every worker busy while the main thread writes, and no more. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Analyzes a JSONL stream on a pool of worker threads and writes one line per non-blank input line, in input order:
 * the document, or `{id?, line, error}` when the line is not JSON, has no text, or its analysis failed. Memory is
 * bounded by the in-flight window, not by the size of the input.
 */
export async function runBatch(options: BatchOptions, io: BatchIO): Promise<BatchSummary> {
  const toFile = options.output !== undefined && options.output !== '-';
  if (options.resume && !toFile) throw new UsageError('option --resume needs an output file (-o OUT.jsonl)');
  const done = options.resume && toFile ? await alreadyWritten(options.output!) : undefined;

  const fromFile = options.input !== '-';
  const totalBytes = fromFile ? (await stat(options.input)).size : undefined;
  const input = fromFile ? createReadStream(options.input) : io.stdin;
  const out = toFile ? createWriteStream(options.output!, { flags: options.resume ? 'a' : 'w' }) : io.stdout;
  const progress = createProgress(io.stderr, totalBytes);
  const pool = createPool(options.workers);

  const summary: BatchSummary = { documents: 0, errors: 0, skipped: 0 };
  const window: Promise<BatchResult>[] = [];
  const limit = options.workers * IN_FLIGHT_PER_WORKER;
  let bytesRead = 0;
  const flushOne = async () => {
    const result = await window.shift()!;
    if (result.failed) summary.errors++;
    else summary.documents++;
    if (!out.write(`${result.json}\n`)) await once(out, 'drain');
    progress.update(summary.documents + summary.errors, bytesRead);
  };
  try {
    for await (const { line, text, bytesRead: b } of readLines(input)) {
      bytesRead = b;
      if (text.trim() === '') continue;
      if (done && (done.ids.size > 0 || done.lines.size > 0)) {
        const id = idOfInputLine(text);
        if (id === undefined ? done.lines.has(line) : done.ids.has(id)) {
          summary.skipped++;
          continue;
        }
      }
      const task: BatchTask = { raw: text, line };
      const signal = options.timeoutSeconds ? AbortSignal.timeout(options.timeoutSeconds * 1000) : null;
      window.push(
        pool.run(task, { signal }).then(
          (result: BatchResult) => result,
          (err: unknown): BatchResult => ({
            json: JSON.stringify({
              ...idField(text),
              line,
              error: signal?.aborted
                ? `timed out after ${options.timeoutSeconds} s (--timeout)`
                : `worker failed: ${describe(err)}`,
            }),
            failed: true,
          }),
        ),
      );
      if (window.length >= limit) await flushOne();
    }
    while (window.length > 0) await flushOne();
  } finally {
    progress.finish();
    await pool.destroy();
    if (toFile) {
      out.end();
      await once(out, 'finish');
    }
  }
  return summary;
}

function createPool(workers: number): Tinypool {
  const here = import.meta.url;
  // From the TypeScript sources (tests, tsx) the worker entry is a JS shim that registers tsx in its thread.
  const fromSource = here.endsWith('.ts');
  const filename = fileURLToPath(new URL(fromSource ? './batch-worker-tsx.mjs' : './batch-worker.js', here));
  return new Tinypool({ filename, minThreads: workers, maxThreads: workers, idleTimeout: 30_000 });
}

function idField(raw: string): { id?: string } {
  const id = raw.length < 1_000_000 ? idOfInputLine(raw) : undefined;
  return id === undefined ? {} : { id };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
