/**
 * The calendar arithmetic claimgraph takes from date-fns, imported function by function: the package root loads
 * all of date-fns' ~250 modules and cost about 250 ms of every cold start.
 */
export { addDays } from 'date-fns/addDays';
export { addMonths } from 'date-fns/addMonths';
export { addWeeks } from 'date-fns/addWeeks';
export { addYears } from 'date-fns/addYears';
export { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
export { getISODay } from 'date-fns/getISODay';
export { getISOWeek } from 'date-fns/getISOWeek';
export { getISOWeekYear } from 'date-fns/getISOWeekYear';
export { isValid } from 'date-fns/isValid';
