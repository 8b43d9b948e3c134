/** Per-stage timings, always kept (they are cheap), and debug messages built only when asked for. */
export interface StageTiming {
  stage: string;
  ms: number;
}

export interface Trace {
  readonly enabled: boolean;
  readonly timings: StageTiming[];
  /** Records a message; the closure runs only when the trace is enabled, so hot paths pay nothing. */
  debug(stage: string, message: () => string): void;
  readonly messages: { stage: string; message: string }[];
}

export function createTrace(enabled: boolean): Trace {
  const timings: StageTiming[] = [];
  const messages: { stage: string; message: string }[] = [];
  return {
    enabled,
    timings,
    messages,
    debug(stage, message) {
      if (enabled) messages.push({ stage, message: message() });
    },
  };
}

/** A readable dump of a trace, for a failing test or a `--trace` run. */
export function formatTrace(trace: Trace): string {
  const lines = trace.timings.map((t) => `${t.stage.padEnd(28)} ${t.ms.toFixed(2).padStart(9)} ms`);
  for (const m of trace.messages) lines.push(`[${m.stage}] ${m.message}`);
  return lines.join('\n');
}
