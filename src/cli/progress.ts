import type { Writable } from 'node:stream';

/** stderr, or anything shaped like it (tests pass a plain stream). */
export type OutputStream = Writable & { isTTY?: boolean; columns?: number };

export interface Progress {
  update(done: number, bytesRead: number): void;
  finish(): void;
}

const NOOP: Progress = { update() {}, finish() {} };
const WIDTH = 24;

/**
 * A one-line progress bar with rate and ETA, redrawn at most 5 times a second. Only on a terminal: when stderr is
 * a file or a pipe nothing is written, so logs stay clean. ETA comes from bytes read out of `totalBytes` (a file's
 * size); from stdin the size is unknown and only the count and rate are shown.
 */
export function createProgress(stream: OutputStream, totalBytes: number | undefined): Progress {
  if (!stream.isTTY) return NOOP;
  const tty = stream;
  const t0 = Date.now();
  let last = 0;
  let lastDone = 0;
  let lastBytes = 0;
  const draw = () => {
    const secs = Math.max((Date.now() - t0) / 1000, 1e-3);
    const rate = lastDone / secs;
    const mbs = lastBytes / 1e6 / secs;
    let line = `${lastDone.toLocaleString('en-US')} docs  ${rate.toFixed(1)} docs/s  ${mbs.toFixed(2)} MB/s`;
    if (totalBytes && totalBytes > 0) {
      const frac = Math.min(lastBytes / totalBytes, 1);
      const filled = Math.round(frac * WIDTH);
      const eta = frac > 0 ? (secs * (1 - frac)) / frac : Number.NaN;
      line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${clock(eta)}`;
    }
    tty.write(`\r${line.slice(0, (tty.columns || 100) - 1)}\x1b[K`);
  };
  return {
    update(done, bytesRead) {
      lastDone = done;
      lastBytes = bytesRead;
      const now = Date.now();
      if (now - last >= 200) {
        last = now;
        draw();
      }
    },
    finish() {
      draw();
      tty.write('\n');
    },
  };
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
