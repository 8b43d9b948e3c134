import type { AnalyzeOptions } from '../types.js';

/** One output line for an input line that could not be analyzed. `line` is the 1-based input line number. */
export interface ErrorRecord {
  id?: string;
  line: number;
  error: string;
}

export type ParsedLine = { ok: true; text: string; options: AnalyzeOptions } | { ok: false; record: ErrorRecord };

/**
 * Reads one JSONL input line `{id?, text, published?, outlet?}`. Other keys (gold annotations, say) are ignored,
 * `null` counts as absent, and anything else wrong becomes an error record instead of stopping the batch.
 */
export function parseInputLine(raw: string, line: number): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { ok: false, record: { line, error: `not JSON: ${err instanceof Error ? err.message : String(err)}` } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, record: { line, error: 'not a JSON object with a "text" string' } };
  }
  const o = value as { id?: unknown; text?: unknown; published?: unknown; outlet?: unknown };
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : undefined;
  const withId = <T extends object>(r: T): T & { id?: string } => (id === undefined ? r : { id, ...r });
  if (typeof o.text !== 'string') {
    return { ok: false, record: withId({ line, error: 'missing "text" (a string)' }) };
  }
  const options: AnalyzeOptions = {};
  if (id !== undefined) options.id = id;
  if (o.published !== undefined && o.published !== null) {
    if (typeof o.published !== 'string') {
      return { ok: false, record: withId({ line, error: '"published" must be an ISO date string' }) };
    }
    options.published = o.published;
  }
  if (o.outlet !== undefined && o.outlet !== null) {
    if (typeof o.outlet !== 'string')
      return { ok: false, record: withId({ line, error: '"outlet" must be a string' }) };
    options.outlet = o.outlet;
  }
  return { ok: true, text: o.text, options };
}

/** The id of an input line without a full parse of its text, for `--resume` (undefined when it has none). */
export function idOfInputLine(raw: string): string | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const id = (v as { id?: unknown }).id;
      if (typeof id === 'string') return id;
      if (typeof id === 'number') return String(id);
    }
  } catch {
    // a bad line has no id: it is processed (and reported) again
  }
  return undefined;
}
