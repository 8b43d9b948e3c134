/**
 * The batch worker: one pipeline per worker thread (so one wink instance per thread, which is its own isolate).
 * It takes a chunk of input lines per message, so the costs of a message (the pool's bookkeeping, a round trip
 * with the main thread, which leaves the worker idle) are paid per chunk, not per document. It parses, analyzes,
 * serializes and encodes to UTF-8, so the main thread only moves bytes, and it never throws: any failure becomes
 * an error record for that line.
 */
import Tinypool from 'tinypool';
import { analyze } from '../index.js';
import { type BatchResult, type BatchTask, PROGRESS_INDEX, PROGRESS_STARTED } from './batch-protocol.js';
import { parseInputLine } from './batch-record.js';

/** One output line, serialized; `failed` when it is an error record. */
export interface LineResult {
  json: string;
  failed: boolean;
}

const encoder = new TextEncoder();

// The model is set up on first use: do it while the worker starts, so the first document's --timeout clock does
// not count it.
try {
  analyze('The mayor said on Monday that the bridge would reopen in June.');
} catch {
  // left to the documents to report, each in its own error record
}

/** Analyzes a chunk of lines in order and returns their output lines as UTF-8 (see `BatchTask`). */
export default function analyzeChunk(task: BatchTask): BatchResult {
  const { lines, lineNumbers, progress, t0 } = task;
  const out: string[] = [];
  let errors = 0;
  for (let i = 0; i < lines.length; i++) {
    // The start time first: the main thread reads the index, then the time, so it never pairs a document with an
    // earlier start than its own.
    Atomics.store(progress, PROGRESS_STARTED, Date.now() - t0);
    Atomics.store(progress, PROGRESS_INDEX, i);
    const r = analyzeLine(lines[i]!, lineNumbers[i]!);
    if (r.failed) errors++;
    out.push(r.json);
  }
  Atomics.store(progress, PROGRESS_INDEX, lines.length);
  out.push('');
  const bytes = encoder.encode(out.join('\n'));
  const result: BatchResult = { bytes, documents: lines.length - errors, errors };
  // Tinypool transfers `bytes.buffer` instead of copying it (TextEncoder gives the array a buffer of its own). Its
  // types name the two symbols `symbol`, so the movable wrapper needs a cast; the main thread gets `result`.
  const movable = { [Tinypool.transferableSymbol]: bytes.buffer, [Tinypool.valueSymbol]: result };
  return Tinypool.move(movable as unknown as Parameters<typeof Tinypool.move>[0]) as unknown as BatchResult;
}

/** One input line to its output line: the document, or an error record. Never throws. */
export function analyzeLine(raw: string, line: number): LineResult {
  const parsed = parseInputLine(raw, line);
  if (!parsed.ok) return { json: JSON.stringify(parsed.record), failed: true };
  try {
    return { json: JSON.stringify(analyze(parsed.text, parsed.options)), failed: false };
  } catch (err) {
    const id = parsed.options.id;
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const record = id === undefined ? { line, error } : { id, line, error };
    return { json: JSON.stringify(record), failed: true };
  }
}
