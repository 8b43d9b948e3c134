import type { DateType } from '../types.js';
import type { Anchor } from './anchor.js';
import type { Scanner } from './scanner.js';
import type { Tense } from './tense.js';

/** A date expression found over tokens first..last (inclusive), with its TIMEX3 type and value. */
export interface Hit {
  first: number;
  last: number;
  type: DateType;
  value: string;
  rule: string;
  confidence: number;
  /**
   * Set on "a year ago", "year-earlier" and the like: in a paragraph about a quarter they mean that quarter a
   * year back (TimeBank's "1988-Q3"), which the stage resolves from the quarter mentioned just before.
   */
  yearsBack?: number;
  /**
   * Set on "the following year", "that day", "later that month": relative to the date the text was last
   * talking about (a reference time), which the stage tracks; the value is the anchor-based fallback.
   */
  anaphor?: {
    code: string;
    shift: number;
    /** A month ("04") or a season ("SU") within the unit counted from the reference: "that April". */
    within?: string;
  };
}

export interface RuleContext {
  readonly s: Scanner;
  readonly anchor: Anchor | null;
  /** The tense of the verb governing tokens first..last: which way a bare weekday or month points. */
  tense(first: number, last: number): Tense;
  /** Whether the verb governing a date that starts at `first` tells a custom ("is held on …"), not one event. */
  custom(first: number): boolean;
  /** Whether the verb governing a date that starts at `first` is a plain future ("will open on May 5"). */
  firmFuture(first: number): boolean;
}

/** A rule tries to read a date expression that starts at token k; it returns null fast when k cannot start one. */
export type Rule = (c: RuleContext, k: number) => Hit | null;

export function hit(first: number, last: number, type: DateType, value: string, rule: string, confidence = 0.9): Hit {
  return { first, last, type, value, rule, confidence };
}
