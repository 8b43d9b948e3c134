import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { type BatchResult, type BatchTask, PROGRESS_INDEX, PROGRESS_STARTED } from './batch-protocol.js';
import { idOfInputLine } from './batch-record.js';

/** What a chunk adds to the output, in order: the worker's bytes, and error records made on the main thread. */
export interface ChunkOutput {
  pieces: (Uint8Array | string)[];
  documents: number;
  errors: number;
}

export interface BatchPoolOptions {
  workers: number;
  /** How long one document's analysis may run, from when its worker starts it. */
  timeoutSeconds?: number;
  /** The worker module (tests pass a stand-in); by default `batch-worker`. */
  filename?: string;
}

interface Running {
  progress: Int32Array;
  t0: number;
  size: number;
  controller: AbortController;
  /** The index of the document that ran over time, once the watchdog has stopped the chunk. */
  timedOut: number;
}

/**
 * Worker threads that analyze chunks of input lines, with a watchdog for `--timeout`. A document that runs over
 * time, or whose worker dies under it, becomes an error record in its place, and the other lines of its chunk are
 * analyzed again on a fresh worker (the pool replaces a stopped worker). `run` rejects only when a worker cannot
 * start at all (its module fails to load): then every run rejects with that error.
 */
export class BatchPool {
  private readonly pool: Tinypool;
  private readonly timeoutMs: number | undefined;
  private readonly running = new Set<Running>();
  private readonly watchdog: NodeJS.Timeout | undefined;
  private closed = false;
  private fatal: { error: unknown } | undefined;

  constructor(private readonly options: BatchPoolOptions) {
    this.pool = new Tinypool({
      filename: options.filename ?? defaultWorkerFile(),
      minThreads: options.workers,
      maxThreads: options.workers,
      idleTimeout: 30_000,
    });
    // Tinypool reports a worker that failed before it could take a task here (and starts no other): stop the runs
    // waiting for one, or they would wait for ever.
    this.pool.on('error', (error: unknown) => {
      this.fatal ??= { error };
      for (const r of this.running) r.controller.abort();
    });
    if (options.timeoutSeconds !== undefined) {
      const ms = options.timeoutSeconds * 1000;
      this.timeoutMs = ms;
      // A document is stopped between `ms` and `ms` plus one tick after it started.
      this.watchdog = setInterval(() => this.stopOverdue(), Math.min(1000, Math.max(1, ms / 10)));
    }
  }

  /** Analyzes `lines` (with their input line numbers) on one worker; see the class comment for failures. */
  async run(lines: string[], lineNumbers: number[], retry = true): Promise<ChunkOutput> {
    if (lines.length === 0) return { pieces: [], documents: 0, errors: 0 };
    this.throwIfFatal();
    const progress = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    progress[PROGRESS_INDEX] = -1;
    const task: BatchTask = { lines, lineNumbers, progress, t0: Date.now() };
    const running: Running = {
      progress,
      t0: task.t0,
      size: lines.length,
      controller: new AbortController(),
      timedOut: -1,
    };
    let failure: unknown;
    this.running.add(running);
    try {
      const result = (await this.pool.run(task, { signal: running.controller.signal })) as BatchResult;
      return { pieces: [result.bytes], documents: result.documents, errors: result.errors };
    } catch (err) {
      failure = err;
    } finally {
      this.running.delete(running);
    }
    this.throwIfFatal();
    const at = running.timedOut >= 0 ? running.timedOut : Atomics.load(progress, PROGRESS_INDEX);
    if (at < 0 || at >= lines.length || this.closed) {
      // The worker failed before its first document or after its last: once more on another, then give up.
      if (retry && !this.closed) return this.run(lines, lineNumbers, false);
      return concat(lines.map((raw, i) => errorRecord(raw, lineNumbers[i]!, `worker failed: ${describe(failure)}`)));
    }
    const error =
      running.timedOut >= 0
        ? `timed out after ${this.options.timeoutSeconds} s (--timeout)`
        : `worker failed: ${describe(failure)}`;
    const [before, after] = await Promise.all([
      this.run(lines.slice(0, at), lineNumbers.slice(0, at)),
      this.run(lines.slice(at + 1), lineNumbers.slice(at + 1)),
    ]);
    return concat([before, errorRecord(lines[at]!, lineNumbers[at]!, error), after]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await this.pool.destroy();
  }

  private throwIfFatal(): void {
    if (this.fatal) throw this.fatal.error;
  }

  /** Stops the chunks whose current document started more than the timeout ago. */
  private stopOverdue(): void {
    const now = Date.now();
    for (const r of this.running) {
      if (r.timedOut >= 0) continue;
      // The index before the time: the worker writes them the other way round, so the time read is that of this
      // document or a later one, and a document is never stopped early.
      const i = Atomics.load(r.progress, PROGRESS_INDEX);
      if (i < 0 || i >= r.size) continue;
      if (now - (r.t0 + Atomics.load(r.progress, PROGRESS_STARTED)) > this.timeoutMs!) {
        r.timedOut = i;
        r.controller.abort();
      }
    }
  }
}

function defaultWorkerFile(): string {
  const here = import.meta.url;
  // From the TypeScript sources (tests, tsx) the worker entry is a JS shim that registers tsx in its thread.
  const fromSource = here.endsWith('.ts');
  return fileURLToPath(new URL(fromSource ? './batch-worker-tsx.mjs' : './batch-worker.js', here));
}

function errorRecord(raw: string, line: number, error: string): ChunkOutput {
  const id = raw.length < 1_000_000 ? idOfInputLine(raw) : undefined;
  const record = id === undefined ? { line, error } : { id, line, error };
  return { pieces: [`${JSON.stringify(record)}\n`], documents: 0, errors: 1 };
}

function concat(parts: ChunkOutput[]): ChunkOutput {
  return {
    pieces: parts.flatMap((p) => p.pieces),
    documents: parts.reduce((n, p) => n + p.documents, 0),
    errors: parts.reduce((n, p) => n + p.errors, 0),
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
