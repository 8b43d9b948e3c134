import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ParsedArgs {
  values: Map<string, string | boolean>;
  positionals: string[];
}

/**
 * `util.parseArgs` in strict mode, with its errors rewritten to name the command and the options it knows, so a
 * typo gets an answer that says what to type instead.
 */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    // values has a null prototype, but a Map makes the "keys come from the user" rule visible.
    const map = new Map<string, string | boolean>();
    for (const [k, v] of Object.entries(values)) {
      if (typeof v === 'string' || typeof v === 'boolean') map.set(k, v);
    }
    return { values: map, positionals };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const message = err instanceof Error ? err.message : String(err);
    const known = Object.keys(options)
      .map((o) => `--${o}`)
      .join(', ');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = /'([^']{1,200})'/.exec(message)?.[1] ?? message;
      throw new UsageError(`unknown option ${name} for "claimgraph ${command}" (known: ${known})`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${message.replace(/^Option /, 'option ')} (claimgraph ${command})`);
    }
    throw new UsageError(message);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A positive whole number, or a UsageError naming the option. */
export function positiveIntOption(args: ParsedArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d{1,6}$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`option --${name} must be a whole number >= 1, got "${raw}"`);
  }
  return n;
}

/** A number > 0 (fractions allowed), or a UsageError naming the option. */
export function positiveNumberOption(args: ParsedArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`option --${name} must be a number > 0, got "${raw}"`);
  }
  return n;
}
