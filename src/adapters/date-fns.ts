/**
 * The calendar arithmetic claimgraph takes from date-fns, imported function by function: the package root loads all
 * of date-fns' ~250 modules.
 *
 * The build (scripts/bundle.ts) puts these functions and their helpers into the library's bundle, where they are
 * compiled with the rest of it and come with its code cache: loaded from node_modules, resolving the nine names
 * through date-fns' exports map (thousands of entries in a 200 KB package.json) and compiling the files took ~47M
 * instructions of every cold start, 3% of import + first analyze.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { isValid } from 'date-fns/isValid';

export {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  isValid,
};
