import type { ResolvedOptions } from './stage.js';

const KNOWN_OPTIONS = new Set(['published', 'outlet', 'id', 'disable', 'trace']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Validates the user's options and turns `published` into an ISO day. Throws errors that name the option. */
export function resolveOptions(options: unknown): ResolvedOptions & { disable: readonly string[]; trace: boolean } {
  if (options === undefined || options === null) return { disable: [], trace: false };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN_OPTIONS.has(key)) {
      throw new TypeError(`unknown option "${key}" (known: ${[...KNOWN_OPTIONS].join(', ')})`);
    }
  }
  const resolved: ResolvedOptions & { disable: readonly string[]; trace: boolean } = { disable: [], trace: false };
  if (o.published !== undefined && o.published !== null) resolved.published = resolvePublished(o.published);
  if (o.outlet !== undefined && o.outlet !== null) {
    if (typeof o.outlet !== 'string')
      throw new TypeError(`option "outlet" must be a string, got ${describe(o.outlet)}`);
    if (o.outlet.trim()) resolved.outlet = o.outlet.trim();
  }
  if (o.id !== undefined && o.id !== null) {
    if (typeof o.id !== 'string') throw new TypeError(`option "id" must be a string, got ${describe(o.id)}`);
    resolved.id = o.id;
  }
  if (o.disable !== undefined) {
    if (!Array.isArray(o.disable) || o.disable.some((d) => typeof d !== 'string')) {
      throw new TypeError('option "disable" must be an array of stage names');
    }
    resolved.disable = o.disable as string[];
  }
  if (o.trace !== undefined) resolved.trace = o.trace === true;
  return resolved;
}

/** `published` as YYYY-MM-DD; a RangeError names the option when it cannot be read. */
export function resolvePublished(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('option "published" is an invalid Date');
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') {
    throw new TypeError(`option "published" must be an ISO date string or a Date, got ${describe(value)}`);
  }
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw new RangeError(`option "published" must be an ISO date such as 2019-01-15, got "${value}"`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`option "published" is not a calendar date: "${value}"`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
