import type { DateType } from '../types.js';
import type { Anchor, Direction } from './anchor.js';
import type { Scanner } from './scanner.js';

/** A date expression found over tokens first..last (inclusive), with its TIMEX3 type and value. */
export interface Hit {
  first: number;
  last: number;
  type: DateType;
  value: string;
  rule: string;
  confidence: number;
}

export interface RuleContext {
  readonly s: Scanner;
  readonly anchor: Anchor | null;
  /** The tense of the verb governing tokens first..last, as the direction a bare weekday or month points. */
  tense(first: number, last: number): Direction;
}

/** A rule tries to read a date expression that starts at token k; it returns null fast when k cannot start one. */
export type Rule = (c: RuleContext, k: number) => Hit | null;

export function hit(first: number, last: number, type: DateType, value: string, rule: string, confidence = 0.9): Hit {
  return { first, last, type, value, rule, confidence };
}
