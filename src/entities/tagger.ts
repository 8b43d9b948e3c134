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
    // At run time capitalized function words are skipped (training sees them, as O, which keeps the weights sharp).
    if (scored(t, prev) && (onToken || !FUNCTION_POS.has(t.pos) || prefix(prev) === 'B' || prefix(prev) === 'I')) {
      if (
        !onToken &&
        (prefix(prev) === 'B' || prefix(prev) === 'I') &&
        !hasUpper(t.text) &&
        !/\d/.test(t.text) &&
        !nameConnectors.has(t.text)
      ) {
        // Greedy BILOU can open a name it cannot close ("West over its close relationship ..."): a lower-case
        // word that is no name connector (of, de, van, &) ends the name at the previous token instead.
        {
          const cls = TAGS[prev]!.slice(2);
          tags[i - 1] = TAGS.indexOf(`${prefix(prev) === 'B' ? 'U' : 'L'}-${cls}`);
          tags[i] = 0;
          prev2 = tags[i - 1]!;
          prev = 0;
          continue;
        }
      }
      const own = features(i);
      const dynamic = dynamicFeatures(prev, prev2, t.text.toLowerCase(), t.line);
      scores.fill(0);
      score(own, scores);
      score(dynamic, scores);
      let best = -1;
      for (let k = 0; k < TAG_COUNT; k++) {
        if (!allowed(prev, k, last)) continue;
        if (best < 0 || scores[k]! > scores[best]!) best = k;
      }
      tag = best;
      onScores?.(i, tag, scores);
      const forced = onToken ? onToken(i, [...own, ...dynamic], tag) : undefined;
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
