import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { BatchPool, type ChunkOutput } from './batch-pool.js';
import { idOfInputLine } from './batch-record.js';
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
   * Seconds one document's analysis may run, counted from when its worker starts it (not while it waits in its
   * chunk or in the pool's queue). A document over time becomes an error record in its place and its worker thread
   * is replaced; the other lines of its chunk are analyzed again (those before it too, as their output went down
   * with the worker).
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

/**
 * A chunk (the lines sent to a worker in one message) closes at this many characters of input or this many lines,
 * whichever comes first: about 60 ms of analysis on news articles, long enough that the message round trip is
 * noise, short enough that the last chunk does not leave the other workers idle for long.
 */
const CHUNK_CHARS = 32 * 1024;
const CHUNK_LINES = 64;
/** Chunks handed to the pool and not yet written, per worker: one running, one waiting, one being written. */
const CHUNKS_PER_WORKER = 3;

/**
 * Analyzes a JSONL stream on a pool of worker threads and writes one line per non-blank input line, in input order:
 * the document, or `{id?, line, error}` when the line is not JSON, has no text, or its analysis failed. Lines go to
 * the workers in chunks; a chunk goes out early when a worker is idle, so a slow stream is not held back. Memory is
 * bounded by the chunks in flight, not by the size of the input.
 */
export async function runBatch(options: BatchOptions, io: BatchIO): Promise<BatchSummary> {
  const toFile = options.output !== undefined && options.output !== '-';
  if (options.resume && !toFile) throw new UsageError('option --resume needs an output file (-o OUT.jsonl)');
  // First, so the workers load the pipeline (a second or so) while this thread reads what --resume skips.
  const pool = new BatchPool({
    workers: options.workers,
    ...(options.timeoutSeconds === undefined ? {} : { timeoutSeconds: options.timeoutSeconds }),
  });
  try {
    return await runOnPool(pool, options, io, toFile);
  } finally {
    await pool.close();
  }
}

async function runOnPool(pool: BatchPool, options: BatchOptions, io: BatchIO, toFile: boolean): Promise<BatchSummary> {
  const done = options.resume && toFile ? await alreadyWritten(options.output!) : undefined;
  const fromFile = options.input !== '-';
  const totalBytes = fromFile ? (await stat(options.input)).size : undefined;
  const input = fromFile ? createReadStream(options.input) : io.stdin;
  const out = toFile ? createWriteStream(options.output!, { flags: options.resume ? 'a' : 'w' }) : io.stdout;
  const progress = createProgress(io.stderr, totalBytes);

  const summary: BatchSummary = { documents: 0, errors: 0, skipped: 0 };
  let bytesRead = 0;
  /** The chunk being filled. */
  let lines: string[] = [];
  let lineNumbers: number[] = [];
  let chars = 0;
  /** Chunks handed to the pool and not yet analyzed; and not yet written. */
  let running = 0;
  let unwritten = 0;
  /** Writes chunks in input order, each as soon as it and those before it are analyzed. */
  let written: Promise<void> = Promise.resolve();
  /** A failed write, or a pool whose workers cannot start: the batch stops with it. */
  let writeError: unknown;
  let stopped = false;
  let wake: (() => void) | undefined;

  const write = async (output: ChunkOutput) => {
    for (const piece of output.pieces) if (!out.write(piece)) await once(out, 'drain');
    summary.documents += output.documents;
    summary.errors += output.errors;
    progress.update(summary.documents + summary.errors, bytesRead);
  };
  const send = () => {
    if (lines.length === 0 || stopped) return;
    const analyzed = pool.run(lines, lineNumbers).finally(() => {
      running--;
      // A worker is free and lines are waiting (the input is slow): send them without waiting for a full chunk.
      if (running < options.workers) send();
    });
    // Handled in `written`, maybe after this promise settles: not an unhandled rejection meanwhile.
    analyzed.catch(() => {});
    lines = [];
    lineNumbers = [];
    chars = 0;
    running++;
    unwritten++;
    written = written.then(async () => {
      try {
        const output = await analyzed;
        if (writeError === undefined && !stopped) await write(output);
      } catch (err) {
        writeError ??= err;
      }
      unwritten--;
      wake?.();
    });
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
      lines.push(text);
      lineNumbers.push(line);
      chars += text.length;
      if (chars >= CHUNK_CHARS || lines.length >= CHUNK_LINES || running < options.workers) send();
      while (unwritten >= options.workers * CHUNKS_PER_WORKER && writeError === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (writeError !== undefined) throw writeError;
    }
    send();
    await written;
    if (writeError !== undefined) throw writeError;
  } finally {
    // On an error, nothing more is sent or written (the caller closes the pool).
    stopped = true;
    progress.finish();
    if (toFile) {
      out.end();
      await once(out, 'finish');
    }
  }
  return summary;
}
