import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { type Range, sentenceSubject, speakerAfter, speakerBefore } from './speaker.js';
import { deniedAllegation, headlineSpeaker } from './special.js';
import { DATE_WORDS, FINAL_PUNCT, HEARER_CUES, isNounish, OBJECT_PRONOUNS, POSSESSIVES } from './words.js';

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
}

const PARTICIPLE = /ing$/;

function sentenceRange(ctx: QuoteContext, s: number): Range {
  const sent = ctx.doc.sentences[s]!;
  return [sent.tokens[0], sent.tokens[1]];
}

function span(ctx: QuoteContext, first: number, last: number): Span {
  return { start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end };
}

/** The last token of a content stretch, trailing punctuation dropped (a closing quotation mark is kept). */
function trimEnd(ctx: QuoteContext, first: number, last: number): number {
  let e = last;
  while (e > first && FINAL_PUNCT.has(ctx.words[e]!) && ctx.quoteOf[e]! < 0) e--;
  return e;
}

/**
 * Where right-hand content stops: the sentence end; a comma that opens another attribution frame (", the
 * Financial Times reported", ", according to Reuters", ", citing …", ", he said"); a coordinated predicate of the
 * cue's subject ("said X and urged Y"). An object that is a noun phrase, not a clause ("attacked Machado in a
 * tweet"), stops before the first preposition or comma after it.
 */
function contentStop(ctx: QuoteContext, from: number, last: number, cueAt: Int32Array): number {
  const { words, tokens } = ctx;
  let verbSeen = false;
  // A complement with its own subject and verb is a clause; an object noun phrase or "to …" is not.
  const clausal = words[from] === 'that' || (!(words[from] === 'to') && subjectThenVerb(ctx, from, last));
  let nounObject = isNounish(tokens[from]!) || tokens[from]!.pos === 'DET' || POSSESSIVES.has(words[from]!);
  // A verb before the first comma makes the complement a clause ("the campaign in Ohio planned …").
  for (let x = from; x <= last && nounObject; x++) {
    if (words[x] === ',') {
      // "the suspect, a 34-year-old man, was arrested": a verb after an appositive still makes a clause.
      let c = x + 1;
      while (c <= Math.min(last, x + 15) && words[c] !== ',') c++;
      const after = tokens[c + 1];
      if (words[c] === ',' && after && (after.pos === 'VERB' || after.pos === 'AUX')) nounObject = false;
      break;
    }
    if (words[x] === ';') break;
    if ((tokens[x]!.pos === 'VERB' || tokens[x]!.pos === 'AUX') && words[x - 1] !== 'of') nounObject = false;
  }
  for (let x = from; x <= last; x++) {
    if (ctx.quoteOf[x]! >= 0) {
      // “…,” she said: a quotation closing on a comma may be followed by a frame.
      const q = ctx.quoteOf[x]!;
      if (x > from && ctx.quoteTokens[q]![1] === x && words[x - 1] === ',' && opensFrame(ctx, x + 1, last, cueAt)) {
        return x;
      }
      continue;
    }
    const w = words[x]!;
    const t = tokens[x]!;
    if (w === ',' && x > from) {
      if (opensFrame(ctx, x + 1, last, cueAt)) return x - 1;
      if (nounObject && !verbSeen) return x - 1;
    }
    // "said X and urged Y": a coordinated cue starts an attribution of its own.
    if (t.pos === 'CCONJ' && x > from && cueAt[x + 1]! >= 0) return x - 1;
    // An object or infinitive complement ends where an adverbial of the cue begins ("attacked Machado in early
    // tweets", "warned states to act after hackers struck"); a dash ends any complement.
    if (x > from + 1 && (w === '—' || w === '–')) return x - 1;
    if (x > from + 1 && w === ',' && !clausal && tokens[x + 1] && /ing$/.test(words[x + 1]!)) return x - 1;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
  }
  return last;
}

/** Whether the stretch opens with a noun phrase followed by a finite verb before any comma. */
function subjectThenVerb(ctx: QuoteContext, from: number, last: number): boolean {
  for (let i = from; i <= last; i++) {
    const t = ctx.tokens[i]!;
    const w = ctx.words[i]!;
    if (w === ',' || w === ';') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && i > from && ctx.words[i - 1] !== 'to') return !/ing$/.test(w);
    if (t.pos === 'ADP' && i === from) return false;
  }
  return false;
}

/** Whether an attribution frame starts at token `y`: a short subject, then a cue (", though she acknowledged"). */
function opensFrame(ctx: QuoteContext, y0: number, last: number, cueAt: Int32Array): boolean {
  const { words, tokens } = ctx;
  let y = y0;
  const lead = tokens[y];
  if (lead && (lead.pos === 'SCONJ' || lead.pos === 'CCONJ' || lead.pos === 'ADV') && words[y] !== 'that') y++;
  for (; y <= Math.min(last, y0 + 9); y++) {
    if (cueAt[y]! >= 0) return true;
    const u = tokens[y]!;
    if (!(isNounish(u) || u.pos === 'DET' || u.pos === 'PRON' || u.pos === 'ADJ' || words[y] === "'s")) return false;
  }
  return false;
}

function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (ctx.tokens[i]!.pos === 'VERB' || ctx.tokens[i]!.pos === 'AUX') return true;
  return false;
}

/**
 * Quotations that resume the quote after its frame: "“…,” he said, “…”", and the quoted sentences right after
 * it in the same paragraph ("“…,” he said. “…”"), as further fragments of one quote.
 */
function continuation(ctx: QuoteContext, frameEnd: number, sLast: number): { spans: Span[]; frameLast: number } {
  const spans: Span[] = [];
  let k = frameEnd + 1;
  if (ctx.words[k] === ',' || ctx.words[k] === ':') k++;
  let frameLast = sLast;
  let q = k <= sLast ? quoteStartingAt(ctx, k) : -1;
  if (q >= 0) frameLast = k - 1;
  else {
    // "“…,” Tester said, referring to the excuse, “…”", "‘…,’ she told the BBC, ‘…’": an aside or a hearer
    // between the frame and the resumed quote.
    let c = ctx.words[frameEnd + 1] === ',' ? k : frameEnd + 1;
    while (c <= Math.min(sLast, k + 15) && ctx.words[c] !== ',' && ctx.quoteOf[c]! < 0) c++;
    if (ctx.words[c] === ',' && c + 1 <= sLast) {
      q = quoteStartingAt(ctx, c + 1);
      if (q >= 0) frameLast = c;
    }
  }
  if (q < 0 && clauseEndsAt(ctx, k, sLast)) q = quoteStartingAt(ctx, sLast + 1);
  if (q < 0) return { spans, frameLast };
  const paragraph = paragraphOf(ctx, frameEnd);
  while (q >= 0 && paragraphOf(ctx, ctx.quoteTokens[q]![0]) === paragraph) {
    spans.push(spanOfQuote(ctx, q));
    q = quoteStartingAt(ctx, ctx.quoteTokens[q]![1] + 1);
  }
  return { spans, frameLast };
}

function paragraphOf(ctx: QuoteContext, token: number): number {
  const s = ctx.doc.sentences[ctx.sentenceOf[token]!];
  return s ? s.paragraph : -1;
}

/** Whether nothing clause-like follows token `k` in the sentence: only adverbials, a date, a name, punctuation. */
function clauseEndsAt(ctx: QuoteContext, k: number, last: number): boolean {
  for (let i = k; i <= last; i++) {
    const w = ctx.words[i]!;
    if (w === ',' || w === '.' || w === ';' || w === '!' || w === '?' || w === '—') return true;
    // A quotation right after the frame resumes the quote; one further on belongs to a clause.
    if (ctx.quoteOf[i]! >= 0) return i === k;
    const t = ctx.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || w === 'that' || t.pos === 'SCONJ') return false;
  }
  return true;
}

/** The quoted span (index) that ends with token `i`, if `i` is a closing quotation mark. */
function quoteEndingAt(ctx: QuoteContext, i: number): number {
  const q = ctx.quoteOf[i] ?? -1;
  if (q < 0) return -1;
  return ctx.quoteTokens[q]![1] === i ? q : -1;
}

function quoteStartingAt(ctx: QuoteContext, i: number): number {
  const q = ctx.quoteOf[i] ?? -1;
  if (q < 0) return -1;
  return ctx.quoteTokens[q]![0] === i ? q : -1;
}

/** Skips what sits between a cue and its complement: the hearer ("told reporters"), a date, "in a statement". */
function complementStart(ctx: QuoteContext, cue: Cue, last: number): number {
  const { words, tokens } = ctx;
  let k = cue.last + 1;
  if (HEARER_CUES.has(cue.lemma)) {
    const hearerStart = k;
    while (
      k <= last &&
      words[k] !== 'that' &&
      (isNounish(tokens[k]!) || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')
    ) {
      k++;
    }
    if (k === hearerStart && OBJECT_PRONOUNS.has(words[k] ?? '')) k++;
  }
  // A date or a short prepositional aside before "that": "said Jan. 13 it …", "said in a statement that …".
  let j = k;
  while (j <= last && (ctx.inDate[j] === 1 || DATE_WORDS.has(words[j]!) || (tokens[j]!.pos === 'NUM' && j > k))) j++;
  if (j > k && j <= last) k = j;
  // "said in a statement that …", "said on Twitter that …": a prepositional phrase before "that". After an object
  // ("considering an order that would …") the "that" opens a relative clause and the object is the content.
  const pp = tokens[k]?.pos === 'ADP' && words[k] !== 'that';
  for (let i = k; pp && i <= Math.min(last, k + 10); i++) {
    if (words[i] === 'that' && i > k) {
      const between = tokens.slice(k, i);
      if (between.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PRON')) k = i;
      break;
    }
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') break;
  }
  if (words[k] === ',' || words[k] === ':') {
    if (ctx.quoteOf[k + 1]! >= 0) k++;
  }
  return k;
}

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
  const [sFirst, sLast] = sentenceRange(ctx, cue.sentence);
  const { words } = ctx;
  const denial = deniedAllegation(ctx, cue, sFirst, sLast);
  if (denial) {
    // The cue is the denying verb itself ("an allegation it has denied" → "denied").
    const verb = { ...cue, first: cue.last };
    return make(verb, denial.content, denial.source, denial.rule, 0.95, denial.frame);
  }
  if (cue.lemma === 'accord to') {
    // "According to X, CLAUSE": the source ends at the first comma.
    let comma = cue.last + 1;
    while (comma < sLast && words[comma] !== ',') comma++;
    const source = speakerAfter(ctx, cue.last, words[comma] === ',' ? comma - 1 : sLast, (i) => cueAt[i]! >= 0);
    if (!source) return null;
    let before = cue.first - 1;
    while (before >= sFirst && (words[before] === ',' || ctx.tokens[before]!.pos === 'CCONJ')) before--;
    if (before < sFirst) {
      let k = source[1] + 1;
      if (words[k] === ',') k++;
      const end = trimEnd(ctx, k, contentStop(ctx, k, sLast, cueAt));
      if (k > end) return null;
      return make(cue, [span(ctx, k, end)], source, 'quotes/indirect:according-to', 0.85, [cue.first, source[1]]);
    }
    const end = trimEnd(ctx, sFirst, before);
    return make(cue, [span(ctx, sFirst, end)], source, 'quotes/indirect:clause-according-to', 0.8, [cue.first, sLast]);
  }

  // Content on the left: the cue closes its clause.
  const afterCue = cue.last + 1;
  const isCue = (i: number) => cueAt[i]! >= 0;
  const after = speakerAfter(ctx, cue.last, sLast, isCue);
  // "…, the trust for reclamation work, said Mr. Barrett." A comma right before the cue and a speaker after it
  // that ends the sentence: the order is inverted, and the phrase before the comma is content.
  const participle = PARTICIPLE.test(words[cue.last]!);
  const endsSentence = (i: number) => i > sLast || words[i] === '.' || words[i] === '!' || words[i] === '?';
  const invertedFirst = after !== null && !participle && words[cue.first - 1] === ',' && endsSentence(after[1] + 1);
  // ", citing security risks", ", saying …": a participle after a comma always takes its content on the right.
  const trailingParticiple = participle && words[cue.first - 1] === ',';
  const headline = headlineSpeaker(ctx, cue, sFirst, sLast);
  const leftSource = invertedFirst || trailingParticiple ? null : (headline ?? speakerBefore(ctx, cue.first, sFirst));
  const inverted = leftSource || participle ? null : after;
  const frameEnd = inverted ? inverted[1] : cue.last;
  const pre = leftSource ? leftSource[0] - 1 : cue.first - 1;
  const colon = words[cue.last] === ':';
  if (!colon && !trailingParticiple && pre >= sFirst - 1 && clauseEndsAt(ctx, frameEnd + 1, sLast)) {
    const q = pre >= 0 ? quoteEndingAt(ctx, pre) : -1;
    const source = leftSource ?? inverted;
    const qFirst = q >= 0 ? ctx.quoteTokens[q]![0] : -1;
    if (q >= 0 && qFirst > sFirst && ctx.sentenceOf[qFirst] === cue.sentence && words[qFirst - 1] !== ':') {
      // "Using the tax ''is a misguided approach,'' said Mr. Burman": a quoted fragment ending a clause that
      // began before it; the clause is the content (a mixed quote).
      const content = [span(ctx, sFirst, pre)];
      return make(cue, content, source, 'quotes/mixed:clause-then-cue', 0.75, [frameEnd, sLast]);
    }
    if (q >= 0) {
      const content: Span[] = [spanOfQuote(ctx, q)];
      const more = continuation(ctx, frameEnd, sLast);
      content.push(...more.spans);
      return make(cue, content, source, 'quotes/direct:quote-then-cue', 0.9, [frameEnd, more.frameLast]);
    }
    if (pre >= sFirst && words[pre] === ',' && pre > sFirst) {
      const end = trimEnd(ctx, sFirst, pre - 1);
      // A quote that opened in an earlier sentence and closes here is one direct quote.
      const closing = quoteEndingAt(ctx, end);
      if (closing >= 0) {
        const more = continuation(ctx, frameEnd, sLast);
        const content = [spanOfQuote(ctx, closing), ...more.spans];
        return make(cue, content, source, 'quotes/direct:quote-then-cue', 0.85, [frameEnd, more.frameLast]);
      }
      const content = [span(ctx, sFirst, end)];
      // "Climate change, he said, is the greatest threat": the clause resumes after the frame.
      const resume = frameEnd + 2;
      if (words[frameEnd + 1] === ',' && resume <= sLast && hasVerb(ctx, resume, sLast)) {
        content.push(span(ctx, resume, trimEnd(ctx, resume, contentStop(ctx, resume, sLast, cueAt))));
        return make(cue, content, source, 'quotes/indirect:clause-cue-clause', 0.7, [frameEnd, frameEnd + 1]);
      }
      return make(cue, content, source, 'quotes/indirect:clause-then-cue', 0.7, [frameEnd, sLast]);
    }
  }

  // Content on the right.
  let source = leftSource;
  let fromPrevious = false;
  if (!source && words[cue.first - 1] === ',' && PARTICIPLE.test(words[cue.first]!)) {
    // ", saying …", ", adding …": the subject of the main clause speaks.
    source =
      previous && previous.cue.sentence === cue.sentence
        ? previous.source
        : sentenceSubject(ctx, sFirst, cue.first - 1);
    fromPrevious = previous !== null && previous.cue.sentence === cue.sentence;
  } else if (!source && cue.first > sFirst && ctx.tokens[cue.first]!.pos !== 'NOUN') {
    // "Trump … and vowed to …": a cue verb without a subject of its own shares the sentence's subject.
    source = sentenceSubject(ctx, sFirst, cue.first - 1);
  }
  const k = complementStart(ctx, cue, sLast);
  if (k > sLast) return null;
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
    w === 'to' ||
    w === 'if' ||
    w === 'whether' ||
    t.pos === 'VERB';
  if (!startsClause) return null;
  const stop = contentStop(ctx, k, sLast, cueAt);
  const end = trimEnd(ctx, k, stop);
  const c = make(
    cue,
    [span(ctx, k, end)],
    source,
    w === 'that' ? 'quotes/indirect:said-that' : 'quotes/indirect:said-clause',
    w === 'that' ? 0.8 : 0.7,
    [cue.first, k - 1],
  );
  c.sourceFromPrevious = fromPrevious;
  return c;
}

export function spanOfQuote(ctx: QuoteContext, q: number): Span {
  const s = ctx.quoted[q]!;
  return { start: s.start, end: s.end };
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
  };
}
