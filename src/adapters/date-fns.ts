/**
 * The calendar arithmetic claimgraph takes from date-fns, loaded function by function: the package root loads all
 * of date-fns' ~250 modules and cost about 250 ms of every cold start.
 *
 * The functions are required by file path from date-fns' CommonJS build, after one resolution of the package.
 * Every bare specifier (`date-fns/addDays`) is resolved through date-fns' exports map, thousands of entries in a
 * 200 KB package.json, and nine of them cost more than loading the code itself (about 60M of the 105M
 * instructions this module took at startup). The CommonJS files require their helpers by relative path.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as dateFns from 'date-fns';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('date-fns/addDays'));

function load<K extends keyof typeof dateFns>(name: K): (typeof dateFns)[K] {
  return (require(join(dir, `${name}.cjs`)) as Pick<typeof dateFns, K>)[name];
}

export const addDays = load('addDays');
export const addMonths = load('addMonths');
export const addWeeks = load('addWeeks');
export const addYears = load('addYears');
export const differenceInCalendarDays = load('differenceInCalendarDays');
export const getISODay = load('getISODay');
export const getISOWeek = load('getISOWeek');
export const getISOWeekYear = load('getISOWeekYear');
export const isValid = load('isValid');
