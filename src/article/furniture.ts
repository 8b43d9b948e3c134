import { LetterPattern, startsUpper } from '../text/letters.js';
import type { TextSpan } from '../types.js';
import {
  BOILERPLATE_STRONG,
  CALL_TO_ACTION,
  CAPTION_PREFIXES,
  CREDIT_PATTERNS,
  LEGAL_NOTICES,
  OUTLET_CREDIT_PREFIXES,
  PHOTO_AGENCIES,
} from './lexicon.js';

const LETTER_OR_DIGIT = new LetterPattern(String.raw`[\p{L}\d]`);

const SHORT_LINE = 160;
/** Furniture lines are short; a longer line that mentions a sign-up is a sentence of the story. */
const FURNITURE_LINE = 110;
const REPORTED = /\b(?:said|says|told|according to)\b/;
/** A closing parenthetical credit: "(Fabrice Coffrini/AFP/Getty Images)", "(AP Photo/Jane Roe)", "(Photo: X)". */
const TRAILING_PAREN = /\(([^()\n]{2,120})\)\s*$/;
const NAME_WORD = new LetterPattern(String.raw`^(?:\p{Lu}[\p{L}\d'’.&-]*|of|the|and|for|&|de|du|la)$`);

/** A photo caption: a line ending in a photo credit, or opening with "Photo:" and its like. */
export function isCaption(p: TextSpan): boolean {
  const lower = p.text.toLowerCase();
  if (CAPTION_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  const m = TRAILING_PAREN.exec(p.text);
  if (!m) return false;
  const inner = m[1]!;
  if (/^(?:photo|image|credit|file|pictured)\b/i.test(inner)) return true;
  return inner.includes('/') && PHOTO_AGENCIES.some((a) => inner.includes(a));
}

/** A contribution credit such as "Reuters contributed to this report." or "Editing by Jane Roe". */
export function isContributionCredit(p: TextSpan): boolean {
  if (p.text.length > SHORT_LINE) return false;
  const lower = p.text.toLowerCase();
  return CREDIT_PATTERNS.some((c) => lower.includes(c));
}

/** The outlet named by a source credit line ("From The Epoch Times", "This article first appeared in X"). */
export function outletCredit(p: TextSpan): string | undefined {
  if (p.text.length > 90) return undefined;
  const lower = p.text.toLowerCase();
  const prefix = OUTLET_CREDIT_PREFIXES.find((x) => lower.startsWith(`${x} `));
  if (!prefix) return undefined;
  // "Source: Al Jazeera and news agencies": the outlet that wrote the story up from the wires.
  const words = withoutWires(p.text.slice(prefix.length).trim().replace(/[.!]$/, '').split(/\s+/));
  const name = words.join(' ');
  if (words.length === 0 || words.length > 7 || !startsUpper(name)) return undefined;
  return words.every((w) => NAME_WORD.test(w)) ? name : undefined;
}

/** "Al Jazeera and news agencies" → "Al Jazeera": the words up to a joining word that only wires follow. */
function withoutWires(words: string[]): string[] {
  for (let k = words.length - 2; k >= 1 && words.length - k <= WIRE_TAIL_WORDS; k--) {
    if (!WIRE_JOINS.has(words[k]!.toLowerCase())) continue;
    const tail = words.slice(k + 1).map((w) => w.toLowerCase());
    if (WIRE_ENDS.has(tail.at(-1)!) && tail.every((w) => WIRE_WORDS.has(w))) return words.slice(0, k);
  }
  return words;
}
const WIRE_JOINS = new Set(['and', 'with', '&']);
const WIRE_WORDS = new Set(['news', 'agencies', 'wires', 'wire', 'services']);
const WIRE_ENDS = new Set(['agencies', 'wires', 'services']);
/** At most this many words from the joining word to the end ("and news wire services"). */
const WIRE_TAIL_WORDS = 4;

/** A line that is page furniture on its own: a sign-up prompt, a privacy or cookie notice, a share button. */
export function isStrongBoilerplate(p: TextSpan): boolean {
  if (p.text.length > CALL_TO_ACTION_LINE) return false;
  const lower = p.text.toLowerCase();
  if (WIRE_UPDATE_NOTE.test(lower)) return true;
  if (REPORTED.test(lower)) return false;
  // "Anyone with information is asked to call Crime Stoppers on 0800 555 111, quoting …": a call to the reader,
  // often longer than other furniture, and its "call" is no cue of speech.
  if (CALL_TO_ACTION.some((b) => containsWord(lower, b))) return true;
  // A copyright notice runs longer than other furniture ("Copyright 2025 The Associated Press. All rights reserved.
  // This material may not be published, broadcast, rewritten or redistributed.").
  if (COPYRIGHT_OPENING.test(lower) || LEGAL_NOTICES.some((b) => containsWord(lower, b))) return true;
  return p.text.length <= FURNITURE_LINE && BOILERPLATE_STRONG.some((b) => containsWord(lower, b));
}

/**
 * "(Updates with analyst comment in fifth paragraph.)", "(Adds details, quotes)": a wire story's note on what its
 * new version changed, a whole paragraph in brackets; it may mention what someone said without reporting it.
 */
const WIRE_UPDATE_NOTE =
  /^\((?:updates|adds|recasts|corrects|changes|rewrites|refiles|repeats|releads|writes through|fixes|removes|inserts)\b[^()\n]{0,150}\)\.?$/;

/** "Copyright 2025 …", "© 2025 …", "(c) 2025 …": a line that opens with a copyright sign and a year. */
const COPYRIGHT_OPENING = /^(?:copyright(?: ?©| ?\(c\))?|©|\(c\)) ?\d{4}\b/;

/** A call to the reader ("Anyone with information … is asked to call …") is at most this long. */
const CALL_TO_ACTION_LINE = 240;

function containsWord(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(needle, from);
    if (i < 0) return false;
    const before = i === 0 ? ' ' : haystack[i - 1]!;
    const after = haystack[i + needle.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
    from = i + 1;
  }
}

/** A short line that may belong to a furniture block: no quotation, no long sentence. */
export function isShortPlain(p: TextSpan): boolean {
  return p.text.length <= SHORT_LINE && !/[“”"«»]/.test(p.text);
}

/** "About Acme Robotics", "About the Company": the heading of a press release's company boilerplate. */
const ABOUT_HEADING = new LetterPattern(
  String.raw`^About (?:the |The )?\p{Lu}[\p{L}\d'’.&-]*(?: (?:\p{Lu}[\p{L}\d'’.&-]*|of|the|and|for|&)){0,6}:?$`,
);

export function isAboutHeading(p: TextSpan): boolean {
  return p.text.length <= 80 && ABOUT_HEADING.test(p.text.trim());
}

/** "This report by The Canadian Press was first published May 14, 2024.": a wire footer naming outlet and date. */
const FIRST_PUBLISHED =
  /^this (?:report|story|article) by (.{2,60}?) was (?:first|originally) published (.{4,40}?)\.?$/i;

/** The outlet and the date text of a "This report by … was first published …" footer line, or undefined. */
export function firstPublishedFooter(p: TextSpan): { outlet: string; when: string; whenAt: number } | undefined {
  if (p.text.length > 140) return undefined;
  const m = FIRST_PUBLISHED.exec(p.text.trim());
  if (!m || !startsUpper(m[1]!)) return undefined;
  return { outlet: m[1]!, when: m[2]!, whenAt: p.text.indexOf(m[2]!) };
}
