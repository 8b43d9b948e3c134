import { FORMER_WORDS } from '../entities/former-titles.js';
import { compoundOfficeWords, honorificGender, mediaNouns, postNominals } from '../entities/lexicon.js';
import { detached } from '../text/detach.js';
import { LetterPattern, startsLetter, startsLower, startsUpper } from '../text/letters.js';
import type { Mention, Quote, TextSpan } from '../types.js';
import type { QuoteContext } from './context.js';
import { coordinatedEntities } from './coordinated-speakers.js';
import { ANSWER_LABELS, QUESTION_LABELS } from './lexicon.js';
import { firstReaching } from './mention-lookup.js';
import { phraseEndingAt, type Range } from './speaker.js';
import { RELATIVE_PRONOUNS, thatAfterNoun } from './words.js';

/** Words that end a speaker phrase's head: "a spokesman for BT", "a diplomat from Spain", "voters who …". */
const HEAD_ENDS = new Set(['of', 'for', 'at', 'in', 'from', 'to', 'who', 'that', 'which']);

/**
 * The mention a speaker phrase refers to: the one covering the phrase's head, which is the last word before an
 * appositive comma or a linking preposition ("Huawei founder and CEO Ren Zhengfei, …" → Ren Zhengfei, "a
 * spokesman for BT" → the spokesman, so no entity when the entity layer has no mention for him).
 */
export function mentionFor(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): Mention | undefined {
  // "Rep. Adam Smith (D-Wash.)": a bracket closing the phrase (a party tag, an age) is no head.
  if (ctx.words[last] === ')') {
    let open = last - 1;
    while (open > first && ctx.words[open] !== '(') open--;
    if (open > first) last = open - 1;
  }
  let head = last;
  for (let i = first; i <= last; i++) {
    const w = ctx.words[i]!;
    // "Voters who backed Trump": a restrictive relative clause is no part of the head either.
    // "documents reviewed by The Post", "lawyers representing the family": a participle ends the head too.
    // "an internal document seen by POLITICO": an irregular participle shows itself by its agent.
    const participle =
      i > first && ctx.tokens[i]!.pos === 'VERB' && (/(?:ed|ing)$/.test(w) || ctx.words[i + 1] === 'by');
    if (w === ',' || participle || (HEAD_ENDS.has(w) && i > first)) {
      head = i - 1;
      break;
    }
  }
  // "Rep. Sam Kowalski (D-Ohio), who chairs …": a bracket closing the head is no part of it either.
  if (ctx.words[head] === ')') {
    let open = head - 1;
    while (open > first && ctx.words[open] !== '(') open--;
    if (open > first) head = open - 1;
  }
  // "Achterberg KC", "Phillips MP": letters after the name are no head.
  while (
    head > first &&
    (ctx.words[head] === "'s" || ctx.words[head] === '+' || postNominals.has(ctx.tokens[head]!.text))
  )
    head--;
  const tok = ctx.tokens[head]!;
  const start = ctx.tokens[first]!.start;
  let best: Mention | undefined;
  for (let i = firstReaching(mentions, start); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= tok.end) break;
    if (m.end <= start) continue;
    if (m.start <= tok.start && m.end >= tok.end) {
      if (!best || m.end - m.start > best.end - best.start) best = m;
    }
  }
  return best;
}

export function speakerOf(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  names: ReadonlyMap<string, string>,
  range: [number, number],
): NonNullable<Quote['speaker']> {
  const [first, last] = range;
  const s = ctx.tokens[first]!.start;
  const e = ctx.tokens[last]!.end;
  const span: TextSpan = { start: s, end: e, text: ctx.text.slice(s, e) };
  // "Donald Trump and Mike Pence said": both speak.
  const together = coordinatedEntities(ctx, mentions, first, last);
  if (together.length > 0) {
    const named = together.map((id) => names.get(id) ?? id);
    const text = `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
    return { text, span, entityId: together[0]!, entityIds: together };
  }
  let m = titledName(ctx, mentions, first, last) ?? mentionFor(ctx, mentions, first, last);
  if (m?.type !== 'person') m = roleThenName(ctx, mentions, first, last) ?? m;
  // "Kasich, who has refused to endorse him, said …": the relative pronoun (PolNeAR's source) stands for the name
  // before it.
  // "A super PAC that backed …": "that" after a noun is a relative pronoun too.
  const relative =
    ctx.words[first] === 'who' || ctx.words[first] === 'which' || thatAfterNoun(ctx.words, ctx.tokens, first);
  if (!m && first === last && relative) {
    const before = ctx.words[first - 1] === ',' ? first - 2 : first - 1;
    const sentence = ctx.doc.sentences[ctx.sentenceOf[first]!]!;
    const phrase = before >= sentence.tokens[0] ? phraseEndingAt(ctx, before, sentence.tokens[0]) : null;
    // "a veteran party leader who …" after "Tom Rath,": the appositive's name.
    const antecedent = phrase
      ? (mentionFor(ctx, mentions, phrase[0], phrase[1]) ?? appositiveHead(ctx, mentions, phrase))
      : undefined;
    if (antecedent?.type === 'person' || antecedent?.type === 'organization') m = antecedent;
    // "Lawmakers who criticized the plan": with no entity, the antecedent says who speaks better than "who".
    else if (phrase && !antecedent) {
      const text = ctx.text.slice(ctx.tokens[phrase[0]]!.start, ctx.tokens[phrase[1]]!.end);
      return { text, span };
    }
  }
  // "Labour's shadow work and pensions secretary, Liz Kendall,": a title whose appositive names the person.
  if (m?.type !== 'person') m = appositiveName(ctx, mentions, first, last) ?? followingName(ctx, mentions, last) ?? m;
  // "The operator, Andes Minerals Corp, said": a description whose appositive names the body.
  if (!m) m = appositiveBody(ctx, mentions, first, last);
  // "The White House says": a phrase whose head is a name is that name, not a role ("House" of "House Speaker").
  const headIsName = m !== undefined && m.form === 'name' && m.end === e;
  if (m?.type !== 'person' && !headIsName) {
    // "Huawei CEO", "the company's spokesman": a role held in an organization the phrase names.
    const holder = roleHolder(ctx, mentions, first, last);
    if (holder) return { text: holder.name, span, entityId: holder.id };
  }
  // "A spokeswoman for the Ministry of Defence", "officials at the Pentagon": a spokesperson speaks for the body
  // the phrase names, which is the claimant a fact-checker looks for.
  // "The Australian news outlet", "the Gazette newspaper": an outlet named before the noun that says it is one.
  if (!m) m = outletBeforeMediaNoun(ctx, mentions, first, last);
  if (!m) {
    // "A spokeswoman for the HSE said … but confirmed …": the later cue's phrase was cut before "for the HSE".
    const body = spokenFor(ctx, mentions, first, last) ?? spokenFor(ctx, mentions, first, bodyAfter(ctx, last));
    if (body) return { text: names.get(body.entityId) ?? body.text, span, entityId: body.entityId };
  }
  // "Q: Is the reef dead?": the interviewer asks, who is no entity called "Q".
  if (!m && first === last && QUESTION_LABELS.has(ctx.tokens[first]!.text) && ctx.words[first + 1] === ':') {
    return { text: INTERVIEWER, span };
  }
  // "A: No. The reef is under enormous stress": in a Q&A interview the answers are the interviewee's.
  if (!m && first === last && ANSWER_LABELS.has(ctx.tokens[first]!.text) && ctx.words[first + 1] === ':') {
    const person = interviewee(ctx, mentions);
    if (person) return { text: names.get(person.entityId) ?? person.text, span, entityId: person.entityId };
  }
  if (!m) return { text: span.text, span };
  return { text: names.get(m.entityId) ?? m.text, span, mentionId: m.id, entityId: m.entityId };
}

/**
 * "The operator, Andes Minerals Corp,", "the regulator, SMA,": a definite description of a few lower-case words
 * and, between commas, the organization's name.
 */
function appositiveBody(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): Mention | undefined {
  const w0 = ctx.words[first]!;
  if (w0 !== 'the' && w0 !== 'its' && w0 !== 'their') return undefined;
  let comma = first + 1;
  while (comma <= last && comma - first <= 4 && ctx.words[comma] !== ',') {
    if (startsUpper(ctx.tokens[comma]!.text)) return undefined;
    comma++;
  }
  if (ctx.words[comma] !== ',' || comma + 1 > last) return undefined;
  const start = ctx.tokens[comma + 1]!.start;
  let close = comma + 1;
  while (close <= last && ctx.words[close] !== ',') close++;
  const end = ctx.tokens[close - 1]!.end;
  for (let i = firstReaching(mentions, start); i < mentions.length; i++) {
    const x = mentions[i]!;
    if (x.start > start) break;
    if (x.start === start && x.end === end && x.form === 'name' && x.type === 'organization') return x;
  }
  return undefined;
}

/** The person's name that closes tokens first..last after other words, if any ("… Secretary of State Marco Rubio"). */
function closingPersonName(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): Mention | undefined {
  const end = ctx.tokens[last]!.end;
  const start = ctx.tokens[first]!.start;
  let name: Mention | undefined;
  for (let i = firstReaching(mentions, start); i < mentions.length; i++) {
    const x = mentions[i]!;
    if (x.start >= end) break;
    if (x.end === end && x.type === 'person' && x.form === 'name') name = x;
  }
  return name && name.start > start ? name : undefined;
}

/** Lower-case words a title-case office may hold: "Secretary of State", "Minister for Foreign Affairs". */
const OFFICE_LINKS = new Set(['of', 'for', 'the', 'and', '&']);

/**
 * "Secretary of State Marco Rubio", "Bank of England Governor Andrew Bailey": a person's name ending a phrase whose
 * other words are a title-case office is the phrase's head, though "of" comes first. "A spokesman for Donald Trump"
 * (a determiner, a lower-case head) and "Spokesman for …" (a spokesperson noun) are not.
 */
function titledName(ctx: QuoteContext, mentions: readonly Mention[], first: number, last: number): Mention | undefined {
  const name = closingPersonName(ctx, mentions, first, last);
  if (!name) return undefined;
  const w0 = ctx.words[first]!;
  if (w0 === 'a' || w0 === 'an' || w0 === 'the') return undefined;
  let linked = false;
  for (let i = first; i <= last && ctx.tokens[i]!.end <= name.start; i++) {
    const t = ctx.tokens[i]!;
    if (OFFICE_LINKS.has(ctx.words[i]!)) linked ||= ctx.words[i] !== 'the';
    else if (!startsUpper(t.text) || SPOKES_NOUNS.has(ctx.words[i]!)) return undefined;
  }
  return linked ? name : undefined;
}

/**
 * "presidential secretary for public relations Lee Kyu-yeon", "the company's chief executive Tim Cook": a role
 * written before a person's name, with no comma, ends in the name, which is the phrase's head. After a preposition
 * ("a spokesman for Donald Trump") or a possessive the name is somebody else's.
 */
function roleThenName(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): Mention | undefined {
  const name = closingPersonName(ctx, mentions, first, last);
  if (!name) return undefined;
  let before = last;
  while (before >= first && ctx.tokens[before]!.start >= name.start) before--;
  // "advisers to Mr. Obama": an honorific before the name says nothing of whose the name is; the word before it does.
  while (before > first && honorificGender.has(ctx.tokens[before]!.text)) before--;
  if (before < first) return undefined;
  const prev = ctx.tokens[before]!;
  if (prev.pos === 'ADP' || prev.pos === 'CCONJ' || ctx.words[before] === "'s" || ctx.words[before] === ',') {
    return undefined;
  }
  // "Voters that backed Trump": a name inside a relative clause is not the phrase's head.
  for (let i = first; i < before; i++)
    if (ctx.words[i] === ',' || RELATIVE_PRONOUNS.has(ctx.words[i]!)) return undefined;
  return name;
}

/**
 * The organization a phrase ending in a media noun names right before it ("The Australian news outlet"), or
 * undefined: only "news" may stand between the name and the noun.
 */
function outletBeforeMediaNoun(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): Mention | undefined {
  if (!mediaNouns.has(ctx.words[last]!)) return undefined;
  const end = ctx.words[last - 1] === 'news' ? last - 2 : last - 1;
  if (end < first) return undefined;
  const m = mentionFor(ctx, mentions, end, end);
  if (m?.type !== 'organization' || m.form !== 'name' || m.end !== ctx.tokens[end]!.end) return undefined;
  // "a Baton Rouge newspaper" is some paper of the place; "the Gazette newspaper" is the Gazette.
  const opens =
    ctx.tokens[first]!.start === m.start || (ctx.words[first] === 'the' && ctx.tokens[first + 1]?.start === m.start);
  return opens ? m : undefined;
}

/** Nouns of people who speak for a body, not for themselves. */
const SPOKES_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokesmen',
  'spokeswomen',
  'spokespeople',
  'representative',
  'representatives',
  'official',
  'officials',
]);

/**
 * The one organization or country named in a spokesperson phrase ("A spokeswoman for the Ministry of Defence",
 * "officials at the Pentagon", "a Ministry of Defence spokesman"), or undefined when the phrase has no such head or
 * names none or several.
 */
function spokenFor(ctx: QuoteContext, mentions: readonly Mention[], first: number, last: number): Mention | undefined {
  let spokes = false;
  let official = false;
  for (let i = first; i <= last; i++) {
    const w = ctx.words[i]!;
    // "A former official who served in U.S. Central Command" speaks for nobody now.
    if (w === 'former') return undefined;
    if (SPOKES_NOUNS.has(w)) {
      spokes = true;
      official ||= w === 'official' || w === 'officials';
    }
  }
  if (!spokes) return undefined;
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  let body: Mention | undefined;
  for (let i = firstReaching(mentions, start); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= end) break;
    if (m.end <= start || (m.type !== 'organization' && m.type !== 'country')) continue;
    // "Two U.S. officials said": a country's officials are unnamed people of its government, not its voice.
    if (official && m.type === 'country') return undefined;
    if (body && body.entityId !== m.entityId) return undefined;
    body = m;
  }
  return body;
}

/** Prepositions joining a spokesperson to the body it speaks for ("a spokeswoman for the HSE"). */
const FOR_BODY = new Set(['for', 'at', 'of']);

/** The last token of "for (the) NAME" right after token `last`, or `last` when no such phrase follows. */
function bodyAfter(ctx: QuoteContext, last: number): number {
  if (!FOR_BODY.has(ctx.words[last + 1] ?? '')) return last;
  let k = last + 2;
  if (ctx.words[k] === 'the') k++;
  let end = k;
  while (end < ctx.tokens.length && ctx.nameType[end] === ctx.nameType[k] && ctx.nameType[k]! > 0) end++;
  return end > k ? end - 1 : last;
}

/** The speaker of a Q&A interview's question: the interviewer, unnamed. */
export const INTERVIEWER = 'the interviewer';

/** A paragraph's leading label before a colon or a full stop ("Q:", "Question:", "Q."). */
const QA_LEAD = /^(\p{L}+)[:.]\s/u;

const interviewees = new WeakMap<QuoteContext, Mention | null>();

/**
 * The person a Q&A interview is with: of the people its introduction (the text before its first "Q:" or "A:" paragraph, its byline aside)
 * mentions, the one it mentions most, by name, pronoun or description ("Q&A with Vice President Joe Biden. … Biden
 * complained … he visited …"), the earliest named on a tie ("We spoke with Prof. Hoegh-Guldberg by video"); not the
 * last person named, who is as often someone the interviewee talked about ("… to replace Justice Antonin Scalia")
 * or a reporter. Null when no paragraph opens with "Q:" or "A:" or nobody is named before it.
 */
function interviewee(ctx: QuoteContext, mentions: readonly Mention[]): Mention | null {
  const known = interviewees.get(ctx);
  if (known !== undefined) return known;
  // The first turn: an interview may print its questions in bold with no "Q:" and label only the answers.
  const question = ctx.doc.paragraphs.find((p) => {
    const label = QA_LEAD.exec(p.text);
    return label !== null && (QUESTION_LABELS.has(label[1]!) || ANSWER_LABELS.has(label[1]!));
  });
  // The byline's reporter is named before the first question too, and asks rather than answers.
  const byline = ctx.doc.meta.byline;
  let person: Mention | null = null;
  if (question) {
    const count = new Map<string, number>();
    const named = new Map<string, Mention>();
    for (const m of mentions) {
      if (m.start >= question.start) break;
      if (m.type !== 'person' || m.entityId === undefined) continue;
      if (byline && m.start < byline.end && byline.start < m.end) continue;
      count.set(m.entityId, (count.get(m.entityId) ?? 0) + 1);
      if (m.form === 'name' && !named.has(m.entityId)) named.set(m.entityId, m);
    }
    let best = 0;
    for (const [id, m] of named) {
      const n = count.get(id) ?? 0;
      if (n > best) {
        best = n;
        person = m;
      }
    }
  }
  interviewees.set(ctx, person);
  return person;
}

/** The person or organization named right before an appositive phrase ("Tom Rath, a veteran party leader"). */
function appositiveHead(ctx: QuoteContext, mentions: readonly Mention[], phrase: Range): Mention | undefined {
  const comma = phrase[0] - 1;
  if (ctx.words[comma] !== ',' || comma < 1) return undefined;
  const m = mentionFor(ctx, mentions, comma - 1, comma - 1);
  return m && m.form === 'name' && m.end === ctx.tokens[comma - 1]!.end ? m : undefined;
}

/**
 * The person named by an appositive that closes a speaker phrase: the phrase's part between its first comma and
 * its end (a trailing comma aside) is one person's name mention, maybe after capitalized titles.
 */
function appositiveName(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): Mention | undefined {
  let end = last;
  while (end > first && ctx.words[end] === ',') end--;
  const stop = ctx.tokens[end]!.end;
  // "Their organiser, the MP for Carlisle, Julie Minns,": the name may close a chain of appositives, or be one of
  // them ("Another resident, Mrs Funmilayo Adeyemi, a trader at Bodija Market,", "Another expert, Professor Emmanuel
  // Stamatakis of the University of Sydney,").
  const closesAppositive = (x: Mention) => x.end === stop || APPOSITIVE_END.test(ctx.text.slice(x.end, x.end + 6));
  for (let comma = first; comma < end; comma++) {
    if (ctx.words[comma] !== ',') continue;
    const m = personAfterTitles(ctx, mentions, comma + 1, end, closesAppositive);
    if (m) return m;
  }
  return undefined;
}

/** What may follow a name inside an appositive: its closing comma or the "of"/"at"/"from" of an affiliation. */
const APPOSITIVE_END = /^\s*(?:,|of\b|at\b|from\b)/;

/** A capitalized title word or its period ("Prof", "Sir", "Dr", "."). */
const TITLE_TOKEN = new LetterPattern(String.raw`^(?:\p{Lu}|\.$)`);

/**
 * The person-name mention that starts at token `from`, or after the titles the entity layer keeps off names
 * ("Professor Nicola Ranger", "Prof Sir Stephen Powis", "Dr. Penny Kris-Etherton"), within tokens up to `limit`,
 * and satisfies `fits`.
 */
function personAfterTitles(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  from: number,
  limit: number,
  fits: (m: Mention) => boolean,
): Mention | undefined {
  let nameStart = from;
  while (nameStart < limit && nameStart - from < MAX_TITLE_WORDS && TITLE_TOKEN.test(ctx.tokens[nameStart]!.text)) {
    nameStart++;
  }
  const start = ctx.tokens[from]!.start;
  const latest = ctx.tokens[nameStart]!.start;
  for (let i = firstReaching(mentions, start); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start > latest) break;
    if (m.start >= start && m.type === 'person' && m.form === 'name' && fits(m)) return m;
  }
  return undefined;
}

/**
 * "The health secretary, Steve Barclay, described … and said …": a speaker phrase cut before its appositive (the
 * subject a later cue shares) is the person the appositive right after it names, between commas.
 */
function followingName(ctx: QuoteContext, mentions: readonly Mention[], last: number): Mention | undefined {
  if (ctx.words[last + 1] !== ',' || ctx.tokens[last]!.pos === 'PRON') return undefined;
  if (last + 2 >= ctx.tokens.length) return undefined;
  // The name ends on the appositive's closing comma.
  return personAfterTitles(ctx, mentions, last + 2, ctx.tokens.length - 1, (m) => {
    const after = firstTokenAt(ctx, m.end, last + 2);
    return after >= 0 && ctx.words[after] === ',';
  });
}

/** The first token from `from` on that starts at or after `offset`, within a few tokens; -1 past them. */
function firstTokenAt(ctx: QuoteContext, offset: number, from: number): number {
  for (let i = from; i < ctx.tokens.length && i - from < 8; i++) if (ctx.tokens[i]!.start >= offset) return i;
  return -1;
}

/**
 * The person whose recorded role matches a description speaker: the phrase's last word is in the role's title
 * ("CEO" in "Founder and CEO") and the phrase names the organization the role is held in, or the role has no
 * organization. Only an unambiguous match counts.
 */
function roleHolder(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): { id: string; name: string } | undefined {
  const head = ctx.words[last]!;
  if (!startsLetter(head) || ctx.tokens[last]!.pos === 'PRON') return undefined;
  // "A No 10 spokesperson said", "a detective said": an indefinite phrase brings in someone the article may not have
  // named, so it recalls only a role held in the body the phrase names ("a State Department spokesman"), never a
  // bare title or a role of no known body.
  const indefinite = INDEFINITES.has(ctx.words[first]!) || (first > 0 && INDEFINITES.has(ctx.words[first - 1]!));
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  const named = new Set<string>();
  for (let i = firstReaching(mentions, start); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= end) break;
    if (m.end > start) named.add(m.entityId);
  }
  // "the former vice president" is no "president" of a centre: a lower-case word right before the head that is
  // not a determiner or "former" must be in the title too.
  const before = last - 1 >= first ? ctx.tokens[last - 1]! : undefined;
  const modifier =
    before &&
    startsLower(before.text) &&
    (before.pos === 'NOUN' || before.pos === 'ADJ') &&
    !LOOSE_MODIFIERS.has(ctx.words[last - 1]!)
      ? ctx.words[last - 1]!
      : undefined;
  // "the president" is not a "former President"; "the former president" may be.
  let formerPhrase = false;
  for (let i = first; i < last; i++) formerPhrase ||= FORMER_WORDS.has(ctx.words[i]!);
  let found: { id: string; name: string } | undefined;
  for (const e of ctx.doc.entities) {
    if (e.type !== 'person' || (!e.roles && !e.titles)) continue;
    const matches = (title: string) => {
      const words = titleWords(title);
      return (
        isTitleHead(words, head) &&
        (!modifier || words.includes(modifier)) &&
        !compoundOffice(words, head, modifier) &&
        (formerPhrase || !FORMER_WORDS.has(words[0]!))
      );
    };
    // A recorded role, in the organization the phrase names if it has one; or a title worn before the name
    // ("Mayor John Tory" for "Toronto mayor").
    const fits = indefinite
      ? (e.roles ?? []).some((r) => matches(r.title) && r.of !== undefined && named.has(r.of))
      : (e.roles ?? []).some((r) => matches(r.title) && (r.of === undefined || named.has(r.of))) ||
        (e.titles ?? []).some(matches);
    if (!fits) continue;
    if (found) return undefined;
    found = { id: e.id, name: e.name };
  }
  return found;
}

/**
 * Whether `word` heads the title (or one of its conjuncts, "founder and CEO"): "police said" is the force, not its
 * "Police Chief"; "the chief said" may be. A head may be followed by "officer" ("chief executive officer").
 */
function isTitleHead(words: readonly string[], word: string): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== word) continue;
    const next = words[i + 1];
    if (next === undefined || next === 'and' || next === '&' || (next === 'officer' && i + 2 === words.length))
      return true;
  }
  return false;
}

/** "shadow chancellor", "vice president": a title whose head a compound word qualifies is another office. */
function compoundOffice(words: readonly string[], head: string, modifier: string | undefined): boolean {
  const at = words.indexOf(head);
  const before = at > 0 ? words[at - 1]! : undefined;
  return before !== undefined && before !== modifier && compoundOfficeWords.has(before);
}

const MAX_TITLE_WORDS = 3;

/** Modifiers of a role that any holder may carry: "the former president", "the longtime spokesman". */
/** Articles and determiners that bring in someone new ("a spokesman", "another official"). */
const INDEFINITES = new Set(['a', 'an', 'another', 'one']);
const LOOSE_MODIFIERS = new Set(['former', 'then', 'longtime', 'new', 'current', 'outgoing', 'incoming', 'late']);

const TITLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'to', 'with', 'in', 'on', 'from']);

// Role titles repeat across quotes and documents ("CEO", "spokesman"): split each once, not once per speaker.
const titles = new Map<string, readonly string[]>();
const TITLES_MAX = 10_000;

function titleWords(title: string): readonly string[] {
  let words = titles.get(title);
  if (!words) {
    if (titles.size >= TITLES_MAX) titles.clear();
    words = title.toLowerCase().split(/\s+/);
    // The title proper ends before its first preposition: "frequent critic of the mayor" is a critic, not a mayor.
    const cut = words.findIndex((w, i) => i > 0 && TITLE_PREPOSITIONS.has(w));
    if (cut > 0) words = words.slice(0, cut);
    titles.set(detached(title), words);
  }
  return words;
}
