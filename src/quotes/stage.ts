import { isDatelineFiller } from '../article/dateline.js';
import { NEWS_OUTLETS, WIRE_AGENCIES } from '../article/lexicon.js';
import { firstNames, hearerLinks, mediaWords } from '../entities/lexicon.js';
import type { Context, Draft, Stage } from '../pipeline/stage.js';
import { hasLetterOrDigit, hasUpperLetter, startsUpper } from '../text/letters.js';
import { byStart, contains, firstStartingFrom, overlaps, textSpan } from '../text/spans.js';
import type { Quote, QuoteKind, Span, TextSpan, Warning } from '../types.js';
import { attributeCue, type Candidate, expletiveSubject } from './attribute.js';
import { colonFrameQuotes, headlineColon, namedColonQuotes, paragraphHeadlines, transcriptTurns } from './colon.js';
import { namingCue, paragraphOf, span, spanOfQuote } from './content.js';
import { buildContext, isSkipped, type QuoteContext } from './context.js';
import { type Cue, findCues, MIN_CUE_PRECISION, underFurnitureLabel } from './cues.js';
import { attributeByShape, titleCased } from './direct.js';
import { evidenceQuotes } from './evidence.js';
import { candidateFeatures } from './features.js';
import { firstTokenFrom, nextQuotedToken } from './indexes.js';
import { speakerAsContent } from './inverted-speaker.js';
import { baseLemma, CUE_LEXICON, type CueLexicon } from './lexicon.js';
import { findQuotedSpans, quotedSpansOf } from './marks.js';
import { nounClauseQuotes, preferOwnedNouns } from './noun-clause.js';
import { proFormAnswer, withProFormCues } from './pro-form.js';
import { refineCandidates } from './refine.js';
import { fillReporters } from './reporter.js';
import { speakerOf } from './resolve.js';
import { type CandidateScorer, defaultScorer, featureNames } from './scorer.js';
import { OBJECT_PRONOUNS, PASSIVE_BE } from './words.js';

/** Cues this weak are only used by rules whose pattern is evidence enough. */
const WEAK_CUE_PRECISION = 0.15;
const STRUCTURAL_RULES = new Set(['quotes/indirect:denied-allegation', 'quotes/indirect:relative-said']);

/** A quotation with no cue is a quote (not a scare quote or a title) only when it is this long, in words. */
const FLOATING_MIN_WORDS = 6;
/** Cues of asking: a quotation after one answers it. */
const QUESTION_CUES = new Set(['ask', 'question', 'wonder', 'inquire', 'enquire']);
/** How many paragraphs back a floating quote looks for the speaker it continues. */
const FLOATING_REACH = 2;

/**
 * The quotes stage: direct, indirect and mixed quotes with cue, speaker, reporting outlet and speech date.
 * Detectors propose candidates per cue (attribute.ts), quotations no cue governs continue the previous speaker
 * when they are long enough, and a refiner removes duplicates.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['paragraphs', 'sentences', 'tokens', 'meta'],
  adds: ['quotes', 'warnings'],
  run(doc, ctx) {
    return analyzeQuotes(doc, ctx, defaultScorer);
  },
};

/** What every quote rule of a document starts from: its token views, its cues, and the tokens strong cues hold. */
export interface QuoteSetup {
  qc: QuoteContext;
  /** Warnings about unbalanced quotation marks. */
  warnings: Warning[];
  /** Cue candidates down to the weak bar, outside skipped spans. */
  cues: Cue[];
  /** Index into `cues` of the strong cue each token belongs to, or -1. */
  cueAt: Int32Array;
  /** How many strong cues each sentence holds. */
  cuesPerSentence: Int32Array;
}

/** `lexicon`: the cue counts to find cues with (the shipped ones but in the scorer's training; see CueLexicon). */
export function prepareQuotes(doc: Draft, lexicon: CueLexicon = CUE_LEXICON): QuoteSetup {
  // A byline is furniture: nobody in it says anything.
  const byline = doc.meta.byline ? [doc.meta.byline] : [];
  const skipped: Span[] = [...doc.meta.boilerplate, ...doc.meta.repeatedTitles, ...byline].sort(byStart);
  const skip = (p: TextSpan) => skipped.some((s) => contains(s, p));
  // The entities stage found the spans already; a skipped paragraph (furniture) changes them, so only then again.
  const { spans, warnings } = doc.paragraphs.some(skip)
    ? findQuotedSpans(doc.text, doc.paragraphs, skip)
    : quotedSpansOf(doc);
  const qc = buildContext(doc, spans, skipped);
  // Weak cues (below the bar on their own) are proposed too: the scorer weighs them with their context.
  // And verbs the lexicon passed over whose one-word content makes them cues ("the mayor believes so").
  const cues = withProFormCues(qc, findCues(qc, WEAK_CUE_PRECISION, lexicon)).filter(
    (c) => !isSkipped(qc, { start: qc.tokens[c.first]!.start, end: qc.tokens[c.last]!.end }),
  );
  const cueAt = new Int32Array(qc.tokens.length).fill(-1);
  const cuesPerSentence = new Int32Array(doc.sentences.length);
  cues.forEach((c, k) => {
    if (c.precision < MIN_CUE_PRECISION) return;
    cueAt.fill(k, c.first, c.last + 1);
    cuesPerSentence[c.sentence] = cuesPerSentence[c.sentence]! + 1;
  });
  return { qc, warnings, cues, cueAt, cuesPerSentence };
}

/**
 * Whether every word of the content is part of a date or of the dateline, or, on the dateline's own line, a word
 * such a line carries ("Published: 14:32 GMT, 3 March 2025").
 */
function onlyDate(qc: QuoteContext, content: readonly Span[], dateline: Span | undefined): boolean {
  const datelineToken = dateline ? firstTokenFrom(qc, dateline.start) : -1;
  const datelineParagraph =
    datelineToken >= 0 && datelineToken < qc.tokens.length ? paragraphOf(qc, datelineToken) : -1;
  for (const c of content) {
    if (dateline && contains(dateline, c)) continue;
    for (let i = firstTokenFrom(qc, c.start); i < qc.tokens.length && qc.tokens[i]!.start < c.end; i++) {
      if (qc.inDate[i] === 1 || !hasLetterOrDigit(qc.words[i]!) || (dateline && contains(dateline, qc.tokens[i]!)))
        continue;
      if (paragraphOf(qc, i) === datelineParagraph && isDatelineFiller(qc.words[i]!)) continue;
      return false;
    }
  }
  return true;
}

/**
 * "Sentencing her, Judge Mary Hollis said …", "Thanking them, the mayor told …": a participle that opens its
 * sentence with a bare pronoun for object, then a comma, frames the main clause; the pronoun is the one acted on
 * and says nothing. (A pronoun after a stance verb in a clause of its own, "Democrats opposed it", stays.)
 */
function pronounOpener(qc: QuoteContext, c: Candidate): boolean {
  if (c.content.length !== 1 || c.cue.first !== c.cue.last) return false;
  const sentence = qc.doc.sentences[c.cue.sentence]!;
  if (sentence.tokens[0] !== c.cue.first || !qc.words[c.cue.first]!.endsWith('ing')) return false;
  const only = firstTokenFrom(qc, c.content[0]!.start);
  return (
    only === c.cue.first + 1 &&
    qc.tokens[only]!.end === c.content[0]!.end &&
    OBJECT_PRONOUNS.has(qc.words[only]!) &&
    qc.words[only + 1] === ','
  );
}

/** Verbs of seeming: their subject is part of what seems so, not a speaker. */
const SEEMING = new Set(['seem', 'appear']);

/**
 * "Sanders appears to be spending more", "Republicans don't seem to take it seriously": what seems so is the
 * subject and the infinitive together, and nobody says it (PolNeAR's content "Sanders … to be spending more",
 * with no source); "it appears that …", "there seems to be …" keep the clause alone. Changed in place, after
 * scoring.
 */
function subjectIntoContent(qc: QuoteContext, c: Candidate): void {
  // "Trump is expected to deliver a speech": expected, like seeming, of the subject with its infinitive ("is
  // expected to endorse" takes the infinitive cue and keeps its speaker). "The campaign is expecting to air an ad" is
  // active: the campaign expects it.
  const expected =
    c.cue.lemma === 'expect' &&
    PASSIVE_BE.has(qc.words[c.cue.first]!) &&
    qc.words[c.cue.last] === 'expected' &&
    qc.words[c.cue.last + 1] === 'to';
  if (!(SEEMING.has(c.cue.lemma) || expected) || !c.source || c.sourceFromPrevious) return;
  const [first, last] = c.source;
  const expletive = expletiveSubject(qc, c.source);
  if (c.rule !== 'quotes/indirect:said-clause' && !(expletive && c.rule === 'quotes/indirect:said-that')) return;
  if (last + 1 > c.cue.first || qc.tokens[last + 1]!.start < qc.tokens[last]!.end) return;
  const subject = span(qc, first, last);
  if (subject.end > c.content[0]!.start) return;
  c.source = null;
  if (!expletive) c.content = [subject, ...c.content];
}

/** Cues whose subject is the one told, not the one telling ("The court heard that …"). */
const HEARING = new Set(['hear']);

/**
 * "The court heard that the defendant bought petrol …", "The inquest heard that …", "Residents heard that the plant
 * would close": the subject of "heard" is who was told; the speaker is not named, and the content stays. Changed in
 * place, after scoring. "was heard saying" and a speaker taken from the quote before are left as they are.
 */
function hearerSubject(qc: QuoteContext, c: Candidate): void {
  if (!HEARING.has(baseLemma(c.cue.lemma)) || !c.source || c.sourceFromPrevious) return;
  if (PASSIVE_BE.has(qc.words[c.cue.first]!) || PASSIVE_BE.has(qc.words[c.cue.first - 1] ?? '')) return;
  c.source = null;
}

/** Cues of a media report whose content may hold the statement it reports. */
const REPORT_LEMMAS = new Set(['report', 'accord to']);
/** Verbs of speech that, inside such a report, state who said what. */
const STATEMENT_LEMMAS = new Set(['say', 'tell']);

/**
 * "Bloomberg News reported that Smith told investors the merger was off": the statement inside a media report is
 * kept whatever the scorer says (PolNeAR rarely marks an attribution inside another, so the model learned to drop
 * them), since who said it, as reported by whom, is what a fact-checker needs; the report fills its reportedBy.
 */
function reportedStatement(qc: QuoteContext, c: Candidate, outer: Candidate | null): boolean {
  if (!outer || !c.source || !STATEMENT_LEMMAS.has(c.cue.lemma) || !REPORT_LEMMAS.has(outer.cue.lemma)) return false;
  const start = qc.tokens[c.source[0]]!.start;
  const end = qc.tokens[c.cue.last]!.end;
  return outer.content.some((f) => f.start <= start && end <= f.end);
}

/** Receives every candidate the cue loop scores, with its features (the training script labels them). */
export type CandidateSink = (candidate: Candidate, features: readonly string[], probability: number) => void;

/**
 * The quotes layer for a document whose other layers are built. `scorer` decides which cue candidates are
 * attributions; `sink` sees every scored candidate; `lexicon` is the cue counts (see prepareQuotes).
 */
export function analyzeQuotes(
  doc: Draft,
  ctx: Context,
  scorer: CandidateScorer,
  sink?: CandidateSink,
  lexicon: CueLexicon = CUE_LEXICON,
): { quotes: Quote[]; warnings: Warning[] } {
  const { qc, warnings, cues, cueAt, cuesPerSentence } = prepareQuotes(doc, lexicon);
  const candidates: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const cue of cues) {
    // A cue inside the frame of a direct quote ("“…,” he said, referring to X, “…”") is an attribution of its own, as
    // PolNeAR marks "referring to X", "speaking of X" there; but the resumed quotation stays the frame's.
    const resumed = previous?.rule.startsWith('quotes/direct') ? previous.content[1] : undefined;
    const inFrame =
      previous !== null &&
      resumed !== undefined &&
      previous.frame[0] <= cue.first &&
      qc.tokens[cue.last]!.end <= resumed.start;
    const c: Candidate | null = proFormAnswer(qc, cue) ?? attributeCue(qc, cue, cueAt, previous);
    // "Posted: Mar 03, 2021": a date (or the dateline) alone says nothing.
    if (!c || onlyDate(qc, c.content, doc.meta.dateline)) continue;
    // "Sentencing her, Judge Mary Hollis said …": the opening participle's object is the person acted on.
    if (pronounOpener(qc, c)) continue;
    // "a group called Ginbot 7", "the contests known as Super Tuesday": a name given, not a statement made.
    if (namingCue(qc, cue.first)) continue;
    // "…, said Ann Roe, head of the union.": the noun phrase after an inverted "said" spoke; it was not said.
    if (speakerAsContent(qc, c)) continue;
    if (inFrame && c.content.some((x) => x.end > resumed!.start)) continue;
    const features = candidateFeatures(qc, c, previous, cuesPerSentence[cue.sentence]!);
    const p = scorer.probabilityOfKept?.(features) ?? scorer.probability(featureNames(features));
    sink?.(c, featureNames(features), p);
    // A rule whose pattern is evidence enough keeps its own confidence when the model, which rarely saw it,
    // is less sure.
    const structural = STRUCTURAL_RULES.has(c.rule) || reportedStatement(qc, c, previous);
    if (p < scorer.threshold && !structural) continue;
    c.confidence = Math.round(Math.max(p, structural ? c.confidence : 0.01) * 100) / 100;
    subjectIntoContent(qc, c);
    hearerSubject(qc, c);
    candidates.push(c);
    previous = c;
  }
  const headline = ctx.isDisabled('quotes/colon') ? null : headlineColon(qc, qc.mentions, (i) => cueAt[i]! >= 0);
  if (headline) candidates.push(headline);
  if (!ctx.isDisabled('quotes/colon')) {
    const labelled = [...transcriptTurns(qc), ...namedColonQuotes(qc, qc.mentions)];
    // A paragraph's headline form is read only where no turn or pull quote holds its colon already.
    const colons = new Set(labelled.map((c) => c.cue.first));
    if (headline) colons.add(headline.cue.first);
    candidates.push(...labelled, ...paragraphHeadlines(qc, qc.mentions).filter((c) => !colons.has(c.cue.first)));
  }
  if (!ctx.isDisabled('quotes/evidence')) candidates.push(...evidenceQuotes(qc, cueAt));
  const nouns = ctx.isDisabled('quotes/noun-clause') ? [] : nounClauseQuotes(qc, cueAt);
  const cued = refineCandidates(nouns.length > 0 ? preferOwnedNouns(candidates, nouns) : candidates);
  const inCued = (start: number) => cued.some((c) => c.content.some((x) => x.start <= start && start < x.end));
  const framed = ctx.isDisabled('quotes/colon') ? [] : colonFrameQuotes(qc, inCued);
  const refined = refineCandidates([...cued, ...framed, ...shapedQuotes(qc, cued)]);
  joinContinuedParagraphs(qc, refined);
  const found = toQuotes(qc, refined, resumeQuotes(qc, floatingQuotes(qc, refined, cueFollows(qc, cues, cueAt))));
  // A content of punctuation alone ("According to Reuters.") says nothing; a disabled kind is left out.
  const kept = found.filter(
    (q) => !ctx.isDisabled(`quotes/${q.kind}`) && q.content.some((c) => hasLetterOrDigit(c.text)),
  );
  const quotes = kept.length === found.length ? found : kept.map((q, i) => ({ ...q, id: `q${i + 1}` }));
  fillReporters(quotes, ctx.options.outlet ?? doc.meta.outlet);
  return { quotes, warnings };
}

interface Floating {
  content: Span;
  from: Candidate;
  /** It answers the question `from` asked: the asker is not its speaker. */
  answer?: boolean;
  /** A speech cue closes its sentence, after a speaker phrase the rules could not read: not `from`'s speaker. */
  framed?: boolean;
}

/** Quotations no lexicon cue governs, attributed by what follows them ("“…” ― Name", "“…,” Vitter demanded."). */
function shapedQuotes(qc: QuoteContext, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const covered = candidates.flatMap((c) => c.content).sort(byStart);
  let j = 0;
  for (let q = 0; q < qc.quoted.length; q++) {
    const s = qc.quoted[q]!;
    if (!s.closed || qc.quoteTokens[q]![0] < 0 || isSkipped(qc, s)) continue;
    while (j < covered.length && covered[j]!.end <= s.start) j++;
    const cov = covered[j];
    if (cov && overlaps(cov, s)) continue;
    const c = attributeByShape(qc, q);
    if (c) out.push(c);
  }
  return out;
}

/**
 * "“We will fight on.¶“And we will win,” he said.": a quoted paragraph that goes on in the next one, which has the
 * frame, is the first fragment of that paragraph's quote, unless a quote before already holds it ("“…,” she said.
 * “The army is deployed.¶“We will rebuild,” he added."). Last paragraph first, so that a chain of paragraphs
 * joins whole. Changed in place.
 */
function joinContinuedParagraphs(qc: QuoteContext, candidates: readonly Candidate[]): void {
  for (let q = qc.quoted.length - 2; q >= 0; q--) {
    const s = qc.quoted[q]!;
    if (!s.continues || qc.quoteTokens[q]![0] < 0) continue;
    if (candidates.some((c) => c.content.some((x) => overlaps(x, s)))) continue;
    let next = q + 1;
    while (next < qc.quoted.length && (qc.quoted[next]!.single || qc.quoted[next]!.start < s.end)) next++;
    const n = qc.quoted[next];
    const holder = n && candidates.find((c) => c.kind !== 'indirect' && c.content[0]?.start === n.start);
    if (holder) holder.content.unshift(spanOfQuote(qc, q));
  }
}

/**
 * "“This is a disgusting day,” Reid said. “Donald Trump is a disgusting fraud.”": a quotation that opens the
 * sentence right after the frame of a direct quote, in the same paragraph, is more of that quote (a fragment of
 * it, as in "“…,” he said, “…”"), not a quote of its own. Returns the floating quotes left.
 */
function resumeQuotes(qc: QuoteContext, floating: readonly Floating[]): Floating[] {
  const left: Floating[] = [];
  for (const f of floating) {
    const c = f.from;
    const last = c.content[c.content.length - 1]!;
    const resumes =
      (resumable(qc, c) && resumesAfterFrame(qc, c, last, f.content)) || opensNextParagraph(qc, c, last, f.content);
    if (resumes) c.content.push(f.content);
    else left.push(f);
  }
  return left;
}

/**
 * "“…,” he said, paraphrasing Clinton's remarks.¶“I say, I was born at night …”": a paragraph that opens with a
 * quotation right after the paragraph of a direct quote's frame goes on with that quote (PolNeAR joins such
 * paragraphs about three times as often as it keeps them apart). After an indirect quote it is a quote of its own.
 */
function opensNextParagraph(qc: QuoteContext, c: Candidate, last: Span, next: Span): boolean {
  if (!c.rule.startsWith('quotes/direct') || c.rule === 'quotes/direct:floating' || next.start < last.end) return false;
  const frameEnd = Math.max(c.frame[1], c.cue.last);
  const first = firstTokenFrom(qc, next.start);
  const a = qc.doc.sentences[qc.sentenceOf[frameEnd]!]!;
  const b = qc.doc.sentences[qc.sentenceOf[first]!]!;
  if (b.paragraph !== a.paragraph + 1 || b.tokens[0] !== first) return false;
  // The quotation opens its paragraph: nothing of that paragraph comes before it.
  const paragraphStart = qc.doc.paragraphs[b.paragraph]?.start ?? -1;
  return paragraphStart === next.start;
}

const RESUMABLE = new Set([
  'quotes/direct:quote-then-cue',
  'quotes/direct:cue-then-quote',
  'quotes/direct:quote-then-verb',
  'quotes/mixed:clause-then-cue',
]);

/**
 * Whether a quotation after the candidate's frame may be more of its quote: a direct or mixed quote's, or a clause's
 * before the cue that opens with a quotation ("“We will win,” as her mother hoped, Ms. Tate said. “…”"), whatever
 * broke the quotation from its frame.
 */
function resumable(qc: QuoteContext, c: Candidate): boolean {
  if (RESUMABLE.has(c.rule)) return true;
  if (c.rule !== 'quotes/indirect:clause-then-cue') return false;
  const first = c.content[0]!;
  const q = qc.quoteOf[firstTokenFrom(qc, first.start)]!;
  return q >= 0 && qc.quoted[q]!.start === first.start;
}

/** Whether `next` opens the sentence that follows the one holding the candidate's frame, in the same paragraph. */
function resumesAfterFrame(qc: QuoteContext, c: Candidate, last: Span, next: Span): boolean {
  if (next.start < last.end) return false;
  const frameEnd = Math.max(c.frame[1], c.cue.last);
  const frameSentence = qc.sentenceOf[frameEnd]!;
  const first = firstTokenFrom(qc, next.start);
  const sentence = qc.sentenceOf[first]!;
  if (sentence !== frameSentence + 1) return false;
  const a = qc.doc.sentences[frameSentence]!;
  const b = qc.doc.sentences[sentence]!;
  return a.paragraph === b.paragraph && leadIn(qc, b.tokens[0], first) && last.end <= a.end;
}

/**
 * Whether the tokens from `from` to the quotation at `first` are at most a linking word and its comma ("But “…”",
 * "Now, “…”"): the quotation still opens what the sentence says.
 */
function leadIn(qc: QuoteContext, from: number, first: number): boolean {
  if (from === first) return true;
  const pos = qc.tokens[from]!.pos;
  if (pos !== 'CCONJ' && pos !== 'ADV') return false;
  return first === from + 1 || (first === from + 2 && qc.words[from + 1] === ',');
}

/** Long quotations no cue governs: they continue the speaker of the nearest attributed quote before them. */
function floatingQuotes(
  qc: QuoteContext,
  candidates: readonly Candidate[],
  isFramed: (last: number) => boolean,
): Floating[] {
  const out: Floating[] = [];
  // A quotation in a speaker phrase is a title ("a co-author of ''Those Guys Have All the Fun''"), no quote.
  const covered = candidates.flatMap((c) =>
    c.source ? [...c.content, span(qc, c.source[0], c.source[1])] : c.content,
  );
  covered.sort(byStart);
  let k = 0;
  let j = 0;
  for (let q = 0; q < qc.quoted.length; q++) {
    const s = qc.quoted[q]!;
    const [first, last] = qc.quoteTokens[q]!;
    if (first < 0 || isSkipped(qc, s)) continue;
    while (j < covered.length && covered[j]!.end <= s.start) j++;
    const cov = covered[j];
    if (cov && overlaps(cov, s)) continue;
    let words = 0;
    for (let i = first; i <= last && words < FLOATING_MIN_WORDS; i++) if (qc.tokens[i]!.pos !== 'PUNCT') words++;
    if (words < FLOATING_MIN_WORDS || titleCased(qc, first, last) || underFurnitureLabel(qc, first)) continue;
    // A speech verb closing the quotation's own sentence frames it, with a speaker the rules could not read:
    // someone said it, not the last speaker. It is kept, with no speaker, once the nearest quote is known.
    const framed = isFramed(last);
    while (k + 1 < candidates.length && candidates[k + 1]!.content[0]!.start < s.start) k++;
    const from = continuedQuote(candidates, k);
    // "When I asked what had changed, she was quiet. “I think I got bored …”": the words after a question are
    // the answer, not more of the asker's: a quote whose speaker the text does not name. "Asked whether …, the
    // Spaniard smiled. “…”": a question with no asker is answered as well.
    const answer = from !== undefined && QUESTION_CUES.has(baseLemma(from.cue.lemma));
    if (!from || from.content[0]!.start >= s.start || (!from.source && !answer)) continue;
    const paragraph = qc.doc.sentences[qc.sentenceOf[first]!]!.paragraph;
    const fromParagraph = qc.doc.sentences[from.cue.sentence]!.paragraph;
    if (paragraph - fromParagraph > FLOATING_REACH) continue;
    out.push({ content: spanOfQuote(qc, q), from, ...(answer ? { answer } : {}), ...(framed ? { framed } : {}) });
  }
  return out;
}

/** How far after a quotation a frame's cue may stand ("“…,” a senior official from one of … told POLITICO"). */
const FRAME_REACH = 16;
/** Cues that frame a quotation after it as surely as a quotation mark opens it. */
const FRAME_LEMMAS = new Set(['say', 'tell', 'write', 'add', 'explain', 'insist', 'post', 'tweet']);

/**
 * Whether a quotation ending at token `last` is followed, in its sentence and within FRAME_REACH tokens with no
 * other quotation between, by a speech cue: "“…,” X said." (whatever X is).
 */
function cueFollows(qc: QuoteContext, cues: readonly Cue[], cueAt: ArrayLike<number>): (last: number) => boolean {
  return (last) => {
    const sentence = qc.sentenceOf[last];
    for (let i = last + 1; i < qc.tokens.length && i - last <= FRAME_REACH; i++) {
      if (qc.sentenceOf[i] !== sentence || qc.quoteOf[i]! >= 0) return false;
      const c = cueAt[i]!;
      if (c >= 0 && FRAME_LEMMAS.has(baseLemma(cues[c]!.lemma))) return true;
    }
    return false;
  };
}

/**
 * The candidate a floating quotation continues: the nearest before it, or a direct quote in the same sentence as
 * that one ("“…,” said Rendell, referring to the endorsements. “…”" continues Rendell's quotation, not the
 * participle's clause).
 */
const NOT_CONTINUED = new Set(['quotes/indirect:relative-said', 'quotes/indirect:noun-that']);

function continuedQuote(candidates: readonly Candidate[], k: number): Candidate | undefined {
  // "…, which the Tax Foundation estimates would cost $170 billion": the speaker of a relative clause's aside is
  // no speaker the next quotation goes on with; nor is the owner of a statement a noun names ("his claim that …").
  while (k > 0 && NOT_CONTINUED.has(candidates[k]!.rule)) k--;
  const nearest = candidates[k];
  if (!nearest || nearest.rule.startsWith('quotes/direct')) return nearest;
  for (let m = k - 1; m >= 0 && candidates[m]!.cue.sentence === nearest.cue.sentence; m--) {
    if (candidates[m]!.rule.startsWith('quotes/direct')) return candidates[m];
  }
  return nearest;
}

function textSpanOf(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

/**
 * A quote's cue, written out field by field. Node 20's V8 gives `{ ...span, lemma }` (a spread, then a property
 * the spread object lacks) a hidden class of its own on every call: each cue had a shape no other shared, so every
 * later read of `quote.cue.…` (claims, graph, nesting) missed its inline cache and went to the runtime.
 */
function cueOf(text: string, s: Span, lemma: string): NonNullable<Quote['cue']> {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end), lemma };
}

/** Fragment walks longer than this use the next-quotation index (built only then). */
const SHORT_WALK = 64;

/** Direct when every fragment is a whole quotation; mixed when a fragment holds one. Tokens tell, in O(length). */
function kindOf(qc: QuoteContext, content: readonly Span[], firstTokens: readonly number[]): QuoteKind {
  let direct = true;
  let holds = false;
  content.forEach((f, n) => {
    const t0 = firstTokens[n]!;
    const q = qc.quoteOf[t0]!;
    const whole = q >= 0 && qc.quoted[q]!.start === f.start && qc.quoted[q]!.end === f.end;
    if (!whole) direct = false;
    // Only tokens in quotations matter: past a quotation not inside the fragment (its tokens before the last all
    // belong to it) the walk jumps to its last token, and after SHORT_WALK steps it jumps from quotation to
    // quotation by index, so a long fragment costs one step per quotation it touches.
    let steps = 0;
    for (let i = t0; !holds && i < qc.tokens.length && qc.tokens[i]!.start < f.end; steps++) {
      const k = qc.quoteOf[i]!;
      if (k >= 0 && contains(f, qc.quoted[k]!) && !namedWork(qc, k)) holds = true;
      const next = k >= 0 ? Math.max(i + 1, qc.quoteTokens[k]![1]) : i + 1;
      i = steps < SHORT_WALK ? next : nextQuotedToken(qc, next);
    }
  });
  if (direct) return 'direct';
  return holds ? 'mixed' : 'indirect';
}

/**
 * "who starred in “Midnight Orchard,”": a quotation of two or more words in title case names a work; it quotes
 * nobody, so it does not make the quote holding it mixed. One capitalized word ("called him “Crooked”") may be
 * the speaker's own.
 */
function namedWork(qc: QuoteContext, q: number): boolean {
  const [first, last] = qc.quoteTokens[q]!;
  let words = 0;
  for (let i = first; i <= last && words < 2; i++) if (hasLetterOrDigit(qc.tokens[i]!.text)) words++;
  return words >= 2 && titleCased(qc, first, last);
}

/** Index of the first token starting at or after `offset`, or the last token. */
function tokenAt(qc: QuoteContext, offset: number): number {
  return Math.min(firstTokenFrom(qc, offset), qc.tokens.length - 1);
}

function toQuotes(qc: QuoteContext, candidates: readonly Candidate[], floating: readonly Floating[]): Quote[] {
  const { mentions } = qc;
  const names = new Map(qc.doc.entities.map((e) => [e.id, e.name]));
  const dates = [...qc.doc.dates].sort(byStart);
  const inContent = datesInContents(dates, candidates);
  const speakers = new Map<Candidate, Quote['speaker']>();
  const hearers = new Map<Candidate, Quote['reportedBy']>();
  const interviews = new InterviewTrail(qc);
  const out: { at: number; quote: Omit<Quote, 'id'> }[] = [];
  let previousSpeaker: Quote['speaker'];
  let previous: Antecedent | undefined;
  for (const c of candidates) {
    const { tokens, text } = qc;
    let speaker: Quote['speaker'];
    if (c.source) speaker = speakerOf(qc, mentions, names, c.source);
    if (c.sourceFromPrevious && previousSpeaker && !speaker) speaker = previousSpeaker;
    speaker = unnamedAntecedent(qc, c, speaker, previous) ?? speaker;
    speakers.set(c, speaker);
    if (speaker) previousSpeaker = speaker;
    if (speaker) previous = { candidate: c, speaker };
    const cueSpan = { start: tokens[c.cue.first]!.start, end: tokens[c.cue.last]!.end };
    const dateId = speechDate(qc, dates, c, inContent);
    const own =
      mediaHearer(qc, c, names) ??
      leadingMediaHearer(qc, c, names) ??
      agentOutlet(qc, c.source ?? undefined, names) ??
      quotedByAgent(qc, c, names);
    const hearer = own ?? (dateId ? undefined : interviews.carried(c, speaker));
    if (own) interviews.record(c, speaker, own);
    if (hearer) hearers.set(c, hearer);
    const quote: Omit<Quote, 'id'> = {
      kind:
        c.kind ??
        kindOf(
          qc,
          c.content,
          c.content.map((f) => tokenAt(qc, f.start)),
        ),
      content: c.content.map((s) => textSpanOf(text, s)),
      cue: cueOf(text, cueSpan, baseLemma(c.cue.lemma)),
      ...(speaker ? { speaker } : {}),
      ...(dateId ? { dateId } : {}),
      // Where the speaker said it, when that is an outlet ("told the Financial Times"); a nested reporter found
      // later ("…, the Journal reported") overrides it.
      ...(hearer ? { reportedBy: hearer } : {}),
      rule: c.rule,
      confidence: c.confidence,
    };
    // Quotes are listed in the order of their cues: a speaker's quote comes before the report that carries it.
    out.push({ at: cueSpan.start, quote });
  }
  for (const f of floating) {
    const speaker = f.answer || f.framed ? undefined : speakers.get(f.from);
    // More of a quotation given to an outlet was given to it too.
    const hearer = speaker ? hearers.get(f.from) : undefined;
    out.push({
      at: f.content.start,
      quote: {
        kind: 'direct',
        content: [textSpanOf(qc.text, f.content)],
        ...(speaker ? { speaker } : {}),
        ...(hearer ? { reportedBy: hearer } : {}),
        rule: f.framed ? 'quotes/direct:framed-unread' : 'quotes/direct:floating',
        confidence: Math.round(f.from.confidence * 0.75 * 100) / 100,
      },
    });
  }
  out.sort((a, b) => a.at - b.at);
  return out.map((o, i) => ({ id: `q${i + 1}`, ...o.quote }));
}

/** Cues that go on with what a speaker was saying, on the same occasion unless the frame names another. */
const GOING_ON = new Set(['add', 'say', 'continue', 'go on', 'explain', 'insist', 'note', 'stress']);
/** Auxiliaries of the perfect: "she has said" sums up what was said over time. */
const PERFECT = new Set(['has', 'have', 'had']);
/** Words in a frame that name an occasion of its own ("she said in a statement", "he said at a rally"). */
const OWN_OCCASION = new Set([
  'statement',
  'speech',
  'rally',
  'conference',
  'briefing',
  'post',
  'tweet',
  'interview',
  'hearing',
  'debate',
  'later',
  'earlier',
  'previously',
  'appearance',
  'event',
  'twitter',
  'facebook',
  'instagram',
  'tiktok',
  'podcast',
]);
/** Cues that go on with more of a quotation, but name other doings too ("continued his push on Twitter"). */
const GOING_ON_QUOTED = new Set(['continue', 'go on']);

/** Words after an interview's cue that put it in the past ("Graham told The New York Times then"). */
const PAST_OCCASION = new Set(['then', 'ago']);

/**
 * The outlets speakers were talking to: "“…,” Tom Brennan told the Financial Times. ¶ “…,” he added." — the added
 * quotation came from the same interview. A quote of the same speaker entity whose cue goes on (GOING_ON), within
 * FLOATING_REACH paragraphs of the last quote given to an outlet, was given to that outlet too, unless a date or an
 * occasion of its own ("in a statement", "at a rally", "Asked Tuesday about …") stands between that interview's cue
 * and its own, outside what was said, in its paragraph.
 */
class InterviewTrail {
  private readonly last = new Map<string, { cue: number; hearer: NonNullable<Quote['reportedBy']> }>();

  constructor(private readonly qc: QuoteContext) {}

  record(c: Candidate, speaker: Quote['speaker'], hearer: NonNullable<Quote['reportedBy']>): void {
    if (!speaker?.entityId) return;
    const { words, sentenceOf } = this.qc;
    for (let i = c.cue.last + 1; i < words.length && sentenceOf[i] === c.cue.sentence; i++) {
      if (PAST_OCCASION.has(words[i]!) && !this.inContent(c, i)) {
        this.last.delete(speaker.entityId);
        return;
      }
    }
    this.last.set(speaker.entityId, { cue: c.cue.last, hearer });
  }

  carried(c: Candidate, speaker: Quote['speaker']): Quote['reportedBy'] | undefined {
    const entry = speaker?.entityId ? this.last.get(speaker.entityId) : undefined;
    // An outlet does not talk to itself.
    if (!entry || entry.hearer.entityId === speaker?.entityId || entry.hearer.text === speaker?.text) return undefined;
    const lemma = baseLemma(c.cue.lemma);
    if (!GOING_ON.has(lemma) || entry.cue >= c.cue.first) return undefined;
    const { words } = this.qc;
    // "she has said" sums up what was said over time, past the interview.
    if (PERFECT.has(words[c.cue.first]!) || PERFECT.has(words[c.cue.first - 1] ?? '')) return undefined;
    const quoted = this.qc.quoteOf[firstTokenFrom(this.qc, c.content[0]!.start)]! >= 0;
    if (GOING_ON_QUOTED.has(lemma) && !quoted) return undefined;
    const paragraph = paragraphOf(this.qc, c.cue.first);
    const distance = paragraph - paragraphOf(this.qc, entry.cue);
    if (distance > FLOATING_REACH) return undefined;
    // The interview's own sentence holds its date ("told the FT on Monday"): the scan starts after it.
    const { sentenceOf } = this.qc;
    let from = entry.cue + 1;
    while (from < c.cue.first && (sentenceOf[from] === sentenceOf[entry.cue] || paragraphOf(this.qc, from) < paragraph))
      from++;
    for (let i = from; i <= Math.max(c.frame[1], c.cue.last); i++) {
      if (this.inContent(c, i)) continue;
      if (OWN_OCCASION.has(words[i]!) || this.qc.inDate[i] === 1) return undefined;
    }
    return entry.hearer;
  }

  private inContent(c: Candidate, i: number): boolean {
    const t = this.qc.tokens[i]!;
    return c.content.some((x) => contains(x, t)) || this.qc.quoteOf[i]! >= 0;
  }
}

/** The last quote with a speaker, for the pronoun of the next one. */
interface Antecedent {
  candidate: Candidate;
  speaker: NonNullable<Quote['speaker']>;
}

/** Words that open a description of someone the text does not name ("a neighbor", "the boy's mother"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'another', 'one', 'his', 'her', 'their', 'its']);
const SINGULAR_PERSONAL = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
/** Words that end a description's head: "a spokeswoman for the ministry", "a resident who …". */
const HEAD_ENDS = new Set(['for', 'of', 'at', 'from', 'in', 'with', 'who', 'that', 'near', 'on']);
/** Cues of speaking whose speaker a pronoun in the next quote may go on with. */
const SPEAKING = new Set([
  'say',
  'tell',
  'add',
  'explain',
  'insist',
  'recall',
  'describe',
  'note',
  'continue',
  'admit',
]);
/** Nouns that describe a person the text does not name (not offices, as the entity layer's personNouns has). */
const PERSON_NOUNS = new Set([
  'neighbor',
  'neighbour',
  'witness',
  'resident',
  'passenger',
  'driver',
  'student',
  'teacher',
  'nurse',
  'worker',
  'employee',
  'customer',
  'friend',
  'relative',
  'bystander',
  'onlooker',
  'parent',
  'victim',
  'survivor',
  'visitor',
  'shopper',
  'owner',
  'spokesperson',
  'spokeswoman',
  'spokesman',
  'official',
  'source',
  'doctor',
  'officer',
]);
/**
 * Nouns in a description that give its gender: of family and sex only. The entity layer's gendered nouns also hold
 * trades and offices ("businessman", "actress"), and such a description most often stands for a named person.
 */
const GENDERED_NOUNS = new Map([
  ['man', 'male'],
  ['father', 'male'],
  ['husband', 'male'],
  ['son', 'male'],
  ['brother', 'male'],
  ['boy', 'male'],
  ['grandfather', 'male'],
  ['woman', 'female'],
  ['mother', 'female'],
  ['wife', 'female'],
  ['daughter', 'female'],
  ['sister', 'female'],
  ['girl', 'female'],
  ['grandmother', 'female'],
]);

/**
 * "A neighbor, who asked not to be named, said she heard a bang. “I just ran out there,” she said.": the pronoun
 * goes on with the unnamed speaker of the quote just before (same or previous paragraph), not with the last named
 * woman the entity layer knows. The speaker is that description, with no entity. A description whose noun has the
 * other gender ("a man … she said") is passed over.
 */
function unnamedAntecedent(
  qc: QuoteContext,
  c: Candidate,
  speaker: Quote['speaker'],
  previous: Antecedent | undefined,
): Quote['speaker'] | undefined {
  if (!c.source || c.sourceFromPrevious || c.source[0] !== c.source[1] || !speaker || !previous) return undefined;
  const gender = SINGULAR_PERSONAL.get(qc.words[c.source[0]]!);
  const before = previous.speaker;
  if (!gender || before.entityId || !before.span) return undefined;
  // The description before its first comma ("A neighbor, who asked not to be named,").
  const head = before.span.text.toLowerCase().split(',')[0]!.trim().split(/\s+/);
  const possessive = head.some((w) => /['’]s$/.test(w));
  if (!DESCRIPTION_OPENERS.has(head[0] ?? '') && !possessive) return undefined;
  // A body ("the company", "the ministry") is no "she"; only a description of a person, by a gendered or
  // person noun, goes on.
  // The head noun is the last word before a post-modifier ("the boy's mother" is a woman, "a spokeswoman for the
  // ministry" a spokeswoman).
  const cut = head.findIndex((w, k) => k > 0 && HEAD_ENDS.has(w));
  const noun = (cut > 0 ? head[cut - 1] : head.at(-1)) ?? '';
  const nounGender = GENDERED_NOUNS.get(noun);
  if (nounGender ? nounGender !== gender : !PERSON_NOUNS.has(noun)) return undefined;
  const paragraph = (k: number) => qc.doc.sentences[k]!.paragraph;
  if (paragraph(c.cue.sentence) - paragraph(previous.candidate.cue.sentence) > 1) return undefined;
  if (!SPEAKING.has(baseLemma(previous.candidate.cue.lemma))) return undefined;
  // "“…,” the woman said. Mrs. Clinton did not hesitate. “…,” she said.": a name of the pronoun's entity near the
  // two quotes is the nearer antecedent.
  if (speaker.entityId) {
    // From the start of the earlier quote's paragraph: "Alastair Osman called him kind, his brother added. “…,” he
    // said." names him there.
    const from = qc.doc.paragraphs[paragraph(previous.candidate.cue.sentence)]!.start;
    const to = Math.min(qc.tokens[c.source[0]]!.start, c.content[0]!.start);
    // Mentions are in text order: only those of the two paragraphs are read, so a long text costs no more per quote.
    const { mentions } = qc;
    for (let k = firstStartingFrom(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
      const m = mentions[k]!;
      if (m.form === 'name' && m.entityId === speaker.entityId && m.end <= to) return undefined;
    }
  }
  return { text: before.text, span: speaker.span ?? before.span };
}

/** How far before the frame such a phrase may start, in tokens (a bound, so each quote's look-back is constant). */
const LEADING_REACH = 30;

/**
 * Words that open a phrase naming whom a speaker talked to: "in an interview with", "speaking to", "in comments to",
 * "in a statement to".
 */
const TALKED_TO = new Set([
  'interview',
  'interviews',
  'comments',
  'remarks',
  'speaking',
  'talking',
  'told',
  'statement',
]);

/**
 * The news outlet named before the frame, in the quote's sentence: "In an interview with the BBC, the chief
 * executive said …", "Speaking to CNN on Sunday, she said …". Only words before the cue and the speaker count, and
 * never a token inside the content.
 */
function leadingMediaHearer(
  qc: QuoteContext,
  c: Candidate,
  names: ReadonlyMap<string, string>,
): Quote['reportedBy'] | undefined {
  const sentence = qc.sentenceOf[c.cue.first]!;
  const before = Math.min(c.cue.first, c.source ? c.source[0] : c.cue.first);
  const stop = Math.max(0, before - LEADING_REACH);
  for (let i = before - 1; i >= stop && qc.sentenceOf[i] === sentence; i--) {
    if (!TALKED_TO.has(qc.words[i]!)) continue;
    const link = qc.words[i + 1];
    if (link !== 'with' && link !== 'to') continue;
    let k = i + 2;
    while (k < before && (qc.words[k] === 'the' || qc.words[k] === 'a' || qc.words[k] === 'an')) k++;
    const t = qc.tokens[k];
    if (!t || k >= before || c.content.some((f) => f.start <= t.start && t.start < f.end)) return undefined;
    const m = nameMentionAt(qc, t.start);
    const outlet = m ? outletNamed(qc, m, k, names) : undefined;
    return outlet ? withProgramme(qc, outlet, c) : undefined;
  }
  return undefined;
}

/** How far after its cue an outlet hearer may be, in tokens. */
const HEARER_REACH = 6;

/**
 * The news outlet a quote was given to: an organization name with a media word ("Times", "CNN", "Reuters") right
 * after the cue, past links such as "in an interview with".
 */
function mediaHearer(
  qc: QuoteContext,
  c: Candidate,
  names: ReadonlyMap<string, string>,
): Quote['reportedBy'] | undefined {
  for (let i = c.cue.last + 1; i <= c.cue.last + HEARER_REACH && i < qc.tokens.length; i++) {
    const t = qc.tokens[i]!;
    // Inside the content it is what was said; between two fragments ("“…,” he told the BBC. “…”") it is the frame.
    if (c.content.some((f) => f.start <= t.start && t.start < f.end)) return undefined;
    if (qc.sentenceOf[i] !== c.cue.sentence || qc.quoteOf[i]! >= 0) return undefined;
    const m = nameMentionAt(qc, t.start);
    const outlet = m ? outletNamed(qc, m, i, names) : undefined;
    if (outlet) return withProgramme(qc, outlet, c);
    // "told 2GB radio", "said on KTVU television": a station name the lexicons do not know, before a medium word;
    // "told KTVU", "told WCVB's Jane Doe": a US broadcaster's call sign.
    const station =
      stationAt(qc, i, c) ??
      callSignAt(qc, i, c) ??
      bandStationAt(qc, i, c) ??
      (m ? undefined : knownOutletAt(qc, i, c));
    if (station || m) return station;
    // "said on CNN", "said on NBC's “Meet the Press”": the medium spoken on. "told 774 ABC Melbourne": a
    // station's frequency before its name.
    const frequency = FREQUENCY.test(qc.words[i]!) && startsUpper(qc.tokens[i + 1]?.text ?? '');
    if (!hearerLinks.has(qc.words[i]!) && !(qc.words[i] === 'on' && i === c.cue.last + 1) && !frequency)
      return undefined;
  }
  return undefined;
}

/** Common nouns after a name that make it a broadcaster or its programme ("2GB radio", "the Today programme"). */
const BROADCAST_NOUNS = new Set(['radio', 'television', 'tv', 'programme', 'program', 'show', 'podcast', 'station']);
/** Lower-case words a programme's name may hold between its capitalized ones ("State of the Union"). */
const PROGRAMME_LINKS = new Set(['of', 'the', 'and', 'with', '&']);
/** How many tokens a programme's name may run. */
const PROGRAMME_REACH = 8;

/**
 * The broadcaster's programme after its name, as part of the outlet: "CNN's State of the Union", "BBC Radio 4's
 * Today programme", "NBC's “Meet the Press”", "ABC's Insiders program". The broadcaster stays the entity; the text
 * and span run over the programme. A channel number ("Radio 4") joins the name. Returns `outlet` when no programme
 * follows.
 */
function withProgramme(qc: QuoteContext, outlet: NonNullable<Quote['reportedBy']>, c: Candidate) {
  if (!outlet.span) return outlet;
  const { words, tokens } = qc;
  let k = firstTokenFrom(qc, outlet.span.end);
  if (/^\d+$/.test(words[k] ?? '')) k++;
  if (words[k] !== "'s" && words[k] !== '’s') return outlet;
  k++;
  const end = programmeEnd(qc, k, c);
  if (end < 0) return outlet;
  const span = textSpan(qc.text, outlet.span.start, tokens[end]!.end);
  return { ...outlet, text: span.text, span };
}

/** The last token of a programme's name starting at token k (a quotation or capitalized words), or -1. */
function programmeEnd(qc: QuoteContext, k: number, c: Candidate): number {
  const { words, tokens } = qc;
  const inContent = (i: number) => c.content.some((f) => f.start <= tokens[i]!.start && tokens[i]!.start < f.end);
  if (k >= tokens.length || inContent(k) || qc.sentenceOf[k] !== c.cue.sentence) return -1;
  // "CNN's Jake Tapper", "Univision's Los Angeles affiliate": an interviewer or a place, not a programme.
  const named = nameMentionAt(qc, tokens[k]!.start);
  if (named && named.type !== 'organization') return -1;
  const q = qc.quoteOf[k]!;
  let end = -1;
  if (q >= 0) {
    const [open, close] = qc.quoteTokens[q]!;
    if (open !== k || close - open > PROGRAMME_REACH || inContent(close)) return -1;
    end = close;
  } else {
    // "CNN's Gloria Borger": a given name opens an interviewer's name the entity layer did not find.
    if (firstNames.has(words[k]!) && startsUpper(tokens[k + 1]?.text ?? '')) return -1;
    for (let i = k; i < tokens.length && i - k < PROGRAMME_REACH && !inContent(i); i++) {
      // "MSNBC's Morning Joe Monday": a date after the name is when, not more of it.
      if (qc.sentenceOf[i] !== c.cue.sentence || qc.inDate[i] === 1) break;
      if (startsUpper(tokens[i]!.text)) end = i;
      else if (!PROGRAMME_LINKS.has(words[i]!)) break;
    }
  }
  if (end < 0) return -1;
  const next = end + 1;
  return next < tokens.length && BROADCAST_NOUNS.has(words[next]!) && !inContent(next) ? next : end;
}

/**
 * A US broadcaster's call sign: K or W and three more capitals ("KTVU", "WCVB"). Three-letter signs ("WGN") are left
 * out: "told WHO" names the World Health Organization.
 */
const CALL_SIGN = /^[KW][A-Z]{3}$/;
/** A radio frequency before a station's name ("774 ABC Melbourne", "97.3 FM"). */
const FREQUENCY = /^\d{2,4}(?:\.\d)?$/;
/** The band that closes a radio station's name ("Today FM"). */
const BANDS = new Set(['FM', 'AM']);
/** An Australian broadcaster's call sign: the state's digit and two or three capitals ("3AW", "2GB", "6PR"). */
const DIGIT_CALL_SIGN = /^[1-9][A-Z]{2,3}$/;
/** What may follow a call sign after a hyphen: "WCVB-TV", "KQED-FM". */
const SIGN_SUFFIXES = new Set(['TV', 'FM', 'AM', 'DT']);

/** "Police told KTVU that …": a call sign after the cue is the station spoken to, with its programme if one follows. */
function callSignAt(qc: QuoteContext, i: number, c: Candidate): Quote['reportedBy'] | undefined {
  const t = qc.tokens[i]!;
  // "told 3AW", "told 2GB": an Australian sign, a state's digit and two or three capitals; the tokenizer may split
  // it after the digit.
  const glued = qc.tokens[i + 1];
  if (/^[1-9]$/.test(t.text) && glued && glued.start === t.end) {
    const sign = qc.text.slice(t.start, glued.end);
    const after = qc.tokens[i + 2];
    if (!DIGIT_CALL_SIGN.test(sign) || (after && after.start === glued.end && /^[\p{L}\d]/u.test(after.text)))
      return undefined;
    const span = textSpan(qc.text, t.start, glued.end);
    return withProgramme(qc, { text: span.text, span }, c);
  }
  if (!CALL_SIGN.test(t.text) && !DIGIT_CALL_SIGN.test(t.text)) return undefined;
  // "WCVB-TV": the band or service joins the sign; any other word glued on makes a longer name.
  let end = t.end;
  const next = qc.tokens[i + 1];
  const band = qc.tokens[i + 2];
  if (next?.text === '-' && next.start === end && band?.start === next.end && SIGN_SUFFIXES.has(band.text))
    end = band.end;
  else if (next && next.start === end && /^[\p{L}\d-]/u.test(next.text)) return undefined;
  const span = textSpan(qc.text, t.start, end);
  const m = nameMentionAt(qc, t.start);
  return withProgramme(qc, { text: span.text, span, ...(m?.entityId ? { entityId: m.entityId } : {}) }, c);
}

/** How many words a known outlet's name may have ("The Sydney Morning Herald"). */
const OUTLET_WORDS = 4;

/**
 * "told The Sun", "told the Sun": a known outlet's name (data/article.json newsOutlets) the tagger left untagged,
 * with "the" before it when the list has the name with its article.
 */
function knownOutletAt(qc: QuoteContext, i: number, c: Candidate): Quote['reportedBy'] | undefined {
  const { tokens, text } = qc;
  if (!startsUpper(tokens[i]!.text)) return undefined;
  for (let n = Math.min(OUTLET_WORDS, tokens.length - i); n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    if (
      qc.sentenceOf[i + n - 1] !== c.cue.sentence ||
      c.content.some((f) => f.start < last.end && tokens[i]!.start < f.end)
    )
      continue;
    // "The Sun.": the tokenizer may keep the sentence's full stop on the last word (an abbreviation of Sunday).
    const end = last.text.length > 2 && last.text.endsWith('.') ? last.end - 1 : last.end;
    // "told Punch Brothers fans": a known name that goes on in capitals is part of another.
    const next = tokens[i + n];
    if (end === last.end && next && qc.sentenceOf[i + n] === c.cue.sentence && startsUpper(next.text)) continue;
    const name = text.slice(tokens[i]!.start, end);
    const from = NEWS_OUTLETS.has(name) ? i : qc.words[i - 1] === 'the' && NEWS_OUTLETS.has(`The ${name}`) ? i - 1 : -1;
    if (from < 0) continue;
    const span = textSpan(text, tokens[from]!.start, end);
    return { text: span.text, span };
  }
  return undefined;
}

/** How many capitalized words a station's name may have before its band ("Today FM", "Radio City Talk FM"). */
const BAND_NAME_WORDS = 3;

/**
 * "told Today FM", "told Newstalk ZB FM": capitalized words closed by a band ("FM", "AM") name a radio station the
 * lexicons do not know.
 */
function bandStationAt(qc: QuoteContext, i: number, c: Candidate): Quote['reportedBy'] | undefined {
  const { tokens } = qc;
  let j = i;
  while (j < tokens.length && j - i < BAND_NAME_WORDS && startsUpper(tokens[j]!.text) && !BANDS.has(tokens[j]!.text))
    j++;
  const band = tokens[j];
  if (j === i || !band || !BANDS.has(band.text) || qc.sentenceOf[j] !== c.cue.sentence) return undefined;
  if (c.content.some((f) => f.start <= band.start && band.start < f.end)) return undefined;
  const span = textSpan(qc.text, tokens[i]!.start, band.end);
  const m = nameMentionAt(qc, tokens[i]!.start);
  return { text: span.text, span, ...(m?.entityId ? { entityId: m.entityId } : {}) };
}

/** How many glued tokens a station's name may have. */
const STATION_TOKENS = 3;
/** A station's name: capitals and digits only ("2GB", "KTVU", "3AW"). */
const STATION_NAME = /^[\p{Lu}\d]+$/u;

/**
 * A station the lexicons do not know, named by the medium word after it: "told 2GB radio", "told KTVU television".
 * The name is one token holding capitals or digits and no lower-case letter.
 */
function stationAt(qc: QuoteContext, i: number, c: Candidate): Quote['reportedBy'] | undefined {
  const { words, tokens } = qc;
  const t = tokens[i]!;
  // The tokenizer splits "2GB" in two: the glued tokens are one name.
  let j = i;
  while (j + 1 < tokens.length && j - i < STATION_TOKENS && tokens[j + 1]!.start === tokens[j]!.end) j++;
  const name = qc.text.slice(t.start, tokens[j]!.end);
  const medium = tokens[j + 1];
  if (!medium || !BROADCAST_NOUNS.has(words[j + 1]!) || !STATION_NAME.test(name) || !hasUpperLetter(name))
    return undefined;
  if (c.content.some((f) => f.start <= medium.start && medium.start < f.end)) return undefined;
  const span = textSpan(qc.text, t.start, medium.end);
  const m = nameMentionAt(qc, t.start);
  return { text: span.text, span, ...(m?.entityId ? { entityId: m.entityId } : {}) };
}

const POSSESSIVE_END = /['’]s$/;

/** The outlet a name mention at token i names, or undefined when it names none. */
function outletNamed(
  qc: QuoteContext,
  m: QuoteContext['mentions'][number],
  i: number,
  names: ReadonlyMap<string, string>,
): Quote['reportedBy'] | undefined {
  // "the BBC's Newsnight": a name the tagger took with its possessive is the outlet without it.
  // "told The Sun.": a sentence's full stop the tagger took into the name is no part of it.
  const whole = m.text.endsWith('.') && !m.text.endsWith('..') ? m.text.slice(0, -1) : m.text;
  const possessive = POSSESSIVE_END.exec(whole);
  const bare = possessive ? whole.slice(0, possessive.index) : whole;
  const end = m.start + bare.length;
  // "told Bild", "told The Athletic": a known outlet whatever type the tagger gave its unfamiliar name.
  const withThe = qc.words[i - 1] === 'the' && NEWS_OUTLETS.has(`The ${bare}`);
  const known = m.type !== 'country' && (NEWS_OUTLETS.has(bare) || withThe);
  const media = bare.split(/\s+/).some((w) => mediaWords.has(w)) || WIRE_AGENCIES.has(bare);
  if (!known && (m.type !== 'organization' || !media)) return undefined;
  if (withThe) {
    const span = textSpan(qc.text, qc.tokens[i - 1]!.start, end);
    return { text: span.text, span, entityId: m.entityId };
  }
  const name = names.get(m.entityId);
  const text = name && !POSSESSIVE_END.test(name) && name !== m.text ? name : bare;
  return { text, span: textSpan(qc.text, m.start, end), entityId: m.entityId };
}

/**
 * The outlet that saw a source, named as the agent of a participle in the source phrase: "according to documents
 * reviewed by The Washington Post", "emails obtained by The New York Times".
 */
function agentOutlet(
  qc: QuoteContext,
  source: readonly [number, number] | undefined,
  names: ReadonlyMap<string, string>,
): Quote['reportedBy'] | undefined {
  if (!source) return undefined;
  for (let i = source[0] + 1; i < source[1]; i++) {
    if (qc.words[i] !== 'by' || qc.tokens[i - 1]!.pos !== 'VERB' || !qc.words[i - 1]!.endsWith('ed')) continue;
    // The name may hold its article ("The Washington Post") or follow it ("the Financial Times").
    for (const at of qc.words[i + 1] === 'the' ? [i + 1, i + 2] : [i + 1]) {
      const m = at <= source[1] ? nameMentionAt(qc, qc.tokens[at]!.start) : undefined;
      if (m) return outletNamed(qc, m, at, names);
    }
    return undefined;
  }
  return undefined;
}

/** How far before "as saying" the "quoted by" of its frame may be, in tokens. */
const QUOTED_BY_REACH = 10;

/**
 * The one who quoted the speaker in "X was quoted by the state news agency IRNA as saying …": an outlet named in the
 * agent (its entity), else the agent phrase as written ("was quoted by state media as saying"). The passive frame
 * itself is no quote of the agent's (attribute.ts leaves it out).
 */
function quotedByAgent(
  qc: QuoteContext,
  c: Candidate,
  names: ReadonlyMap<string, string>,
): Quote['reportedBy'] | undefined {
  const as = c.cue.first - 1;
  if (qc.words[as] !== 'as') return undefined;
  let by = as - 1;
  while (by > as - QUOTED_BY_REACH && by > 0 && qc.words[by] !== 'by' && qc.sentenceOf[by] === c.cue.sentence) by--;
  // "was quoted Friday by local media": a date may stand between the participle and its agent.
  let participle = by - 1;
  while (participle > 0 && qc.inDate[participle] === 1) participle--;
  if (qc.words[by] !== 'by' || !QUOTED.has(qc.words[participle]!) || by + 1 >= as) return undefined;
  // The outlet's name, wherever it stands in the agent ("the state news agency IRNA", "Kyodo news agency"); what
  // quotes a speaker is a medium, so a body's name there names it even where the lexicons know no outlet of it.
  let body: Quote['reportedBy'];
  for (let i = by + 1; i < as; i++) {
    const m = nameMentionAt(qc, qc.tokens[i]!.start);
    const outlet = m ? outletNamed(qc, m, i, names) : undefined;
    if (outlet) return outlet;
    if (m?.type === 'organization' && !body) {
      body = { text: names.get(m.entityId) ?? m.text, span: textSpan(qc.text, m.start, m.end), entityId: m.entityId };
    }
  }
  if (body) return body;
  const span = textSpan(qc.text, qc.tokens[by + 1]!.start, qc.tokens[as - 1]!.end);
  return { text: span.text, span };
}

/** Participles of a frame whose agent quoted the speaker ("was quoted by", "was cited by"). */
const QUOTED = new Set(['quoted', 'cited']);

/** The name mention starting at `offset` (mentions are sorted by start, the longest first at one start). */
function nameMentionAt(qc: QuoteContext, offset: number): QuoteContext['mentions'][number] | undefined {
  const ms = qc.mentions;
  for (let i = firstStartingFrom(ms, offset); i < ms.length && ms[i]!.start === offset; i++) {
    if (ms[i]!.form === 'name') return ms[i];
  }
  return undefined;
}

/** Ids of the dates inside any candidate's content, each content span searched from its start. */
function datesInContents(
  dates: readonly { id: string; start: number; end: number }[],
  candidates: readonly Candidate[],
) {
  const out = new Set<string>();
  if (dates.length === 0) return out;
  for (const c of candidates) {
    for (const span of c.content) {
      // A date that starts before the span and runs into it overlaps too: step back over at most one.
      let k = Math.max(0, firstStartingFrom(dates, span.start) - 1);
      for (; k < dates.length && dates[k]!.start < span.end; k++) if (overlaps(span, dates[k]!)) out.add(dates[k]!.id);
    }
  }
  return out;
}

/** A date mention in the attribution frame ("Poland said Jan. 13 …", "Ren said, … on Jan. 15."). */
function speechDate(
  qc: QuoteContext,
  dates: readonly { id: string; start: number; end: number; type: string }[],
  c: Candidate,
  inContent: ReadonlySet<string>,
): string | undefined {
  if (dates.length === 0) return undefined;
  const [f0, f1] = c.frame;
  const from = qc.tokens[Math.max(0, Math.min(f0, c.cue.first))]!.start;
  const to = qc.tokens[Math.max(f1, c.cue.last)]!.end;
  // Dates are sorted by start: begin at the first one starting in the frame instead of walking from the top.
  for (let k = firstStartingFrom(dates, from); k < dates.length; k++) {
    const d = dates[k]!;
    if (d.start >= to) break;
    if (d.start < from || d.type === 'duration' || d.type === 'set') continue;
    // "“…,” he said, adding that the council would vote Thursday": a date in a quote's content is what was said,
    // not the time of speaking.
    if (inContent.has(d.id)) continue;
    return d.id;
  }
  return undefined;
}
