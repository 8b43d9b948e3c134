/**
 * Trains the averaged-perceptron name tagger on CoNLL-2003 train (../shared/eval/conll-train.jsonl by default) and
 * writes data/ner-model.json, data/ner-weights.bin and data/ner-index.bin. Deterministic: fixed epoch count, documents shuffled by a
 * seeded generator, ties broken by tag order. Usage: `npx tsx scripts/train-ner.ts [train.jsonl ...] [--epochs N]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeIndex } from '../src/entities/feature-index.js';
import { featureContext, type NerToken, tokenFeatures } from '../src/entities/features.js';
import { encodeWeights } from '../src/entities/model-format.js';
import { decode, TAG_COUNT, TAGS } from '../src/entities/tagger.js';
import { taggerInput } from '../src/entities/tokens.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { tokenizeStage } from '../src/text/tokenize.js';
import { asciiJson } from './ascii-json.js';

interface GoldDoc {
  text: string;
  entities?: { start: number; end: number; type: string }[];
}

const args = process.argv.slice(2);
const epochsAt = args.indexOf('--epochs');
const EPOCHS = epochsAt >= 0 ? Number(args[epochsAt + 1]) : 10;
const files = args.filter((a, i) => !a.startsWith('--') && (epochsAt < 0 || i !== epochsAt + 1));
if (files.length === 0) files.push(new URL('../../shared/eval/conll-train.jsonl', import.meta.url).pathname);
const PRUNE = 0.05;
const SCALE = 100;

const pipeline = createPipeline([tokenizeStage]);

interface Example {
  tokens: NerToken[];
  features: string[][];
  gold: Int32Array;
}

function goldTags(tokens: readonly NerToken[], entities: GoldDoc['entities']): Int32Array {
  const tags = new Int32Array(tokens.length);
  for (const e of entities ?? []) {
    const inside: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start >= e.start && t.start < e.end) inside.push(i);
    }
    if (inside.length === 0) continue;
    const tag = (p: string): number => TAGS.indexOf(`${p}-${e.type}`);
    if (inside.length === 1) tags[inside[0]!] = tag('U');
    else
      inside.forEach((i, k) => {
        tags[i] = tag(k === 0 ? 'B' : k === inside.length - 1 ? 'L' : 'I');
      });
  }
  return tags;
}

const examples: Example[] = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const g = JSON.parse(line) as GoldDoc;
    const doc = pipeline.analyze(g.text);
    const tokens = taggerInput(doc);
    const ctx = featureContext(tokens);
    examples.push({
      tokens,
      features: tokens.map((_, i) => tokenFeatures(ctx, i)),
      gold: goldTags(tokens, g.entities),
    });
  }
}
console.log(`${examples.length} documents, ${examples.reduce((n, e) => n + e.tokens.length, 0)} tokens`);

// Averaged perceptron with lazy averaging: total += w * (now - stamp) when a weight changes.
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
let now = 0;

function row(map: Map<string, Float64Array>, f: string): Float64Array {
  const r = map.get(f);
  if (r) return r;
  const fresh = new Float64Array(TAG_COUNT);
  map.set(f, fresh);
  return fresh;
}

function update(f: string, tag: number, delta: number): void {
  const w = row(weights, f);
  const t = row(totals, f);
  const s = row(stamps, f);
  t[tag]! += (now - s[tag]!) * w[tag]!;
  s[tag] = now;
  w[tag]! += delta;
}

let seed = 12345;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = examples.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  let seen = 0;
  for (const idx of order) {
    const ex = examples[idx]!;
    decode(
      ex.tokens,
      (i) => ex.features[i]!,
      (features, scores) => {
        for (const f of features) {
          const w = weights.get(f);
          if (w) for (let k = 0; k < TAG_COUNT; k++) scores[k]! += w[k]!;
        }
      },
      (i, features, predicted) => {
        now++;
        seen++;
        const gold = ex.gold[i]!;
        if (predicted !== gold) {
          errors++;
          for (const f of features) {
            update(f, gold, 1);
            update(f, predicted, -1);
          }
        }
        return gold;
      },
    );
  }
  console.log(`epoch ${epoch + 1}: ${errors} errors / ${seen} scored tokens`);
}

// Average, prune and write.
const lines: string[] = [];
for (const [f, w] of weights) {
  const t = totals.get(f)!;
  const s = stamps.get(f)!;
  const pairs: string[] = [];
  for (let k = 0; k < TAG_COUNT; k++) {
    const avg = (t[k]! + (now - s[k]!) * w[k]!) / now;
    if (Math.abs(avg) >= PRUNE) pairs.push(`${k}:${Math.round(avg * SCALE)}`);
  }
  if (pairs.length > 0) lines.push(`${f}\t${pairs.join(' ')}`);
}
lines.sort();
const stored = encodeWeights(lines, TAG_COUNT, SCALE);
const out = {
  source: `averaged perceptron, ${EPOCHS} epochs, trained by scripts/train-ner.ts on CoNLL-2003 English eng.train (${examples.length} documents)`,
  licence: 'derived weights; CoNLL-2003 annotations by Tjong Kim Sang & De Meulder over Reuters RCV1 text',
  scale: SCALE,
  tags: TAGS,
  weights: 'ner-weights.bin',
  templates: stored.templates,
};
writeFileSync(new URL('../data/ner-model.json', import.meta.url), `${asciiJson(JSON.stringify(out))}\n`);
writeFileSync(new URL('../data/ner-weights.bin', import.meta.url), stored.weights);
writeFileSync(new URL('../data/ner-index.bin', import.meta.url), encodeIndex(stored.templates));
console.log(`wrote ${lines.length} features`);
