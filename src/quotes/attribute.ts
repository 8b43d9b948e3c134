import { hasLetter, startsLower } from '../text/letters.js';
import type { QuoteKind, Span } from '../types.js';
import {
  adverbialClauseStop,
  beforeClosingAside,
  clauseEndsAt,
  complementStart,
  contentStop,
  continuation,
  hasVerb,
  isDash,
  isHearerCue,
  negatedInfinitive,
  paragraphOf,
  pastHearer,
  quoteEndingAt,
  quoteStartingAt,
  secondPredicateStop,
  sentenceRange,
  span,
  spanOfQuote,
  subjectThenVerb,
  trimEnd,
  wordCount,
} from './content.js';
import type { QuoteContext } from './context.js';
import { type Cue, cueOver, numberAt } from './cues.js';
import { titleCased } from './direct.js';
import { firstTokenFrom } from './indexes.js';
import { baseForms, baseLemma, takesClause } from './lexicon.js';
import { passiveSubjectQuote } from './passive-subject.js';
import {
  FRAME_SUBORDINATORS,
  openingDash,
  phraseEndingAt,
  QUANTIFIERS,
  type Range,
  sentenceSubject,
  speakerAfter,
  speakerBefore,
  trailingAdverbial,
} from './speaker.js';
import { deniedAllegation, headlineSpeaker } from './special.js';
import {
  APPROXIMATORS,
  CURRENCY,
  DASHES,
  DATE_LEADS,
  DATE_WORDS,
  isNounish,
  isVerbal,
  OBJECT_ONLY_PRONOUNS,
  OPENING_MARKS,
  PASSIVE_BE,
  POSSESSIVES,
  QUESTIONED,
  QUESTIONED_OPENERS,
  REFLEXIVES,
  RELATIVE_PRONOUNS,
  REPORTING_CUES,
  SPEECH_CUES,
  thatAfterNoun,
  WH_COMPLEMENTS,
} from './words.js';

/** A quote proposed by one rule, before speakers are resolved and overlaps refined. */
export interface Candidate {
  cue: Cue;
  content: Span[];
  source: Range | null;
  /** The speaker is the one of the attribution before it in the sentence (", adding …", ", citing …"). */
  sourceFromPrevious: boolean;
  rule: string;
  confidence: number;
  /** Tokens of the frame (everything outside content and source) where a speech date may be. */
  frame: Range;
  /** Set when the rule knows the kind better than the quotation marks do (a transcript turn is direct). */
  kind: QuoteKind | undefined;
}

const PARTICIPLE = /ing$/;
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Parts of speech that open a noun phrase: a subject, not an introductory phrase. */
const NOMINAL_OPENINGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
/** The least lexicon precision of a cue that may come before its speaker. */
const INVERTED_MIN_PRECISION = 0.4;

/**
 * Content, source and rule for one cue, by the pattern around it:
 * - "According to X, CLAUSE" / "CLAUSE, according to X";
 * - "“…,” X said" / "CLAUSE, X said" / "“…,” said X" (content on the left), with a second fragment when the
 *   quote resumes after the frame ("“…,” he said, “…”");
 * - "X said (that) CLAUSE" / "X told Y (that) …" / "X said: “…”" (content on the right).
 */
export function attributeCue(
  ctx: QuoteContext,
  cue: Cue,
  cueAt: Int32Array,
  previous: Candidate | null,
): Candidate | null {
  const seen = { skippedLeft: false };
  const c = shapeCue(ctx, cue, cueAt, previous, seen, true);
  // The clause before is content after all when nothing after the cue can be (PolNeAR often keeps "If she wins" in
  // what was said).
  return (
    c ??
    (seen.skippedLeft ? shapeCue(ctx, cue, cueAt, previous, seen, false) : null) ??
    passiveSubjectQuote(ctx, cue, cueAt, previous)
  );
}

/**
 * attributeCue, which first reads an opening adverbial clause, or the clause a relative subject hangs from, as no
 * content (`skipAdverbial`), and says if it skipped one.
 */
function shapeCue(
  ctx: QuoteContext,
  cue: Cue,
  cueAt: Int32Array,
  previous: Candidate | null,
  seen: { skippedLeft: boolean },
  skipAdverbial: boolean,
): Candidate | null {
  let [sFirst, sLast] = sentenceRange(ctx, cue.sentence);
  const { words } = ctx;
  const denial = deniedAllegation(ctx, cue, sFirst, sLast);
  if (denial) {
    // The cue is the denying verb itself ("an allegation it has denied" → "denied").
    const verb = cueOver(cue, cue.last, cue.last);
    return make(verb, denial.content, denial.source, denial.rule, 0.95, denial.frame);
  }
  const relative =
    relativeSaid(ctx, cue, sFirst, sLast, cueAt) ??
    objectRelative(ctx, cue, sFirst, sLast) ??
    pronounRelative(ctx, cue, sFirst, sLast);
  if (relative) return relative;
  if (cue.lemma === 'accord to') {
    // "And it hasn't gone unnoticed: according to recent polls, CLAUSE": a colon or semicolon before the cue ends a
    // clause of its own, and the cue opens the next one.
    const opener = clauseOpener(ctx, cue.first, sFirst);
    if (opener > sFirst) sFirst = opener;
    // "According to X, CLAUSE": the source ends at the first comma (or a dash: "according to the polling average -
    // despite …").
    let comma = cue.last + 1;
    while (comma < sLast && words[comma] !== ',' && !isDash(ctx, comma)) comma++;
    const ceiling = words[comma] === ',' || isDash(ctx, comma) ? comma - 1 : sLast;
    const whole = () => phraseBeforeComma(ctx, cue.last + 1, trimEnd(ctx, cue.last + 1, ceiling));
    let source = speakerAfter(ctx, cue.last, ceiling, (i) => cueAt[i]! >= 0) ?? whole();
    // A relative clause inside the source ("cables … that were later released by WikiLeaks,") runs to the comma.
    const cut = source ? words[source[1] + 1] : undefined;
    if (source && words[ceiling + 1] === ',' && (cut === 'that' || cut === 'which' || cut === 'who')) {
      source = whole() ?? source;
    }
    // "According to a criminal complaint filed Wednesday in Weld County District Court, a deputy …": opening its
    // sentence, the source runs to the comma; what follows the comma is the content.
    if (source && source[1] < ceiling && words[ceiling + 1] === ',' && openingCue(ctx, cue.first, sFirst)) {
      source = whole() ?? source;
    }
    if (!source) return null;
    let before = cue.first - 1;
    // "(According to the police, …)": an opening parenthesis or quotation mark is no clause before the cue.
    while (before >= sFirst && (words[before] === ',' || words[before] === '(' || ctx.tokens[before]!.pos === 'CCONJ'))
      before--;
    if (before < sFirst) {
      let k = source[1] + 1;
      if (words[k] === ',') k++;
      // "According to the Institute for the Study of War, a Washington-based think tank, Russian forces …": a noun
      // phrase between two commas describes the source; the content is the clause after it.
      const aside = words[k - 1] === ',' ? sourceAppositiveEnd(ctx, k, sLast, source[1]) : -1;
      if (aside >= 0) {
        source = [source[0], aside];
        k = aside + 2;
      }
      // "according to the Financial Times" alone: a source with no clause after it is no quote.
      if (k > sLast) return null;
      let end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
      if (k > end) return null;
      // "According to a poll, in a 12-person primary, Trump leads": an opening phrase with no verb is the clause's
      // adverbial; the content goes on to the clause after it.
      const comma = end + 1;
      if (words[comma] === ',' && comma < sLast && ctx.tokens[k]!.pos === 'ADP' && !hasVerb(ctx, k, end)) {
        end = trimEnd(ctx, comma + 1, contentStop(ctx, comma + 1, sLast, cueAt));
      }
      return make(cue, [span(ctx, k, end)], source, 'quotes/indirect:according-to', 0.85, [cue.first, source[1]]);
    }
    const end = trimEnd(ctx, sFirst, before);
    // "Most Americans, according to the report, still believe …", "In addition, according to the department, nine
    // million workers …": with no finite verb before it, the frame interrupts the clause, whose rest follows it.
    const rest = finiteVerbFrom(ctx, sFirst, end) < 0 ? interruptedRest(ctx, source[1] + 1, sLast, cueAt) : null;
    if (rest) {
      return make(
        cue,
        [span(ctx, sFirst, end), span(ctx, rest[0], rest[1])],
        source,
        'quotes/indirect:clause-according-to',
        0.8,
        [cue.first, source[1]],
      );
    }
    return make(cue, [span(ctx, sFirst, end)], source, 'quotes/indirect:clause-according-to', 0.8, [cue.first, sLast]);
  }

  // Content on the left: the cue closes its clause.
  const isCue = (i: number) => cueAt[i]! >= 0;
  // "…, asked about the vagueness": the phrase after a cue ending on its preposition is its object, no speaker.
  const after = ctx.tokens[cue.last]!.pos === 'ADP' ? null : speakerAfter(ctx, cue.last, sLast, isCue);
  // "…, the trust for reclamation work, said Mr. Barrett." A comma right before the cue and a speaker after it
  // that ends the sentence: the order is inverted, and the phrase before the comma is content.
  // "referring to": the participle may be followed by its particle.
  const participle =
    PARTICIPLE.test(words[cue.last]!) || (ctx.tokens[cue.first]!.pos === 'VERB' && PARTICIPLE.test(words[cue.first]!));
  // A parenthesis after the speaker is an aside ("said Mr. Burman (a view echoed by …)").
  // So does an adverbial of the frame ("said Sanders as he closed out", "said Sanders at a rally").
  const endsSentence = (i: number) =>
    i > sLast ||
    words[i] === '.' ||
    words[i] === '!' ||
    words[i] === '?' ||
    words[i] === '(' ||
    trailingAdverbial(ctx, i);
  // "A Fox News poll, conducted jointly with …, shows Sanders with 47 percent": a subject with an aside before
  // the cue is no inverted frame; the phrase after the cue is its object.
  const subjectLeft = after !== null && words[cue.first - 1] === ',' ? subjectFillsLeft(ctx, cue.first, sFirst) : false;
  const invertedFirst =
    after !== null &&
    !subjectLeft &&
    !participle &&
    // Only a reporting verb inverts ("…, said Mr. Barrett."): "The film, which opens Friday, follows a family …" is
    // no frame.
    // "…, reports The Telegraph.": a reporting verb's present form is rare in the counts but inverts all the same.
    (cue.precision >= INVERTED_MIN_PRECISION || REPORTING_CUES.has(baseLemma(cue.lemma))) &&
    afterComma(ctx, cue.first) &&
    // Only a verb of speech inverts after a clause of its own: "…, Christie attacked Rubio for …" has its subject
    // on the left; "“…,” replied Sanders" and "…, added Sanders" are frames.
    (speechCue(cue) || quoteEndingAt(ctx, cue.first - 1) >= 0 || quoteEndingAt(ctx, cue.first - 2) >= 0) &&
    (endsSentence(after[1] + 1) || asideAfterSpeaker(ctx, after[1] + 1, sLast)) &&
    // "“…,” Graham, a former candidate, told CBS News on Tuesday": after "told" comes the hearer.
    !(isHearerCue(ctx, cue) && speakerBefore(ctx, cue.first, sFirst) !== null);
  // "The fence, says Kristjan Magi, has cut crossings by half": an inverted frame between commas inside the
  // clause; the speaker is after the cue and the content is both sides of the frame.
  const between = parentheticalSpeaker(ctx, cue, sFirst, sLast);
  if (between) {
    const resume = between[1] + 2;
    const end = trimEnd(ctx, resume, contentStop(ctx, resume, sLast, cueAt));
    // A whole clause before the frame is all the content: "It has attracted a loyal following, said Ms. Gil, with
    // games of …" goes on with the frame's aside.
    const leftClause = hasVerb(ctx, sFirst, cue.first - 2);
    if (cueAt[resume]! < 0 && end >= resume && !leftClause && clauseGoesOn(ctx, resume, end)) {
      const content = [span(ctx, sFirst, cue.first - 2), span(ctx, resume, end)];
      return make(cue, content, between, 'quotes/indirect:clause-cue-clause', 0.7, [cue.first - 1, between[1] + 1]);
    }
  }
  // ", citing security risks", ", saying …": a participle after a comma always takes its content on the right.
  const trailingParticiple = participle && words[cue.first - 1] === ',';
  const asReported = asReportedBy(ctx, cue, sFirst, sLast, cueAt);
  if (asReported) return asReported;
  const passive = passiveBy(ctx, cue, sFirst, sLast, cueAt);
  if (passive) return passive;
  if (sightedBy(ctx, cue)) return null;
  // "Said Ellis: “I don’t get the sense …”": a sentence that opens with the cue names its speaker next.
  if (cue.first === sFirst && after && (words[after[1] + 1] === ':' || words[after[1] + 1] === ',')) {
    const q = quoteStartingAt(ctx, after[1] + 2);
    if (q >= 0) {
      return make(cue, [spanOfQuote(ctx, q)], after, 'quotes/direct:cue-speaker-quote', 0.85, [
        cue.first,
        after[1] + 1,
      ]);
    }
  }
  const headline = headlineSpeaker(ctx, cue, sFirst, sLast);
  // "Ministers have been accused of …": the subject of a passive cue is its target, not its speaker.
  const passiveSubject = passiveCue(ctx, cue);
  const before =
    invertedFirst || trailingParticiple || passiveSubject
      ? null
      : (headline ?? widestSpeaker(speakerBefore(ctx, cue.first, sFirst), closingSpeaker(ctx, cue, sFirst, sLast)));
  // "Sanders supporters have launched petitions calling on …", "Cruz is making a pitch to voters saying …": a
  // participle right after the object of a verb or preposition says what the clause's subject does.
  const spoken =
    before && !headline && participleAfterObject(ctx, cue, before, sFirst)
      ? sentenceSubject(ctx, sFirst, before[0] - 1)
      : before;
  // "It is understood the couple had split", "It was reported that …": an expletive before a passive names no one.
  const impersonal = spoken !== null && expletiveSubject(ctx, spoken) && PASSIVE_BE.has(ctx.words[cue.first]!);
  const leftSource = impersonal ? null : spoken;
  // "Mrs. Clinton, these people said, would be open to …": the subject of the content, the speaker between commas,
  // and the content's verb phrase after the frame.
  const split = leftSource ? subjectSpeakerSplit(ctx, cue, leftSource, sFirst, sLast, cueAt) : null;
  if (split) return split;
  const inverted = leftSource || participle ? null : after;
  const frameEnd = inverted ? inverted[1] : cue.last;
  const pre = leftSource ? leftSource[0] - 1 : cue.first - 1;
  const colon = words[cue.last] === ':';
  // "…, according to the WHO, a figure expected to nearly triple by 2050": a participle with its infinitive after a
  // noun is a reduced relative on that noun, no frame closing the clause before it.
  const reducedInfinitive =
    cue.first === cue.last &&
    /ed$/.test(words[cue.first]!) &&
    words[cue.last + 1] === 'to' &&
    isNounish(ctx.tokens[cue.first - 1]!) &&
    ctx.tokens[cue.first - 2]?.pos !== 'AUX';
  if (
    !colon &&
    !trailingParticiple &&
    !reducedInfinitive &&
    !introThenQuotation(ctx, sFirst, pre, frameEnd) &&
    !(skipAdverbial && adverbialOpening(ctx, sFirst, pre, frameEnd, seen)) &&
    !(skipAdverbial && relativeSubject(ctx, leftSource, pre, seen)) &&
    (pre >= sFirst || (pre === sFirst - 1 && closesIntoFrame(ctx, pre))) &&
    (((clauseEndsAt(ctx, frameEnd + 1, sLast) || adverbialAfterHearer(ctx, cue, frameEnd + 1, sLast)) &&
      !objectFollows(ctx, cue, frameEnd + 1, sLast)) ||
      leadingQuote(ctx, pre, sFirst) ||
      dashedFrame(ctx, pre, frameEnd, sLast))
  ) {
    const q = pre >= 0 ? quoteEndingAt(ctx, pre) : -1;
    const source = leftSource ?? inverted;
    if (words[pre] === 'as' && pre >= sFirst && leftSource) {
      const c = asSourceSaid(ctx, cue, pre, frameEnd, sFirst, sLast, cueAt, leftSource);
      if (c) return c;
    }
    const qFirst = q >= 0 ? ctx.quoteTokens[q]![0] : -1;
    // After a colon or a dash the quotation opens a statement of its own ("… the senator - “Too slick,” he said -").
    const opensAfterBreak = words[qFirst - 1] === ':' || opensAfterDash(ctx, qFirst);
    if (q >= 0 && qFirst > sFirst && ctx.sentenceOf[qFirst] === cue.sentence && !opensAfterBreak) {
      // "Using the tax ''is a misguided approach,'' said Mr. Burman": a quoted fragment ending a clause that
      // began before it; the clause is the content (a mixed quote). With neither a comma inside the closing mark
      // nor a speaker, the quotation is a phrase of the sentence ("The so-called “reform” passed").
      if (!source && !FRAME_OPENERS.has(words[beforeClosingMark(ctx, pre)] ?? '')) return null;
      // "The ''animosity is like I've never seen before,'' he told CNN, ''and I hope we can …''": a quotation after
      // the frame that goes on with the sentence (its first word in lower case) resumes the quote; "“Cruz,” Beck
      // joked: “Amen, brother!”" is a quote of its own.
      const more = continuation(ctx, frameEnd, sLast);
      const resumes = more.spans.length > 0 && goesOnLowerCase(ctx, more.spans[0]!);
      const content = [span(ctx, sFirst, pre), ...(resumes ? more.spans : [])];
      const frameLast = resumes ? more.frameLast : sLast;
      return make(cue, content, source, 'quotes/mixed:clause-then-cue', 0.75, [frameEnd, frameLast]);
    }
    if (q >= 0) {
      const content: Span[] = [spanOfQuote(ctx, q)];
      const more = continuation(ctx, frameEnd, sLast);
      content.push(...more.spans);
      return make(cue, content, source, 'quotes/direct:quote-then-cue', 0.9, [frameEnd, more.frameLast]);
    }
    // "However, the Smithsonian said Thursday on Twitter, “…”", "On Dec. 7 on MSNBC, Bush said …": a phrase with
    // no verb before the subject is an introduction, never a content; the content is on the right. (With a comma
    // right after the frame the clause resumes there: "Climate change, he said, is …".)
    // "The new job marks his return, a friend said.": a frame that closes the sentence has nothing after it to
    // introduce, and a phrase opened by a determiner or a noun is then a clause whose verb the tagger missed
    // ("marks" read as a noun); a prepositional or adverbial phrase ("On Tuesday, the mayor said.") still is not.
    const closesSentence = frameEnd + 1 > sLast || SENTENCE_ENDS.has(words[frameEnd + 1]!);
    const introduction =
      !hasVerb(ctx, sFirst, pre - 1) &&
      ctx.quoteOf[pre - 1]! < 0 &&
      words[frameEnd + 1] !== ',' &&
      !(closesSentence && NOMINAL_OPENINGS.has(ctx.tokens[sFirst]!.pos ?? ''));
    // "Addressing a rally in Sangam Vihar, Mr Kejriwal said, “…”": a participle phrase before the speaker introduces
    // the quotation after the frame.
    const participleIntro =
      (ctx.tokens[sFirst]!.pos === 'VERB' &&
        /(?:ing|ed)$/.test(words[sFirst]!) &&
        words[frameEnd + 1] === ',' &&
        quoteStartingAt(ctx, frameEnd + 2) >= 0) ||
      questionedOpening(ctx, sFirst, frameEnd, sLast);
    // "Prices rose – the fastest pace in a decade – analysts said": a dash closes the clause as a comma does.
    // Only a dash closing an aside after a clause with its own verb, the speaker and the cue right after it: "The
    // film ― which weaves … ― explains …" is a subject with an aside, "… ― a fact first reported by …" an apposition.
    const dashed =
      DASHES.has(words[pre]!) &&
      leftSource !== null &&
      leftSource[1] === cue.first - 1 &&
      openingDash(ctx, pre, sFirst) > sFirst &&
      hasVerb(ctx, sFirst, openingDash(ctx, pre, sFirst) - 1);
    const closes = words[pre] === ',' || dashed;
    if (pre >= sFirst && closes && pre > sFirst && !introduction && !participleIntro) {
      const end = trimEnd(ctx, sFirst, pre - 1);
      // A quote that opened in an earlier sentence and closes here is one direct quote; one that opened after
      // the sentence's first word ends a clause, the content of a mixed quote ("The plan is “a start”, aides said").
      const closing = quoteEndingAt(ctx, end);
      const closingFirst = closing >= 0 ? ctx.quoteTokens[closing]![0] : -1;
      const inClause =
        closingFirst > sFirst && ctx.sentenceOf[closingFirst] === cue.sentence && words[closingFirst - 1] !== ':';
      if (closing >= 0 && !inClause) {
        const more = continuation(ctx, frameEnd, sLast);
        const content = [spanOfQuote(ctx, closing), ...more.spans];
        return make(cue, content, source, 'quotes/direct:quote-then-cue', 0.85, [frameEnd, more.frameLast]);
      }
      const content = [span(ctx, sFirst, end)];
      // "Climate change, he said, is the greatest threat": the clause resumes after the frame.
      const resume = frameEnd + 2;
      // After an inverted speaker, a whole clause before the frame is all the content: "It has attracted a loyal
      // following, said Ms. Gil, with games of …" goes on with the frame's aside.
      const wholeClause = inverted !== null && hasVerb(ctx, sFirst, pre - 1);
      if (
        words[frameEnd + 1] === ',' &&
        resume <= sLast &&
        // "Early data, he said, suggest that …": a finite cue verb right after the frame is the clause's own
        // predicate ("…, the Journal reported, citing …" is the frame's participle).
        (cueAt[resume]! < 0 ||
          ctx.tokens[resume]!.pos === 'AUX' ||
          (ctx.tokens[resume]!.pos === 'VERB' && !/ing$/.test(words[resume]!))) &&
        !wholeClause &&
        hasVerb(ctx, resume, sLast)
      ) {
        const resumed = span(ctx, resume, trimEnd(ctx, resume, contentStop(ctx, resume, sLast, cueAt)));
        // "As Rosenthal said, Trump is free to …": "as" before the speaker makes the part before the frame an aside.
        // An adverbial there ("During his years in office, he said, most Americans …") is a fragment of the content,
        // as PolNeAR marks it.
        if (words[sFirst] === 'as' && clauseAfterFrame(ctx, resume, sLast)) {
          return make(cue, [resumed], source, 'quotes/indirect:aside-cue-clause', 0.7, [sFirst, frameEnd + 1]);
        }
        content.push(resumed);
        return make(cue, content, source, 'quotes/indirect:clause-cue-clause', 0.7, [frameEnd, frameEnd + 1]);
      }
      return make(cue, content, source, 'quotes/indirect:clause-then-cue', 0.7, [frameEnd, sLast]);
    }
  }

  // Content on the right. "''…,'' said James Miller, a co-author of ''…''.": a cue between a closing quotation
  // and a speaker ending the sentence frames the quotation; what follows it is never content.
  const closing = words[cue.first - 1] === ',' ? cue.first - 2 : cue.first - 1;
  if (!participle && closing >= sFirst && ctx.quoteOf[closing]! >= 0 && after && endsSentence(after[1] + 1))
    return null;
  let source = leftSource;
  let fromPrevious = false;
  if (!source && words[cue.first - 1] === ',' && PARTICIPLE.test(words[cue.first]!)) {
    // ", saying …", ", adding …": the subject of the main clause speaks; after a contrasting clause of its own
    // (", while Morgan Stanley lowered its forecast, citing …") that clause's subject does.
    const floor = previous && previous.cue.sentence === cue.sentence ? previous.cue.last + 1 : sFirst;
    const joined = joinedClauseSubject(ctx, floor, cue.first - 2);
    source =
      joined ??
      (previous && previous.cue.sentence === cue.sentence
        ? previous.source
        : sentenceSubject(ctx, sFirst, cue.first - 1));
    fromPrevious = !joined && previous !== null && previous.cue.sentence === cue.sentence;
  } else if (!source && !passiveSubject && !impersonal && cue.first > sFirst && ctx.tokens[cue.first]!.pos !== 'NOUN') {
    // "Trump … and vowed to …": a cue verb without a subject of its own shares the sentence's subject; inside a
    // relative clause, its pronoun's ("Murdoch, who is enjoying the role and is saying …").
    source = relativeOpening(ctx, sFirst, cue.first) ?? sentenceSubject(ctx, sFirst, cue.first - 1);
  }
  const k = distantThat(ctx, cue, complementStart(ctx, cue, sLast), sLast, cueAt);
  // With no clause, quotation or object after the cue, a prepositional phrase may say what it is about.
  const aboutObject = () => {
    const c =
      prepositionalObject(ctx, cue, sLast, cueAt, source, fromPrevious) ??
      hearerThenAbout(ctx, cue, sLast, cueAt, source, fromPrevious);
    const end = c ? firstTokenFrom(ctx, c.content[0]!.end) - 1 : -1;
    if (c && !c.source) c.source = openingParticipleSpeaker(ctx, cue, sFirst, sLast, end);
    return c;
  };
  if (k > sLast) {
    // "Caddell continued:" closing its paragraph, and the quotation opening the next one, or the next paragraph as
    // a block quotation when it has no marks.
    if (words[cue.last] !== ':' || k >= ctx.tokens.length || paragraphOf(ctx, k) - paragraphOf(ctx, cue.last) > 1) {
      return aboutObject();
    }
    const q = quoteStartingAt(ctx, k);
    const block = q < 0 ? blockParagraph(ctx, k) : null;
    if (q < 0 && !block) return null;
    const content = q >= 0 ? spanOfQuote(ctx, q) : block!;
    const rule = q >= 0 ? 'quotes/direct:colon-then-paragraph' : 'quotes/direct:colon-then-block';
    const c = make(cue, [content], source, rule, 0.8, [cue.first, cue.last]);
    c.sourceFromPrevious = fromPrevious;
    c.kind = 'direct';
    return c;
  }
  const q = quoteStartingAt(ctx, k);
  if (q >= 0) {
    const [, qLast] = ctx.quoteTokens[q]!;
    const rest = qLast + 1 > sLast || clauseEndsAt(ctx, qLast + 1, sLast);
    if (rest) {
      const c = make(cue, [spanOfQuote(ctx, q)], source, 'quotes/direct:cue-then-quote', 0.85, [cue.first, k - 1]);
      c.sourceFromPrevious = fromPrevious;
      return c;
    }
  }
  const t = ctx.tokens[k]!;
  const w = words[k]!;
  const startsClause =
    w === 'that' ||
    q >= 0 ||
    isNounish(t) ||
    t.pos === 'PRON' ||
    t.pos === 'DET' ||
    t.pos === 'ADJ' ||
    POSSESSIVES.has(w) ||
    // An infinitive ("vowed to fight"), not a preposition's object ("raised its forecast to $13,000").
    (w === 'to' && !CURRENCY.has(words[k + 1] ?? '') && !numberAt(ctx, k + 1)) ||
    // "vowed not to vote for him": a negated infinitive.
    negatedInfinitive(ctx, k) ||
    WH_COMPLEMENTS.has(w) ||
    // "says too much is made of …": an adverb opening a clause with its own verb.
    (t.pos === 'ADV' && subjectThenVerb(ctx, k, sLast)) ||
    // "called half of Trump’s supporters “deplorables”": a quantity the tagger reads as an adverb.
    (t.pos === 'ADV' && words[k + 1] === 'of') ||
    w === 'when' ||
    w === 'where' ||
    // "felt slighted", "said voting is …"; but after a cue the tagger reads as a noun, an inflected verb is that
    // noun's own: "Treasury notes rose" has no cue "notes".
    (t.pos === 'VERB' && (ctx.tokens[cue.last]!.pos !== 'NOUN' || /ing$/.test(w) || w === t.lemma)) ||
    // "reported at least six planes filled the skies", "said more than half of …": a quantity opens the subject.
    (w === 'at' && words[k + 1] === 'least') ||
    // "reported $2.1 billion in revenue": an amount.
    CURRENCY.has(w) ||
    // "say for the party's nominee to win they will have to …": a "for … to" clause opens the content.
    (w === 'for' && forToThenClause(ctx, k, sLast)) ||
    // "said down-ballot races can …": a hyphenated modifier opens the subject.
    (words[k + 1] === '-' && t.end === ctx.tokens[k + 1]!.start && hasVerb(ctx, k + 2, sLast)) ||
    ((w === 'more' || w === 'fewer' || w === 'less') && words[k + 1] === 'than') ||
    // "said around 200 flights had been cancelled", "said about $4 billion was spent": an approximate quantity.
    (APPROXIMATORS.has(w) && numberAt(ctx, k + 1) && hasVerb(ctx, k + 2, sLast));
  if (!startsClause) return aboutObject();
  const won = wonBacking(ctx, cue, k, sFirst, sLast, cueAt);
  if (won !== undefined) return won;
  const clauseStop = relativeClauseStop(ctx, cue, k, contentStop(ctx, k, sLast, cueAt), cueAt);
  const objectStop = adverbialClauseStop(ctx, cue, k, secondPredicateStop(ctx, cue, k, clauseStop));
  const stop = beforeClosingAside(ctx, k, objectStop);
  const end = trimEnd(ctx, k, stop);
  const content = [span(ctx, citedClaim(ctx, cue, k, end, cueAt), end)];
  // "Pigs are considered unclean", "the process is seen as one way …": the passive's subject is part of what is
  // considered so (PolNeAR's content "Pigs … unclean"), not a speaker.
  // A reduced passive with its agent ("X, asked by reporters whether …") keeps X out of what was asked.
  const reducedBy = cue.first === cue.last && words[cue.last + 1] === 'by';
  if (passiveSubject && !source && w !== 'that' && !reducedBy) {
    const subject = speakerBefore(ctx, cue.first, sFirst);
    if (subject && subject[1] === cue.first - 1 && !expletiveSubject(ctx, subject)) {
      content.unshift(span(ctx, subject[0], subject[1]));
    }
  }
  const c = make(
    cue,
    content,
    source ?? openingParticipleSpeaker(ctx, cue, sFirst, sLast, end),
    w === 'that' ? 'quotes/indirect:said-that' : 'quotes/indirect:said-clause',
    w === 'that' ? 0.8 : 0.7,
    [cue.first, k - 1],
  );
  c.sourceFromPrevious = fromPrevious;
  return c;
}

/**
 * Whether the quotation opening at token `first` follows a dash that opens an aside in its sentence. "“I don't think
 * the wisdom” -- that he is a nanny -- “is going to last,” he says": a dash closing an aside opened earlier in the
 * sentence leads back into the quote before it.
 */
function opensAfterDash(ctx: QuoteContext, first: number): boolean {
  if (first < 1 || !isDash(ctx, first - 1)) return false;
  const [sFirst] = sentenceRange(ctx, ctx.sentenceOf[first]!);
  for (let i = sFirst; i < first - 1; i++) if (isDash(ctx, i)) return false;
  return true;
}

/**
 * "He fulminated against the plan - ''I love Oreos,'' he said, ''…'' - and vowed …": a quotation opened right after
 * a dash, its frame, and a dash closing the aside. The frame ends there whatever the sentence goes on with.
 */
function dashedFrame(ctx: QuoteContext, pre: number, frameEnd: number, sLast: number): boolean {
  const q = pre >= 0 ? quoteEndingAt(ctx, pre) : -1;
  if (q < 0) return false;
  if (!opensAfterDash(ctx, ctx.quoteTokens[q]![0])) return false;
  const resumed = continuation(ctx, frameEnd, sLast).spans.at(-1);
  let after = resumed ? firstTokenFrom(ctx, resumed.end) : frameEnd + 1;
  // "Mr. Biden said twice -", "she said on Monday -".
  while (after < sLast && (ctx.tokens[after]!.pos === 'ADV' || ctx.inDate[after] === 1)) after++;
  return after <= sLast && isDash(ctx, after);
}

/**
 * The phrase read as the speaker, or the whole phrase back to the comma when that reaches further ("a study by the
 * council" rather than "the council").
 */
function widestSpeaker(read: Range | null, closing: Range | null): Range | null {
  return closing && (!read || closing[0] < read[0]) ? closing : read;
}

/** Words that make the phrase before a closing cue a relative or subordinate clause, not a speaker. */
const CLOSING_SPEAKER_STOPS = new Set([
  'which',
  'that',
  'who',
  'whom',
  'what',
  'as',
  'than',
  'something',
  'when',
  'where',
  'why',
  'how',
  'if',
]);

/** How many tokens a speaker phrase between a comma and the cue that closes the sentence may take. */
const CLOSING_SPEAKER_REACH = 12;

/**
 * "The plan will fail, a study by the council found.", "…, current and former officials said.", "…, records filed on
 * Sunday revealed.": the phrase between the last comma and a cue that ends the sentence, when the phrase names
 * someone and has no finite verb of its own (a participle after its noun is a reduced relative) and a clause with a
 * verb stands before the comma. The fallback for speaker phrases the noun-phrase reader does not take whole.
 */
function closingSpeaker(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number): Range | null {
  const { words, tokens } = ctx;
  let end = cue.last + 1;
  while (end <= sLast && tokens[end]!.pos === 'ADV' && !CLOSING_SPEAKER_STOPS.has(words[end]!)) end++;
  if (!(end > sLast || SENTENCE_ENDS.has(words[end]!)) || tokens[cue.last]!.pos !== 'VERB') return null;
  let last = cue.first - 1;
  while (last >= sFirst && (tokens[last]!.pos === 'AUX' || tokens[last]!.pos === 'ADV')) last--;
  let named = false;
  for (let i = last; i >= sFirst && last - i < CLOSING_SPEAKER_REACH; i--) {
    const t = tokens[i]!;
    if (words[i] === ',') {
      // ", but Cook did not say": a coordinated clause, not a frame.
      const coordinated = tokens[i + 1]!.pos === 'CCONJ';
      return named && !coordinated && i > sFirst && i < last && hasVerb(ctx, sFirst, i - 1) && ctx.quoteOf[i - 1]! < 0
        ? [i + 1, last]
        : null;
    }
    // "a claim that the office disputes", "which no rival has championed", "as Sanders proposes": a relative or
    // subordinate clause whose object is before it, no frame.
    if (ctx.quoteOf[i]! >= 0 || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    if (CLOSING_SPEAKER_STOPS.has(words[i]!)) return null;
    if (t.pos === 'VERB' && !(/(?:ed|en)$/.test(words[i]!) && i > sFirst && isNounish(tokens[i - 1]!))) return null;
    if (isNounish(t) || (t.pos === 'PRON' && !POSSESSIVES.has(words[i]!))) named = true;
  }
  return null;
}

/**
 * Verbs whose object does what a participle after it says: "a video shows Trump saying …", "quoted him saying", "a
 * speech that included Trump vowing …".
 */
const DEPICTING = new Set([
  'see',
  'hear',
  'overhear',
  'watch',
  'show',
  'catch',
  'quote',
  'cite',
  'film',
  'record',
  'tape',
  'capture',
  'depict',
  'portray',
  'feature',
  'picture',
  'imagine',
  'remember',
  'recall',
  'notice',
  'spot',
  'find',
  'leave',
  'have',
  'get',
  'keep',
  'star',
  'hold',
  'describe',
  'mention',
  'envision',
  'photograph',
  'include',
  'including',
]);
/** Particles of a phrasal verb before its object: "put out a statement saying …", "sent out a text saying …". */
const VERB_PARTICLES = new Set(['out', 'up', 'off', 'down']);

/**
 * Whether a participle cue right after `phrase` ("issued statements condemning …") follows the object of a verb, so
 * the phrase is no subject of it: no comma before the cue, and a verb before the phrase that does not make its object
 * the participle's subject. After a preposition the noun is as often the participle's own subject ("$10 million to
 * a group backing Bush", "with polls showing …"), so that stays.
 */
function participleAfterObject(ctx: QuoteContext, cue: Cue, phrase: Range, sFirst: number): boolean {
  const { tokens, words } = ctx;
  if (phrase[1] !== cue.first - 1 || tokens[cue.first]!.pos !== 'VERB' || !PARTICIPLE.test(words[cue.first]!)) {
    return false;
  }
  // "uses footage of Hillary Clinton asking …": the noun after "of" is whom the phrase shows doing it.
  for (let i = phrase[0]; i < phrase[1]; i++) if (words[i] === 'of') return false;
  let k = phrase[0] - 1;
  if (VERB_PARTICLES.has(words[k] ?? '')) k--;
  if (k <= sFirst) return false;
  const t = tokens[k]!;
  // "are given tickets telling …", "was quoted …": a passive verb's object is no object of its subject's doing.
  if (t.pos !== 'VERB' || PASSIVE_BE.has(words[k - 1] ?? '')) return false;
  // "She says Trump's tweets accusing her …": after a verb of saying the phrase opens its clause, as subject.
  if (takesClause(baseLemma(t.lemma ?? words[k]!))) return false;
  return !DEPICTING.has(words[k]!) && !DEPICTING.has(t.lemma ?? words[k]!);
}

/** How far back a subjectless cue looks for the relative pronoun of its clause. */
const RELATIVE_CLAUSE_REACH = 20;

/**
 * The relative pronoun opening the clause a subjectless cue at `cue` stands in ("the woman, who like many did not
 * want …", "Maher, who is supporting Sanders, but has dismissed …"), or null when the cue is in the main clause: a
 * comma and then a verb close the relative clause ("Thiel, who is gay, lives …") before any pronoun is met.
 */
function relativeOpening(ctx: QuoteContext, sFirst: number, cue: number): Range | null {
  const { tokens, words } = ctx;
  for (let j = cue - 1; j > sFirst && cue - j <= RELATIVE_CLAUSE_REACH; j--) {
    const w = words[j]!;
    if (w === ',' && (tokens[j + 1]!.pos === 'VERB' || tokens[j + 1]!.pos === 'AUX')) return null;
    if (ctx.quoteOf[j]! >= 0) return null;
    if (w === 'which' || (w === 'that' && thatAfterNoun(words, tokens, j))) return null;
    if (w === 'who' && (words[j - 1] === ',' || isNounish(tokens[j - 1]!))) return [j, j];
  }
  return null;
}

/** Words that open an adverbial around a participle: "After thanking the crowd, he …". */
const PARTICIPLE_OPENERS = new Set([
  'after',
  'before',
  'by',
  'in',
  'despite',
  'while',
  'when',
  'upon',
  'on',
  'without',
  'since',
  'through',
]);

/**
 * "After thanking the crowd, he touted …", "Recalling the war, the museum urged …": a participle cue in the
 * adverbial that opens its sentence has no subject of its own; the subject of the main clause, after the comma
 * that closes the cue's content (`contentEnd`), speaks, as PolNeAR marks it.
 */
function openingParticipleSpeaker(
  ctx: QuoteContext,
  cue: Cue,
  sFirst: number,
  sLast: number,
  contentEnd: number,
): Range | null {
  const { words, tokens } = ctx;
  const opens = cue.first === sFirst || (cue.first === sFirst + 1 && PARTICIPLE_OPENERS.has(words[sFirst]!));
  if (!opens || tokens[cue.first]!.pos !== 'VERB' || !PARTICIPLE.test(words[cue.first]!)) return null;
  const from = contentEnd + 2;
  // ", which chanted her name, she left": a relative clause on the content is no main clause.
  if (words[contentEnd + 1] !== ',' || from > sLast || RELATIVE_PRONOUNS.has(words[from]!)) return null;
  let end = from - 1;
  for (let k = from; k <= sLast && ctx.quoteOf[k]! < 0; k++) {
    const t = tokens[k]!;
    const possessive = words[k] === "'s" && t.pos !== 'AUX';
    if (!(isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || possessive)) break;
    end = k;
  }
  const verb = tokens[end + 1];
  if (end < from || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  return phraseEndingAt(ctx, end, from);
}

/** Nouns of one party's backing another: "the endorsement of X". */
const BACKING_NOUNS = new Set(['endorsement', 'backing', 'blessing']);
/** Verbs of gaining a backing: "won the endorsement of X", "has the backing of X". */
const GAINING = new Set(['win', 'get', 'receive', 'earn', 'have', 'pick', 'snag', 'secure', 'land', 'gain', 'garner']);

/**
 * "Cruz won the endorsement of Bob Smith": the object of "of" gives the backing, the subject gets it. PolNeAR marks
 * the giver as the source and the one backed as the content (PolNeAR train, 9 of 11 such candidates read the other
 * way round overlapped no attribution). Returns undefined when the cue is no such phrase, null when it has no subject.
 */
function wonBacking(
  ctx: QuoteContext,
  cue: Cue,
  k: number,
  sFirst: number,
  sLast: number,
  cueAt: Int32Array,
): Candidate | null | undefined {
  const { words, tokens } = ctx;
  if (words[cue.last] !== 'of' || !BACKING_NOUNS.has(words[cue.last - 1]!)) return undefined;
  // The lexicon learned some whole: "has the backing of".
  const gaining = (i: number) =>
    (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') && GAINING.has(tokens[i]!.lemma ?? words[i]!);
  if (gaining(cue.first)) {
    const subject = speakerBefore(ctx, cue.first, sFirst);
    const end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
    if (!subject || end < k) return null;
    return make(cue, [span(ctx, subject[0], subject[1])], [k, end], 'quotes/indirect:won-backing', 0.7, [
      cue.first,
      k - 1,
    ]);
  }
  let v = cue.first - 1;
  if (v >= sFirst && (words[v] === 'the' || words[v] === 'an' || words[v] === 'a')) v--;
  // "picked up the endorsement of X": the particle belongs to the verb.
  if (v > sFirst && words[v] === 'up') v--;
  if (v < sFirst || !gaining(v)) return undefined;
  const subject = speakerBefore(ctx, v, sFirst);
  if (!subject) return null;
  const end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
  if (end < k) return null;
  return make(cue, [span(ctx, subject[0], subject[1])], [k, end], 'quotes/indirect:won-backing', 0.7, [v, k - 1]);
}

/**
 * Prepositions whose object is what a cue verb is about: "complained of delays", "argued against intervention".
 * "at" and "on" are left out: after a cue verb they mostly say where or when ("suggested at the meeting",
 * "criticized on social media"; PolNeAR train, 6 of 16 and 3 of 15 such objects were contents).
 */
const OBJECT_PREPOSITIONS = new Set(['about', 'of', 'against', 'over', 'for']);
/** Nouns of a length of time: "discussed for several weeks", "thought for a moment". */
const DURATIONS = new Set([
  'moment',
  'while',
  'long',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
]);
/** How many words into the object a date or a length of time makes it an adverbial. */
const ADVERBIAL_REACH = 4;
/** Verbs of saying, whose object is a clause or a quotation, never a prepositional phrase's noun. */
const CLAUSE_ONLY = new Set(['say', 'tell']);
/**
 * Verbs whose "for" names whom they work for, not what they say: "wrote for the Post", "reports for the BBC",
 * "spoke for the group" (PolNeAR train: 12 such phrases, 1 a content).
 */
const FOR_WHOM = new Set(['write', 'speak', 'report', 'blog']);

/**
 * "Analysts speculated about the cost of the plan", "She bristled at the question": a cue verb whose complement is
 * no clause but a prepositional phrase says something of that phrase's object, which is the content. The
 * preposition joins the cue, as in the forms the lexicon learned whole ("talked about", "called for"), and the
 * candidate is built the same way as theirs. A date ("said on Tuesday") is no such object.
 */
function prepositionalObject(
  ctx: QuoteContext,
  cue: Cue,
  sLast: number,
  cueAt: Int32Array,
  source: Range | null,
  fromPrevious: boolean,
): Candidate | null {
  const { words, tokens } = ctx;
  const adjuncts = pastCueAdjuncts(ctx, cue, sLast);
  const p = adjuncts.at;
  const k = p + 1;
  if (k > sLast || tokens[cue.last]!.pos !== 'VERB' || !OBJECT_PREPOSITIONS.has(words[p]!) || ctx.quoteOf[p]! >= 0)
    return null;
  // "said on CNN", "told of": a verb of saying takes a clause; its prepositional phrase is where or to whom it spoke.
  if (CLAUSE_ONLY.has(baseLemma(cue.lemma))) return null;
  if (words[p] === 'for' && FOR_WHOM.has(baseLemma(cue.lemma))) return null;
  // "discussed over the past 13 days", "retweeted over 25,000 times": a time or an amount, no object.
  if (numberAt(ctx, k)) return null;
  for (let i = k; i <= Math.min(sLast, k + ADVERBIAL_REACH - 1); i++) {
    if (ctx.inDate[i] === 1 || DATE_WORDS.has(words[i]!) || DURATIONS.has(words[i]!)) return null;
  }
  const t = tokens[k]!;
  const opens =
    isNounish(t) ||
    t.pos === 'DET' ||
    t.pos === 'ADJ' ||
    t.pos === 'PRON' ||
    POSSESSIVES.has(words[k]!) ||
    (t.pos === 'VERB' && /ing$/.test(words[k]!)) ||
    ctx.quoteOf[k]! >= 0;
  if (!opens) return null;
  const end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
  if (end < k) return null;
  // With adjuncts between, the preposition stays out of the cue ("Asked Tuesday about …" has the cue "Asked").
  const said = p === cue.last + 1 ? cueOver(cue, cue.first, p) : cue;
  // "firms sued by the NAACP for targeting borrowers": the agent did it, whatever the clause's subject.
  const speaker = adjuncts.agent ?? source;
  const c = make(said, [span(ctx, k, end)], speaker, 'quotes/indirect:said-clause', 0.7, [cue.first, p]);
  c.sourceFromPrevious = fromPrevious && adjuncts.agent === null;
  return c;
}

/** How many adjuncts (a date, an adverb, an agent) may stand between a cue and its object's preposition. */
const CUE_ADJUNCTS = 3;

/**
 * Where a cue's prepositional object may open, past what says when, how or by whom the cue was done: "complained
 * Tuesday about the delays", "pressed again about the fees", "Asked by a reporter on Friday about the strike". The
 * agent of a participle with no auxiliary ("asked by a reporter") is who did the asking, the speaker. `at` is the
 * token after the cue when nothing is skipped.
 */
function pastCueAdjuncts(ctx: QuoteContext, cue: Cue, sLast: number): { at: number; agent: Range | null } {
  const { words, tokens } = ctx;
  let p = cue.last + 1;
  let agent: Range | null = null;
  const participle = cue.first === cue.last && /ed$/.test(words[cue.last]!);
  for (let n = 0; n < CUE_ADJUNCTS && p < sLast; n++) {
    let q = p;
    if (DATE_LEADS.has(words[q]!) && (ctx.inDate[q + 1] === 1 || DATE_WORDS.has(words[q + 1]!))) q++;
    while (q < sLast && (ctx.inDate[q] === 1 || DATE_WORDS.has(words[q]!))) q++;
    if (q === p && tokens[p]!.pos === 'ADV' && words[p] !== 'not' && words[p] !== 'never') q++;
    if (q === p && participle && !agent && words[p] === 'by') {
      agent = agentAfter(ctx, p, sLast);
      if (agent) q = agent[1] + 1;
    }
    if (q === p) break;
    p = q;
  }
  return { at: p, agent };
}

/** How far after a cue a "that" may open its clause, past dates, places, hearers and asides. */
const DISTANT_THAT_REACH = 25;
/** Marks that open or close an aside between a cue and its "that". */
const ASIDE_MARKS = new Set([',', '—', '–', '(', ')']);

/**
 * Where the content starts when the complement found at `k` opens no clause and a "that" with a clause of its own
 * comes later: "said Thursday during a taping in Buffalo, New York, that …", "wrote the local paper, The Chief,
 * that …", "has told friends since the spring, at fundraisers, that …". Between the cue and the "that" no verb,
 * quotation or other cue may stand outside an aside between commas or dashes ("said on CNN, where he works now,
 * that …"); "said in a statement that was released Friday" is a relative clause (a verb right after "that").
 * `k` unchanged otherwise.
 */
function distantThat(ctx: QuoteContext, cue: Cue, k: number, sLast: number, cueAt: Int32Array): number {
  const { words, tokens } = ctx;
  const relativeAt = (i: number) => {
    const pos = tokens[i]?.pos;
    return pos === 'VERB' || pos === 'AUX' || pos === 'ADV';
  };
  // Only after a noun ("a statement that was released"): "argues that distancing …" has its clause there.
  if (k <= sLast && words[k] === 'that' && isNounish(tokens[k - 1]!) && tokens[k + 1]?.pos === 'AUX') {
    return pastRelativeThat(ctx, k, sLast, cueAt, relativeAt);
  }
  if (k <= sLast && (words[k] === 'that' || ctx.quoteOf[k]! >= 0)) return k;
  if (k <= sLast && subjectThenVerb(ctx, k, sLast) && !thatBeforeVerb(ctx, k, sLast)) return k;
  // "told friends since the spring, at fundraisers, that …": a verb of telling takes its clause after the hearer,
  // so the counts of a clause right after it say nothing of whether it takes one.
  if (!takesClause(baseLemma(cue.lemma)) && !isHearerCue(ctx, cue)) return k;
  // The mark that closes the aside open now: a dash closes a dash ("said — on Twitter, as it happens — that …"),
  // whatever commas come inside it.
  let closer: string | null = null;
  for (let i = cue.last + 1; i <= Math.min(sLast - 2, cue.last + DISTANT_THAT_REACH); i++) {
    const w = words[i]!;
    if (ASIDE_MARKS.has(w)) {
      if (closer === null) closer = w === '(' ? ')' : w === ')' ? null : DASHES.has(w) ? 'dash' : ',';
      else if (closer === w || (closer === 'dash' && DASHES.has(w)) || (closer === ',' && w !== '(')) closer = null;
      continue;
    }
    if (closer !== null) continue;
    if (w === 'that') return i > cue.last + 1 && !relativeAt(i + 1) && subjectThenVerb(ctx, i + 1, sLast) ? i : k;
    // "said on NBC's ''Meet the Press'' on Sunday that …": a short quoted title in the phrase is a name.
    const title = ctx.quoteOf[i]! >= 0 ? quotedTitleEnd(ctx, i) : -1;
    if (title >= 0) {
      i = title;
      continue;
    }
    const t = tokens[i]!;
    // "said while addressing a presser in Lahore that …", "said when speaking to reporters that …": the gerund of a
    // reduced clause of time right after the cue is the occasion of speaking, no verb of a clause of its own.
    // A gerund that is a cue itself ("said while admitting that …") takes the clause.
    const gerund = t.pos === 'VERB' && /ing$/.test(w) && cueAt[i]! < 0;
    if (i === cue.last + 2 && REDUCED_CLAUSE_OPENERS.has(words[i - 1]!) && gerund) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoteOf[i]! >= 0 || cueAt[i]! >= 0 || w === '.' || w === ';')
      return k;
  }
  return k;
}

/** Subordinators that open a clause of time reduced to its gerund ("while addressing", "when speaking"). */
const REDUCED_CLAUSE_OPENERS = new Set(['while', 'whilst', 'when']);

/**
 * Whether a "that" opening a clause of its own stands between `k` and the first verb after it: "said ahead of the
 * meeting that the bloc …" is an adverbial phrase and then the content, not a subject "ahead of the meeting that the
 * bloc" and its verb.
 */
function thatBeforeVerb(ctx: QuoteContext, k: number, sLast: number): boolean {
  // Only after an adverbial or a reflexive hearer ("tell myself that …"): after a noun phrase, "that" is as often a
  // relative pronoun or a noun's complement ("positions that voters embrace", "the notion that …").
  const first = ctx.tokens[k]!.pos;
  if (first !== 'ADV' && first !== 'ADP' && !REFLEXIVES.has(ctx.words[k]!)) return false;
  for (let i = k + 1; i <= sLast; i++) {
    const pos = ctx.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return false;
    if (ctx.words[i] === 'that' && pos === 'SCONJ') {
      const next = ctx.tokens[i + 1]?.pos;
      return next !== 'VERB' && next !== 'AUX' && next !== 'ADV';
    }
  }
  return false;
}

/** How long a quoted programme title between a cue and its "that" may be, marks included, in tokens. */
const TITLE_REACH = 8;

/**
 * The closing mark of a quotation opening at token `i` that names a programme or a publication in a phrase after a
 * possessive or a noun (NBC's ''Meet the Press'', the magazine “Foreign Affairs”): short, every word capitalized
 * but its small words, closed in the sentence. -1 otherwise.
 */
function quotedTitleEnd(ctx: QuoteContext, i: number): number {
  const q = quoteStartingAt(ctx, i);
  if (q < 0 || !(ctx.words[i - 1] === "'s" || isNounish(ctx.tokens[i - 1]!))) return -1;
  const [first, last] = ctx.quoteTokens[q]!;
  if (last - first > TITLE_REACH || ctx.sentenceOf[last] !== ctx.sentenceOf[i]) return -1;
  return titleCased(ctx, first, last) ? last : -1;
}

/** How far a relative clause between a cue's noun and the "that" of its content may run. */
const RELATIVE_REACH = 12;

/**
 * "said in a statement that was released Friday that the bill would pass": a "that" with a verb right after it
 * is a relative clause on the cue's noun; a second "that" opening a clause of its own, before any comma, other cue
 * or quotation, starts the content. `k` (the first "that") otherwise.
 */
function pastRelativeThat(
  ctx: QuoteContext,
  k: number,
  sLast: number,
  cueAt: Int32Array,
  relativeAt: (i: number) => boolean,
): number {
  const { words } = ctx;
  for (let i = k + 2; i <= Math.min(sLast - 2, k + RELATIVE_REACH); i++) {
    const w = words[i]!;
    if (w === ',' || w === '.' || w === ';' || ctx.quoteOf[i]! >= 0 || cueAt[i]! >= 0) return k;
    if (w === 'that') return !relativeAt(i + 1) && subjectThenVerb(ctx, i + 1, sLast) ? i : k;
  }
  return k;
}

/** Prepositions that, after the hearer of "told" or "reminded", say what the hearer was told of. */
const HEARD_ABOUT = new Set(['about', 'of']);

/**
 * "reminded voters of the city's record", "told reporters about her plans": after a hearer cue and its hearer, an
 * "about" or "of" phrase is what was said, and PolNeAR's content starts at the preposition. Not "ask" and
 * "promise", whose noun phrase may be the object itself; not when a "that" clause follows ("told members of the
 * board that …" has its content there).
 */
function hearerThenAbout(
  ctx: QuoteContext,
  cue: Cue,
  sLast: number,
  cueAt: Int32Array,
  source: Range | null,
  fromPrevious: boolean,
): Candidate | null {
  const { words, tokens } = ctx;
  const lemma = baseLemma(cue.lemma);
  if (!isHearerCue(ctx, cue) || lemma === 'ask' || lemma === 'promise' || tokens[cue.last]!.pos !== 'VERB') return null;
  const p = pastHearer(ctx, cue.last + 1, sLast);
  const k = p + 1;
  if (p === cue.last + 1 || k > sLast || !HEARD_ABOUT.has(words[p]!) || ctx.quoteOf[p]! >= 0) return null;
  for (let i = k; i <= sLast; i++) if (words[i] === 'that') return null;
  const t = tokens[k]!;
  const opens =
    isNounish(t) ||
    t.pos === 'DET' ||
    t.pos === 'ADJ' ||
    POSSESSIVES.has(words[k]!) ||
    (t.pos === 'VERB' && /ing$/.test(words[k]!));
  if (!opens || ctx.inDate[k] === 1 || numberAt(ctx, k)) return null;
  const end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
  if (end < k) return null;
  // "told the court of appeals the ruling was wrong": a clause opening after a noun means the preposition was
  // inside the hearer's name, and the clause is the content (the rules for a clause read it).
  for (let i = k + 1; i <= end; i++) {
    const opener = tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'PRON';
    if (opener && isNounish(tokens[i - 1]!) && subjectThenVerb(ctx, i, end)) return null;
  }
  const c = make(cue, [span(ctx, p, end)], source, 'quotes/indirect:said-clause', 0.7, [cue.first, p - 1]);
  c.sourceFromPrevious = fromPrevious;
  return c;
}

/** Whether the first word inside a quotation is in lower case: it continues a sentence begun before it. */
function goesOnLowerCase(ctx: QuoteContext, quotation: Span): boolean {
  for (
    let i = firstTokenFrom(ctx, quotation.start);
    i < ctx.tokens.length && ctx.tokens[i]!.start < quotation.end;
    i++
  ) {
    if (hasLetter(ctx.tokens[i]!.text)) return startsLower(ctx.tokens[i]!.text);
  }
  return false;
}

/**
 * The last token of an appositive noun phrase opening at token k ("a Washington-based think tank,"): an article,
 * no verb, and a comma closing it with more of the sentence after; or -1.
 */
function sourceAppositiveEnd(ctx: QuoteContext, k: number, sLast: number, sourceLast: number): number {
  const { words } = ctx;
  // "According to Lorella Praeli, Clinton's Latino vote director, …", "According to Ann Lee, the head of the agency,
  // …": after a name, a possessive or "the" also opens one, when a clause with its own verb follows it.
  const named =
    ctx.tokens[sourceLast]!.pos === 'PROPN' &&
    ((ctx.tokens[k]!.pos === 'PROPN' && isPossessive(words[k + 1])) || words[k] === 'the');
  if (!APPOSITIVE_ARTICLES.has(words[k] ?? '') && !named) return -1;
  let comma = k + 1;
  while (comma < sLast && comma - k <= MAX_APPOSITIVE && words[comma] !== ',') comma++;
  if (words[comma] !== ',' || comma >= sLast || comma - 1 <= k) return -1;
  for (let i = k; i < comma; i++) {
    // "a close friend of Mrs. Clinton's who died in 2000": a relative clause on the appositive's noun.
    if (RELATIVES.has(words[i]!)) break;
    const pos = ctx.tokens[i]!.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    // "Washington-based", "a newly formed group", "think tank": a word the tagger calls a verb that modifies the noun
    // after it is no verb of a clause.
    const next = ctx.tokens[i + 1]?.pos;
    if (words[i - 1] === '-' || next === 'NOUN' || next === 'ADJ') continue;
    return -1;
  }
  // "According to Reuters, the company, based in Ohio, will close": no clause follows, so the phrase is the content's
  // subject, not an appositive.
  if (named && !APPOSITIVE_ARTICLES.has(words[k] ?? '')) {
    const verb = finiteVerbFrom(ctx, comma + 1, sLast);
    const stop = words.slice(comma + 1, verb < 0 ? comma + 1 : verb).some((w) => w === ',' || RELATIVES.has(w));
    if (verb <= comma + 1 || stop || !NOMINAL_OPENINGS.has(ctx.tokens[comma + 1]!.pos ?? '')) return -1;
  }
  return comma - 1;
}

const APPOSITIVE_ARTICLES = new Set(['a', 'an']);

function isPossessive(w: string | undefined): boolean {
  return w === "'s" || w === '’s';
}
/** How many tokens an appositive on a source may hold. */
const MAX_APPOSITIVE = 10;

/** Passive cues whose by-agent quoted the subject ("was quoted by IRNA as saying", "was cited by Reuters as saying"). */
const QUOTED_AS = new Set(['quote', 'cite']);

/** Passive cues whose subject is the speaker after all: "is expected to say", "is quoted as saying". */
const SPEAKER_PASSIVES = new Set(['expect', 'quote', 'report', 'say', 'believe', 'understand', 'schedule', 'set']);

/** A subject that is only "it" or "there": an expletive, no part of the content. */
export function expletiveSubject(ctx: QuoteContext, r: Range): boolean {
  return r[0] === r[1] && (ctx.words[r[0]] === 'it' || ctx.words[r[0]] === 'there');
}

/** Whether the cue is a passive ("have been accused of", "was told") whose subject does not speak. */
export function passiveCue(ctx: QuoteContext, cue: Cue): boolean {
  const { words, tokens } = ctx;
  const next = words[cue.last + 1];
  // Reduced passives: "Residents told to prepare for more rain" (a headline), "Drainville, asked by reporters
  // whether …, said": the noun before is the one told or asked, not the speaker.
  const participle = cue.first === cue.last && /(?:ed|told)$/.test(words[cue.last]!);
  if (participle && next === 'to' && tokens[cue.last + 2]?.pos === 'VERB' && TOLD_TO.has(cue.lemma)) return true;
  if (participle && next === 'by' && words[cue.first - 1] === ',' && ASKED_BY.has(cue.lemma)) return true;
  if (reducedObjectPassive(ctx, cue)) return true;
  for (let i = cue.first; i < cue.last; i++) {
    if (!PASSIVE_BE.has(ctx.words[i]!)) continue;
    const verb = ctx.tokens[i + 1]?.pos === 'ADV' ? ctx.tokens[i + 2] : ctx.tokens[i + 1];
    if (verb?.pos !== 'VERB' || /ing$/.test(verb.text)) continue;
    return !SPEAKER_PASSIVES.has(verb.lemma ?? '');
  }
  return false;
}

/**
 * Whether token `i`, right after an inverted speaker phrase, opens an aside of the frame rather than more of the
 * sentence: a comma ("…, said Ms. Gil, with games of …") or the frame's date ("said Steve Grubbs, an operative
 * currently …" stops the phrase at "currently"). The speaker phrase already runs over its appositives, so what stops
 * it there is the frame's, and the clause before the cue is still the content.
 */
function asideAfterSpeaker(ctx: QuoteContext, i: number, last: number): boolean {
  if (ctx.inDate[i] === 1) return true;
  if (ctx.words[i] !== ',') return false;
  // "…, said the people, who asked not to be identified.": a relative clause on the speaker to the sentence end,
  // unless the main clause resumes after it (", who …, would focus").
  if (ctx.words[i + 1] === 'who') {
    for (let k = i + 2; k < last; k++) {
      const next = ctx.tokens[k + 1]!.pos;
      if (ctx.words[k] === ',' && (next === 'AUX' || next === 'VERB')) return false;
    }
    return true;
  }
  // "…, said their stump speeches, already replete with …, would focus": an auxiliary after the comma means the
  // phrase after the cue is the subject of its object clause, not a speaker.
  for (let k = i + 1; k <= last; k++) if (ctx.tokens[k]!.pos === 'AUX') return false;
  return true;
}

const LINK_WORDS = new Set(['and', 'but', 'or', 'who']);

/**
 * Where a content inside a restrictive relative clause of another cue's subject stops: "Those who oppose the plan
 * argue that …" gives "oppose" the content "the plan", up to the main clause's cue verb.
 */
function relativeClauseStop(ctx: QuoteContext, cue: Cue, k: number, stop: number, cueAt: Int32Array): number {
  if (!relativePronounSubject(ctx, cue.first - 1)) return stop;
  // "Stokes, who claimed to be a property developer, had been engaged …": a relative clause between commas ends at
  // the comma before the main clause's verb. A that-clause keeps its own asides ("said that the two men, and Mr.
  // Cruz in particular, must do more").
  if (ctx.words[cue.first - 2] === ',') {
    if (ctx.words[k] === 'that') return stop;
    for (let x = k + 1; x < stop; x++) {
      const next = ctx.tokens[x + 1]!;
      if (ctx.words[x] === ',' && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.text))))
        return x - 1;
    }
    return stop;
  }
  // "who have suggested that Mr. Rubio is more willing to …": a that-clause has a verb of its own.
  if (ctx.words[k] === 'that') return stop;
  // "according to a new poll that shows more voters view …": a "that" or "which" clause after the main verb is on
  // an object; only one on the subject is followed by the main clause's verb.
  if (ctx.words[cue.first - 1] !== 'who' && !subjectRelative(ctx, cue)) return stop;
  // "A treasurer who admitted to stealing $1.2 million was sentenced": a content with no subject of its own (an
  // infinitive, a gerund) holds no finite verb; the main clause's auxiliary ends it too.
  const subjectless = ctx.words[k] === 'to' || (ctx.tokens[k]!.pos === 'VERB' && /ing$/.test(ctx.words[k]!));
  for (let x = k + 1; x <= stop; x++) {
    // The main clause's verb (a cue, whatever the tagger calls it: "backed Trump in 2016 say") follows the end of
    // the relative clause's object: a noun or a number, not a pronoun ("guess the ''anyone'' he had in mind") or a
    // determiner ("oppose the plan").
    const before = ctx.tokens[x - 1]!;
    const objectEnd =
      ((isNounish(before) || before.pos === 'NUM') && !POSSESSIVES.has(ctx.words[x - 1]!)) ||
      OBJECT_ONLY_PRONOUNS.has(ctx.words[x - 1]!);
    if (!objectEnd || (cueAt[x]! < 0 && !(subjectless && ctx.tokens[x]!.pos === 'AUX'))) continue;
    // "… the raid that killed him and who hoped …": the link to the next relative clause is no part of the content.
    let end = x - 1;
    while (end > k && LINK_WORDS.has(ctx.words[end]!)) end--;
    return end;
  }
  return soleMainVerbStop(ctx, cue, k, stop);
}

/**
 * Whether the word at i is a relative pronoun that is its clause's subject: "who", "which", or "that" after the
 * noun it stands for ("groups that have endorsed him"; not "said that" or "so that").
 */
function relativePronounSubject(ctx: QuoteContext, i: number): boolean {
  const w = ctx.words[i];
  return w === 'who' || w === 'which' || thatAfterNoun(ctx.words, ctx.tokens, i);
}

/** Whether the relative clause the cue opens is on the sentence's subject: no verb before its relative word. */
function subjectRelative(ctx: QuoteContext, cue: Cue): boolean {
  const first = ctx.doc.sentences[cue.sentence]!.tokens[0];
  for (let i = first; i < cue.first - 1; i++) if (isVerbal(ctx.tokens[i]!) && ctx.quoteOf[i]! < 0) return false;
  return true;
}

/**
 * "A super PAC that backed the senator spent $2 million": a relative clause on the sentence's subject (no verb
 * before it) leaves the sentence its main verb to come. When the content holds only one finite verb, that verb is the main clause's and the content ends before it; with a later one ("the group that said
 * the senator lied is suing") the content may be a clause of its own, and is kept.
 */
function soleMainVerbStop(ctx: QuoteContext, cue: Cue, k: number, stop: number): number {
  const { tokens, words } = ctx;
  // "Those who said the economy was their top issue split …": a cue that takes a clause may have one here.
  if (takesClause(cue.lemma) || !subjectRelative(ctx, cue)) return stop;
  let main = -1;
  for (let x = k + 1; x <= stop; x++) {
    if (ctx.quoteOf[x]! >= 0) continue;
    const t = tokens[x]!;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(words[x]!) && words[x - 1] !== 'to');
    if (!finite) continue;
    // A verb right after its noun, or after an adverb there, is a finite verb; "to"-infinitives and auxiliaries'
    // own verbs are not new predicates.
    if (main >= 0 && !(isVerbal(tokens[x - 1]!) || tokens[x - 1]!.pos === 'ADV')) return stop;
    if (main < 0) {
      if (!isNounish(tokens[x - 1]!)) return stop;
      main = x;
    }
  }
  return main > k && main <= stop + 1 ? main - 1 : stop;
}

/** Verbs that frame a clause from inside it with their speaker after them ("…, says Kristjan Magi, …"). */
const PARENTHETICAL_CUES = new Set(['say', 'add', 'argue', 'insist', 'note', 'explain', 'warn', 'claim']);
/**
 * Whether tokens from..to go on with a clause: its first verb is no relative clause's ("said Jeffrey Trimble, a
 * senior official with the board that oversees them" is an appositive of the speaker).
 */
function clauseGoesOn(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const w = ctx.words[i]!;
    if (w === 'that' || w === 'who' || w === 'which' || w === ',') return false;
    const pos = ctx.tokens[i]!.pos;
    // "an Iowa operative currently working for …": a participle makes an appositive, no clause.
    if (pos === 'AUX' || (pos === 'VERB' && !/ing$/.test(w))) return true;
    if (pos === 'VERB' || pos === 'ADP') return false;
  }
  return false;
}

/** Longest speaker phrase between an inverted parenthetical cue and its closing comma, in tokens. */
const PARENTHETICAL_SPEAKER = 10;

/**
 * The speaker of an inverted frame between commas inside a clause ("The fence, says Kristjan Magi, has cut …",
 * "Now, says a senior NATO official, the alliance …"): a noun phrase with no verb from the cue to a comma, with
 * the clause going on after it. Null when the cue is not framed so.
 */
function parentheticalSpeaker(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number): Range | null {
  const { words, tokens } = ctx;
  if (cue.first !== cue.last || !PARENTHETICAL_CUES.has(baseLemma(cue.lemma))) return null;
  if (words[cue.first - 1] !== ',' || cue.first - 2 < sFirst || ctx.quoteOf[cue.first - 2]! >= 0) return null;
  const first = cue.last + 1;
  const head = tokens[first];
  if (!head || !(isNounish(head) || head.pos === 'DET' || head.pos === 'ADJ' || POSSESSIVES.has(words[first]!))) {
    return null;
  }
  for (let i = first + 1; i <= sLast && i - first <= PARENTHETICAL_SPEAKER; i++) {
    const t = tokens[i]!;
    if (words[i] === ',') return i + 1 <= sLast ? [first, i - 1] : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoteOf[i]! >= 0) return null;
  }
  return null;
}

/** Joiners of a clause with a subject of its own inside another's content. */
const CONTRAST_JOINERS = new Set(['while', 'whereas']);

/**
 * The subject of the last clause joined by "while" or "whereas" between `floor` and `to` ("…, while Morgan Stanley
 * lowered its forecast"): a noun phrase right after the joiner, followed by a verb.
 */
function joinedClauseSubject(ctx: QuoteContext, floor: number, to: number): Range | null {
  for (let k = to - 1; k >= floor; k--) {
    if (!CONTRAST_JOINERS.has(ctx.words[k]!) || ctx.quoteOf[k]! >= 0) continue;
    let end = k;
    while (end + 1 < to && (isNounish(ctx.tokens[end + 1]!) || ctx.tokens[end + 1]!.pos === 'DET')) end++;
    const verb = ctx.tokens[end + 1];
    if (end === k || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
    return [k + 1, end];
  }
  return null;
}

/**
 * "Trump accused of lying" (a headline), "a contractor accused of spying": a verb that takes its object before its
 * preposition ("accused him of"), written bare right before that preposition, is a reduced passive, and the noun
 * before it is the one accused, not the accuser. With a pronoun subject or a relative pronoun before it ("whom he
 * accused of lying") the object was moved away, and the verb is active.
 */
function reducedObjectPassive(ctx: QuoteContext, cue: Cue): boolean {
  const { words, tokens } = ctx;
  const at = cue.first;
  // A phrasal cue's lemma carries its preposition ("accuse of"); the verb is its first word.
  const space = cue.lemma.indexOf(' ');
  const prepositions = OBJECT_THEN_PREPOSITION.get(space < 0 ? cue.lemma : cue.lemma.slice(0, space));
  if (!prepositions?.has(words[at + 1] ?? '') || !/ed$/.test(words[at]!) || tokens[at]!.pos !== 'VERB') return false;
  const before = words[at - 1] ?? '';
  if (SUBJECT_PRONOUNS.has(before) || tokens[at - 1]?.pos === 'AUX') return false;
  // "the offshoot, which French President Hollande blamed for …": a relative pronoun before the subject, with no
  // verb between, opens a clause whose object it is.
  for (let i = at - 1; i >= 0 && ctx.sentenceOf[i] === cue.sentence; i--) {
    if (RELATIVES.has(words[i]!)) return false;
    const pos = tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') break;
  }
  return true;
}

/** Verbs with an object before their preposition, and the prepositions they take after it. */
const OBJECT_THEN_PREPOSITION = new Map<string, ReadonlySet<string>>(
  (
    [
      ['accuse', ['of']],
      ['charge', ['with', 'over']],
      ['blame', ['for']],
      ['criticize', ['for', 'over']],
      ['criticise', ['for', 'over']],
      ['praise', ['for']],
      ['slam', ['for', 'over']],
      ['condemn', ['for', 'over']],
      ['fault', ['for']],
      ['thank', ['for']],
      ['chastise', ['for', 'over']],
      ['rebuke', ['for', 'over']],
      ['lambaste', ['for', 'over']],
      ['congratulate', ['on', 'for']],
    ] as const
  ).map(([lemma, ps]) => [lemma, new Set<string>(ps)]),
);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'who']);

/** Verbs whose reduced passive with "by" makes the noun before them the one addressed ("X, asked by reporters …"). */
const ASKED_BY = new Set(['ask', 'question', 'press', 'tell']);
/** Verbs whose participle before an infinitive is passive ("told to leave"); "asked to speak" is active. */
const TOLD_TO = new Set(['tell', 'urge', 'order', 'instruct', 'advise', 'warn', 'encourage']);

/** Whether a comma comes right before token `i`, alone or inside a closing quotation mark ("…,” said X). */
/** Whether the cue is a verb of saying or reporting ("said", "added", "pointed out"), by its lemma. */
function speechCue(cue: Cue): boolean {
  const lemma = baseLemma(cue.lemma);
  return REPORTING_CUES.has(lemma) || SPEECH_CUES.has(lemma);
}

function afterComma(ctx: QuoteContext, i: number): boolean {
  if (ctx.words[i - 1] === ',') return true;
  return quoteEndingAt(ctx, i - 1) >= 0 && ctx.words[i - 2] === ',';
}

/**
 * Whether the cue has an object of its own right after the frame ("In July, the union called for a moratorium"):
 * then the phrase before the comma is an introduction, not content. A hearer ("told reporters"), a date, a
 * preposition or a pronoun object is no such object.
 */
function objectFollows(ctx: QuoteContext, cue: Cue, k: number, last: number): boolean {
  if (k > last) return false;
  const w = ctx.words[k]!;
  // "… as town hall warns of 'black hole' in budget": a verb with its prepositional object ("warns of", "talks
  // about") is no frame closing a clause; "“…,” he said of the plan" is.
  if (PREPOSITIONAL_OBJECTS.has(w) && cue.lemma !== 'say' && k + 1 <= last) {
    const next = ctx.tokens[k + 1]!;
    const opening = ctx.quoteOf[k + 1]! >= 0 || OPENING_MARKS.has(ctx.words[k + 1]!);
    return isNounish(next) || next.pos === 'DET' || next.pos === 'ADJ' || opening;
  }
  // "In her memoir, Roe described how, as a child, …", "Jones did not say why": a wh-word after the cue opens its
  // object, a question.
  if (WH_OBJECTS.has(w)) return true;
  if (isHearerCue(ctx, cue)) return false;
  // "known as ''rabbit patches''": a quotation after a cue ending on its preposition is that preposition's object.
  // "…, and when the mayor thanked the city, a man yelled “Go home!”": a quotation right after the cue, with no
  // quotation before it to resume, is what was said.
  if (ctx.quoteOf[k]! >= 0) {
    if (k !== cue.last + 1) return false;
    const resumes = quoteEndingAt(ctx, cue.first - 1) >= 0 || quoteEndingAt(ctx, cue.first - 2) >= 0;
    return ctx.tokens[cue.last]!.pos === 'ADP' || (quoteStartingAt(ctx, k) >= 0 && !resumes);
  }
  const t = ctx.tokens[k]!;
  if (ctx.inDate[k] === 1 || DATE_WORDS.has(w)) return false;
  // "Sanders compared himself to Clinton", "the casinos reported $2.17 billion": a reflexive pronoun and an amount
  // are objects too.
  if (REFLEXIVES.has(w) || CURRENCY.has(w)) return true;
  return isNounish(t) || t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(w);
}

const PREPOSITIONAL_OBJECTS = new Set(['of', 'about', 'against']);
/** Wh-words that open a cue's object, an indirect question ("described how …", "did not say why"). */
const WH_OBJECTS = new Set(['how', 'why', 'whether', 'what']);

/**
 * "…, the president told his advisers as he prepared for the debate": after a hearer, a subordinate clause is an
 * adverbial of the frame, as it is right after "said". "when" there ("told them when the vote is") may open the
 * content instead.
 */
function adverbialAfterHearer(ctx: QuoteContext, cue: Cue, k: number, last: number): boolean {
  if (k > last || !isHearerCue(ctx, cue)) return false;
  const past = pastHearer(ctx, k, last);
  const w = ctx.words[past] ?? '';
  return past > k && FRAME_SUBORDINATORS.has(w) && w !== 'when' && ctx.quoteOf[past - 1]! < 0;
}

/**
 * "As Rosenthal noted, Trump is free to …", "Trump is free to …, as Rosenthal noted", "Hawaii, as one of the
 * advisers pointed out, rarely gets …": the clause around the "as" frame is the content, in one or two fragments.
 */
function asSourceSaid(
  ctx: QuoteContext,
  cue: Cue,
  as: number,
  frameEnd: number,
  sFirst: number,
  sLast: number,
  cueAt: Int32Array,
  source: Range,
): Candidate | null {
  const { words } = ctx;
  // "As the paper noted in an editorial Thursday, …": a date or a prepositional phrase with no verb may end the frame.
  frameEnd = pastFrameAdjunct(ctx, frameEnd, sLast, cueAt);
  // "as Rosenthal said, …", "…, as he put it.": the frame closes right after the cue; "as blaze rips through
  // Portland warehouse" is no frame.
  const closing = words[frameEnd + 1];
  if (
    frameEnd + 1 <= sLast &&
    closing !== ',' &&
    closing !== '.' &&
    closing !== '—' &&
    closing !== ')' &&
    closing !== ':'
  ) {
    return null;
  }
  const content: Span[] = [];
  // "she arrived with, as she later put it, “one suitcase and a head full of equations”": the quotation right after
  // the frame is what was put so, not the clause it sits in.
  const quoted = words[frameEnd + 1] === ',' ? quoteStartingAt(ctx, frameEnd + 2) : -1;
  if (quoted >= 0) {
    return make(cue, [spanOfQuote(ctx, quoted)], source, 'quotes/direct:as-source-said', 0.75, [as, frameEnd + 1]);
  }
  let before = as - 1;
  while (before >= sFirst && (words[before] === ',' || words[before] === '—' || words[before] === '(')) before--;
  if (before >= sFirst) content.push(span(ctx, sFirst, trimEnd(ctx, sFirst, before)));
  const resume = words[frameEnd + 1] === ',' ? frameEnd + 2 : -1;
  if (resume > 0 && resume <= sLast && cueAt[resume]! < 0) {
    const end = trimEnd(ctx, resume, contentStop(ctx, resume, sLast, cueAt));
    if (end >= resume && hasVerb(ctx, resume, end)) content.push(span(ctx, resume, end));
  }
  if (content.length === 0) return null;
  return make(cue, content, source, 'quotes/indirect:as-source-said', 0.75, [as, frameEnd]);
}

/** How many tokens a date or a prepositional phrase after an "as" frame's cue may have. */
const FRAME_ADJUNCT_REACH = 10;

/**
 * The last token of an "as" frame: after the cue (`frameEnd`) a date or a prepositional phrase with no verb, no
 * quotation and no other cue that runs to a comma ("as the Times reported on Saturday, …", "as she points out in
 * a column, …") belongs to the frame; otherwise `frameEnd` unchanged.
 */
function pastFrameAdjunct(ctx: QuoteContext, frameEnd: number, sLast: number, cueAt: Int32Array): number {
  const { words, tokens } = ctx;
  const k = frameEnd + 1;
  if (k > sLast || !(tokens[k]!.pos === 'ADP' || ctx.inDate[k] === 1 || DATE_WORDS.has(words[k]!))) return frameEnd;
  if (words[k] === 'that' || words[k] === 'as') return frameEnd;
  for (let i = k + 1; i <= Math.min(sLast, k + FRAME_ADJUNCT_REACH); i++) {
    if (words[i] === ',') return i - 1;
    // "…, as the mayor said on Tuesday.": a frame closing the sentence ends at its final mark.
    if (i === sLast && SENTENCE_ENDS.has(words[i]!)) return i - 1;
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoteOf[i]! >= 0 || cueAt[i]! >= 0 || words[i] === '.') break;
  }
  return frameEnd;
}

/**
 * "As reported by the Journal, the city …": a reporting participle after an opening "as", its agent after "by",
 * then a comma and the clause it reports.
 */
function asReportedBy(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number, cueAt: Int32Array): Candidate | null {
  const { words } = ctx;
  const as = cue.first - 1;
  const by = cue.last + 1;
  if (as < sFirst || words[as] !== 'as' || words[by] !== 'by' || !/ed$/.test(words[cue.last]!)) return null;
  if (as > sFirst && !FRAME_OPENERS_BEFORE_AS.has(words[as - 1]!)) return null;
  const found = speakerAfter(ctx, by, sLast, (i) => cueAt[i]! >= 0);
  if (!found) return null;
  // "As reported by the Journal, the city …": the clause's subject after the comma reads as an appositive.
  let comma = found[0];
  while (comma <= found[1] && words[comma] !== ',') comma++;
  const source: Range = [found[0], Math.min(found[1], comma - 1)];
  const frameEnd = pastFrameAdjunct(ctx, source[1], sLast, cueAt);
  const resume = frameEnd + 2;
  if (words[frameEnd + 1] !== ',' || resume > sLast || cueAt[resume]! >= 0) return null;
  const end = trimEnd(ctx, resume, contentStop(ctx, resume, sLast, cueAt));
  if (end < resume || !hasVerb(ctx, resume, end)) return null;
  return make(cueOver(cue, cue.first, by), [span(ctx, resume, end)], source, 'quotes/indirect:as-source-said', 0.75, [
    as,
    frameEnd + 1,
  ]);
}

/** What may stand right before an opening "as" frame: a comma or a conjunction ("But as reported by …, …"). */
const FRAME_OPENERS_BEFORE_AS = new Set([',', 'and', 'but', '(', '—']);

/**
 * Whether the sentence before the frame ends with a quotation that leads into it: "“Why now?” ¶ she asked" is
 * split by the sentence splitter, but "“…change.” She adds, “…”" and a quotation closing the paragraph before
 * are not the frame's content.
 */
function closesIntoFrame(ctx: QuoteContext, pre: number): boolean {
  if (pre < 0) return true;
  const q = quoteEndingAt(ctx, pre);
  if (q < 0) return true;
  return (
    FRAME_OPENERS.has(ctx.words[beforeClosingMark(ctx, pre)] ?? '') &&
    paragraphOf(ctx, pre) === paragraphOf(ctx, pre + 1)
  );
}

/**
 * Whether the part after the frame (from `resume`) is a whole clause with its own subject.
 */
function clauseAfterFrame(ctx: QuoteContext, resume: number, last: number): boolean {
  const lead = ctx.tokens[resume]!;
  const subject = lead.pos !== 'VERB' && lead.pos !== 'AUX' && lead.pos !== 'ADV' && lead.pos !== 'CCONJ';
  return subject && subjectThenVerb(ctx, resume, last);
}

/**
 * "The issue was first reported by The Washington Post", "Clinton has been endorsed by dozens of papers": a
 * passive cue with a by-agent. The agent is the source, the subject the content, and "by" joins the cue.
 */
function passiveBy(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number, cueAt: Int32Array): Candidate | null {
  const { words } = ctx;
  let auxiliary = false;
  for (let i = cue.first; i < cue.last; i++) if (PASSIVE_BE.has(words[i]!)) auxiliary = true;
  // "was endorsed Friday by the union": a date of the cue before the agent.
  let by = cue.last + 1;
  while (auxiliary && by < sLast && (ctx.inDate[by] === 1 || DATE_WORDS.has(words[by]!))) by++;
  if (words[by] !== 'by' || by >= sLast || !/(?:ed|en)$/.test(words[cue.last]!)) return null;
  if (cue.first <= sFirst) return null;
  const reduced = auxiliary ? -1 : reducedPassiveHead(ctx, cue, sFirst, sLast);
  if (!auxiliary && reduced < 0) return null;
  const source = speakerAfter(ctx, by, sLast, () => false) ?? agentAfter(ctx, by, sLast);
  // "was quoted by IRNA as saying …": the agent reported the speaker's words, which the "as saying" cue takes (with
  // the agent as its reporter); the subject is who spoke, no content.
  if (source && QUOTED_AS.has(cue.lemma) && words[source[1] + 1] === 'as') return null;
  // "was asked by the host whether …": the question after the agent is the content, which the hearer rules read.
  if (source && isHearerCue(ctx, cue) && ASKED_WHAT.has(words[source[1] + 1] ?? '')) return null;
  // "will be greeted by …": what is yet to happen is nobody's stance.
  for (let i = cue.first; i < cue.last; i++) if (words[i] === 'will') return null;
  // "The senator, meanwhile, is supported by …": an adverb between commas before the cue.
  let before = auxiliary ? cue.first - 1 : reduced;
  if (auxiliary && words[before] === ',' && ctx.tokens[before - 1]?.pos === 'ADV' && words[before - 2] === ',') {
    before -= 3;
  }
  const subject = phraseEndingAt(ctx, before, sFirst);
  if (!source || !subject) return null;
  const content = [span(ctx, subject[0], subject[1])];
  // "was criticized by rivals for failing to campaign": what the stance is about goes on after the agent.
  const reason = source[1] + 1;
  if (auxiliary && REASONS.has(words[reason]!) && REASON_VERBS.has(baseLemma(words[cue.last]!)) && reason < sLast) {
    const end = trimEnd(ctx, reason, contentStop(ctx, reason + 1, sLast, cueAt));
    if (end > reason) content.push(span(ctx, reason, end));
  }
  return make(cueOver(cue, cue.first, by), content, source, 'quotes/indirect:passive-by', 0.7, [cue.first, by]);
}

/**
 * Verbs of taking a stance on something or of reporting it, whose reduced passive with "by" PolNeAR marks ("a
 * measure opposed by unions", "a fact confirmed by the department"); a thing made or handed over ("a letter written
 * by", "audio provided by") is no attribution.
 */
const STANCE_PARTICIPLES = new Set([
  'oppose',
  'criticize',
  'criticise',
  'endorse',
  'support',
  'back',
  'favor',
  'favour',
  'report',
  'confirm',
  'deny',
  'reject',
  'dispute',
  'describe',
  'echo',
  'document',
  'propose',
  'champion',
  'establish',
  'praise',
  'condemn',
  'denounce',
  'question',
  'challenge',
  'claim',
  'recommend',
  'accuse',
  'dismiss',
  'proclaim',
  'advocate',
  'tout',
  'promote',
]);
/** Adverbs that may stand between a noun and its reduced passive ("a fact first reported by …"). */
const PARTICIPLE_ADVERBS = new Set(['first', 'later', 'once', 'strongly', 'widely', 'also', 'long', 'previously']);

/**
 * "a practice criticized by civil rights groups", "a fact first reported by a local TV station", "The bill, opposed
 * by House Republicans, never passed": a participle with "by" right after a noun (or after its comma) is a reduced
 * passive on that noun, which PolNeAR takes as the content and the agent as the source. The noun must be no bare
 * subject of the participle as a main verb: another verb in the sentence, before the noun or after the agent, makes
 * the participle a modifier. Returns the noun's token, or -1.
 */
function reducedPassiveHead(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number): number {
  const { words, tokens } = ctx;
  if (!baseForms(words[cue.last]!).some((b) => STANCE_PARTICIPLES.has(b))) return -1;
  for (let i = cue.first; i < cue.last; i++) if (tokens[i]!.pos !== 'ADV') return -1;
  let head = cue.first - 1;
  if (PARTICIPLE_ADVERBS.has(words[head]!) && head > sFirst) head--;
  const comma = words[head] === ',' && head > sFirst;
  if (comma) head--;
  if (!isNounish(tokens[head]!) || ctx.quoteOf[head]! >= 0) return -1;
  // After a comma, only the sentence's subject: "Charter schools remain a favorite, promoted by …" is said of the
  // subject, not of the complement before the comma.
  if (comma && phraseEndingAt(ctx, head, sFirst)?.[0] !== sFirst) return -1;
  for (let i = sFirst; i <= sLast; i++) {
    if (i >= head && i <= cue.last + 1) continue;
    const pos = tokens[i]!.pos;
    if ((pos === 'VERB' || pos === 'AUX') && ctx.quoteOf[i]! < 0) return head;
  }
  return -1;
}

/** Words that open what a hearer was asked or told. */
const ASKED_WHAT = new Set(['whether', 'if', 'about', 'to', 'that', 'what', 'why', 'how', 'when']);
/** Determiners that stand for a noun phrase of their own ("by 42 percent of those responding"). */
const DEMONSTRATIVES = new Set(['those', 'these']);
/** Prepositions after a passive's agent that say what it was blamed or praised for ("criticized by X for …"). */
const REASONS = new Set(['for', 'of']);
/** Verbs whose passive takes such a reason. */
const REASON_VERBS = new Set([
  'criticize',
  'criticized',
  'praise',
  'praised',
  'rebuke',
  'rebuked',
  'attack',
  'attacked',
  'accuse',
  'accused',
  'blame',
  'blamed',
  'fault',
  'faulted',
  'slam',
  'slammed',
  'condemn',
  'condemned',
]);

/**
 * A passive's agent that is no name ("by some of his rivals", "by 42 percent of those responding", "by far fewer
 * unions"): the noun phrase after "by", through "of" and its object, to the first other preposition, verb or mark.
 */
function agentAfter(ctx: QuoteContext, by: number, sLast: number): Range | null {
  const { words, tokens } = ctx;
  let last = -1;
  for (let i = by + 1; i <= sLast; i++) {
    const pos = tokens[i]!.pos;
    const w = words[i]!;
    if (ctx.quoteOf[i]! >= 0) break;
    if (w === 'of' && last >= 0 && i < sLast) continue;
    if (
      pos === 'DET' ||
      pos === 'ADJ' ||
      pos === 'NUM' ||
      pos === 'PRON' ||
      isNounish(tokens[i]!) ||
      QUANTIFIERS.has(w)
    )
      last = i;
    else if (pos === 'ADV' && last < 0) continue;
    else break;
  }
  if (last >= 0 && tokens[last]!.pos === 'DET' && DEMONSTRATIVES.has(words[last]!)) return [by + 1, last];
  if (
    last < 0 ||
    words[last] === 'of' ||
    !(isNounish(tokens[last]!) || tokens[last]!.pos === 'PRON' || QUANTIFIERS.has(words[last]!))
  )
    return null;
  return [by + 1, last];
}

/** Participles that, reduced and with "by", say who saw a document: "a letter obtained by CNN". */
const SIGHTING = new Set(['see', 'obtain', 'review', 'view', 'cite', 'publish', 'verify']);

/**
 * "an internal document seen by POLITICO", "emails reviewed by Reuters": a reduced passive after a noun names the
 * outlet that saw the document, which says nothing itself; what follows "by" is its agent, never content.
 */
function sightedBy(ctx: QuoteContext, cue: Cue): boolean {
  const before = ctx.tokens[cue.first - 1];
  return (
    ctx.words[cue.last] === 'by' &&
    cue.last === cue.first + 1 &&
    SIGHTING.has(baseLemma(cue.lemma.split(' ')[0]!)) &&
    before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN')
  );
}

/** A block quotation has at least this many words. */
const BLOCK_MIN_WORDS = 6;

/**
 * The paragraph starting at token `k` as a block quotation after "X added:": the whole paragraph (its final
 * punctuation kept, as PolNeAR does), when it holds no quotation mark and is a clause of some length.
 */
function blockParagraph(ctx: QuoteContext, k: number): Span | null {
  const p = paragraphOf(ctx, k);
  let last = k;
  while (last + 1 < ctx.tokens.length && paragraphOf(ctx, last + 1) === p) last++;
  for (let i = k; i <= last; i++) if (ctx.quoteOf[i]! >= 0) return null;
  if (wordCount(ctx, k, last) < BLOCK_MIN_WORDS || !hasVerb(ctx, k, last)) return null;
  return span(ctx, k, last);
}

/**
 * "The Australian cited secret intelligence reports that confirmed Huawei had turned over passwords": what a
 * citing speaker claims is the clause its cited source states, after "that/which" and the source's own cue.
 * Returns the token the content starts at (`k` when the object is no such source).
 */
function citedClaim(ctx: QuoteContext, cue: Cue, k: number, end: number, cueAt: Int32Array): number {
  if (cue.lemma !== 'cite') return k;
  for (let i = k + 1; i < end && i - k <= CITED_REACH; i++) {
    const w = ctx.words[i]!;
    if (ctx.quoteOf[i]! >= 0 || w === ',') return k;
    if ((w === 'that' || w === 'which') && cueAt[i + 1]! >= 0) {
      let after = i + 1;
      while (after <= end && cueAt[after] === cueAt[i + 1]) after++;
      if (ctx.words[after] === 'that') after++;
      return after <= end ? after : k;
    }
  }
  return k;
}
const CITED_REACH = 10;

/**
 * "Mrs. Clinton, these people said, would be open to …": a left phrase "SUBJECT, SPEAKER" before the cue and a verb
 * phrase after its comma are the content's two fragments, the phrase after the first comma the speaker.
 */
function subjectSpeakerSplit(
  ctx: QuoteContext,
  cue: Cue,
  left: Range,
  sFirst: number,
  sLast: number,
  cueAt: Int32Array,
): Candidate | null {
  const { words, tokens } = ctx;
  const resume = cue.last + 2;
  if (words[cue.last + 1] !== ',' || resume > sLast || left[0] !== sFirst) return null;
  const next = tokens[resume]!;
  if (!(next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(words[resume]!)))) return null;
  let comma = -1;
  for (let i = left[0]; i <= left[1]; i++) {
    if (words[i] === ',') {
      comma = i;
      break;
    }
  }
  if (comma <= left[0] || comma >= left[1] || words[left[1]] === ',') return null;
  const end = trimEnd(ctx, resume, contentStop(ctx, resume, sLast, cueAt));
  if (end < resume) return null;
  const content = [span(ctx, left[0], comma - 1), span(ctx, resume, end)];
  return make(cue, content, [comma + 1, left[1]], 'quotes/indirect:clause-cue-clause', 0.7, [comma, cue.last + 1]);
}

/** "for NP to VERB …" followed by a clause with its own subject and verb, within the sentence. */
function forToThenClause(ctx: QuoteContext, k: number, last: number): boolean {
  for (let i = k + 2; i < Math.min(last, k + FOR_TO_REACH); i++) {
    if (ctx.words[i] === 'to' && ctx.tokens[i + 1]?.pos === 'VERB') {
      for (let j = i + 2; j < last; j++) if (subjectThenVerb(ctx, j, last)) return true;
      return false;
    }
    if (ctx.tokens[i]!.pos === 'VERB' || ctx.tokens[i]!.pos === 'AUX' || ctx.words[i] === ',') return false;
  }
  return false;
}
const FOR_TO_REACH = 8;

/** Relative words whose clause a parenthetical "X said" may interrupt. */
const RELATIVES = new Set(['which', 'that', 'who', 'whom', 'what']);

/**
 * "policies, which he said had harmed the economy", "a strike that executives said could affect earnings", "what
 * he said were the failures of …": a speech verb inside a relative clause, right before that clause's own verb.
 * PolNeAR's content is the relative word and the rest of the clause ("which … had harmed the economy").
 */
function relativeSaid(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number, cueAt: Int32Array): Candidate | null {
  const { words, tokens } = ctx;
  const next = tokens[cue.last + 1];
  if (
    !next ||
    cue.last + 1 > sLast ||
    !(next.pos === 'AUX' || next.pos === 'VERB') ||
    !SAY_VERBS.has(baseLemma(cue.lemma))
  ) {
    return null;
  }
  if (/ing$/.test(words[cue.last + 1]!) && next.pos === 'VERB') return null;
  // "that it was reported live on …": a passive cue has no speaker as its subject.
  if (passiveCue(ctx, cue) || PASSIVE_BE.has(words[cue.first]!)) return null;
  let phrase = phraseEndingAt(ctx, cue.first - 1, sFirst);
  if (!phrase) return null;
  // "a move analysts said would tighten supply": a bare plural right before the cue, after a noun, is the subject
  // of a reduced relative clause, not the last word of a compound.
  const last = phrase[1];
  // "a strike that company executives said …" keeps its compound after the relative word.
  const barePlural =
    last > sFirst &&
    tokens[last]!.pos === 'NOUN' &&
    /s$/.test(words[last]!) &&
    tokens[last - 1]!.pos === 'NOUN' &&
    !RELATIVES.has(words[phrase[0] - 1] ?? '') &&
    !RELATIVES.has(words[phrase[0]]!);
  if (barePlural) phrase = [last, last];
  // The tagger may read "which" or "that" as the subject's determiner ("which critics").
  const led = RELATIVES.has(words[phrase[0]]!) && phrase[0] < phrase[1];
  const subject: Range = led ? [phrase[0] + 1, phrase[1]] : phrase;
  let rel = subject[0] - 1;
  // "which even her critics say was …": a focusing adverb between the relative word and the subject.
  if (rel > sFirst && tokens[rel]!.pos === 'ADV' && RELATIVES.has(words[rel - 1]!)) rel--;
  if (rel < sFirst || ctx.quoteOf[rel]! >= 0) return null;
  // "a probe the agency said was ongoing": with no relative word, the noun phrase before the subject is what the
  // clause is about, and PolNeAR's content starts with it ("a probe … was ongoing").
  const antecedent =
    !RELATIVES.has(words[rel]!) &&
    !led &&
    ctx.tokens[rel]!.pos === 'NOUN' &&
    (ctx.tokens[subject[0]]!.pos === 'DET' || barePlural)
      ? phraseEndingAt(ctx, rel, sFirst)
      : null;
  if (!RELATIVES.has(words[rel]!) && !antecedent) return null;
  const k = cue.last + 1;
  const end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
  if (end < k) return null;
  const rest = span(ctx, k, end);
  const content = [antecedent ? span(ctx, antecedent[0], antecedent[1]) : span(ctx, rel, rel), rest];
  return make(cue, content, subject, 'quotes/indirect:relative-said', 0.85, [subject[0], cue.last]);
}
/** Verbs of saying and of holding a view that a relative clause's own verb may follow ("which critics fear will …"). */
const SAY_VERBS = new Set([
  'say',
  'tell',
  'claim',
  'believe',
  'think',
  'argue',
  'estimate',
  'predict',
  'allege',
  'hope',
  'doubt',
  'conclude',
  'fear',
  'expect',
  'suspect',
  'insist',
  'contend',
  'suggest',
  'acknowledge',
  'assert',
  'maintain',
  'warn',
  'feel',
  'find',
  'report',
  'assume',
]);

/**
 * "The city will build a bridge, a plan the mayor announced last year.": an appositive noun phrase after a comma,
 * then a relative clause with no relative word whose cue has no object of its own. The noun phrase is what the cue
 * is about (PolNeAR's content "a plan"), and the relative clause's subject is the source.
 */
function objectRelative(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number): Candidate | null {
  const { words, tokens } = ctx;
  // A passive ("the day the deal was announced") has its object as subject, so no noun phrase is left for it.
  if (tokens[cue.last]!.pos !== 'VERB' || isHearerCue(ctx, cue) || passiveCue(ctx, cue)) return null;
  const subject = phraseEndingAt(ctx, cue.first - 1, sFirst);
  if (!subject) return null;
  const rel = subject[0] - 1;
  const opener = tokens[subject[0]]!;
  // "the playwright who wrote …" is a relative with its own subject word.
  if (RELATIVES.has(words[subject[0]]!) || RELATIVES.has(words[rel]!)) return null;
  if (
    rel <= sFirst ||
    tokens[rel]!.pos !== 'NOUN' ||
    !(opener.pos === 'DET' || opener.pos === 'PRON' || opener.pos === 'PROPN')
  )
    return null;
  const antecedent = phraseEndingAt(ctx, rel, sFirst);
  if (!antecedent || words[antecedent[0] - 1] !== ',' || tokens[antecedent[0]]!.pos !== 'DET') return null;
  const k = cue.last + 1;
  if (!clauseEndsAt(ctx, k, sLast) || objectFollows(ctx, cue, k, sLast)) return null;
  const content = [span(ctx, antecedent[0], antecedent[1])];
  return make(cue, content, subject, 'quotes/indirect:object-relative', 0.75, [subject[0], cue.last]);
}

/**
 * "…, allegations which he has denied.", "(which the mayor also supports)": "which", the relative clause's subject
 * and the cue, and no object after the cue. "which" is what the cue is about (PolNeAR's content is that one word),
 * and the subject is the source. Only "which": on PolNeAR train "that", "what" and "whom" there were as often no
 * attribution, or one whose content goes on past the cue.
 */
function pronounRelative(ctx: QuoteContext, cue: Cue, sFirst: number, sLast: number): Candidate | null {
  const { words, tokens } = ctx;
  if (tokens[cue.last]!.pos !== 'VERB' || isHearerCue(ctx, cue) || passiveCue(ctx, cue)) return null;
  const subject = phraseEndingAt(ctx, cue.first - 1, sFirst);
  if (!subject || RELATIVES.has(words[subject[0]]!)) return null;
  const rel = subject[0] - 1;
  if (rel < sFirst || words[rel] !== 'which' || ctx.quoteOf[rel]! >= 0) return null;
  // "whom he described as “volatile”", "what it calls “psychographic” profiles": a complement after the cue is
  // more of what was said, which the rules for the cue's right side read.
  const k = cue.last + 1;
  if (k <= sLast && (ctx.quoteOf[k]! >= 0 || tokens[k]!.pos === 'ADP' || words[k] === 'as')) return null;
  if (words[k] === ',' && quoteStartingAt(ctx, k + 1) >= 0) return null;
  if (!clauseEndsAt(ctx, k, sLast) || objectFollows(ctx, cue, k, sLast)) return null;
  return make(cue, [span(ctx, rel, rel)], subject, 'quotes/indirect:object-relative', 0.75, [subject[0], cue.last]);
}

/** Words opening an adverbial clause or phrase before a sentence's subject. */
const INTRODUCERS = new Set(['as', 'when', 'while', 'after', 'before', 'if', 'asked', 'pressed', 'since', 'once']);

/**
 * "Asked if …, Trump replied, “Well, maybe so.”", "As he arrived, a man yelled “Stay there!”": a quotation right
 * after the cue, and before the subject only an introductory clause (no quotation ending there), so the content is
 * the quotation on the right, not the introduction on the left.
 */
function introThenQuotation(ctx: QuoteContext, sFirst: number, pre: number, frameEnd: number): boolean {
  const { words } = ctx;
  let k = frameEnd + 1;
  if (words[k] === ',' || words[k] === ':') k++;
  if (quoteStartingAt(ctx, k) < 0 || pre < sFirst || ctx.quoteOf[pre]! >= 0 || ctx.quoteOf[pre - 1]! >= 0) {
    return false;
  }
  const lead = ctx.tokens[sFirst]!;
  return INTRODUCERS.has(words[sFirst]!) || lead.pos === 'SCONJ';
}

/** Conjunctions opening an adverbial clause before the main clause's subject ("as" frames have rules of their own). */
const SUBORDINATORS = new Set([
  'when',
  'whenever',
  'after',
  'before',
  'while',
  'if',
  'although',
  'though',
  'because',
  'since',
  'once',
  'until',
  'unless',
  'whereas',
]);

/**
 * "When Trump launched his campaign, his critics denounced him", "Asked about the merger, she defended it": all that
 * stands before the subject is an adverbial clause, opened by a subordinator or a participle and not split by a
 * comma, so it is no content; what the cue says is after it. A frame between commas ("If elected, he said, he
 * would …") resumes the clause, and "Although X, Y, the minister said" has a main clause before the frame: both
 * stay content.
 */
function adverbialOpening(
  ctx: QuoteContext,
  sFirst: number,
  pre: number,
  frameEnd: number,
  seen: { skippedLeft: boolean },
): boolean {
  const { words, tokens } = ctx;
  if (pre <= sFirst || words[pre] !== ',' || words[frameEnd + 1] === ',') return false;
  const lead = tokens[sFirst]!;
  const participle = lead.pos === 'VERB' && /(?:ing|ed)$/.test(words[sFirst]!);
  // "Entering the last debate, the senator faced criticism over …", "In his memoir, ''Title,'' published in 2015,
  // Cruz described …": a participial or prepositional opening with no finite verb says nothing that was said, even
  // when nothing after the cue is content (no retry).
  if ((participle || lead.pos === 'ADP') && verblessOpening(ctx, sFirst, pre - 1)) return true;
  if (!SUBORDINATORS.has(words[sFirst]!) && !participle) return false;
  for (let i = sFirst + 1; i < pre; i++) if (words[i] === ',' || ctx.quoteOf[i]! >= 0) return false;
  seen.skippedLeft = true;
  return true;
}

/**
 * Whether `from`..`to` has no verb of a clause outside quotations: no auxiliary, and every verb a participle in -ing,
 * the opening word, or one right after a comma ("In his memoir, published in 2015,"). "As a woman, she likely
 * raised less suspicion" has one.
 */
function verblessOpening(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    if (ctx.quoteOf[i]! >= 0) continue;
    const pos = ctx.tokens[i]!.pos;
    if (pos === 'AUX') return false;
    if (pos === 'VERB' && i > from && ctx.words[i - 1] !== ',' && !PARTICIPLE.test(ctx.words[i]!)) return false;
  }
  return true;
}

/**
 * "Clinton was attacked by Sanders, who cites the speeches as evidence": a cue whose subject is a relative pronoun
 * after a comma says nothing of the clause its antecedent is in; its content is after it.
 */
function relativeSubject(
  ctx: QuoteContext,
  source: Range | null,
  pre: number,
  seen: { skippedLeft: boolean },
): boolean {
  if (!source || source[0] !== source[1] || ctx.words[pre] !== ',') return false;
  const w = ctx.words[source[0]];
  if (w !== 'who' && w !== 'which') return false;
  seen.skippedLeft = true;
  return true;
}

/**
 * Whether everything before the cue is its subject phrase, with appositives or an aside between commas
 * ("Clinton's communications director, Jennifer Palmieri, dismissed …"): then the phrase after the cue is its
 * object, not an inverted speaker.
 */
function subjectFillsLeft(ctx: QuoteContext, cue: number, sFirst: number): boolean {
  const subject = speakerBefore(ctx, cue, sFirst);
  return subject !== null && subject[0] === sFirst;
}

/** The longest source "according to" may name when the tagger misreads it ("police" tagged a verb). */
const ACCORDING_TO_REACH = 20;

/**
 * What "according to" names when the speaker rules reject it for a misread tag ("According to police,", "according
 * to the conservative-leaning Tax Foundation,"): the words up to the comma, when they are few and hold no
 * auxiliary outside a relative clause, and no quotation.
 */
/** Whether the cue opens its sentence, after at most a conjunction, a comma or an opening bracket. */
/**
 * Where the clause of an opening cue starts when a colon or semicolon before it (past commas, brackets and
 * conjunctions) closes the clause before ("… gone unnoticed: according to recent polls, …"); `sFirst` otherwise.
 */
function clauseOpener(ctx: QuoteContext, first: number, sFirst: number): number {
  let before = first - 1;
  while (
    before >= sFirst &&
    (ctx.words[before] === ',' || ctx.words[before] === '(' || ctx.tokens[before]!.pos === 'CCONJ')
  )
    before--;
  const w = ctx.words[before];
  return before > sFirst && (w === ':' || w === ';') && ctx.quoteOf[before]! < 0 ? before + 1 : sFirst;
}

/**
 * The first verb of a clause in `from`..`to` outside quotations, or -1: an auxiliary, a verb not ending in -ing,
 * -ed or -en, or one in -ed or -en right after a noun or pronoun, its subject ("orders doubled").
 */
function finiteVerbFrom(ctx: QuoteContext, from: number, to: number): number {
  for (let i = from; i <= to; i++) {
    const t = ctx.tokens[i]!;
    if (ctx.quoteOf[i]! >= 0) continue;
    if (t.pos === 'AUX' && ctx.words[i] !== 'to') return i;
    if (t.pos !== 'VERB' || /ing$/.test(ctx.words[i]!)) continue;
    if (!/(?:ed|en)$/.test(ctx.words[i]!)) return i;
    const prev = i > from ? ctx.tokens[i - 1]!.pos : undefined;
    if (prev === 'NOUN' || prev === 'PROPN' || prev === 'PRON') return i;
  }
  return -1;
}

/** Words that open a clause on the frame's source rather than the rest of the interrupted clause. */
const FRAME_TAIL_OPENERS = new Set(['which', 'who', 'whose', 'whom', 'that', 'where', 'when', 'as']);

/**
 * After an interrupting frame ("…, according to X, REST"): REST, from the comma or dash at `at` to the sentence
 * end, when it is the predicate or clause the frame interrupted: it has a finite verb and does not open a relative
 * clause or participle on the source ("…, according to CrowdTangle, which tracks …"). Null otherwise.
 */
function interruptedRest(ctx: QuoteContext, at: number, sLast: number, cueAt: Int32Array): Range | null {
  const { words } = ctx;
  if (words[at] !== ',' && !isDash(ctx, at)) return null;
  const k = at + 1;
  if (k > sLast || FRAME_TAIL_OPENERS.has(words[k]!.toLowerCase()) || PARTICIPLE.test(words[k]!)) return null;
  const end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
  if (end < k) return null;
  const verb = finiteVerbFrom(ctx, k, end);
  // The verb must come before any further cue: "…, according to X, Y said" is Y's frame, not the rest.
  if (verb < 0 || cueAt.subarray(k, verb + 1).some((c) => c >= 0)) return null;
  return [k, end];
}

function openingCue(ctx: QuoteContext, first: number, sFirst: number): boolean {
  let before = first - 1;
  while (
    before >= sFirst &&
    (ctx.words[before] === ',' || ctx.words[before] === '(' || ctx.tokens[before]!.pos === 'CCONJ')
  )
    before--;
  return before < sFirst;
}

function phraseBeforeComma(ctx: QuoteContext, first: number, last: number): Range | null {
  if (last < first || last - first >= ACCORDING_TO_REACH) return null;
  // "According to State Department cables at the time that were later released by WikiLeaks, …": a relative clause
  // inside the source may have its own verb.
  let relative = false;
  for (let i = first; i <= last; i++) {
    const w = ctx.words[i]!;
    if (i > first && (w === 'that' || w === 'which' || w === 'who')) relative = true;
    if ((ctx.tokens[i]!.pos === 'AUX' && !relative) || ctx.quoteOf[i]! >= 0) return null;
  }
  return [first, last];
}

/** Marks a quotation ends on when a frame follows it: "“…,” he said", "“…?” she asked". */
const FRAME_OPENERS = new Set([',', '?', '!', '—', '--', '-', '–']);

/**
 * Whether a quotation that opens its sentence ends at `pre` with a comma (or ? ! —) before its closing mark: the
 * classic "“…,” Trump said at a campaign stop this week" frame, whose content is the quotation whatever follows
 * the cue.
 */
function leadingQuote(ctx: QuoteContext, pre: number, sFirst: number): boolean {
  const q = pre >= 0 ? quoteEndingAt(ctx, pre) : -1;
  if (q < 0 || ctx.quoteTokens[q]![0] > sFirst) return false;
  return FRAME_OPENERS.has(ctx.words[beforeClosingMark(ctx, pre)] ?? '');
}

/**
 * The token before the closing mark that ends at `pre`: a mark written as two tokens ("''" is "'" "'") is
 * stepped over whole.
 */
function beforeClosingMark(ctx: QuoteContext, pre: number): number {
  const q = ctx.quoteOf[pre]!;
  let k = pre - 1;
  while (
    k > 0 &&
    ctx.quoteOf[k] === q &&
    /^['’"”]+$/.test(ctx.words[k]!) &&
    ctx.tokens[k]!.end === ctx.tokens[k + 1]!.start
  )
    k--;
  return k;
}

function make(cue: Cue, content: Span[], source: Range | null, rule: string, weight: number, frame: Range): Candidate {
  return {
    cue,
    content,
    source,
    sourceFromPrevious: false,
    rule,
    confidence: Math.round(Math.min(0.99, weight * (0.5 + cue.precision / 2)) * 100) / 100,
    frame,
    kind: undefined,
  };
}

/**
 * "Asked if the plan was legal, 46 percent of voters said yes", "When asked about the talks, Hale said they went
 * well": a participle of being questioned opening the sentence says what the speaker was asked (a quote of its own,
 * with the asker unnamed); the answer is what follows the cue, when something does.
 */
function questionedOpening(ctx: QuoteContext, sFirst: number, frameEnd: number, sLast: number): boolean {
  const { words } = ctx;
  const first = QUESTIONED_OPENERS.has(words[sFirst]!) ? sFirst + 1 : sFirst;
  if (!QUESTIONED.has(words[first]!)) return false;
  return frameEnd + 1 <= sLast && !SENTENCE_ENDS.has(words[frameEnd + 1]!);
}
