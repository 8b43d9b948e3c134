import { TIME_ZONE_NAMES, TIME_ZONES } from './lexicon.js';
import type { Scanner } from './scanner.js';

/** A time zone after a clock: its last token and the suffix it gives the clock's value ("Z" or ""). */
export interface Zone {
  last: number;
  suffix: string;
}

const NAME_TAIL = new Set(['standard', 'daylight']);

/**
 * The time zone at k: an abbreviation in capitals ("KST", "EDT", "GMT"), or a US zone by name ("Eastern time",
 * "Pacific Standard Time", "8 p.m. Eastern"; not "Eastern Europe"). Only UTC and GMT change the value (TIMEX3's
 * "Z"): TimeBank writes a local zone's clock without an offset.
 */
export function zoneAt(s: Scanner, k: number): Zone | null {
  const text = s.tok(k)?.text ?? '';
  const suffix = TIME_ZONES.get(s.w(k));
  // "ET", "PT", "IST" only in capitals; "gmt" is never a word.
  if (suffix !== undefined) return suffix === 'Z' || text === text.toUpperCase() ? { last: k, suffix } : null;
  if (!TIME_ZONE_NAMES.has(s.w(k))) return null;
  const j = NAME_TAIL.has(s.w(k + 1)) ? k + 2 : k + 1;
  if (s.w(j) === 'time') return { last: j, suffix: '' };
  return s.cap(k) && !s.cap(k + 1) ? { last: k, suffix: '' } : null;
}
