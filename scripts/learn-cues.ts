/**
 * Learns the attribution-cue lexicon (data/cues.json) from the cue spans of PolNeAR train: for every word sequence
 * that is a gold cue, how often it is one (`cue`) and how often it occurs at all (`seen`). Only counts are kept,
 * never article text. Deterministic: same input, same output (keys sorted).
 *
 *   npx tsx scripts/learn-cues.ts [../shared/eval/polnear-train.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { asciiJson } from './ascii-json.js';
import { type CueRecord, countCues, MIN_CONTEXT, MIN_CUE, readCueDocuments } from './cue-counts.js';

const input = process.argv[2] ?? '../shared/eval/polnear-train.jsonl';
const records = readFileSync(input, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CueRecord);
const { cue: cueCount, lemmaVotes, seen, context } = countCues(readCueDocuments(records));
const keys = [...cueCount.keys()].filter((k) => (cueCount.get(k) ?? 0) >= MIN_CUE);

function topLemma(key: string): string {
  const votes = [...(lemmaVotes.get(key) ?? new Map<string, number>())];
  votes.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return votes[0]?.[0] ?? key;
}

const learned: [string, string, number, number][] = keys
  .sort()
  .map((k) => [k, topLemma(k), cueCount.get(k) ?? 0, Math.max(seen.get(k) ?? 0, cueCount.get(k) ?? 0)]);

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
