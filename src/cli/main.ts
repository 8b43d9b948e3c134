import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { parseCommandArgs, positiveIntOption, positiveNumberOption, stringOption } from './args.js';
import type { OutputStream } from './progress.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './usage-error.js';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: OutputStream;
}

/** Long enough for a megabyte of text; short enough that one pathological line cannot stall a nightly batch. */
const DEFAULT_TIMEOUT_SECONDS = 300;

export const USAGE = `Usage:
  claimgraph analyze FILE|- [--published YYYY-MM-DD] [--outlet NAME] [--format json|text]
  claimgraph batch IN.jsonl|- [-o OUT.jsonl] [--workers N] [--resume] [--timeout SECONDS]
  claimgraph --help | --version

analyze  one article (a text file, or - for stdin) to a JSON document, or a readable report with --format text.
batch    JSONL lines {id, text, published?, outlet?} to one JSON document per line, in input order, on N worker
         threads (default: the number of cores). A bad line becomes {id?, line, error} and the batch goes on;
         --resume skips ids already in OUT. Blank lines are skipped. A document whose analysis runs longer than
         --timeout seconds (default 300) becomes an error record.`;

/**
 * The command-line program, callable in-process: returns the exit code (0 ok, 1 failure, 2 bad usage) instead of
 * exiting, and writes only to the streams it is given.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await analyzeCommand(rest, io);
      case 'batch':
        return await batchCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      case '--version':
      case '-v':
        io.stdout.write(`${await version()}\n`);
        return EXIT_OK;
      default:
        throw new UsageError(`unknown command "${command}" (known: analyze, batch)`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`claimgraph: ${err.message}\n(run "claimgraph --help" for usage)\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`claimgraph: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_FAILURE;
  }
}

async function analyzeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('analyze', args, {
    published: { type: 'string' },
    outlet: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.values.get('help')) return help(io);
  const input = onePositional('analyze', parsed.positionals, 'FILE or -');
  const format = stringOption(parsed, 'format') ?? 'json';
  if (format !== 'json' && format !== 'text') {
    throw new UsageError(`option --format must be "json" or "text", got "${format}"`);
  }
  const published = stringOption(parsed, 'published');
  const outlet = stringOption(parsed, 'outlet');
  // Imported here, not at the top: only `analyze` loads the pipeline in this thread (`batch` loads it in workers).
  const { runAnalyze } = await import('./analyze-command.js');
  const output = await runAnalyze(
    {
      input,
      format,
      ...(published === undefined ? {} : { published }),
      ...(outlet === undefined ? {} : { outlet }),
    },
    io.stdin,
  );
  io.stdout.write(output);
  return EXIT_OK;
}

async function batchCommand(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('batch', args, {
    output: { type: 'string', short: 'o' },
    workers: { type: 'string', short: 'w' },
    resume: { type: 'boolean' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.values.get('help')) return help(io);
  const input = onePositional('batch', parsed.positionals, 'IN.jsonl or -');
  const output = stringOption(parsed, 'output');
  const workers = positiveIntOption(parsed, 'workers') ?? availableParallelism();
  const timeoutSeconds = positiveNumberOption(parsed, 'timeout') ?? DEFAULT_TIMEOUT_SECONDS;
  const { runBatch } = await import('./batch-command.js');
  const summary = await runBatch(
    {
      input,
      workers,
      timeoutSeconds,
      resume: parsed.values.get('resume') === true,
      ...(output === undefined ? {} : { output }),
    },
    io,
  );
  if (summary.errors > 0 || io.stderr.isTTY) {
    io.stderr.write(
      `claimgraph batch: ${summary.documents} documents, ${summary.errors} error records` +
        `${summary.skipped ? `, ${summary.skipped} skipped (already in output)` : ''}\n`,
    );
  }
  return EXIT_OK;
}

function onePositional(command: string, positionals: readonly string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(`claimgraph ${command} needs an input: ${what}`);
  if (positionals.length > 1) {
    throw new UsageError(`claimgraph ${command} takes one input, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  return positionals[0]!;
}

function help(io: CliIO): number {
  io.stdout.write(`${USAGE}\n`);
  return EXIT_OK;
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

/** Runs the program on this process's argv and streams, and sets the exit code. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `claimgraph … | head` closes stdout early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = await main(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
