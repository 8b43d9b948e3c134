import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type ChildResult<T> = { ok: true; value: T; wallMs: number } | { ok: false; error: string; wallMs: number };

/** Runs `node ...args` from the repository root and parses the JSON it prints; a timeout or crash is reported. */
export function runNodeChild<T>(args: readonly string[], timeoutMs: number): ChildResult<T> {
  const t0 = performance.now();
  // spawnSync takes whole milliseconds only: a computed budget would throw.
  const timeout = Math.ceil(timeoutMs);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout, maxBuffer: 1 << 26 });
  const wallMs = performance.now() - t0;
  if (r.error || r.status !== 0) {
    const why =
      r.signal === 'SIGTERM'
        ? `timed out after ${(timeoutMs / 1000).toFixed(0)} s`
        : (r.stderr || String(r.error)).trim();
    return { ok: false, error: why.split('\n').slice(-3).join(' '), wallMs };
  }
  try {
    return { ok: true, value: JSON.parse(r.stdout) as T, wallMs };
  } catch {
    return { ok: false, error: `unparsable output: ${r.stdout.slice(0, 200)}`, wallMs };
  }
}

/** Runs a command to completion and returns its wall time, or an error message. */
export function timeCommand(args: readonly string[], timeoutMs: number): { ms: number } | { error: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: Math.ceil(timeoutMs) });
  const ms = performance.now() - t0;
  if (r.error || r.status !== 0) return { error: (r.stderr || String(r.error)).trim().split('\n').slice(-2).join(' ') };
  return { ms };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
