/**
 * How the cue lexicon's counts are taken from gold cue spans, shared by scripts/learn-cues.ts (which writes them to
 * data/cues.json) and scripts/train-quote-scorer.ts (which takes a fold's own counts back out of them, so that the
 * precision a training candidate's features read was learned without its document).
 */
import { emptyDocument } from '../src/pipeline/pipeline.js';
import type { Context, Draft } from '../src/pipeline/stage.js';
import { createTrace } from '../src/pipeline/trace.js';
import { type CueCounts, neighbourClass } from '../src/quotes/lexicon.js';
import { findQuotedSpans } from '../src/quotes/marks.js';
import { splitParagraphs } from '../src/text/paragraphs.js';
import { tokenizeStage } from '../src/text/tokenize.js';
import type { Token } from '../src/types.js';

interface GoldSpan {
  start: number;
  end: number;
}

/** A document with gold cue spans: PolNeAR's JSONL records carry at least these fields. */
export interface CueRecord {
  text: string;
  attributions?: readonly { cue: readonly GoldSpan[] }[];
}

/** A gold cue as the lexicon keys it: where its form starts, the form, and its lemma. */
interface GoldCue {
  at: number;
  key: string;
  lemma: string;
}

/** A tokenized document: its tokens, their lower-cased forms, which are inside quotation marks, its gold cues. */
export interface CueDocument {
  tokens: Token[];
  words: string[];
  inQuote: Uint8Array;
  gold: GoldCue[];
}

/** Longest cue form kept, in words. */
export const MAX_WORDS = 5;
/** A form must be a gold cue this often to be kept. */
export const MIN_CUE = 2;
/** A neighbour-class row must have been seen this often to be kept. */
export const MIN_CONTEXT = 3;

/** Tokens the run-time rule attaches in front of a cue verb. */
function isLeader(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART';
}

const norm = (t: Token) => t.text.toLowerCase().replace(/’/g, "'");

/** Tokenizes each record and finds where its gold cues' lexicon forms start. */
export function readCueDocuments(records: readonly CueRecord[]): CueDocument[] {
  const ctx: Context = { options: {}, trace: createTrace(false), isDisabled: () => false };
  return records.map((rec) => {
    const tokens = tokenizeStage.run(emptyDocument(rec.text) as Draft, ctx).tokens ?? [];
    // Words inside quotation marks are the quoted speaker's ("I believe …"): the run-time detector never looks
    // there, so they are counted neither as cues nor as occurrences.
    const quoted = findQuotedSpans(rec.text, splitParagraphs(rec.text), () => false).spans;
    const inQuote = new Uint8Array(tokens.length);
    let q = 0;
    for (const t of tokens) {
      while (q < quoted.length && quoted[q]!.end <= t.start) q++;
      const s = quoted[q];
      if (s && s.start <= t.start && t.end <= s.end) inQuote[t.i] = 1;
    }
    const byStart = new Map<number, number>();
    const byEnd = new Map<number, number>();
    for (const t of tokens) {
      byStart.set(t.start, t.i);
      byEnd.set(t.end, t.i);
    }
    const gold: GoldCue[] = [];
    for (const a of rec.attributions ?? []) {
      if (a.cue.length !== 1) continue;
      const c = a.cue[0]!;
      const first = byStart.get(c.start);
      const last = byEnd.get(c.end);
      if (first === undefined || last === undefined || last < first || last - first >= MAX_WORDS) continue;
      let words = tokens.slice(first, last + 1);
      // Auxiliaries, adverbs and negation before the verb ("has also said", "did not deny") are added back at run
      // time by a general rule, and a trailing colon likewise: the lexicon keys on the verb and its particles.
      let from = 0;
      while (from < words.length - 1 && isLeader(words[from]!)) from++;
      let to = words.length;
      if (to - from > 1 && words[to - 1]!.text === ':') to--;
      words = words.slice(from, to);
      if (inQuote[first + from] === 1) continue;
      const lemma = words
        .map((t) => (t.pos === 'VERB' || t.pos === 'AUX' ? (t.lemma ?? t.text) : t.text).toLowerCase())
        .join(' ');
      gold.push({ at: first + from, key: words.map(norm).join(' '), lemma });
    }
    return { tokens, words: tokens.map(norm), inQuote, gold };
  });
}

/** Counts over a set of documents: see countCues. */
export interface FormCounts {
  /** Times each form is a gold cue. */
  cue: Map<string, number>;
  /** Per form, how often each lemma was its gold cue's. */
  lemmaVotes: Map<string, Map<string, number>>;
  /** Times each of the `forms` occurs outside quotation marks. */
  seen: Map<string, number>;
  /** Per `form\tclass` (class "p:PRON", "n:that"): [times a gold cue, times seen]. */
  context: Map<string, [number, number]>;
}

/**
 * The counts of the documents `include` accepts: how often each form is a gold cue, and, for `forms` (by default
 * those a gold cue at least MIN_CUE times in these documents), how often each occurs and with which neighbours.
 */
export function countCues(
  docs: readonly CueDocument[],
  include: (d: number) => boolean = () => true,
  forms?: ReadonlySet<string>,
): FormCounts {
  const cue = new Map<string, number>();
  const lemmaVotes = new Map<string, Map<string, number>>();
  const goldAt = new Set<string>();
  docs.forEach((doc, d) => {
    if (!include(d)) return;
    for (const g of doc.gold) {
      goldAt.add(`${d}:${g.at}:${g.key}`);
      cue.set(g.key, (cue.get(g.key) ?? 0) + 1);
      const votes = lemmaVotes.get(g.key) ?? new Map<string, number>();
      votes.set(g.lemma, (votes.get(g.lemma) ?? 0) + 1);
      lemmaVotes.set(g.key, votes);
    }
  });
  const keys = forms ?? new Set([...cue].filter(([, n]) => n >= MIN_CUE).map(([k]) => k));
  const seen = new Map<string, number>();
  const context = new Map<string, [number, number]>();
  const bump = (key: string, isCue: boolean) => {
    const c = context.get(key) ?? [0, 0];
    if (isCue) c[0]++;
    c[1]++;
    context.set(key, c);
  };
  docs.forEach(({ tokens, words, inQuote }, d) => {
    if (!include(d)) return;
    for (let i = 0; i < tokens.length; i++) {
      if (inQuote[i] === 1) continue;
      let key = '';
      for (let n = 0; n < MAX_WORDS && i + n < tokens.length; n++) {
        key = n === 0 ? words[i]! : `${key} ${words[i + n]!}`;
        if (!keys.has(key)) continue;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        const isCue = goldAt.has(`${d}:${i}:${key}`);
        bump(`${key}\tp:${neighbourClass(words[i - 1], tokens[i - 1])}`, isCue);
        bump(`${key}\tn:${neighbourClass(words[i + n + 1], tokens[i + n + 1])}`, isCue);
      }
    }
  });
  return { cue, lemmaVotes, seen, context };
}

/** The lemma a form's gold cues had most often (ties: the first in order). */
function topLemma(counts: FormCounts, key: string): string {
  const votes = [...(counts.lemmaVotes.get(key) ?? new Map<string, number>())];
  votes.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return votes[0]?.[0] ?? key;
}

/**
 * The rows data/cues.json keeps of counts: `learned` [form, lemma, times a cue, times seen] for the forms a gold cue
 * at least MIN_CUE times, `context` [form, class, times a cue, times seen] for classes seen at least MIN_CONTEXT
 * times; both sorted.
 */
export function lexiconRows(counts: FormCounts): Pick<CueCounts, 'learned' | 'context'> {
  const { cue, seen, context } = counts;
  const learned = [...cue.keys()]
    .filter((k) => (cue.get(k) ?? 0) >= MIN_CUE)
    .sort()
    .map((k) => [k, topLemma(counts, k), cue.get(k) ?? 0, Math.max(seen.get(k) ?? 0, cue.get(k) ?? 0)] as const);
  const rows = [...context]
    .filter(([, c]) => c[1] >= MIN_CONTEXT)
    .map(([k, c]) => {
      const [form, cls] = k.split('\t') as [string, string];
      return [form, cls, c[0], c[1]] as const;
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return { learned, context: rows };
}

/**
 * The lexicon's counts minus those of the documents `fold` accepts: what the learner would have kept without them,
 * up to the drift between the counts data/cues.json holds and the tokenizer of today. Forms and rows stay those of
 * `counts`; a row whose counts fall below the learner's minimums is treated as the learner treats it (a form below
 * MIN_CUE is dropped by the trie's own minimum, a context row below MIN_CONTEXT is dropped here).
 */
export function withoutDocuments(
  counts: CueCounts,
  docs: readonly CueDocument[],
  fold: (d: number) => boolean,
): CueCounts {
  const forms = new Set(counts.learned.map((r) => r[0]));
  const own = countCues(docs, fold, forms);
  const learned = counts.learned.map(([form, lemma, cue, seen]) => {
    const c = Math.max(0, cue - (own.cue.get(form) ?? 0));
    const s = Math.max(0, seen - (own.seen.get(form) ?? 0));
    return [form, lemma, c, Math.max(c, s)] as const;
  });
  const context = (counts.context ?? [])
    .map(([form, cls, cue, seen]) => {
      const [c, s] = own.context.get(`${form}\t${cls}`) ?? [0, 0];
      return [form, cls, Math.max(0, cue - c), Math.max(0, seen - s)] as const;
    })
    .filter((r) => r[3] >= MIN_CONTEXT);
  return { learned, curated: counts.curated, context };
}
