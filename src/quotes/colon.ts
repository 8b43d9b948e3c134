/**
 * Attributions whose cue is a colon: the headline form "Pence: Flowers Won’t Be at Debate", the transcript turn
 * "WALLACE: Let’s start with …" and a subhead "Loretta Lynch: ‘Be the voice that people hear.’". None has a verb,
 * so the lexicon never proposes them.
 */
import { FURNITURE_LABELS } from '../article/lexicon.js';
import { LetterPattern, startsUpper } from '../text/letters.js';
import type { Mention, QuoteKind } from '../types.js';
import type { Candidate } from './attribute.js';
import { quoteStartingAt, sentenceRange, wordCount } from './content.js';
import type { QuoteContext } from './context.js';
import { firstTokenFrom } from './indexes.js';
import { ANSWER_LABELS, baseForms, QUESTION_LABELS } from './lexicon.js';
import { type Range, sentenceSubject } from './speaker.js';
import { CLOSING_MARKS, FINAL_PUNCT, HEARER_CUES, OPENING_MARKS } from './words.js';

const CAPITALS_WORD = new LetterPattern(String.raw`^\p{Lu}[\p{Lu}.'’-]+$`);
const CAPITALIZED_TOKEN = new LetterPattern(String.raw`^\p{Lu}[\p{L}'’-]*$`);
const LABEL_LEAD = new LetterPattern(String.raw`^["“]?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?):\s`);

/** Nouns that speak in a headline without being a name: "Poll: …", "Report: …". */
const SOURCE_NOUNS = new Set([
  'poll',
  'polls',
  'survey',
  'study',
  'report',
  'newspaper',
  'sources',
  'officials',
  'experts',
  'insiders',
  'aides',
  'fact-check',
  // "Police: Man charged after crash": the local-news headline's source before its claim.
  'police',
  'authorities',
  'prosecutors',
  'investigators',
  'witnesses',
  'researchers',
  'scientists',
  'analysts',
  'economists',
  'doctors',
  'documents',
  'records',
  'lawsuit',
]);
/** Words that open an explainer's or a question's title after the colon, not a claim. */
const EXPLAINER_OPENINGS = new Set([
  'what',
  'how',
  'why',
  'who',
  'when',
  'where',
  'which',
  'whether',
  'is',
  'are',
  'can',
  'should',
  'will',
  'does',
  'do',
]);
/** A headline speaker is at most this many tokens ("Sen. Lindsey Graham" is 3, "NY Daily News" 3). */
const MAX_SPEAKER_TOKENS = 5;
/** The claim after the colon has at least this many words. */
const MIN_CLAIM_WORDS = 3;
const SPEAKER_TYPES = new Set(['person', 'organization']);

/** Whether tokens first..last are exactly one person or organization name. */
function isNamedSpeaker(ctx: QuoteContext, mentions: readonly Mention[], first: number, last: number): boolean {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return mentions.some((m) => m.start === start && m.end === end && m.form === 'name' && SPEAKER_TYPES.has(m.type));
}

/**
 * A colon candidate. A direct one gets its kind here, in the one literal, rather than from a spread copy: V8 gives
 * `{ ...c, kind }` another hidden class, and the quote stage's functions were compiled again when it reached them.
 */
function candidate(
  ctx: QuoteContext,
  colon: number,
  source: Range,
  first: number,
  last: number,
  rule: string,
  kind?: QuoteKind,
  frame: Range = [source[0], colon],
) {
  const c: Candidate = {
    cue: { first: colon, last: colon, lemma: 'say', precision: 0.7, sentence: ctx.sentenceOf[colon]! },
    content: [{ start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end }],
    source,
    sourceFromPrevious: false,
    rule,
    confidence: 0.7,
    frame,
    kind,
  };
  return c;
}

/**
 * "Pat Caddell: Democrat Voters Worried About …": a title that opens with a name (or a speaking noun such as
 * "Poll") and a colon reports what that speaker says. A question after the colon ("Ted Cruz: Conservative or
 * career politician?") asks about the name instead.
 */
export function headlineColon(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  isCue: (i: number) => boolean = () => false,
): Candidate | null {
  const title = ctx.doc.meta.title;
  if (!title) return null;
  const first = firstTokenFrom(ctx, title.start);
  const quoted = headlineQuote(ctx, first, title.end, isCue);
  if (quoted) return quoted;
  let colon = -1;
  for (let i = first; i < ctx.tokens.length && i <= first + MAX_TOPIC_LABEL_TOKENS; i++) {
    if (ctx.tokens[i]!.end > title.end) break;
    if (ctx.words[i] === ':') {
      colon = i;
      break;
    }
  }
  // A long label is a speaker only with a topic or a hearer after it ("Gillibrand on Hillary Releasing Her
  // Speech Transcripts:").
  const topical = colon > first ? speakerBeforeTopic(ctx, mentions, first, colon - 1) : null;
  const telling = colon > first ? tellingVerb(ctx, mentions, first, colon - 1, isCue) : -1;
  if (colon <= first || (colon > first + MAX_SPEAKER_TOKENS && !topical && telling < 0))
    return trailingSpeaker(ctx, mentions, first, title.end);
  let last = firstTokenFrom(ctx, title.end) - 1;
  while (last > colon && FINAL_PUNCT.has(ctx.words[last]!) && ctx.quoteOf[last]! < 0) last--;
  if (ctx.words[last + 1] === '?' || wordCount(ctx, colon + 1, last) < MIN_CLAIM_WORDS) return null;
  // "Police: What we know about the crash": an explainer's title, no claim.
  if (EXPLAINER_OPENINGS.has(ctx.words[colon + 1]!)) return null;
  if (telling >= 0) {
    const told = candidate(ctx, colon, [first, telling - 1], colon + 1, last, 'quotes/indirect:headline-colon');
    const lemma = baseForms(ctx.words[telling]!).find((b) => HEARER_CUES.has(b)) ?? 'tell';
    told.cue = { first: telling, last: telling, lemma, precision: 0.7, sentence: ctx.sentenceOf[telling]! };
    told.frame = [first, colon];
    return told;
  }
  const speakerLast = colon - 1;
  const named = isNamedSpeaker(ctx, mentions, first, speakerLast);
  const noun = SOURCE_NOUNS.has(ctx.words[speakerLast]!) && startsUpper(ctx.tokens[first]!.text);
  // "Dr. Ben Carson: …", "McCain Challenger Kelli Ward: …": title-case words closing on a name, as a body
  // paragraph's headline form has them; "Clinton to Planned Parenthood: …": the speaker before a hearer or topic.
  // A label with a link word is read only as a speaker before it: "CNN President On Trump" names a topic last.
  const linked = ctx.words.slice(first + 1, colon).some((w) => TOPIC_LINKS.has(w));
  const whole =
    !linked && describedSpeaker(ctx, first, speakerLast) && headlineSpeaker(ctx, mentions, first, speakerLast);
  const source: Range | null =
    named || noun ? [first, speakerLast] : (topical ?? (whole ? [first, speakerLast] : null));
  if (!source) return null;
  const c = candidate(ctx, colon, source, colon + 1, last, 'quotes/indirect:headline-colon');
  c.frame = [first, colon];
  return c;
}

/** Words of a title's label that make it a topic rather than a speaker ("Big Win for X", "X and Y", "The …"). */
const TOPIC_LABEL_WORDS = new Set(['the', 'for', 'and', '&']);

/**
 * Whether a title's label reads as one speaker with titles or a description before the name ("Dr. Ben Carson",
 * "Hacker Guccifer"): no verb ("Carly Fiorina Endorses Ted Cruz" names its speaker first) and no word of a topic.
 */
function describedSpeaker(ctx: QuoteContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (TOPIC_LABEL_WORDS.has(ctx.words[i]!)) return false;
    if (i < last && ctx.tokens[i]!.pos === 'VERB') return false;
  }
  return true;
}

/** How many tokens a title's label may have when a topic or hearer follows its speaker. */
const MAX_TOPIC_LABEL_TOKENS = 14;
/** Words between a headline's speaker and the topic or hearer after it ("X on Y:", "X to Y:", "X at RNC:"). */
const TOPIC_LINKS = new Set(['on', 'to', 'at']);

/**
 * "Gillibrand on Hillary Releasing Her Speech Transcripts", "Clinton to Planned Parenthood", "CNN President On
 * Trump": the speaker of a title's label is the part before its first "on", "to" or "at" when that part is a
 * headline speaker (title-case words closing on a name); the rest is what or whom the speaker addressed.
 */
function speakerBeforeTopic(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
): Range | null {
  for (let k = first + 1; k < last && k - first <= MAX_SPEAKER_TOKENS; k++) {
    if (!TOPIC_LINKS.has(ctx.words[k]!)) continue;
    return headlineSpeaker(ctx, mentions, first, k - 1) ? [first, k - 1] : null;
  }
  return null;
}

/** How many tokens the hearer of a title's telling verb may have ("Guest", "House Republicans", "the UN"). */
const MAX_HEARER_TOKENS = 4;

/**
 * "Maher Tells Guest: Muslim Violence Is Beyond Compare", "Minister tells MPs: cuts will go ahead": a title's label
 * that is a speaker, a verb of telling and its hearer; the verb's index, or -1.
 */
function tellingVerb(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  last: number,
  isCue: (i: number) => boolean,
): number {
  for (let k = first + 1; k < last && k - first <= MAX_SPEAKER_TOKENS; k++) {
    if (!isCue(k) || ctx.tokens[k]!.pos !== 'VERB') continue;
    if (!baseForms(ctx.words[k]!).some((b) => HEARER_CUES.has(b))) return -1;
    if (last - k > MAX_HEARER_TOKENS) return -1;
    for (let i = k + 1; i <= last; i++) if (ctx.tokens[i]!.pos === 'VERB' || ctx.tokens[i]!.pos === 'AUX') return -1;
    return headlineSpeaker(ctx, mentions, first, k - 1) ? k : -1;
  }
  return -1;
}

/**
 * "Centre to table data protection bill in winter session: Vaishnaw": a title that ends with a colon and a name
 * (the South Asian house style) reports what that name says.
 */
function trailingSpeaker(
  ctx: QuoteContext,
  mentions: readonly Mention[],
  first: number,
  titleEnd: number,
): Candidate | null {
  let last = firstTokenFrom(ctx, titleEnd) - 1;
  while (last > first && FINAL_PUNCT.has(ctx.words[last]!)) last--;
  let colon = -1;
  for (let i = last - 1; i > first && last - i <= MAX_SPEAKER_TOKENS; i--) {
    if (ctx.words[i] === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0 || !isNamedSpeaker(ctx, mentions, colon + 1, last)) return null;
  let end = colon - 1;
  while (end > first && FINAL_PUNCT.has(ctx.words[end]!) && ctx.quoteOf[end]! < 0) end--;
  if (ctx.words[colon - 1] === '?' || wordCount(ctx, first, end) < MIN_CLAIM_WORDS) return null;
  if (EXPLAINER_OPENINGS.has(ctx.words[first]!)) return null;
  return candidate(ctx, colon, [colon + 1, last], first, end, 'quotes/indirect:headline-colon', undefined, [
    colon,
    last,
  ]);
}

/**
 * "‘We are not going anywhere’: striking junior doctors vow to keep up pressure": a title that opens with a
 * quotation and a colon quotes the subject of the clause after the colon.
 */
function headlineQuote(
  ctx: QuoteContext,
  first: number,
  titleEnd: number,
  isCue: (i: number) => boolean,
): Candidate | null {
  const q = quoteStartingAt(ctx, first);
  if (q < 0) return null;
  const qLast = ctx.quoteTokens[q]![1];
  const colon = qLast + 1;
  if (ctx.words[colon] !== ':' || ctx.tokens[colon]!.end > titleEnd) return null;
  const last = firstTokenFrom(ctx, titleEnd) - 1;
  // The subject ends before the clause's cue, which a headline's tagging may read as a noun ("doctors vow").
  let end = colon + 1;
  while (end <= last && !isCue(end)) end++;
  // "‘…’: An interview with Mayor Joan Reyes": the person interviewed said it.
  const interview = ctx.words.slice(colon + 1, last).findIndex((w) => INTERVIEW_WORDS.has(w));
  if (interview >= 0 && ctx.words[colon + 2 + interview] === 'with' && colon + 3 + interview <= last) {
    return headlineCandidate(ctx, colon, [colon + 3 + interview, last], first, qLast);
  }
  const source = sentenceSubject(ctx, colon + 1, end - 1);
  // The subject must have a verb after it in the title: a bare noun phrase ("‘…’: the week in review") says nothing.
  if (!source || source[1] >= last) return null;
  let verb = end <= last;
  for (let i = source[1] + 1; i <= last && !verb; i++)
    verb = ctx.tokens[i]!.pos === 'VERB' || ctx.tokens[i]!.pos === 'AUX';
  if (!verb) return null;
  return headlineCandidate(ctx, colon, source, first, qLast);
}

const INTERVIEW_WORDS = new Set(['interview', 'conversation', 'q&a', 'talk', 'chat']);

function headlineCandidate(ctx: QuoteContext, colon: number, source: Range, first: number, qLast: number): Candidate {
  const c = candidate(ctx, colon, source, first, qLast, 'quotes/direct:headline-quote-colon', 'direct');
  c.frame = [colon, source[1]];
  return c;
}

/** Whether a label is a Q&A interview's question ("Q", "Question") or answer ("A", "Answer"). */
export function interviewTurn(label: string): 'question' | 'answer' | undefined {
  if (QUESTION_LABELS.has(label)) return 'question';
  return ANSWER_LABELS.has(label) ? 'answer' : undefined;
}

/** A transcript speaker label: one or two upper-case words ("WALLACE", "MR. PENCE"). */
function isSpeakerLabel(text: string): boolean {
  return CAPITALS_WORD.test(text);
}

/** Whether tokens first..last are a place's name (a dateline's "NEW DELHI:"), as the entity layer has it. */
function placeLabel(ctx: QuoteContext, first: number, last: number): boolean {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return ctx.mentions.some(
    (m) => m.start === start && m.end === end && (m.type === 'location' || m.type === 'country'),
  );
}

/** How many title-case words a speaker label may have ("Reyes", "Mayor Reyes", "Joan Reyes"). */
const MAX_LABEL_WORDS = 2;

/** The colon after a title-case label at token `first` that the document repeats, or `first`. */
function titleLabelEnd(ctx: QuoteContext, first: number, repeated: ReadonlySet<string>): number {
  let i = first;
  while (i - first < MAX_LABEL_WORDS && CAPITALIZED_TOKEN.test(ctx.tokens[i]?.text ?? '')) i++;
  if (i === first || ctx.words[i] !== ':') return first;
  return repeated.has(ctx.words.slice(first, i).join(' ')) ? i : first;
}

/** Title-case labels ("Reyes:", "Ledger:") that open at least two paragraphs: the article is an interview. */
function repeatedLabels(ctx: QuoteContext): Set<string> {
  const counts = new Map<string, number>();
  for (const p of ctx.doc.paragraphs) {
    const m = LABEL_LEAD.exec(p.text);
    if (!m) continue;
    const label = m[1]!.toLowerCase().replace(/’/g, "'");
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [label, n] of counts) if (n >= 2) out.add(label);
  return out;
}

/**
 * Transcript turns: a paragraph that opens (after an optional quotation mark) with an upper-case speaker label
 * and a colon is that speaker's words, up to the paragraph end.
 */
/** How many capitalized words a transcript turn's name label may have. */
const LABEL_NAME_WORDS = 3;
/** Words a headline in capitals has and a name label does not. */
const LABEL_FUNCTION_WORDS = new Set([
  'is',
  'in',
  'on',
  'at',
  'to',
  'the',
  'a',
  'an',
  'are',
  'was',
  'of',
  'and',
  'for',
  'it',
  'by',
]);
/** How many capitalized words the role after the name's comma may have. */
const LABEL_ROLE_WORDS = 4;

export function transcriptTurns(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, words } = ctx;
  const repeated = repeatedLabels(ctx);
  // An interview has both kinds of turn: "Answer: few" alone is a paragraph's opening word, and "A:" turns alone
  // are read as any repeated label is.
  const interview = hasInterviewTurns(ctx);
  for (const p of ctx.doc.paragraphs) {
    let i = firstTokenFrom(ctx, p.start);
    if (i >= tokens.length || tokens[i]!.start >= p.end) continue;
    const opened = OPENING_MARKS.has(words[i]!);
    if (opened) i++;
    const first = i;
    // "Q: Is the money enough?" / "A: No. …": a Q&A interview's turns. The label is the source (as PolNeAR marks
    // it); resolve.ts reads a question's as the interviewer, no entity called "Q", and an answer's as the
    // interviewee.
    const qa = interview && words[first + 1] === ':' ? interviewTurn(tokens[first]!.text) : undefined;
    if (qa) {
      const last = firstTokenFrom(ctx, p.end) - 1;
      if (wordCount(ctx, first + 2, last) < MIN_CLAIM_WORDS) continue;
      const c = candidate(ctx, first + 1, [first, first], first + 2, last, `quotes/direct:interview-${qa}`, 'direct');
      out.push(c);
      continue;
    }
    // "REP. TOM BRANNIGAN:": a title or a middle name makes three words.
    while (i < tokens.length && i - first < LABEL_NAME_WORDS && isSpeakerLabel(tokens[i]!.text)) i++;
    // "FIX IS IN: …", "IN BRIEF: …": a headline in capitals, not a name.
    if (words.slice(first, i).some((w) => LABEL_FUNCTION_WORDS.has(w))) i = first;
    // "STEVE INSKEEP, HOST:", "LEILA RAMIREZ, BYLINE:", "KAREN HUANG, DIRECTOR OF WATER RESOURCES:": the speaker's
    // role after a comma is no part of the name.
    let colon = i;
    if (i > first && words[i] === ',') {
      colon = i + 1;
      while (colon < tokens.length && colon - i <= LABEL_ROLE_WORDS && isSpeakerLabel(tokens[colon]!.text)) colon++;
      if (colon === i + 1 || words[colon] !== ':') colon = i;
    }
    // "Reyes: Honestly, I never …": a title-case label is a turn when the article uses it for several paragraphs.
    if (i === first || words[colon] !== ':') i = colon = titleLabelEnd(ctx, first, repeated);
    if (i === first || words[colon] !== ':') continue;
    // "SOURCE: Al Jazeera and news agencies", "Reference: …": page furniture, not a speaker; "NEW DELHI: …": a
    // dateline's place.
    const label = words.slice(first, i).join(' ');
    if (FURNITURE_LABELS.has(label) || (!repeated.has(label) && placeLabel(ctx, first, i - 1))) continue;
    let last = firstTokenFrom(ctx, p.end) - 1;
    // The closing mark of a quotation opened before the label is no part of the turn.
    if (opened && last > i && CLOSING_MARKS.has(words[last]!) && ctx.quoteOf[last] === ctx.quoteOf[first - 1]) last--;
    if (wordCount(ctx, colon + 1, last) < MIN_CLAIM_WORDS) continue;
    out.push(candidate(ctx, colon, [first, i - 1], colon + 1, last, 'quotes/direct:transcript-turn', 'direct'));
  }
  return out;
}

/** Whether some paragraph opens with a question label and some with an answer label ("Q:" and "A:"). */
function hasInterviewTurns(ctx: QuoteContext): boolean {
  let question = false;
  let answer = false;
  for (const p of ctx.doc.paragraphs) {
    const i = firstTokenFrom(ctx, p.start);
    if (i + 1 >= ctx.tokens.length || ctx.tokens[i]!.start !== p.start || ctx.words[i + 1] !== ':') continue;
    const kind = interviewTurn(ctx.tokens[i]!.text);
    if (kind === 'question') question = true;
    else if (kind === 'answer') answer = true;
    if (question && answer) return true;
  }
  return false;
}

/**
 * A paragraph that is a name, a colon and a quotation, and nothing else (a subhead or a pull quote: "Loretta
 * Lynch: ‘Be the voice that people hear.’"): the named person or organization said it.
 */
export function namedColonQuotes(ctx: QuoteContext, mentions: readonly Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, words } = ctx;
  for (const p of ctx.doc.paragraphs) {
    const first = firstTokenFrom(ctx, p.start);
    if (first >= tokens.length || tokens[first]!.start >= p.end) continue;
    let colon = first;
    while (colon < tokens.length && colon - first <= MAX_SPEAKER_TOKENS && words[colon] !== ':') colon++;
    if (words[colon] !== ':' || colon === first || tokens[colon]!.end > p.end) continue;
    const q = ctx.quoteOf[colon + 1] ?? -1;
    if (q < 0 || ctx.quoteTokens[q]![0] !== colon + 1) continue;
    let last = firstTokenFrom(ctx, p.end) - 1;
    while (last > colon && FINAL_PUNCT.has(words[last]!) && ctx.quoteOf[last]! < 0) last--;
    if (ctx.quoteTokens[q]![1] !== last || wordCount(ctx, colon + 1, last) < MIN_CLAIM_WORDS) continue;
    if (!isNamedSpeaker(ctx, mentions, first, colon - 1)) continue;
    out.push(candidate(ctx, colon, [first, colon - 1], colon + 1, last, 'quotes/direct:name-colon-quote', 'direct'));
  }
  return out;
}

/** Words that may stand uncapitalized in a headline's speaker ("Former AG Mukasey at RNC", "Secretary of State X"). */
const SPEAKER_SMALL_WORDS = new Set(['of', 'at', 'on', 'to', 'for', 'the', 'and', "'s", '’s', '.', '-']);

/**
 * "Mark Cuban: A businessman can run this country.", "Former AG Mukasey at RNC: Clinton email scandal disqualifies
 * her": a paragraph that opens with a headline's speaker (title-case words around a person's or an organization's
 * name, or a speaking noun such as "Poll") and a colon says what that speaker says, to the paragraph end, as the
 * title's own form does (headlineColon). Lists of related stories and subheads have this shape. A question, an
 * explainer's opening or a label of page furniture ("Editor's note:") is no claim; a place ("Washington:") is a
 * dateline.
 */
export function paragraphHeadlines(ctx: QuoteContext, mentions: readonly Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, words } = ctx;
  const title = ctx.doc.meta.title;
  for (const p of ctx.doc.paragraphs) {
    if (title && p.start < title.end && title.start < p.end) continue;
    const pLast = firstTokenFrom(ctx, p.end) - 1;
    // "Clinton: “…” Bush: “…”": each speaker's label in the paragraph opens a claim of its own.
    let first = firstTokenFrom(ctx, p.start);
    while (first <= pLast && tokens[first]!.start < p.end && ctx.quoteOf[first]! < 0) {
      let colon = first + 1;
      while (colon < pLast && colon - first <= MAX_SPEAKER_TOKENS && words[colon] !== ':') colon++;
      if (words[colon] !== ':' || ctx.quoteOf[colon]! >= 0) break;
      const speakerLast = colon - 1;
      if (!headlineSpeaker(ctx, mentions, first, speakerLast)) break;
      const end = nextLabel(ctx, mentions, colon + 1, pLast);
      let last = end;
      while (last > colon && (FINAL_PUNCT.has(words[last]!) || words[last] === ';') && ctx.quoteOf[last]! < 0) last--;
      const claim =
        words[last + 1] !== '?' &&
        wordCount(ctx, colon + 1, last) >= MIN_CLAIM_WORDS &&
        !EXPLAINER_OPENINGS.has(words[colon + 1]!) &&
        claimShape(ctx, colon + 1, last);
      if (claim)
        out.push(candidate(ctx, colon, [first, speakerLast], colon + 1, last, 'quotes/indirect:paragraph-colon'));
      first = end + 1;
    }
  }
  return out;
}

/**
 * Where a paragraph's claim ends: before a later sentence of it that opens with a speaker and a colon of its own
 * ("Clinton: “…” Bush: “…”"), or at `last`.
 */
function nextLabel(ctx: QuoteContext, mentions: readonly Mention[], from: number, last: number): number {
  for (let s = ctx.sentenceOf[from]! + 1; s < ctx.doc.sentences.length; s++) {
    const first = ctx.doc.sentences[s]!.tokens[0];
    if (first > last) break;
    for (let colon = first + 1; colon <= Math.min(last, first + MAX_SPEAKER_TOKENS); colon++) {
      if (ctx.words[colon] !== ':') continue;
      if (headlineSpeaker(ctx, mentions, first, colon - 1)) return first - 1;
      break;
    }
  }
  return last;
}

/**
 * Whether the words after a headline's colon are a claim: a quotation, or a subject before a verb ("Trump stirs
 * ‘ugliness’"). A section title ("Now or never", "Just hang on", "Win in a walk") says what the writer thinks the
 * speaker needs, and a handle or an address ("@reporter") is furniture.
 */
function claimShape(ctx: QuoteContext, first: number, last: number): boolean {
  if (!/^[\p{L}\p{N}]/u.test(ctx.tokens[first]!.text) && ctx.quoteOf[first]! < 0) return false;
  for (let i = first; i <= last; i++) if (ctx.quoteOf[i]! >= 0) return true;
  let subject = false;
  for (let i = first; i <= last; i++) {
    const pos = ctx.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return subject;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM') subject = true;
  }
  return false;
}

/**
 * Whether tokens first..last are a headline's speaker: capitalized words (small words aside) that end with a person's
 * or an organization's name ("Dr. Ben Carson", "McCain Challenger Kelli Ward"), or with a speaking noun ("Poll"), and
 * are no furniture label nor a place.
 */
function headlineSpeaker(ctx: QuoteContext, mentions: readonly Mention[], first: number, last: number): boolean {
  const label = ctx.words.slice(first, last + 1).join(' ');
  if (FURNITURE_LABELS.has(label) || placeLabel(ctx, first, last)) return false;
  for (let i = first; i <= last; i++) {
    const text = ctx.tokens[i]!.text;
    if (!startsUpper(text) && !SPEAKER_SMALL_WORDS.has(ctx.words[i]!)) return false;
  }
  // "Follow Jane Doe on Twitter:": an imperative is furniture.
  if (!startsUpper(ctx.tokens[first]!.text) || ctx.tokens[first]!.pos === 'VERB') return false;
  if (SOURCE_NOUNS.has(ctx.words[last]!)) return true;
  const end = ctx.tokens[last]!.end;
  const start = ctx.tokens[first]!.start;
  return mentions.some((m) => m.end === end && m.start >= start && m.form === 'name' && SPEAKER_TYPES.has(m.type));
}

/** How far before its colon the verb of a colon frame may be ("made the following comment:"). */
const FRAME_REACH = 12;

/**
 * "A friend commented: “For you, immigration is …”", "Sanders made the following comment: “…”": a clause with a
 * subject and a verb, a colon, and a quotation that runs to the end of the sentence is the subject's direct quote;
 * the cue runs from the verb to the colon. Used only where no cue rule found the quotation.
 */
export function colonFrameQuotes(ctx: QuoteContext, taken: (start: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, words } = ctx;
  for (let s = 0; s < ctx.doc.sentences.length; s++) {
    const [first, last] = sentenceRange(ctx, s);
    for (let colon = first + 2; colon < last; colon++) {
      if (words[colon] !== ':' || ctx.quoteOf[colon]! >= 0) continue;
      const q = quoteStartingAt(ctx, colon + 1);
      if (q < 0 || taken(ctx.quoted[q]!.start)) break;
      let end = ctx.quoteTokens[q]![1];
      // The quotation may close the paragraph past a sentence break the splitter made inside it.
      if (end < last) {
        let rest = end + 1;
        while (rest <= last && FINAL_PUNCT.has(words[rest]!)) rest++;
        if (rest <= last) break;
      }
      let verb = -1;
      for (let i = colon - 1; i >= Math.max(first + 1, colon - FRAME_REACH); i--) {
        const t = tokens[i]!;
        if (ctx.quoteOf[i]! >= 0 || words[i] === ',') break;
        if (t.pos === 'VERB' || t.pos === 'AUX') verb = i;
      }
      if (verb < 0) break;
      const source = sentenceSubject(ctx, first, verb - 1);
      if (!source || source[1] !== verb - 1 - (tokens[verb - 1]!.pos === 'ADV' ? 1 : 0)) break;
      end = Math.max(end, ctx.quoteTokens[q]![1]);
      const c = candidate(ctx, colon, source, colon + 1, end, 'quotes/direct:colon-frame', 'direct');
      c.cue = { first: verb, last: colon, lemma: ctx.tokens[verb]!.lemma ?? words[verb]!, precision: 0.5, sentence: s };
      c.content = [{ start: ctx.quoted[q]!.start, end: ctx.quoted[q]!.end }];
      c.frame = [source[0], colon];
      out.push(c);
      break;
    }
  }
  return out;
}
