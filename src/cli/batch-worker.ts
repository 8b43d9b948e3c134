/**
 * The batch worker: one pipeline per worker thread (so one wink instance per thread, which is its own isolate).
 * It parses, analyzes and serializes, so the main thread only moves strings, and it never throws: any failure
 * becomes an error record for that line.
 */
import { analyze } from '../index.js';
import { parseInputLine } from './batch-record.js';

export interface BatchTask {
  raw: string;
  line: number;
}

/** One output line, already serialized; `failed` when it is an error record. */
export interface BatchResult {
  json: string;
  failed: boolean;
}

export default function analyzeLine(task: BatchTask): BatchResult {
  const parsed = parseInputLine(task.raw, task.line);
  if (!parsed.ok) return { json: JSON.stringify(parsed.record), failed: true };
  try {
    return { json: JSON.stringify(analyze(parsed.text, parsed.options)), failed: false };
  } catch (err) {
    const id = parsed.options.id;
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const record = id === undefined ? { line: task.line, error } : { id, line: task.line, error };
    return { json: JSON.stringify(record), failed: true };
  }
}
