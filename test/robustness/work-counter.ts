import { Session } from 'node:inspector/promises';

/**
 * A deterministic measure of how much JavaScript ran: V8's precise block coverage counts how many times every
 * function and every block (loop bodies included) executed. The sum over a call is a work count that does not
 * depend on the machine's speed or load, so "twice the input, about twice the work" can be asserted without a
 * clock. Built-ins (a regex match, `indexOf`) count as one step each; the regex audit covers their side.
 */
export class WorkCounter {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  /** Runs `fn` and returns the number of block executions it caused (the counters are reset before and after). */
  async count(fn: () => void): Promise<number> {
    let total = 0;
    for (const n of (await this.countByScript(fn)).values()) total += n;
    return total;
  }

  /** As `count`, split by script URL, so a failure can say which file did the extra work. */
  async countByScript(fn: () => void): Promise<Map<string, number>> {
    await this.session.post('Profiler.takePreciseCoverage'); // resets the counters
    fn();
    const { result } = await this.session.post('Profiler.takePreciseCoverage');
    const byScript = new Map<string, number>();
    for (const script of result) {
      let n = 0;
      for (const f of script.functions) for (const range of f.ranges) n += range.count;
      if (n > 0) byScript.set(script.url, (byScript.get(script.url) ?? 0) + n);
    }
    return byScript;
  }

  async stop(): Promise<void> {
    await this.session.post('Profiler.stopPreciseCoverage');
    await this.session.post('Profiler.disable');
    this.session.disconnect();
  }
}
