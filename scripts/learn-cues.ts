/**
 * Learns the attribution-cue lexicon (data/cues.json) from the cue spans of PolNeAR train: for every word sequence
 * that is a gold cue, how often it is one (`cue`) and how often it occurs at all (`seen`). Only counts are kept,
 * never article text. Deterministic: same input, same output (keys sorted).
 *
 *   npx tsx scripts/learn-cues.ts [../shared/eval/polnear-train.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { asciiJson } from './ascii-json.js';
import { type CueRecord, countCues, lexiconRows, readCueDocuments } from './cue-counts.js';

const input = process.argv[2] ?? '../shared/eval/polnear-train.jsonl';
const records = readFileSync(input, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CueRecord);
const { learned, context: contextRows } = lexiconRows(countCues(readCueDocuments(records)));

const path = new URL('../data/cues.json', import.meta.url);
const current = JSON.parse(readFileSync(path, 'utf8')) as { [key: string]: unknown };
current.learned = learned;
const lines = (rows: readonly unknown[]) => rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
const head = Object.entries(current)
  .filter(([k]) => k !== 'learned' && k !== 'curated' && k !== 'context')
  .map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
const curated = (current.curated as unknown[] | undefined) ?? [];
writeFileSync(
  path,
  asciiJson(
    `{\n${head.join(',\n')},\n "curated": [\n${lines(curated)}\n ],\n "learned": [\n${lines(learned)}\n ],\n "context": [\n${lines(contextRows ?? [])}\n ]\n}\n`,
  ),
);
console.log(`${learned.length} learned cue forms written to data/cues.json`);
