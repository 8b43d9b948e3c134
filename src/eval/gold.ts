/**
 * The gold record format of ../shared/eval/*.jsonl (described in its README): one document per line, standoff
 * spans into `text`, and optional layers (entities, timexes, attributions) that decide which scorers apply.
 */
import type { Span } from '../types.js';

export type GoldEntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldEntity extends Span {
  type: GoldEntityType;
}

export interface GoldTimex extends Span {
  type: string;
  value: string;
}

export interface GoldAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
  /** A resolved speaker name where the corpus has one. */
  speaker: string | null;
  direct: boolean;
}

export interface GoldRecord {
  id: string;
  corpus: string;
  text: string;
  published: string | null;
  outlet: string | null;
  entities?: GoldEntity[];
  timexes?: GoldTimex[];
  attributions?: GoldAttribution[];
  /** Only these character ranges are annotated; predictions outside them are ignored. */
  annotated_regions?: Span[];
  /** Spans that are not gold timexes but must not count against a prediction (the dateline / DCT). */
  timex_ignore?: Span[];
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function span(v: unknown, where: string): Span {
  if (!isObject(v) || typeof v.start !== 'number' || typeof v.end !== 'number') {
    throw new TypeError(`${where}: expected {start, end}`);
  }
  return { start: v.start, end: v.end };
}

function spans(v: unknown, where: string): Span[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new TypeError(`${where}: expected an array of spans`);
  return v.map((s, i) => span(s, `${where}[${i}]`));
}

function optionalString(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

const ENTITY_TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Reads one parsed JSONL line as a gold record, checking the fields the scorers use; throws a TypeError naming the
 * field when the shape is wrong.
 */
export function parseGoldRecord(value: unknown, where = 'record'): GoldRecord {
  if (!isObject(value)) throw new TypeError(`${where}: expected an object`);
  if (typeof value.text !== 'string') throw new TypeError(`${where}: "text" must be a string`);
  const record: GoldRecord = {
    id: typeof value.id === 'string' ? value.id : where,
    corpus: typeof value.corpus === 'string' ? value.corpus : '',
    text: value.text,
    published: optionalString(value.published),
    outlet: optionalString(value.outlet),
  };
  if (Array.isArray(value.entities)) {
    record.entities = value.entities.map((e: unknown, i) => {
      const s = span(e, `${where}.entities[${i}]`);
      const type = isObject(e) ? e.type : undefined;
      if (typeof type !== 'string' || !ENTITY_TYPES.has(type)) {
        throw new TypeError(`${where}.entities[${i}]: type must be PER, ORG, LOC or MISC`);
      }
      return { ...s, type: type as GoldEntityType };
    });
  }
  if (Array.isArray(value.timexes)) {
    record.timexes = value.timexes.map((t: unknown, i) => {
      const s = span(t, `${where}.timexes[${i}]`);
      const o = isObject(t) ? t : {};
      return { ...s, type: String(o.type ?? ''), value: String(o.value ?? '') };
    });
  }
  if (Array.isArray(value.attributions)) {
    record.attributions = value.attributions.map((a: unknown, i) => {
      const w = `${where}.attributions[${i}]`;
      if (!isObject(a)) throw new TypeError(`${w}: expected an object`);
      return {
        source: spans(a.source, `${w}.source`),
        cue: spans(a.cue, `${w}.cue`),
        content: spans(a.content, `${w}.content`),
        speaker: optionalString(a.speaker),
        direct: a.direct === true,
      };
    });
  }
  if (Array.isArray(value.annotated_regions)) {
    record.annotated_regions = spans(value.annotated_regions, `${where}.annotated_regions`);
  }
  if (Array.isArray(value.timex_ignore)) record.timex_ignore = spans(value.timex_ignore, `${where}.timex_ignore`);
  return record;
}

/** Parses a whole JSONL file's text; blank lines are skipped. */
export function parseGoldJsonl(source: string, name = 'jsonl'): GoldRecord[] {
  const records: GoldRecord[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      throw new SyntaxError(`${name}:${i + 1}: ${err instanceof Error ? err.message : String(err)}`);
    }
    records.push(parseGoldRecord(parsed, `${name}:${i + 1}`));
  }
  return records;
}
