import { FURNITURE_LABELS } from '../article/lexicon.js';
import { isLetters } from '../text/letters.js';
import type { QuoteContext } from './context.js';
import { firstTokenFrom } from './indexes.js';
import {
  backoffCue,
  baseLemma,
  CHANGE_LEMMAS,
  CUE_LEXICON,
  type CueEntry,
  type CueLexicon,
  contextualPrecision,
  DOCUMENT_SUBJECTS,
  matchCues,
  neighbourClass,
} from './lexicon.js';
import { opensClause, QUANTIFIERS } from './speaker.js';
import { APPROXIMATORS, CURRENCY, DATE_WORDS, POSSESSIVES, SUBORDINATING_PARTICIPLES } from './words.js';

export interface Cue {
  first: number;
  last: number;
  lemma: string;
  precision: number;
  sentence: number;
}

/**
 * The cue over other tokens, its other fields kept. Written out rather than `{ ...cue, last }`: V8 gives a spread copy
 * another hidden class than the cues findCues builds, and the functions reading cues were compiled again for it.
 */
export function cueOver(cue: Cue, first: number, last: number): Cue {
  return { first, last, lemma: cue.lemma, precision: cue.precision, sentence: cue.sentence };
}

/** Cue forms below this rate of being a cue in the training counts are not proposed. */
export const MIN_CUE_PRECISION = 0.3;
const MAX_WORDS = 5;
const CLAUSE_ADVERBS = new Set(['when', 'where', 'why', 'how', 'as', 'so', 'while']);
/** Adjectives that govern a cue's infinitive after a copula: "was quick to point out", "is unable to say". */
const GOVERNING_ADJECTIVES = new Set([
  'able',
  'unable',
  'quick',
  'eager',
  'ready',
  'willing',
  'unwilling',
  'reluctant',
]);

/**
 * Whether token `g` may join a cue as its governing word: in the cue's sentence, outside quotation marks, not
 * before `floor`. A function of its own, not a closure in findCues' token loop: V8 allocated a context per token
 * for the closure.
 */
function governs(ctx: QuoteContext, g: number, floor: number, sentence: number): boolean {
  return g >= floor && ctx.quoteOf[g]! < 0 && ctx.sentenceOf[g] === sentence;
}

/**
 * Cue candidates over the token stream, outside quotation marks (words inside a quote belong to the quoted
 * speaker): at each token the longest lexicon form whose precision clears the bar. "said" as an adjective after a
 * determiner ("the said agreement") is not a cue. A colon right after a verb cue is part of it ("He added:").
 * `lexicon` is the shipped one except when the scorer's training analyzes a document with counts learned
 * without it.
 */
export function findCues(
  ctx: QuoteContext,
  minPrecision = MIN_CUE_PRECISION,
  lexicon: CueLexicon = CUE_LEXICON,
): Cue[] {
  const { tokens, words, sentenceOf } = ctx;
  const { trie } = lexicon;
  const out: Cue[] = [];
  const entries: CueEntry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.quoteOf[i]! >= 0) continue;
    const sentence = sentenceOf[i]!;
    if (trie.next.has(words[i]!)) {
      let to = i;
      while (to < tokens.length && to - i < MAX_WORDS && sentenceOf[to] === sentence && ctx.quoteOf[to]! < 0) to++;
      matchCues(trie, words, i, to, entries);
    } else {
      // A verb form the counts never saw as a cue may inflect a lemma they did ("encouraging").
      const backoff =
        tokens[i]!.pos === 'VERB'
          ? (backoffCue(words[i]!, lexicon) ?? clauseCue(ctx, i))
          : pluralPresentBeforeThat(ctx, i)
            ? backoffCue(words[i]!, lexicon)
            : undefined;
      entries.length = 0;
      if (backoff) entries.push(backoff);
      else if (!documentStatement(ctx, i)) continue;
    }
    let best: CueEntry | undefined;
    let bestScore = 0;
    const prevClass = neighbourClass(words[i - 1], tokens[i - 1]);
    // A longer form wins unless it is clearly less likely here ("said" over "said Friday").
    for (const e of entries) {
      // "said about 200 flights …": a preposition that makes the number after it approximate is no part of the cue.
      if (e.words > 1 && APPROXIMATORS.has(words[i + e.words - 1]!) && numberAt(ctx, i + e.words)) continue;
      if (CHANGE_LEMMAS.has(e.lemma) && amountAfter(ctx, i + e.words)) continue;
      const score = contextualPrecision(e, prevClass, neighbourClass(words[i + e.words], tokens[i + e.words]));
      if (score >= minPrecision && (!best || score > 0.65 * bestScore)) {
        best = e;
        bestScore = score;
      }
    }
    // "The complaint states that …": "states" is rarely a verb in the counts, but a writing as its subject and a
    // clause after it make it one.
    if (!best && words[i]!.endsWith('s') && documentStatement(ctx, i)) {
      best = { words: 1, lemma: baseLemma(words[i]!), precision: DOCUMENT_CUE_PRECISION, support: 0 };
      bestScore = DOCUMENT_CUE_PRECISION;
    }
    if (!best) continue;
    const prev = words[i - 1];
    const tok = tokens[i]!;
    if (tok.pos === 'ADJ' && (prev === 'the' || prev === 'this' || prev === 'that')) continue;
    // "according to documents reviewed by The Post": the source's noun, not a verb.
    if (prev === 'to' && words[i - 2] === 'according') continue;
    // "who spoke on the condition of anonymity to discuss sensitive matters": why the source hid, not a statement.
    if (prev === 'to' && words[i - 2] === 'anonymity') continue;
    // "so-called", "long-awaited": the second half of a hyphenated word is no cue.
    if (prev === '-' && tokens[i - 1]!.end === tok.start) continue;
    if (tok.pos === 'NOUN' && best.words === 1 && (prev === 'the' || prev === 'a' || prev === 'an')) continue;
    // "host of the Today show", "the Sunday show": a programme named by a day before the noun, not a subject ("the
    // Republicans show how …" is one).
    if (words[i] === 'show' && tok.pos === 'NOUN' && words[i - 2] === 'the' && DATE_WORDS.has(words[i - 1] ?? ''))
      continue;
    // "beating estimates of $1.01 billion", "rejected calls for a royal commission": a noun right after a verb is
    // its object, not a cue.
    if (objectOfVerb(ctx, i)) continue;
    // "the ninth named storm", "a declared candidate": a participle between a modifier and its noun is an adjective.
    if (best.words === 1 && words[i]!.endsWith('ed') && tokens[i + 1]?.pos === 'NOUN' && modifierBefore(ctx, i))
      continue;
    // "their disputed Himalayan frontier", "the endorsed Republican candidate", "its preferred 14 delegates": after a
    // determiner or a possessive, with another modifier after it, the participle is one of the noun's modifiers too.
    if (best.words === 1 && words[i]!.endsWith('ed') && NOUN_MODIFIER_POS.has(tokens[i + 1]?.pos ?? '')) {
      const before = words[i - 1] ?? '';
      if (ARTICLES.has(before) || POSSESSIVES.has(before)) continue;
    }
    let last = i + best.words - 1;
    if (words[last + 1] === ':' && words[last] !== ':' && sentenceOf[last + 1] === sentence) last++;
    // "CLAIM: A viral post says …", "Our ruling: …": a fact-check's label opening a paragraph is no cue.
    if (words[last] === ':' && underFurnitureLabel(ctx, last, last)) continue;
    // Auxiliaries, adverbs and negation before the verb belong to the cue ("has also said", "did not deny").
    let first = i;
    const floor = Math.max(out.length > 0 ? out[out.length - 1]!.last + 1 : 0, i - 4);
    while (first - 1 >= floor && sentenceOf[first - 1] === sentence && ctx.quoteOf[first - 1]! < 0) {
      const t = tokens[first - 1]!;
      // "have long accused": an adverb the tagger read as an adjective, between an auxiliary and the verb.
      const longAdverb = words[first - 1] === 'long' && tokens[first - 2]?.pos === 'AUX';
      // "he's claiming" keeps its contracted auxiliary; a possessive "'s" is no part of a cue.
      if (
        !(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || longAdverb) ||
        (words[first - 1] === "'s" && t.pos !== 'AUX')
      )
        break;
      // "when asked", "as noted": a subordinating adverb opens the clause the cue is in; it is no part of the cue.
      if (CLAUSE_ADVERBS.has(words[first - 1]!)) break;
      // "MPs I have spoken to say": that "to" is the hearer's preposition, stranded by the relative clause.
      if (words[first - 1] === 'to' && TO_HEARER_FORMS.has(words[first - 2] ?? '')) break;
      // "Most said they were worried": a quantity the tagger read as an adverb is the subject; "More troubling",
      // "and more willing": a comparative opening the clause is no part of the cue either.
      const w = words[first - 1]!;
      if ((QUANTIFIERS.has(w) || w === 'more') && opensClause(ctx, first - 1)) break;
      first--;
    }
    // "continued to call for", "refused to disclose": a verb governing the cue's infinitive joins it, with its
    // particle ("went on to explain") or as the adjective of a copula ("was quick to point out").
    const governor = words[first] === 'to' && first - 1 >= floor ? first - 1 : -1;
    if (governor >= 0 && governs(ctx, governor, floor, sentence) && tokens[governor]!.pos !== 'VERB') {
      const before = governor - 1;
      if (words[governor] === 'on' && governs(ctx, before, floor, sentence) && tokens[before]!.pos === 'VERB')
        first = before;
      else if (
        GOVERNING_ADJECTIVES.has(words[governor]!) &&
        governs(ctx, before, floor, sentence) &&
        tokens[before]!.pos === 'AUX'
      ) {
        first = before;
        while (
          governs(ctx, first - 1, floor, sentence) &&
          (tokens[first - 1]!.pos === 'AUX' || tokens[first - 1]!.pos === 'ADV')
        )
          first--;
      }
    }
    if (
      words[first] === 'to' &&
      first - 1 >= floor &&
      tokens[first - 1]!.pos === 'VERB' &&
      !TO_HEARER_FORMS.has(words[first - 1]!) &&
      ctx.quoteOf[first - 1]! < 0
    ) {
      first--;
      while (first - 1 >= floor && sentenceOf[first - 1] === sentence && ctx.quoteOf[first - 1]! < 0) {
        const t = tokens[first - 1]!;
        if (!(t.pos === 'AUX' || t.pos === 'ADV') || CLAUSE_ADVERBS.has(words[first - 1]!)) break;
        first--;
      }
    }
    // "appeared to suggest", "wanted to know": a verb whose infinitive is itself a cue takes it in.
    let lemma = best.lemma;
    const infinitive = last + 2;
    if (
      words[last + 1] === 'to' &&
      !TO_HEARER.has(lemma) &&
      tokens[last]!.pos === 'VERB' &&
      tokens[infinitive]?.pos === 'VERB' &&
      sentenceOf[infinitive] === sentence &&
      ctx.quoteOf[infinitive]! < 0
    ) {
      const governed = trie.next.get(words[infinitive]!)?.entry ?? backoffCue(words[infinitive]!, lexicon);
      if (governed && governed.precision >= MIN_CUE_PRECISION) {
        last = infinitive;
        lemma = governed.lemma;
      }
    }
    out.push({ first, last, lemma, precision: bestScore, sentence });
    i = last;
  }
  return out;
}

/**
 * Cues whose "to" introduces the hearer, never an infinitive: "Labour MPs I have spoken to say …" is "say" with
 * the speaker "Labour MPs I have spoken to", not the cue "spoken to say".
 */
const TO_HEARER = new Set(['speak', 'talk', 'write', 'reply', 'respond', 'explain', 'complain', 'listen', 'report']);
const TO_HEARER_FORMS = new Set([
  ...[...TO_HEARER].flatMap((l) => [l, `${l}s`, `${l.replace(/e$/, '')}ed`, `${l.replace(/e$/, '')}ing`]),
  ...['spoke', 'spoken', 'wrote', 'written', 'replied', 'replies'],
]);

/** "declined 27%", "declined to $182", "declined by a third": the words from k say by how much or to what. */
function amountAfter(ctx: QuoteContext, k: number): boolean {
  const w = ctx.words[k];
  if (w === 'to' || w === 'by' || w === 'from') return numberAt(ctx, k + 1) || FRACTIONS.has(ctx.words[k + 2] ?? '');
  return numberAt(ctx, k);
}
const FRACTIONS = new Set(['third', 'quarter', 'half', 'fifth', 'tenth']);

/** Whether token k opens an amount: a number or a currency sign. */
export function numberAt(ctx: QuoteContext, k: number): boolean {
  return ctx.tokens[k]?.pos === 'NUM' || CURRENCY.has(ctx.words[k] ?? '');
}

/**
 * How sure a cue read off its shape alone is. In PolNeAR train, a verb the lexicon does not know, with a subject
 * before it and a "that" clause with its own subject and verb after it ("experts affirm that the plan works"), was
 * a gold cue 29 times in 58; discounted as the backoff discounts an unseen inflection (0.8), since the shape says
 * nothing of the word. Left out, as too rarely cues there: the same verb with no subject ("never forget that",
 * "this means that", 8 of 38) and a noun before a "that" clause ("the fact that", 127 of 835).
 */
const CLAUSE_CUE_PRECISION = 0.4;
/** Tokens a "that" clause's subject and verb may take, counted from the word after "that". */
const CLAUSE_REACH = 5;
/**
 * "Researchers caution that …", "Doctors caution that …": a plural present the tagger read as a noun, between a
 * plural subject and "that".
 */
function pluralPresentBeforeThat(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const before = ctx.tokens[i - 1];
  if (t.pos !== 'NOUN' || ctx.words[i + 1] !== 'that' || !before || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i]) {
    return false;
  }
  // A plural present has no -s ("caution", not "rules"); a name before it is more often its owner ("Times report").
  if (ctx.words[i]!.endsWith('s')) return false;
  const w = ctx.words[i - 1]!;
  if (PLURAL_SUBJECT_PRONOUNS.has(w)) return true;
  const opening = i - 1 === 0 || ctx.sentenceOf[i - 2] !== ctx.sentenceOf[i - 1];
  const common = before.pos === 'NOUN' || (opening && before.pos === 'PROPN');
  return common && w.endsWith('s') && !w.endsWith("'s") && !w.endsWith('ss');
}
const PLURAL_SUBJECT_PRONOUNS = new Set(['they', 'we']);

const CLAUSE_SUBJECT_POS = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ', 'NUM']);
const SUBJECT_FORMS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who']);

/**
 * A cue entry for a verb the lexicon never saw, read off its structure: a subject (a pronoun, a name or a noun)
 * before it, past auxiliaries and adverbs, and a "that" clause after it whose subject and finite verb come before
 * any punctuation. Its lemma is the tagger's: the counts know nothing of it but the shape.
 */
function clauseCue(ctx: QuoteContext, i: number): CueEntry | undefined {
  const { words, tokens, sentenceOf } = ctx;
  const sentence = sentenceOf[i];
  if (words[i + 1] !== 'that' || sentenceOf[i + 1] !== sentence || !isLetters(words[i]!)) return undefined;
  const s = i + 2;
  const subjectAfter = tokens[s];
  if (!subjectAfter || sentenceOf[s] !== sentence || ctx.quoteOf[s]! >= 0) return undefined;
  if (!CLAUSE_SUBJECT_POS.has(subjectAfter.pos ?? '')) return undefined;
  let finite = false;
  for (let k = s + 1; k < tokens.length && k <= s + CLAUSE_REACH && sentenceOf[k] === sentence; k++) {
    const pos = tokens[k]!.pos;
    if (pos === 'PUNCT') break;
    if (pos === 'VERB' || pos === 'AUX') {
      finite = true;
      break;
    }
  }
  if (!finite) return undefined;
  // "the example of Chicago to prove that", "appeals to voters to ensure that": an infinitive has no subject of its
  // own to look for, and "under Mr. Ban's watch that" is a noun after a possessive.
  let k = i - 1;
  while (k >= 0 && sentenceOf[k] === sentence && ctx.quoteOf[k]! < 0) {
    const pos = tokens[k]!.pos;
    if ((pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') || words[k] === 'to' || words[k] === "'s") break;
    k--;
  }
  if (words[k] === 'to' || words[k] === "'s" || SUBORDINATING_PARTICIPLES.has(words[i]!)) return undefined;
  const before = tokens[k];
  if (!before || k < 0 || sentenceOf[k] !== sentence || ctx.quoteOf[k]! >= 0) return undefined;
  const subject =
    SUBJECT_FORMS.has(words[k]!) || ctx.nameType[k]! > 0 || before.pos === 'NOUN' || before.pos === 'PROPN';
  if (!subject) return undefined;
  return { words: 1, lemma: tokens[i]!.lemma ?? words[i]!, precision: CLAUSE_CUE_PRECISION, support: 0 };
}

/** How sure a cue read off a writing's statement is ("The complaint states that …"). */
const DOCUMENT_CUE_PRECISION = 0.6;

/**
 * Whether token i is a verb whose subject is a writing, right before it after a determiner ("The complaint
 * states", "the new law states"), and whose object is a "that" clause: "the 12 states that voted" has a number,
 * "swing states that Trump won" no determiner.
 */
function documentStatement(ctx: QuoteContext, i: number): boolean {
  const { words } = ctx;
  if (words[i + 1] !== 'that' || !DOCUMENT_SUBJECTS.has(words[i - 1] ?? '')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const w = words[k]!;
    if (w === 'the' || w === 'a' || w === 'an' || w === 'this' || w === 'its' || w === 'his' || w === 'her')
      return true;
    if (ctx.tokens[k]!.pos !== 'ADJ' && ctx.tokens[k]!.pos !== 'PROPN' && ctx.tokens[k]!.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * Whether token i's paragraph opens with a furniture label and its colon, the colon at or before `upTo` ("Reference:
 * Mensah A, et al. …", "CLAIM: A viral post says …"): a quotation there is a title, not more of the last speaker's
 * words, and the label is no cue.
 */
export function underFurnitureLabel(ctx: QuoteContext, i: number, upTo = i - 1): boolean {
  const paragraph = ctx.doc.paragraphs[ctx.doc.sentences[ctx.sentenceOf[i]!]!.paragraph];
  if (!paragraph) return false;
  const first = firstTokenFrom(ctx, paragraph.start);
  for (let k = first; k < first + 3 && k <= upTo; k++) {
    if (ctx.words[k] === ':') return FURNITURE_LABELS.has(ctx.words.slice(first, k).join(' '));
  }
  return false;
}

const NOUN_MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NUM']);
const ARTICLES = new Set(['the', 'a', 'an', 'these', 'those']);

/** Whether the word before token i modifies a noun phrase: a determiner, an adjective, a number or a possessive. */
function modifierBefore(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i - 1];
  if (!t || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i]) return false;
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVES.has(ctx.words[i - 1]!);
}

/** Verbs that compare a figure with a forecast ("beating estimates", "missed expectations", "topped forecasts"). */
const COMPARING_VERBS =
  /^(?:beat|beats|beating|top|tops|topped|topping|miss|misses|missed|missing|exceed|exceeds|exceeded|exceeding|surpass|surpassed|surpassing|trail|trailed|trailing|meet|met|meeting|match|matched|matching)$/;

/**
 * Whether the cue-like word at i is the object of a verb comparing a figure with it ("Revenue rose 22%, beating
 * estimates of $1.01 billion"): a forecast the figure beat is no one's statement here.
 */
function objectOfVerb(ctx: QuoteContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  if (prev === undefined || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i] || !COMPARING_VERBS.test(prev)) return false;
  return FORECAST_NOUNS.has(ctx.words[i]!);
}

const FORECAST_NOUNS = new Set([
  'estimate',
  'estimates',
  'forecast',
  'forecasts',
  'expectations',
  'projections',
  'predictions',
  'guidance',
]);
