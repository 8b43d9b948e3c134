/**
 * "11:42AM ET", "9PM EST": a clock with its time zone is a time, no name; the tagger read the capitals as a place.
 * The dates stage finds the time itself.
 */

import { TIME_ZONES } from '../dates/lexicon.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';

/** A clock, its am/pm glued on or not ("11:42AM", "9PM", "6:30"), or the am/pm alone ("PM", "p.m."). */
const CLOCK_PART = /^(?:\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?|[ap]\.?m\.?)$/i;

/** The candidates that are no clock with a zone, in order. */
export function dropClockTimes(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  return cands.filter((c) => !clockWithZone(tokens, c));
}

/** Whether the candidate is a clock ("11:42AM", "9 PM") followed by time zones only ("ET", "EST"). */
function clockWithZone(tokens: readonly NerToken[], c: Candidate): boolean {
  const first = tokens[c.first]!.text;
  if (!/^\d/.test(first) || !CLOCK_PART.test(first)) return false;
  let i = c.first + 1;
  while (i <= c.last && CLOCK_PART.test(tokens[i]!.text)) i++;
  if (i > c.last) return false;
  for (; i <= c.last; i++) if (!TIME_ZONES.has(tokens[i]!.text.toLowerCase())) return false;
  return true;
}
