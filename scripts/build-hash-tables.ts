/**
 * Generates the hash tables that spare the pipeline building Maps and Sets of its long word lists at load
 * (src/text/string-table.ts holds the form and the code that builds them): data/ner-index.bin over each template of
 * data/ner-model.json (scripts/train-ner.ts writes it with the model), data/gazetteer-index.bin over the word lists
 * of data/gazetteers.json that src/entities/lexicon.ts reads as tables, data/quote-scorer-index.bin over the
 * features of data/quote-scorer.json (scripts/train-quote-scorer.ts writes it with the model). Run
 * `npx tsx scripts/build-hash-tables.ts` after changing those files any other way (test/data/string-tables.test.ts
 * fails until then). Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeIndex } from '../src/entities/feature-index.js';
import { GAZETTEER_TABLES } from '../src/entities/lexicon.js';
import { encodeTables } from '../src/text/string-table.js';

const data = (file: string): URL => new URL(`../data/${file}`, import.meta.url);
const json = <T>(file: string): T => JSON.parse(readFileSync(data(file), 'utf8')) as T;

const outputs: [string, Buffer][] = [
  ['ner-index.bin', encodeIndex(json<{ templates: string[][] }>('ner-model.json').templates)],
  ['quote-scorer-index.bin', encodeTables([json<{ features: string }>('quote-scorer.json').features])],
  [
    'gazetteer-index.bin',
    encodeTables(GAZETTEER_TABLES.map((name) => json<Record<string, string>>('gazetteers.json')[name]!)),
  ],
];
for (const [file, bytes] of outputs) {
  writeFileSync(data(file), bytes);
  console.log(`wrote data/${file}: ${bytes.length} bytes`);
}
