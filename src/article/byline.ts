import { gazetteerPhrases } from '../entities/lexicon.js';
import { capitalizeWords, LetterPattern, startsLower, startsUpper } from '../text/letters.js';
import type { TextSpan } from '../types.js';
import { findDate, isDatelineFiller } from './dateline.js';
import { NEWS_OUTLETS, OUTLET_WORDS, WIRE_AGENCIES } from './lexicon.js';

const CAPITALS = new LetterPattern(String.raw`^[\p{Lu}'’.-]+$`);

const BY = /^by\s+/i;
const NAME_WORD = new LetterPattern(String.raw`^(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al|el|di)$`);

export interface Byline {
  authors: string[];
  /** The outlet or agency the byline names after its authors ("By Jane Doe, CBC News", "By JANE ROE, Reuters"). */
  outlet?: string;
}

/**
 * Authors from a byline paragraph ("By Cathy He", "By Jane Roe and John Doe", "By JANE ROE, Reuters"):
 * the names joined by commas, "and" or "&", each one to five name-like words; an agency or outlet after them is
 * kept apart, roles are dropped.
 */
export function readByline(p: TextSpan, next?: TextSpan): Byline | undefined {
  if (p.text.length > 160) return undefined;
  if (!BY.test(p.text)) {
    return nameOverRole(p.text, next?.text) ?? nameWithRole(p.text) ?? separatedByline(p.text) ?? datedByline(p.text);
  }
  const [body = '', ...rest] = p.text.replace(BY, '').split(/\s[|–—-]\s|\bupdated\b|\bpublished\b/i);
  const parts = body
    .split(/,|&|\band\b/i)
    .map((s) => s.trim().replace(/[.;:]$/, ''))
    .filter(Boolean);
  const authors: string[] = [];
  let outlet: string | undefined;
  let collective = false;
  for (const part of parts) {
    // "By Staff Reports", "By The Associated Press", "By Reuters Staff", "By News Desk": written by no one person.
    const desk = deskByline(part);
    if (desk) {
      collective = true;
      outlet ??= desk.outlet;
      continue;
    }
    const shouted = shoutedNameThenOutlet(part);
    if (shouted) {
      authors.push(shouted.author);
      outlet ??= shouted.outlet;
      continue;
    }
    if (WIRE_AGENCIES.has(part) || (authors.length > 0 && isOutletName(part))) {
      outlet ??= part;
      continue;
    }
    // "By Sarah Jones, Local Democracy Reporter": a title-case role after a name is no author.
    if (authors.length > 0 && JOURNALIST_ROLE.test(part)) continue;
    let words = part.split(/\s+/);
    // "By state political reporter Ashleigh Raper": a lower-case role before the name.
    const roleEnd = words.findIndex((w) => ROLE_LAST.test(w));
    if (roleEnd >= 0 && roleEnd < words.length - 1 && startsLower(words[0]!)) words = words.slice(roleEnd + 1);
    // "By DANA WHITFIELD AP Sports Writer": an agency inside the part ends the name; its staff role goes with it.
    const agency = words.findIndex((w, i) => i >= 2 && WIRE_AGENCIES.has(w));
    if (agency >= 0 && ROLE_LAST.test(words.at(-1)!)) {
      outlet ??= words[agency];
      words = words.slice(0, agency);
    }
    // "By Adebayo Oladipupo, Ibadan", "By Ritika Sharma, New Delhi": a single word or a known place after a name is
    // where the author writes from, no author.
    if (authors.length > 0 && (words.length === 1 || isPlace(words.join(' ')))) continue;
    // "By Jane Roe in Washington and John Doe in London": the place is no part of the name.
    const inAt = words.lastIndexOf('in');
    if (inAt >= 2 && isPlace(words.slice(inAt + 1).join(' '))) words = words.slice(0, inAt);
    if (words.length > 5 || !words.every((w) => NAME_WORD.test(w))) {
      if (authors.length) break;
      return undefined;
    }
    authors.push(words.map(titleCaseIfShouting).join(' '));
  }
  if (!authors.length) return collective ? (outlet ? { authors, outlet } : { authors }) : undefined;
  // "By Priya Sharma | The Hindu | New Delhi": an outlet in a later part of the line.
  outlet ??= rest.map((x) => x.trim()).find((x) => WIRE_AGENCIES.has(x) || isOutletName(x));
  return outlet ? { authors, outlet } : { authors };
}

/** A city, region or country the gazetteer knows by this name. */
function isPlace(name: string): boolean {
  const kind = gazetteerPhrases.get(name.toLowerCase());
  return kind === 'L' || kind === 'C';
}

/**
 * A line of two to four name words alone ("Foo Yun Chee"), as wire copy prints the author between the headline and
 * a dateline paragraph: the author, when `next` opens with a dateline.
 */
export function bareNameByline(p: TextSpan, datelineNext: boolean): Byline | undefined {
  if (!datelineNext) return undefined;
  const words = p.text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w) && startsUpper(w)))
    return undefined;
  // "New Delhi": a place is no author; "Express News Service", "Reuters Staff": nor is a desk or an outlet.
  if (isPlace(words.join(' ')) || words.some((w) => OUTLET_WORDS.has(w) || isDeskWord(w))) {
    return undefined;
  }
  return { authors: [words.map(titleCaseIfShouting).join(' ')] };
}

/** Words of a byline that names a desk or a wire, not a person ("Staff Reports", "News Desk", "Wire Services"). */
const DESK_WORDS = /^(?:staff|reports?|desk|wires?|services?|board|newsroom|bureau)$/i;

export function isDeskWord(word: string): boolean {
  return DESK_WORDS.test(word);
}

/**
 * A byline part that names no person: an agency or outlet alone ("The Associated Press", "Reuters"), or a desk,
 * with the outlet it belongs to when it names one ("Reuters Staff", "CNN Wire").
 */
function deskByline(part: string): { outlet?: string } | undefined {
  const name = part.replace(/^the\s+/i, '');
  if (WIRE_AGENCIES.has(name) || WIRE_AGENCIES.has(part) || NEWS_OUTLETS.has(part) || NEWS_OUTLETS.has(name)) {
    return { outlet: WIRE_AGENCIES.has(part) || NEWS_OUTLETS.has(part) ? part : name };
  }
  const words = name.split(/\s+/);
  // "By Express News Service", "By IANS News Service": a news service is an outlet, whatever precedes it.
  if (words.length <= 4 && words.length >= 3 && isNewsService(words)) return { outlet: name };
  if (words.length > 4 || !DESK_WORDS.test(words.at(-1)!)) return undefined;
  const rest = words.filter((w) => !DESK_WORDS.test(w) && !/^(?:and|news|editorial|web|wire)$/i.test(w)).join(' ');
  if (!rest) return {};
  return WIRE_AGENCIES.has(rest) || NEWS_OUTLETS.has(rest) || isOutletName(rest) ? { outlet: rest } : undefined;
}

/** Whether the words end in "News Service". */
function isNewsService(words: readonly string[]): boolean {
  return /^service$/i.test(words.at(-1)!) && /^news$/i.test(words.at(-2)!);
}

/** A line that is only a journalist's role: "Senior Political Correspondent", "Health policy editor, Lagos". */
export function isRoleLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= 6 && JOURNALIST_ROLE.test(line) && !/[.!?:"“”]\s*$/.test(line.trim()) && !BY.test(line);
}

/** A journalist's role on the line under their name. */
export const JOURNALIST_ROLE =
  /\b(?:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|staff)\b/i;

/**
 * The byline form without "By": the author's name on one line and their role on the next ("Rachel Hall" over
 * "Social affairs correspondent").
 */
function nameOverRole(name: string, role: string | undefined): Byline | undefined {
  if (!role || !JOURNALIST_ROLE.test(role) || role.trim().split(/\s+/).length > 6) return undefined;
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return undefined;
  return { authors: [words.map(titleCaseIfShouting).join(' ')] };
}

/**
 * The name and the role on one line ("Denis Campbell Health policy editor", "Jane Roe political correspondent"):
 * a run of name words, then a role ending in a journalist's role word. A capitalized word right before the role's
 * first lower-case word belongs to the role ("Health policy editor") when the name keeps two words.
 */
function nameWithRole(line: string): Byline | undefined {
  // "Emma Whitfield, Health Correspondent": the comma says where the name ends.
  const comma = line.split(',');
  if (comma.length === 2) {
    const name = comma[0]!.trim().split(/\s+/);
    const role = comma[1]!.trim().split(/\s+/);
    if (name.length < 2 || name.length > 4 || !name.every((w) => NAME_WORD.test(w) && startsUpper(w))) return undefined;
    if (role.length > 5 || !ROLE_LAST.test(role.at(-1)!)) return undefined;
    return { authors: [name.map(titleCaseIfShouting).join(' ')] };
  }
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.length > 8 || !ROLE_LAST.test(words.at(-1)!)) return undefined;
  let run = 0;
  while (run < words.length && NAME_WORD.test(words[run]!) && startsUpper(words[run]!)) run++;
  if (run === words.length) return undefined;
  const name = run >= 3 ? run - 1 : run;
  if (name < 2 || name > 4) return undefined;
  return { authors: [words.slice(0, name).map(titleCaseIfShouting).join(' ')] };
}
const ROLE_LAST = /^(?:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer)$/i;

/**
 * "Shanifa Nasser · CBC News · Posted: Aug 30, 2024": a header line of parts between dots, bars or bullets whose
 * first part is a name and another an outlet.
 */
function separatedByline(line: string): Byline | undefined {
  const parts = line.split(/\s[·•|]\s/).map((x) => x.trim());
  if (parts.length < 2) return undefined;
  const words = parts[0]!.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w) && startsUpper(w))) {
    return undefined;
  }
  const outlet = parts.slice(1).find((x) => WIRE_AGENCIES.has(x) || isOutletName(x));
  if (!outlet) return undefined;
  return { authors: [words.map(titleCaseIfShouting).join(' ')], outlet };
}

/**
 * "Ahmet Yıldırım |14.08.2025 - Update : 14.08.2025": a name, a bar or a dot, then only dates and their filler
 * ("Update", times, dashes), as agency sites print the author over the story.
 */
function datedByline(line: string): Byline | undefined {
  const bar = line.search(/[|·•]/);
  if (bar < 0) return undefined;
  const words = line.slice(0, bar).trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w) && startsUpper(w))) {
    return undefined;
  }
  // "New Delhi | Updated: November 20, 2024 09:15 IST": a place before the bar is the dateline's, no author.
  if (gazetteerPhrases.get(words.join(' ').toLowerCase()) === 'L') return undefined;
  let rest = line.slice(bar + 1);
  if (!findDate(rest)) return undefined;
  for (let d = findDate(rest); d; d = findDate(rest)) rest = `${rest.slice(0, d.start)} ${rest.slice(d.end)}`;
  const others = rest.split(/\s+/).filter(Boolean);
  return others.every(isDatelineFiller) ? { authors: [words.map(titleCaseIfShouting).join(' ')] } : undefined;
}

/**
 * "RYAN STOLTZ Associated Press", "JANE ROE AP": an author's name in capitals, then the outlet in its usual case. The
 * change of case is where the name ends.
 */
function shoutedNameThenOutlet(part: string): { author: string; outlet: string } | undefined {
  const words = part.split(/\s+/);
  let caps = 0;
  while (caps < words.length && words[caps]!.length > 1 && CAPITALS.test(words[caps]!)) caps++;
  if (caps < 2 || caps > 5 || caps === words.length) return undefined;
  const outlet = words.slice(caps).join(' ');
  if (!WIRE_AGENCIES.has(outlet) && !isOutletName(outlet)) return undefined;
  return { author: words.slice(0, caps).map(titleCaseIfShouting).join(' '), outlet };
}

/** "CBC News", "The Daily Ledger": a capitalized name whose last word names an outlet, or a known outlet. */
/** A line that is only the outlet's name, as under a byline ("By Jane Doe" over "PolitiFact"). */
export function outletLine(line: string): string | undefined {
  const name = line.trim();
  return WIRE_AGENCIES.has(name) || isOutletName(name) ? name : undefined;
}

function isOutletName(part: string): boolean {
  if (NEWS_OUTLETS.has(part)) return true;
  const words = part.split(/\s+/);
  return words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && OUTLET_WORDS.has(words.at(-1)!);
}

function titleCaseIfShouting(w: string): string {
  return w.length > 1 && w === w.toUpperCase() ? capitalizeWords(w) : w;
}
