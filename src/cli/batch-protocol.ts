/**
 * What the main thread and a batch worker exchange. Its own module, so the main thread can import it without
 * loading the worker (and with it the whole pipeline).
 */

/** A chunk of input lines for one worker. */
export interface BatchTask {
  /** Raw input lines, not blank. */
  lines: string[];
  /** Their 1-based line numbers in the input (blank and resumed lines leave gaps). */
  lineNumbers: number[];
  /**
   * Shared with the main thread (a `SharedArrayBuffer`), so it can tell which document has run too long while the
   * worker is busy: see `PROGRESS_INDEX` and `PROGRESS_STARTED`.
   */
  progress: Int32Array;
  /** `Date.now()` on the main thread when the chunk was handed to the pool; `PROGRESS_STARTED` counts from it. */
  t0: number;
}

/** `progress[PROGRESS_INDEX]`: the document being analyzed; -1 before the first, `lines.length` after the last. */
export const PROGRESS_INDEX = 0;
/** `progress[PROGRESS_STARTED]`: when that document started, in ms after the task's `t0`. */
export const PROGRESS_STARTED = 1;

/** The output of a chunk. */
export interface BatchResult {
  /** One line per input line, each ending in "\n", in UTF-8; moved (not copied) to the main thread. */
  bytes: Uint8Array;
  /** How many of them are documents, and how many error records. */
  documents: number;
  errors: number;
}
