import { porterStem } from '../adapters/natural.js';
import { detached } from '../text/detach.js';
import type { Polarity, Span, Stance } from '../types.js';
import {
  CLAIM_NOUNS,
  DIRECTION_BY_LEMMA,
  GENERIC_LEMMAS,
  HEDGE_WORDS,
  NEGATION_SUFFIXES,
  NEGATION_WORDS,
  STOPWORDS,
  SYNONYM_GROUP,
  VERDICT_WORDS,
} from './lexicon.js';
import type { Word } from './words.js';

/**
 * The content words of a statement as Porter stems of their lemmas ("spied" → spy → "spy", "requests" →
 * "request"), without function, negation and hedge words, so two statements can be compared on what they
 * are about rather than how they are phrased. Words inside entity mentions (`names`) are left out: shared
 * entities are counted once, as about-entities, not again as words. Lemmas in a synonym group
 * (data/claim-synonyms.json) count as their group.
 */
export function contentStems(words: readonly Word[], names: readonly Span[] = []): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Near-synonyms share a group ("provide information" ~ "turned over passwords"); phrasal verbs first.
    const next = words[i + 1];
    const phrasal = next && PHRASAL_HEADS.has(w.lemma) ? SYNONYM_GROUP.get(`${w.lemma} ${next.lower}`) : undefined;
    const group = phrasal ?? SYNONYM_GROUP.get(w.lemma);
    if (group !== undefined && !insideAny(names, w)) {
      out.add(group);
      continue;
    }
    if (STOPWORDS.has(w.lower) || NEGATION_WORDS.has(w.lower) || HEDGE_WORDS.has(w.lower)) continue;
    if (GENERIC_LEMMAS.has(w.lemma) || insideAny(names, w)) continue;
    if (NEGATION_SUFFIXES.includes(w.lower) || w.lower.length < 3 || /^\d+$/.test(w.lower)) continue;
    out.add(lemmaStem(w.lemma));
  }
  return out;
}

/** Words that point back at something already said ("the claim", "these allegations", "Smith's figures"). */
const BACK_POINTERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'such',
  'his',
  'her',
  'their',
  'its',
]);

/**
 * Whether a statement calls an earlier claim false, and the stance that claim was made with: "Cho's office called
 * the claim flatly untrue" (content "the claim flatly untrue"), "the company denied the allegations" (content "the
 * allegations" under a denial). The claim is named by a noun from data/stances.json `claimNouns` right after a
 * determiner or possessive, and the statement either denies or says a verdict word ("false", "baseless") and is
 * not negated ("the report is not wrong").
 */
export function rebuttedStance(words: readonly Word[], stance: Stance, polarity: Polarity): Stance | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  // "That's simply not true", "This is a lie": a reply that calls what was just said false, whatever it was.
  if (REPLY_POINTERS.has(first.lower) && replyVerdict(words, polarity)) return 'asserts';
  if (polarity !== 'positive') return undefined;
  if (!BACK_POINTERS.has(first.lower) && !/['’]s$/.test(first.lower) && first.pos !== 'PROPN') return undefined;
  // "the claim", "these latest allegations", "the $2 billion figure": the noun within three words.
  for (let k = 1; k < Math.min(words.length, 4); k++) {
    const referred = CLAIM_NOUNS.get(words[k]!.lemma) ?? CLAIM_NOUNS.get(words[k]!.lower);
    if (referred === undefined) continue;
    if (stance === 'denies') return referred;
    for (let v = k + 1; v < Math.min(words.length, k + 6); v++) if (VERDICT_WORDS.has(words[v]!.lower)) return referred;
    return undefined;
  }
  return undefined;
}

/** Pronouns that open a reply about what was just said ("That's not true", "It is false"). */
const REPLY_POINTERS: ReadonlySet<string> = new Set(['that', 'this', 'it', "that's", 'that’s', "it's", 'it’s']);
/** What a negated reply denies: "not true", "not correct", "not the case". */
const NEGATED_VERDICTS: ReadonlySet<string> = new Set(['true', 'correct', 'accurate', 'case', 'right']);
/** How far into a reply its verdict may come ("That is simply and completely false"). */
const REPLY_REACH = 6;

/**
 * Whether a reply opening with a pronoun is a verdict on it: a copula and a verdict word with no negation, or a
 * negated "true" ("That's simply not true"), and nothing else first: "that is true" and "it is wrong to cut aid"
 * (a verdict on an act) are none.
 */
function replyVerdict(words: readonly Word[], polarity: Polarity): boolean {
  // "That's", "it's" hold their copula; "that", "it" need it next.
  const contracted = /['’]s$/.test(words[0]!.lower);
  let k = 1;
  if (!contracted) {
    if (words[1]?.lower !== 'is' && words[1]?.lower !== 'was') return false;
    k = 2;
  }
  const negated = polarity === 'negative';
  const verdicts = negated ? NEGATED_VERDICTS : VERDICT_WORDS;
  for (; k < Math.min(words.length, REPLY_REACH); k++) {
    const w = words[k]!;
    if (verdicts.has(w.lower)) {
      // "simply not true": the negation right before the verdict, an adverb at most between them.
      if (negated && !negation(words[k - 1]!) && !(k >= 2 && negation(words[k - 2]!))) return false;
      return words[k + 1] === undefined || punctuatedAfter(words, k);
    }
    // Punctuation between two words ends the reply's first clause: "It's not sexist. It's true." is no verdict.
    if (words[k + 1] !== undefined && punctuatedAfter(words, k)) return false;
  }
  return false;
}

function negation(w: Word): boolean {
  return NEGATION_WORDS.has(w.lower) || NEGATION_SUFFIXES.includes(w.lower);
}

/** Whether more than a space stands between word `k` and the next: punctuation, the end of a clause. */
function punctuatedAfter(words: readonly Word[], k: number): boolean {
  return words[k + 1]!.start - words[k]!.end > 1;
}

/** How a statement says an amount moved: its direction and the stem of the amount's head noun. */
export interface Change {
  direction: 'up' | 'down';
  amount: string;
}

/**
 * The change a statement reports, from its verbs of change: "cut public school funding" is funding down, "school
 * funding rose" funding up. The amount is the head noun of the verb's object, or of its subject when it has no
 * object ("funding was cut"). None when there is no such verb, when its amount is not a noun ("in the fall"
 * is no verb), or when the statement moves things both ways ("prices increased while wages fell").
 */
export function changeOf(words: readonly Word[]): Change | undefined {
  let found: Change | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'VERB') continue;
    const direction = DIRECTION_BY_LEMMA.get(w.lemma);
    if (direction === undefined) continue;
    const head = objectHead(words, i) ?? subjectHead(words, i);
    if (head === undefined) continue;
    const amount = lemmaStem(head.lemma);
    if (found !== undefined && (found.direction !== direction || found.amount !== amount)) return undefined;
    found = { direction, amount };
  }
  return found;
}

const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

/** The last noun of the noun phrase right after word `i`, up to a determiner that opens another phrase. */
function objectHead(words: readonly Word[], i: number): Word | undefined {
  let head: Word | undefined;
  for (let j = i + 1; j < words.length; j++) {
    const pos = words[j]!.pos;
    if (pos === undefined || !NOUN_PHRASE.has(pos) || (head !== undefined && pos === 'DET')) break;
    if (pos === 'NOUN') head = words[j];
  }
  return head;
}

/** The noun before word `i`, across auxiliaries, adverbs and particles ("funding has not been cut"). */
function subjectHead(words: readonly Word[], i: number): Word | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const pos = words[k]!.pos;
    if (pos === 'AUX' || pos === 'ADV' || pos === 'PART') continue;
    return pos === 'NOUN' ? words[k] : undefined;
  }
  return undefined;
}

/**
 * Whether `w` lies inside one of `names`. A function rather than a closure in contentStems' loop, where capturing
 * the word made V8 allocate a context for every word.
 */
function insideAny(names: readonly Span[], w: Word): boolean {
  for (const n of names) if (n.start <= w.start && w.end <= n.end) return true;
  return false;
}

/**
 * The first parts of the synonym group's phrasal entries ("turn" of "turn over"): only these lemmas need the
 * two-word key built. A word has no spaces, so an entry's first part is everything before its last space.
 */
const PHRASAL_HEADS = new Set(
  [...SYNONYM_GROUP.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.lastIndexOf(' '))),
);

// The stem of a lemma without its possessive, remembered per lemma like `stem` (the same bound).
const lemmaMemo = new Map<string, string>();

function lemmaStem(lemma: string): string {
  let s = lemmaMemo.get(lemma);
  if (s === undefined) {
    if (lemmaMemo.size >= MEMO_MAX) lemmaMemo.clear();
    s = stem(lemma.replace(/['’]s$/, ''));
    lemmaMemo.set(detached(lemma), s);
  }
  return s;
}

// Stemming is the costly step and news repeats its words: remember stems, forgetting all when the memo is full.
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;

function stem(lemma: string): string {
  let s = memo.get(lemma);
  if (s === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    s = porterStem(lemma);
    memo.set(detached(lemma), detached(s));
  }
  return s;
}
