import { hasLetter, LetterPattern } from '../text/letters.js';
import { textSpan } from '../text/spans.js';
import type { TextSpan } from '../types.js';
import { WIRE_AGENCIES } from './lexicon.js';

const CAPITALS = new LetterPattern(String.raw`^[\p{Lu}'’.-]+$`);

const MONTH =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH}),?\\s{1,3}(\\d{4})(?!\\d)`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const US_NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
/** "20-Nov-2026", as press-release services print it. */
const DASHED_DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})-(${MONTH})-(\\d{4})(?!\\d)`, 'i');
/** "30.11.2026": day first, as European outlets print it. */
const DOTTED_NUMERIC = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
/** Words a dateline line may carry besides its date: "Published 3:04 p.m. ET", a weekday, a place in capitals. */
const DATELINE_FILLER =
  /[ap]\.m\.|\b(?:published|updated|update|posted|last|modified|on|at|am|pm|et|est|edt|gmt|utc|bst|cet|cest|pt|pst|pdt|ct|cst|cdt|ist|jst|kst|hkt|sgt|aest|aedt|acst|acdt|awst|nzst|nzdt|sast|msk|article|publication|release|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b\.?|\d{1,2}(?:[:.]\d{2})?[ap]m\b|\d{1,2}[:.]\d{2}|\+\d{1,2}\b|[|,.:\-–—()]/gi;
/**
 * Whether a word is one a dateline line carries besides its date ("Published", "14:32", "GMT", "Tuesday"): the
 * filler pattern takes all of it.
 */
export function isDatelineFiller(word: string): boolean {
  return word.replace(DATELINE_FILLER, '') === '';
}

/**
 * "WASHINGTON, Jan. 15 (Reuters) -" or "SAN JOSE, Calif., July 28, 2023 /PRNewswire/ --": a wire dateline opening
 * the first body paragraph: a place in capitals (or several: "NEW YORK/LONDON"), maybe a date, the agency in
 * brackets or slashes, a dash.
 */
const WIRE_DATELINE =
  /^([A-Z][A-Z.'’ -]{1,40}(?:\/[A-Z][A-Z.'’ -]{1,30}){0,3}),?(?:\s[^()/\n]{0,40})?\s(?:\(([A-Za-z][A-Za-z .&-]{0,30})\)|\/([A-Za-z][A-Za-z .&-]{0,30})\/)\s?[-–—]/;

/** "New Delhi, Feb 6 (PTI) The government …": a place in title case and a known agency, with no dash. */
const AGENCY_DATELINE = new LetterPattern(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}),(?:\s[^()/\n]{0,40})?\s\(([A-Za-z][A-Za-z .&-]{0,30})\)\s?[-–—]*\s?(?=\p{Lu})`,
);

/**
 * "Lima (AFP) – Peru's Congress …": a place in title case, a known agency in brackets and a dash, no comma (without
 * the dash, "Lima (AFP)" could open a sentence).
 */
const TITLED_DASH_DATELINE = new LetterPattern(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) \(([A-Za-z][A-Za-z .&-]{0,30})\) ?(?:[–—]|--?) ?(?=\p{Lu})`,
);

/**
 * "(Bloomberg) -- Nvidia shares fell …": a known agency in brackets opening the paragraph, a dash, no place; or the
 * same on a line of its own under the byline.
 */
const LEADING_AGENCY = new LetterPattern(String.raw`^\(([A-Za-z][A-Za-z .&-]{0,30})\) ?(?:[–—]|--?) ?(?=\p{Lu}|\s*$)`);

/** "New Delhi | …": one to three capitalized words opening the line, then a bar. */
const PLACE_BEFORE_BAR = new LetterPattern(String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2} ?\| ?\p{Lu}`);

/** "Sept. 9", "9 Sept": a wire dateline's date without a year. */
const MONTH_DAY = new LetterPattern(`\\b(?:(?:${MONTH})\\s{1,3}\\d{1,2}|\\d{1,2}\\s{1,3}(?:${MONTH}))(?![\\d\\p{L}])`);

/** "WASHINGTON, Dec. 31, 2026 —": a place in capitals and a full date, no agency, then a dash. */
const DATED_DATELINE =
  /^([A-Z][A-Z.'’ -]{1,40}(?:\/[A-Z][A-Z.'’ -]{1,30}){0,3}),\s[^\n—–()]{3,40}?\d{4}\s?(?:—|–|--?)(?=\s)/;

/** North American broadcast call letters ("KOIN", "WABC", "KPBS"). */
const CALL_SIGN = /^[KWC][A-Z]{2,3}$/;

export interface Dateline {
  /** ISO date, when the line gives a year. */
  published?: string;
  /** The date expression the publication date was read from. */
  span?: TextSpan;
  /** A wire agency named in a "CITY (Agency) -" dateline. */
  agency?: string;
  /**
   * The line is a date and little else ("Published: 22:14 BST, 14 June 2025 | Updated: 08:02 BST, 15 June 2025"):
   * furniture as a whole, not a body paragraph opening with a dateline.
   */
  standalone?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  if (year < 1800 || year > 2200) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Each date form with how its groups give [year, month, day], in the order ties at one offset are settled. */
const DATE_FORMS: readonly (readonly [RegExp, (m: RegExpExecArray) => [number, number, number]])[] = [
  [MONTH_DAY_YEAR, (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])]],
  [DAY_MONTH_YEAR, (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])]],
  [ISO, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  // "20/11/2026": a first number past 12 is the day, as outside the US.
  [
    US_NUMERIC,
    (m) =>
      Number(m[1]) > 12 ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[3]), Number(m[1]), Number(m[2])],
  ],
  [DASHED_DAY_MONTH_YEAR, (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])]],
  [DOTTED_NUMERIC, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
];

/** The first date with a year in `line`, as an ISO date and its offsets within the line. */
export function findDate(line: string): { iso: string; start: number; end: number } | undefined {
  const candidates: { iso: string | undefined; index: number; length: number }[] = [];
  for (const [pattern, parts] of DATE_FORMS) {
    const m = pattern.exec(line);
    if (m) candidates.push({ iso: isoDate(...parts(m)), index: m.index, length: m[0].length });
  }
  const best = candidates.filter((c) => c.iso).sort((a, b) => a.index - b.index)[0];
  return best?.iso ? { iso: best.iso, start: best.index, end: best.index + best.length } : undefined;
}

/**
 * Reads a dateline from a header paragraph: a line that is a date and little else ("January 15, 2019",
 * "Published 3:04 p.m. ET Jan. 15, 2019", "LONDON 1996-08-30", a date glued to a scraped section name as in
 * "January 15, 2019China News"), or a wire dateline "WASHINGTON, Jan. 15 (Reuters) -" or "WASHINGTON, Dec. 31, 2026 —".
 */
export function readDateline(text: string, paragraph: TextSpan): Dateline | undefined {
  const line = paragraph.text.length > 300 ? paragraph.text.slice(0, 300) : paragraph.text;
  const caps = WIRE_DATELINE.exec(line);
  const titled = caps ? null : (AGENCY_DATELINE.exec(line) ?? TITLED_DASH_DATELINE.exec(line));
  const wire = caps ?? (titled && WIRE_AGENCIES.has(titled[2]!.trim()) ? titled : null) ?? DATED_DATELINE.exec(line);
  const leading = wire ? null : LEADING_AGENCY.exec(line);
  if (leading && WIRE_AGENCIES.has(leading[1]!.trim())) return { agency: leading[1]!.trim() };
  const named = wire ? (wire[2] ?? wire[3] ?? '').trim() : '';
  // "PORTLAND, Ore. (KOIN) —": a broadcaster's call letters in a dateline in capitals name the outlet too.
  const agency = WIRE_AGENCIES.has(named) || (caps && CALL_SIGN.test(named)) ? named : undefined;
  const date = findDate(wire ? wire[0] : line);
  if (date) {
    const rest = withoutDates(line.slice(0, date.start) + ' ' + line.slice(date.end)).replace(DATELINE_FILLER, ' ');
    const restWords = rest.split(/\s+/).filter(Boolean);
    const gluedSection = hasLetter(line.slice(date.end, date.end + 1));
    // "New Delhi | Updated: November 20, 2024 09:15 IST": a place in title case before a bar, the date after it.
    const placeOnly = restWords.every((w) => CAPITALS.test(w)) || PLACE_BEFORE_BAR.test(line);
    // "Nov 20, 2026 - Politics & Policy": a date opening the line, then a section label after a separator.
    const sectionAfter = date.start === 0 && /^\s[-–—|·•]\s/.test(line.slice(date.end)) && restWords.length <= 4;
    if (wire || placeOnly || restWords.length <= 1 || sectionAfter || (gluedSection && restWords.length <= 4)) {
      const span = textSpan(text, paragraph.start + date.start, paragraph.start + date.end);
      const standalone = !wire && restWords.length === 0 && paragraph.text.length <= STANDALONE_LINE;
      return { published: date.iso, span, ...(agency ? { agency } : {}), ...(standalone ? { standalone } : {}) };
    }
  }
  // "SEOUL, Sept. 9 (Yonhap) --": a wire dateline's date without a year is still its date, though no publication date.
  const monthDay = wire ? MONTH_DAY.exec(wire[0]) : null;
  if (monthDay) {
    const span = textSpan(
      text,
      paragraph.start + monthDay.index,
      paragraph.start + monthDay.index + monthDay[0].length,
    );
    return { span, ...(agency ? { agency } : {}) };
  }
  return agency ? { agency } : undefined;
}

/** A date line standing alone is never longer than this. */
const STANDALONE_LINE = 160;

/** `line` with every date with a year blanked out ("Published: 14 June 2025 | Updated: 15 June 2025"). */
function withoutDates(line: string): string {
  let rest = line;
  for (let n = 0; n < 4; n++) {
    const d = findDate(rest);
    if (!d) break;
    rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  }
  return rest;
}
