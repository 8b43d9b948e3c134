import type { Span } from '../types.js';
import { type Candidate, expletiveSubject, passiveCue } from './attribute.js';
import { contentStop, sentenceRange, span, trimEnd } from './content.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { type Range, speakerBefore } from './speaker.js';

/** Words after "as" that make it an adverbial of the clause, not what the subject is taken for ("as part of"). */
const ADVERBIAL_AS = new Set(['part', 'well', 'soon', 'long', 'much', 'many', 'of', 'far', 'usual', 'expected']);
/** Words that make the passive's clause a complement of something before it. */
const EMBEDDING = new Set(['that', 'whether', 'if']);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
/** Marks that end the "as" phrase. */
const PHRASE_ENDS = new Set([',', ';', ':', '—', '–', '--', '(']);

/**
 * "The kingdom is viewed as a bulwark against Iran", "Two suspects have been identified as Moroccan citizens": a
 * passive cue followed by an "as" phrase attributes the subject and what it is taken for to someone the sentence
 * need not name (PolNeAR marks these with the subject and the "as" phrase as content, no source). Only tried when no
 * other pattern read the cue. Without the "as" phrase ("The deal was announced.") PolNeAR marks the subject as
 * content about as often as not (18 of 48 such clauses in train), so those are left alone.
 */
export function passiveSubjectQuote(
  ctx: QuoteContext,
  cue: Cue,
  cueAt: Int32Array,
  previous: Candidate | null,
): Candidate | null {
  if (!passiveCue(ctx, cue)) return null;
  // Inside what the cue before reports ("He says the town is viewed as a backwater and …") it is part of that
  // statement, which PolNeAR rarely splits.
  const at = ctx.tokens[cue.first]!.start;
  if (previous?.content.some((f) => f.start <= at && at < f.end)) return null;
  const { words } = ctx;
  const [sFirst, sLast] = sentenceRange(ctx, cue.sentence);
  const next = cue.last + 1;
  if (words[next] !== 'as' || next >= sLast || ADVERBIAL_AS.has(words[next + 1]!)) return null;
  if (words[next + 1] === 'a' && words[next + 2] === 'result') return null;
  const subject = speakerBefore(ctx, cue.first, sFirst);
  if (!subject || subject[1] !== cue.first - 1 || expletiveSubject(ctx, subject)) return null;
  // "the wisdom that Bloomberg is perceived as a nanny": a clause that a noun or another cue governs is part of
  // what that one says. "That deal was criticized as …" opens its sentence with a demonstrative of the subject.
  let first = subject[0];
  if (first - 1 === sFirst && DEMONSTRATIVES.has(words[sFirst]!)) first = sFirst;
  else if (first - 1 > sFirst && EMBEDDING.has(words[first - 1]!)) return null;
  // What the subject is taken for is one phrase: an aside or a second clause after a comma or a dash is the
  // sentence's own ("was projected as the winner, with NBC calling the race").
  let stop = contentStop(ctx, next + 1, sLast, cueAt);
  for (let i = next + 1; i <= stop; i++) {
    if (PHRASE_ENDS.has(words[i]!) && ctx.quoteOf[i]! < 0) {
      stop = i - 1;
      break;
    }
  }
  const end = trimEnd(ctx, next, stop);
  if (end <= next) return null;
  const content: Span[] = [span(ctx, first, subject[1]), span(ctx, next, end)];
  const frame: Range = [cue.first, cue.last];
  return {
    cue,
    content,
    source: null,
    sourceFromPrevious: false,
    rule: 'quotes/indirect:passive-as',
    confidence: Math.round(Math.min(0.99, 0.6 * (0.5 + cue.precision / 2)) * 100) / 100,
    frame,
    kind: undefined,
  };
}
