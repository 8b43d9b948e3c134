import { addDays } from '../adapters/date-fns.js';
import type { Stage } from '../pipeline/stage.js';
import { lowerTexts } from '../text/lower-case.js';
import { byStart, overlapsAny } from '../text/spans.js';
import type { DateMention, Span } from '../types.js';
import { anchorOf, dayOffset, isoDay, isoWeek, pad2, yearString } from './anchor.js';
import { detectInSentence } from './detect.js';

/**
 * The `dates` layer: every date, time, duration and set expression with its TIMEX3 value, resolved against
 * `meta.published`. Boilerplate, repeated titles and the byline are skipped; the dateline's own date is kept.
 */
export const datesStage: Stage = {
  name: 'dates',
  needs: ['meta', 'sentences', 'tokens'],
  adds: ['dates'],
  run(doc) {
    const { text, tokens, meta } = doc;
    const anchor = anchorOf(meta.published);
    const low = lowerTexts(tokens);
    // A date in the byline line ("Karen Pauls · CBC News · Posted: Feb 12, 2025 6:00 AM CST") is furniture too.
    const skip: Span[] = [...meta.boilerplate, ...meta.repeatedTitles, ...(meta.byline ? [meta.byline] : [])];
    // The dateline is a date the text writes, so a mention (a reader, and MEANTIME's annotators, take "January 15,
    // 2019" under the headline as one), though its line is furniture for every other layer.
    const dateline = meta.dateline ? [meta.dateline] : [];
    skip.sort(byStart);
    const dates: DateMention[] = [];
    // The quarter under discussion: "a year ago" right after "the third quarter" is that quarter a year back.
    let quarter: { year: number; q: string; sentence: number } | null = null;
    // The date the text last named outright ("On May 22, 1995"), for "the following year" and "that day".
    let reference: { value: string; at: number } | null = null;
    // The last day the paragraph named, however ("arrested two weeks ago and released the following day").
    let day: { value: string; paragraph: number; sentence: number; at: number } | null = null;
    // The last month the text named, with or without its year, for "that month".
    let month: { value: string; at: number } | null = null;
    // The day the story last named, from a date or a time on a named day ("on Tuesday", "Saturday night"), for a
    // clock time that names none: "Ramirez won on Tuesday. She spoke at 11 p.m." is Tuesday's 11 p.m.
    let clockDay: { value: string; paragraph: number; sentence: number } | null = null;
    const anchorDay = anchor ? dayOffset(anchor, 0) : null;
    for (const sentence of doc.sentences) {
      if (
        skip.length > 0 &&
        overlapsAny(skip, sentence) &&
        containsAll(skip, sentence) &&
        !overlapsAny(dateline, sentence)
      )
        continue;
      for (const h of detectInSentence(tokens, low, sentence, anchor)) {
        const start = tokens[h.first]!.start;
        // "by 6pm." at a sentence's end: the full stop the tokenizer left on the clock is no part of it.
        const end = tokens[h.last]!.end - (GLUED_STOP.test(tokens[h.last]!.text) ? 1 : 0);
        const span = { start, end };
        if (skip.length > 0 && overlapsAny(skip, span) && !overlapsAny(dateline, span)) continue;
        let value = h.value;
        const qm = QUARTER.exec(value);
        if (h.yearsBack !== undefined) {
          if (quarter && sentence.i - quarter.sentence <= QUARTER_REACH) {
            value = `${quarter.year - h.yearsBack}-${quarter.q}`;
          }
        } else if (qm) quarter = { year: Number(qm[1]), q: qm[2]!, sentence: sentence.i };
        if (h.anaphor && !(h.yearsBack !== undefined && value !== h.value)) {
          // The paragraph's last day, unless a date named outright came after it.
          // A day named a sentence or two back, across a paragraph break, still is ("… went to the hospital.¶ He
          // appeared in court the next morning"), unless it is still to come (a plan is no time of the narrative).
          const near =
            day &&
            (day.paragraph === sentence.paragraph ||
              (sentence.i - day.sentence <= DAY_REACH && anchorDay !== null && day.value <= anchorDay));
          const local = day && near && (!reference || day.at > reference.at) ? day : null;
          // "in October. Then, later that month": a month named without its year still says which month.
          const latestMonth = h.anaphor.code === 'M' && month && (!reference || month.at > reference.at) ? month : null;
          // The later of the two: "on Friday … less in October than the same month last year" is October's.
          const recent =
            local && latestMonth ? (latestMonth.at > local.at ? latestMonth : local) : (local ?? latestMonth);
          const from = recent ?? reference;
          const counted = from ? fromReference(from.value, h.anaphor.code, h.anaphor.shift) : null;
          if (counted) value = h.anaphor.within ? `${counted}-${h.anaphor.within}` : counted;
          // "In 2019 … That month": the month is not known, but it lies in the year named, not in the anchor's.
          else if (from && h.anaphor.shift === 0) value = CALENDAR.exec(from.value)?.[0] ?? value;
        } else if (EXPLICIT_RULES.has(h.rule.replace(/\+.*/, ''))) reference = { value: h.value, at: dates.length };
        if (!h.anaphor && h.type === 'date' && MONTH_PREFIX.test(value)) month = { value, at: dates.length };
        // "on Tuesday night" names its day too ("… the next morning" is Wednesday).
        const dayOf = FULL_DAY.test(value) && h.type === 'date' ? value : PART_OF_NAMED_DAY.exec(value)?.[1];
        if (dayOf !== undefined)
          day = { value: dayOf, paragraph: sentence.paragraph, sentence: sentence.i, at: dates.length };
        if (h.rule === 'dates/time' && anchorDay && value.startsWith(`${anchorDay}T`) && clockDay) {
          const near = clockDay.paragraph === sentence.paragraph || sentence.i - clockDay.sentence <= CLOCK_DAY_REACH;
          if (near) value = clockDay.value + value.slice(anchorDay.length);
        } else if (h.type === 'date' || h.type === 'time') {
          const named = DAY_PREFIX.exec(value)?.[0];
          if (named) clockDay = { value: named, paragraph: sentence.paragraph, sentence: sentence.i };
        }
        dates.push({
          id: `d${dates.length + 1}`,
          start,
          end,
          text: text.slice(start, end),
          type: h.type,
          value,
          rule: h.rule,
          confidence: h.confidence,
        });
      }
    }
    return { dates };
  },
};

/** Rules whose value names its year outright, so later anaphoric dates can count from it. */
const EXPLICIT_RULES = new Set([
  'dates/month-day-year',
  'dates/month-year',
  'dates/day-month-year',
  'dates/year',
  'dates/iso',
  'dates/slash',
  'dates/dotted',
  'dates/spelled-year',
  'dates/weekday-month-day',
]);

/** A clock's meridiem written without dots ("6pm", "10.30am") with a full stop the tokenizer glued on. */
const GLUED_STOP = /\d(?:am|pm)\.$/i;

/** The full day a date or time value names ("2025-11-04", "2025-11-01TNI"). */
const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}(?=T|$)/;
/** How many sentences after a named day, in another paragraph, an anaphoric day ("the next morning") counts from it. */
const DAY_REACH = 2;
/** How many sentences after a named day, in another paragraph, a bare clock time is still on it. */
const CLOCK_DAY_REACH = 2;

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A part of a named day ("2025-11-04TNI"), and the day. */
const PART_OF_NAMED_DAY = /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$/;
const MONTH_PREFIX = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** A unit shifted from a reference date ("the following year" after 1995 is 1996); null when too coarse. */
function fromReference(reference: string, code: string, shift: number): string | null {
  const m = CALENDAR.exec(reference);
  if (!m) return null;
  const year = Number(m[1]);
  if (code === 'Y') return yearString(year + shift);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (code === 'M') {
    const index = year * 12 + month - 1 + shift;
    return `${yearString(Math.floor(index / 12))}-${pad2((index % 12) + 1)}`;
  }
  if (m[3] === undefined) return null;
  const day = new Date(year, month - 1, Number(m[3]));
  // "later that week", "the following week" after a named day: that day's ISO week, or one on either side.
  if (code === 'W') return isoWeek(addDays(day, 7 * shift));
  if (code !== 'D') return null;
  return isoDay(addDays(day, shift));
}

const QUARTER = /^(\d{4})-(Q[1-4]|H[12])$/;
/** How many sentences after a quarter "a year ago" still refers to it. */
const QUARTER_REACH = 2;

/** Whether one skipped span covers the whole sentence (then nothing in it is looked at). */
function containsAll(skip: readonly Span[], sentence: Span): boolean {
  return skip.some((s) => s.start <= sentence.start && sentence.end <= s.end);
}
