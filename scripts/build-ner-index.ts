/**
 * Generates data/ner-index.bin from data/ner-model.json: a hash table over each feature template's values
 * (src/entities/feature-index.ts holds the form and the code that builds it), so the tagger does not build a Map of
 * every value at load. scripts/train-ner.ts writes it with the model; run `npx tsx scripts/build-ner-index.ts` after
 * changing the model any other way (test/entities/feature-index.test.ts fails until then). Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeIndex } from '../src/entities/feature-index.js';

const model = JSON.parse(readFileSync(new URL('../data/ner-model.json', import.meta.url), 'utf8')) as {
  templates: string[][];
};
const bytes = encodeIndex(model.templates);
writeFileSync(new URL('../data/ner-index.bin', import.meta.url), bytes);
console.log(`wrote data/ner-index.bin: ${model.templates.length} templates, ${bytes.length} bytes`);
