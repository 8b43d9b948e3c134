/**
 * Learns the attribution-cue lexicon (data/cues.json) from the cue spans of PolNeAR train: for every word sequence
 * that is a gold cue, how often it is one (`cue`) and how often it occurs at all (`seen`). Only counts are kept,
 * never article text. Deterministic: same input, same output (keys sorted).
 *
 *   npx tsx scripts/learn-cues.ts [../shared/eval/polnear-train.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { emptyDocument } from '../src/pipeline/pipeline.js';
import type { Context, Draft } from '../src/pipeline/stage.js';
import { createTrace } from '../src/pipeline/trace.js';
import { neighbourClass } from '../src/quotes/lexicon.js';
import { findQuotedSpans } from '../src/quotes/marks.js';
import { splitParagraphs } from '../src/text/paragraphs.js';
import { tokenizeStage } from '../src/text/tokenize.js';
import type { Token } from '../src/types.js';
import { asciiJson } from './ascii-json.js';

interface GoldSpan {
  start: number;
  end: number;
}
interface Record {
  text: string;
  attributions: { cue: GoldSpan[] }[];
}

const MAX_WORDS = 5;

/** Tokens the run-time rule attaches in front of a cue verb. */
function isLeader(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART';
}
const MIN_CUE = 2;
const input = process.argv[2] ?? '../shared/eval/polnear-train.jsonl';
const ctx: Context = { options: {}, trace: createTrace(false), isDisabled: () => false };

const cueCount = new Map<string, number>();
const lemmaVotes = new Map<string, Map<string, number>>();
const docs: Token[][] = [];
const inQuote: Uint8Array[] = [];
/** Where each gold cue's lexicon key starts: `doc:token`. */
const goldAt = new Set<string>();
const norm = (t: Token) => t.text.toLowerCase().replace(/’/g, "'");

for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const rec = JSON.parse(line) as Record;
  const tokens = tokenizeStage.run(emptyDocument(rec.text) as Draft, ctx).tokens ?? [];
  docs.push(tokens);
  // Words inside quotation marks are the quoted speaker's ("I believe …"): the run-time detector never looks
  // there, so they are counted neither as cues nor as occurrences.
  const quoted = findQuotedSpans(rec.text, splitParagraphs(rec.text), () => false).spans;
  const mask = new Uint8Array(tokens.length);
  let q = 0;
  for (const t of tokens) {
    while (q < quoted.length && quoted[q]!.end <= t.start) q++;
    const s = quoted[q];
    if (s && s.start <= t.start && t.end <= s.end) mask[t.i] = 1;
  }
  inQuote.push(mask);
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  for (const t of tokens) {
    byStart.set(t.start, t.i);
    byEnd.set(t.end, t.i);
  }
  for (const a of rec.attributions) {
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
    const key = words.map(norm).join(' ');
    if (inQuote[docs.length - 1]![first + from] === 1) continue;
    goldAt.add(`${docs.length - 1}:${first + from}:${key}`);
    cueCount.set(key, (cueCount.get(key) ?? 0) + 1);
    const lemma = words
      .map((t) => (t.pos === 'VERB' || t.pos === 'AUX' ? (t.lemma ?? t.text) : t.text).toLowerCase())
      .join(' ');
    const votes = lemmaVotes.get(key) ?? new Map<string, number>();
    votes.set(lemma, (votes.get(lemma) ?? 0) + 1);
    lemmaVotes.set(key, votes);
  }
}

const keys = [...cueCount.keys()].filter((k) => (cueCount.get(k) ?? 0) >= MIN_CUE);
const keySet = new Set(keys);
const seen = new Map<string, number>();
const context = new Map<string, [number, number]>();
const bump = (key: string, isCue: boolean) => {
  const c = context.get(key) ?? [0, 0];
  if (isCue) c[0]++;
  c[1]++;
  context.set(key, c);
};
docs.forEach((tokens, d) => {
  const words = tokens.map(norm);
  const mask = inQuote[d]!;
  for (let i = 0; i < tokens.length; i++) {
    if (mask[i] === 1) continue;
    let key = '';
    for (let n = 0; n < MAX_WORDS && i + n < tokens.length; n++) {
      key = n === 0 ? words[i]! : `${key} ${words[i + n]!}`;
      if (!keySet.has(key)) continue;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      const isCue = goldAt.has(`${d}:${i}:${key}`);
      bump(`${key}\tp:${neighbourClass(words[i - 1], tokens[i - 1])}`, isCue);
      bump(`${key}\tn:${neighbourClass(words[i + n + 1], tokens[i + n + 1])}`, isCue);
    }
  }
});

function topLemma(key: string): string {
  const votes = [...(lemmaVotes.get(key) ?? new Map<string, number>())];
  votes.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return votes[0]?.[0] ?? key;
}

const learned: [string, string, number, number][] = keys
  .sort()
  .map((k) => [k, topLemma(k), cueCount.get(k) ?? 0, Math.max(seen.get(k) ?? 0, cueCount.get(k) ?? 0)]);

const MIN_CONTEXT = 3;
const contextRows: [string, string, number, number][] = [...context]
  .filter(([, c]) => c[1] >= MIN_CONTEXT)
  .map(([k, c]) => {
    const [form, cls] = k.split('\t') as [string, string];
    return [form, cls, c[0], c[1]] as [string, string, number, number];
  })
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));

const path = new URL('../data/cues.json', import.meta.url);
const current = JSON.parse(readFileSync(path, 'utf8')) as { [key: string]: unknown };
current.learned = learned;
const lines = (rows: unknown[]) => rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
const head = Object.entries(current)
  .filter(([k]) => k !== 'learned' && k !== 'curated' && k !== 'context')
  .map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
const curated = (current.curated as unknown[] | undefined) ?? [];
writeFileSync(
  path,
  asciiJson(
    `{\n${head.join(',\n')},\n "curated": [\n${lines(curated)}\n ],\n "learned": [\n${lines(learned)}\n ],\n "context": [\n${lines(contextRows)}\n ]\n}\n`,
  ),
);
console.log(`${learned.length} learned cue forms written to data/cues.json`);
