import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { analyze } from '../index.js';
import { resolvePublished } from '../pipeline/options.js';
import type { AnalyzeOptions } from '../types.js';
import { formatReport } from './report.js';
import { UsageError } from './usage-error.js';

export interface AnalyzeCommandOptions {
  /** A path, or '-' for stdin. */
  input: string;
  published?: string;
  outlet?: string;
  format: 'json' | 'text';
}

/** Reads one article, analyzes it and returns what to print: the JSON document or the text report. */
export async function runAnalyze(options: AnalyzeCommandOptions, stdin: Readable): Promise<string> {
  const analyzeOptions: AnalyzeOptions = {};
  if (options.published !== undefined) {
    try {
      analyzeOptions.published = resolvePublished(options.published);
    } catch (err) {
      throw new UsageError(`option --published: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (options.outlet !== undefined) analyzeOptions.outlet = options.outlet;
  const text = options.input === '-' ? await readAll(stdin) : await readFile(options.input, 'utf8');
  const doc = analyze(text, analyzeOptions);
  return options.format === 'text' ? formatReport(doc) : `${JSON.stringify(doc, null, 2)}\n`;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
