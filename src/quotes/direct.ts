import { TITLE_MINOR_WORDS } from '../article/title.js';
import { hasLetterOrDigit, LetterPattern, startsCapitalized } from '../text/letters.js';
import type { Candidate } from './attribute.js';
import { spanOfQuote } from './content.js';
import type { QuoteContext } from './context.js';
import { type Cue, cueOver } from './cues.js';
import { paragraphRunEnd } from './indexes.js';
import { backoffCue, baseForms, CUE_TRIE } from './lexicon.js';
import { type Range, speakerAfter } from './speaker.js';
import { isNounish, POSSESSIVES } from './words.js';

const UPPER_OR_DIGIT_FIRST = new LetterPattern(String.raw`^[\p{Lu}\d]`);

const DASHES = new Set(['―', '—', '–', '-']);
const ENDS = new Set(['.', '!', '?', ',', ';']);

function cueAt(ctx: QuoteContext, i: number, lemma: string, precision: number): Cue {
  return { first: i, last: i, lemma, precision, sentence: ctx.sentenceOf[i]! };
}

/** A short subject phrase from token `i`: a pronoun, or names/nouns with their determiners. */
function subjectFrom(ctx: QuoteContext, i: number, ceiling: number): Range | null {
  const t = ctx.tokens[i];
  if (!t || i > ceiling) return null;
  if (t.pos === 'PRON' && !POSSESSIVES.has(ctx.words[i]!)) return [i, i];
  let j = i;
  while (
    j <= ceiling &&
    (isNounish(ctx.tokens[j]!) || ctx.tokens[j]!.pos === 'DET' || ctx.tokens[j]!.pos === 'ADJ' || ctx.words[j] === '.')
  ) {
    j++;
  }
  return j > i && isNounish(ctx.tokens[j - 1]!) ? [i, j - 1] : null;
}

/**
 * A quotation no lexicon cue governs can still be attributed by the shape of what follows it:
 * - "“…” ― Name" (a dash and a name, as in reader comments and testimonials): the dash is the cue;
 * - "“…,” Vitter demanded." / "“…,” quipped the senator.": any verb between the quote and the end of the
 *   sentence, with its subject on one side, is the cue.
 */
export function attributeByShape(ctx: QuoteContext, q: number): Candidate | null {
  const [, qLast] = ctx.quoteTokens[q]!;
  const t = qLast + 1;
  if (t >= ctx.tokens.length || ctx.quoteOf[t]! >= 0) return fragmentAfterVerb(ctx, q);
  // Precomputed: walking to the paragraph end from every quotation is quadratic in a paragraph of quote marks.
  const paragraphEnd = paragraphRunEnd(ctx, qLast);
  if (t > paragraphEnd) return fragmentAfterVerb(ctx, q);
  const { words, tokens } = ctx;
  const content = [spanOfQuote(ctx, q)];
  if (DASHES.has(words[t]!)) {
    const source = speakerAfter(ctx, t, paragraphEnd, () => false);
    if (!source) return null;
    return candidate(cueAt(ctx, t, words[t]!, 0.6), content, source, 'quotes/direct:quote-dash-name', [t, source[1]]);
  }
  const sentenceEnd = ctx.doc.sentences[ctx.sentenceOf[t]!]!.tokens[1];
  const ends = (i: number) => i > sentenceEnd || ENDS.has(words[i]!) || ctx.quoteOf[i]! >= 0;
  // "''Full House,'' Hulu paid …", "''New Day,'' which ends …": a title before a verb is its object or subject.
  if (titleCased(ctx, ctx.quoteTokens[q]![0], qLast)) return fragmentAfterVerb(ctx, q);
  // "“…,” Vitter demanded."
  const subject = subjectFrom(ctx, t, sentenceEnd);
  if (subject) {
    const v = subject[1] + 1;
    if (tokens[v]?.pos === 'VERB' && (ends(v + 1) || adjunctFollows(ctx, v + 1))) {
      const lemma = tokens[v]!.lemma ?? words[v]!;
      return candidate(cueAt(ctx, v, lemma, 0.5), content, subject, 'quotes/direct:quote-then-verb', [t, v]);
    }
  }
  // "“…,” quipped the senator."
  if (tokens[t]!.pos === 'VERB') {
    const after = subjectFrom(ctx, t + 1, sentenceEnd);
    if (after && ends(after[1] + 1)) {
      const lemma = tokens[t]!.lemma ?? words[t]!;
      return candidate(cueAt(ctx, t, lemma, 0.5), content, after, 'quotes/direct:quote-then-verb', [t, after[1]]);
    }
  }
  return fragmentAfterVerb(ctx, q);
}

/** "“…,” the Saudis state in the white paper", "“…,” she wrote Tuesday": an adverbial after the verb. */
function adjunctFollows(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.quoteOf[i]! >= 0) return false;
  return t.pos === 'ADP' || t.pos === 'ADV' || ctx.inDate[i] === 1;
}

/** A quoted fragment this short, in words, may be a phrase a speaker used inside a clause about them. */
const FRAGMENT_WORDS = 8;
/** How far before the fragment the verb may be ("branded North Korea an “outlaw nation …”"). */
const VERB_REACH = 8;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * Verbs that characterize what someone said or believes, beside the cue lexicon's own forms: a fragment after
 * "won", "looked at" or "launched" is a label of the text, not the subject's words.
 */
const CHARACTERIZING = new Set([
  'brand',
  'dub',
  'label',
  'term',
  'call',
  'describe',
  'portray',
  'characterize',
  'cast',
  'hail',
  'tout',
  'praise',
  'admire',
  'slam',
  'blast',
  'pound',
  'mock',
  'deride',
  'decry',
  'denounce',
  'condemn',
  'dismiss',
  'exhort',
  'urge',
]);

function characterizes(word: string): boolean {
  if (CUE_TRIE.next.get(word)?.entry || backoffCue(word)) return true;
  return baseForms(word).some((b) => CHARACTERIZING.has(b)) || CHARACTERIZING.has(word);
}

/** Longer quotations are speech, whatever their case. */
const TITLE_MAX_WORDS = 12;

/**
 * Whether the quotation's words first..last are a title in title case ("War On Drugs", "''The Late Show With
 * Stephen Colbert''", "''Super Lives of the Super Rich''"): a work named, not something said. Every word but the
 * small ones is capitalized (or a number), at least one is, and there are at most twelve.
 */
export function titleCased(ctx: QuoteContext, first: number, last: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i]!.text;
    // Punctuation, and clitics ("Here's the Thing"), say nothing of case.
    if (!hasLetterOrDigit(t) || t.startsWith("'") || t.startsWith('’')) continue;
    if (++words > TITLE_MAX_WORDS) return false;
    if (TITLE_MINOR_WORDS.has(t)) continue;
    if (!UPPER_OR_DIGIT_FIRST.test(t)) return false;
    capitals++;
  }
  return capitals >= 1;
}

/**
 * "Japan branded North Korea an “outlaw nation in the neighborhood.”", "Cruz exhorted Republicans to “vote your
 * conscience”": a short quoted fragment inside the object of a verb whose subject is a named person or
 * organization (or a pronoun) is a mixed quote of that subject, the verb its cue. Titles and scare quotes in
 * subjects are left alone.
 */
function fragmentAfterVerb(ctx: QuoteContext, q: number): Candidate | null {
  const [qFirst, qLast] = ctx.quoteTokens[q]!;
  const { words, tokens } = ctx;
  const sFirst = ctx.doc.sentences[ctx.sentenceOf[qFirst]!]!.tokens[0];
  let wordsIn = 0;
  for (let i = qFirst; i <= qLast; i++) if (hasLetterOrDigit(words[i]!)) wordsIn++;
  if (wordsIn > FRAGMENT_WORDS || titleCased(ctx, qFirst, qLast)) return null;
  let verb = -1;
  for (let i = qFirst - 1; i >= Math.max(sFirst + 1, qFirst - VERB_REACH); i--) {
    const t = tokens[i]!;
    if (ctx.quoteOf[i]! >= 0 || ENDS.has(words[i]!) || words[i] === ':' || words[i] === 'that') return null;
    // The tagger reads some past tenses after a name as adjectives ("Japan branded …").
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/.test(words[i]!))) {
      verb = i;
      break;
    }
  }
  if (verb < 0 || !characterizes(words[verb]!)) return null;
  let s = verb - 1;
  while (s > sFirst && (tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'AUX')) s--;
  const subjectEnd = tokens[s]!;
  let source: Range | null = null;
  if (tokens[s]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(words[s]!)) source = [s, s];
  else {
    const m = ctx.mentions.find((x) => x.end === subjectEnd.end && x.form === 'name' && x.type !== 'location');
    if (m) {
      let first = s;
      while (first > sFirst && tokens[first - 1]!.end > m.start) first--;
      source = [first, s];
    } else if (tokens[s]!.pos === 'PROPN' && startsCapitalized(tokens[s]!.text)) {
      // A name the entity layer missed ("Cruz" alone in a short text): the run of proper nouns.
      let first = s;
      while (first > sFirst && tokens[first - 1]!.pos === 'PROPN') first--;
      source = [first, s];
    }
  }
  if (!source) return null;
  const content = [{ start: tokens[verb + 1]!.start, end: ctx.quoted[q]!.end }];
  const lemma = tokens[verb]!.lemma ?? words[verb]!;
  // The cue keeps its auxiliaries and adverbs: "openly admires", "has been steadily pounding".
  const cue = cueOver(cueAt(ctx, verb, lemma, 0.5), source[1] + 1, verb);
  return candidate(cue, content, source, 'quotes/mixed:verb-fragment', [source[0], verb]);
}

function candidate(cue: Cue, content: Candidate['content'], source: Range, rule: string, frame: Range): Candidate {
  return { cue, content, source, sourceFromPrevious: false, rule, confidence: cue.precision, frame, kind: undefined };
}
