/**
 * Greedy left-to-right BILOU decoding for the averaged-perceptron name tagger. The same decoder serves training
 * (scripts/train-ner.ts) and run time, so features can never drift between them. Tokens without an upper-case
 * letter outside a name are tagged O without scoring: that is most tokens, and keeps the tagger cheap.
 */
import { hasUpper, type NerToken } from './features.js';
import { nameConnectors } from './lexicon.js';

export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerClass = (typeof CLASSES)[number];
export const TAGS: readonly string[] = ['O', ...CLASSES.flatMap((c) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${c}`))];
export const TAG_COUNT = TAGS.length;

/** Adds each tag's score for `features` into `scores` (length TAG_COUNT). */
export type Scorer = (features: readonly string[], scores: Float64Array) => void;

const PREFIX = TAGS.map((t) => t.charAt(0));
const CLASS = TAGS.map((t) => t.slice(2));

function prefix(tag: number): string {
  return PREFIX[tag]!;
}

/** Whether `tag` may follow `prev` (BILOU), and may stand where the sentence ends after it when `last`. */
export function allowed(prev: number, tag: number, last: boolean): boolean {
  const pp = prefix(prev);
  const p = prefix(tag);
  const open = pp === 'B' || pp === 'I';
  if (open) {
    if (p !== 'I' && p !== 'L') return false;
    if (CLASS[tag] !== CLASS[prev]) return false;
  } else if (p === 'I' || p === 'L') return false;
  if (last && (p === 'B' || p === 'I')) return false;
  return true;
}

/** Whether the tagger scores token `i` at all, given the previous tag. */
export function scored(token: NerToken, prev: number): boolean {
  const pp = prefix(prev);
  return pp === 'B' || pp === 'I' || hasUpper(token.text);
}

/** Capitalized pronouns, prepositions and conjunctions ("He", "In", "But") never start a name. */
const FUNCTION_POS = new Set(['PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

export function dynamicFeatures(prev: number, prev2: number, lowerWord: string, line: string): string[] {
  const a = TAGS[prev]!;
  const b = TAGS[prev2]!;
  return [`T-1=${a}`, `T-2=${b}|${a}`, `T-1w=${a}|${lowerWord}`, `T-1ln=${a}|${line}`];
}

/**
 * Fills `scores` for token `i` given the two previous tags; returns the features it scored when the caller needs
 * them (training), else undefined.
 */
export type ScoreAt = (i: number, prev: number, prev2: number, scores: Float64Array) => readonly string[] | undefined;

/**
 * Tags every token. `onToken(i, features, predicted)` is called for each scored token (training updates there);
 * if it returns a tag index, that tag is used as the history for the next token instead of the predicted one.
 */
export function decode(
  tokens: readonly NerToken[],
  features: (i: number) => readonly string[],
  score: Scorer,
  onToken?: (i: number, features: readonly string[], predicted: number) => number | undefined,
  onScores?: (i: number, tag: number, scores: Float64Array) => void,
): Int32Array {
  const scoreAt: ScoreAt = (i, prev, prev2, scores) => {
    const own = features(i);
    const dynamic = dynamicFeatures(prev, prev2, tokens[i]!.text.toLowerCase(), tokens[i]!.line);
    scores.fill(0);
    score(own, scores);
    score(dynamic, scores);
    return onToken ? [...own, ...dynamic] : undefined;
  };
  return decodeWith(tokens, scoreAt, onToken, onScores);
}

/** Whether tag k may follow tag p: ALLOWED[p * TAG_COUNT + k], and ALLOWED_LAST where the sentence ends after it. */
const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT);
const ALLOWED_LAST = new Uint8Array(TAG_COUNT * TAG_COUNT);
for (let p = 0; p < TAG_COUNT; p++) {
  for (let k = 0; k < TAG_COUNT; k++) {
    ALLOWED[p * TAG_COUNT + k] = allowed(p, k, false) ? 1 : 0;
    ALLOWED_LAST[p * TAG_COUNT + k] = allowed(p, k, true) ? 1 : 0;
  }
}
/** Whether a tag leaves a name open (B or I). */
const OPEN = TAGS.map((t) => t.startsWith('B-') || t.startsWith('I-'));
/** The tag that closes a name at an open tag: B-X → U-X, I-X → L-X. */
const CLOSE = TAGS.map((t) => {
  const p = t.charAt(0);
  return p === 'B' || p === 'I' ? TAGS.indexOf(`${p === 'B' ? 'U' : 'L'}-${t.slice(2)}`) : 0;
});
const DIGIT = /\d/;

/** The decoder itself: `scoreAt` scores a token (from feature strings in training, from the model index at run time). */
export function decodeWith(
  tokens: readonly NerToken[],
  scoreAt: ScoreAt,
  onToken?: (i: number, features: readonly string[], predicted: number) => number | undefined,
  onScores?: (i: number, tag: number, scores: Float64Array) => void,
): Int32Array {
  const tags = new Int32Array(tokens.length);
  const scores = new Float64Array(TAG_COUNT);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentenceStart) {
      prev = 0;
      prev2 = 0;
    }
    const last = i + 1 >= tokens.length || tokens[i + 1]!.sentence !== t.sentence;
    let tag = 0;
    const open = OPEN[prev]!;
    // At run time capitalized function words are skipped (training sees them, as O, which keeps the weights sharp).
    if ((open || hasUpper(t.text)) && (onToken || open || !FUNCTION_POS.has(t.pos))) {
      if (!onToken && open && !hasUpper(t.text) && !DIGIT.test(t.text) && !nameConnectors.has(t.text)) {
        // Greedy BILOU can open a name it cannot close ("West over its close relationship ..."): a lower-case
        // word that is no name connector (of, de, van, &) ends the name at the previous token instead.
        tags[i - 1] = CLOSE[prev]!;
        tags[i] = 0;
        prev2 = tags[i - 1]!;
        prev = 0;
        continue;
      }
      const features = scoreAt(i, prev, prev2, scores);
      const allow = last ? ALLOWED_LAST : ALLOWED;
      const row = prev * TAG_COUNT;
      let best = -1;
      for (let k = 0; k < TAG_COUNT; k++) {
        if (allow[row + k] === 0) continue;
        if (best < 0 || scores[k]! > scores[best]!) best = k;
      }
      tag = best;
      onScores?.(i, tag, scores);
      const forced = onToken ? onToken(i, features ?? [], tag) : undefined;
      if (forced !== undefined) tag = forced;
    }
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

export interface TaggedSpan {
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  cls: NerClass;
}

/** Reads the spans off BILOU tags. */
export function spansOf(tags: Int32Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]!]!;
    const p = tag.charAt(0);
    const cls = tag.slice(2) as NerClass;
    if (p === 'U') out.push({ first: i, last: i, cls });
    else if (p === 'B') open = i;
    else if (p === 'L' && open >= 0) {
      out.push({ first: open, last: i, cls });
      open = -1;
    }
  }
  return out;
}
