/**
 * wink-eng-lite-web-model with a cheaper core loader, for claimgraph's own wink instance. The package's root module
 * requires its 3 MB core JSON on import, and its `core()` then deep-copies it with JSON.parse(JSON.stringify(…)):
 * two parses and a stringify, about a third of a cold start. Here the JSON is parsed once, on first use, and the
 * rest of `core()` (read-core-model.js, load-core-model.js of version 1.8.1, which package.json pins) is repeated
 * step for step, so wink builds the same model. The parts the pipe runs are the package's own loaders, imported
 * by path (it ships CommonJS without an exports map), which the build puts into the bundle; the core JSON is read
 * from the package at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import feature from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import porterStemmer from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type { Model } from 'wink-nlp';
import { eagerHash, lazyHash, sortedOrders } from './lazy-hash.js';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** The bytes of base64 `data` as 32-bit words, as the package's bufferFromBase64 + Uint32Array make them. */
function words(data: string | Uint32Array): Uint32Array {
  const bytes = Buffer.from(data as string, 'base64');
  const out = new Uint32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/**
 * read-core-model.js then load-core-model.js, over one fresh parse of the core JSON instead of a deep copy, and
 * with lookup objects filled on demand (lazy-hash.ts) instead of all at once.
 */
function core(): CoreModel {
  const path = require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`);
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  const hashed = ['lexeme', ...Object.keys(packing.layout).filter((f) => packing.layout[f]![3] === 0)];
  const lists = hashed.map((f) => features[f]!.list);
  const orders = sortedOrders(lists);
  hashed.forEach((f, i) => {
    features[f]!.hash = orders ? lazyHash(lists[i]!, orders[i]!) : eagerHash(lists[i]!);
  });
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** wink's own empty state machine (automaton.js emptyModelJSON), in the form the model files give machines. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * A part of the model that claimgraph's pipe never runs. wink builds an automaton for every part at load, whatever
 * the pipe, but readDoc only runs those of its pipe, and building one touches nothing else (automaton.js importJSON
 * only parses its machine). The entity, negation and sentiment machines were 0.6 MB of JSON parsed twice over.
 */
function idle(): { machines: string[]; transformers: never[]; setter: () => void } {
  return { machines: [EMPTY_MACHINE], transformers: [], setter: () => {} };
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Distinct (word, part of speech) pairs kept; a long run meets new words forever, so the memo is emptied at this. */
const LEMMA_MEMO_LIMIT = 50_000;

/**
 * The package's lemmatizer, remembering its answers. It strips suffixes with up to eight regex replaces, checking
 * each candidate in the lexicon, at every occurrence of a word. Its answer depends only on the word, the part of
 * speech and the model's own lexicon (a word wink added from an earlier text counts as unknown there), so a
 * remembered one is the answer it would give again.
 */
function memoized(lemmatize: Lemmatize): Lemmatize {
  const memo = new Map<string, Map<string, string>>();
  let size = 0;
  return (value, pos, cache) => {
    let byValue = memo.get(pos);
    if (byValue === undefined) {
      byValue = new Map();
      memo.set(pos, byValue);
    }
    let lemma = byValue.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (size >= LEMMA_MEMO_LIMIT) {
        for (const m of memo.values()) m.clear();
        size = 0;
      }
      byValue.set(value, lemma);
      size++;
    }
    return lemma;
  };
}

/**
 * The model object the package's dist/model.js exports, with `core` replaced and the parts outside the pipe
 * ['sbd', 'pos'] idle: only for an instance with that pipe.
 */
export function leanModel(): Model {
  const model = Object.create(null);
  model.core = core;
  model.sbd = loadSbdModel;
  model.pos = loadPosModel;
  model.ner = idle;
  model.negation = idle;
  model.sa = idle;
  model.metaCER = loadCerMetaModel;
  model.featureFn = feature;
  model.addons = Object.create(null);
  model.addons.stem = porterStemmer;
  model.addons.lemmatize = memoized(lemmatize as Lemmatize);
  model.addons.readabilityStats = readabilityStats;
  model.addons.wordVectors = undefined;
  return model;
}

/** The package's own model, for the plain wink peer of the benchmark (loaded only when that peer runs). */
export function packageModel(): Model {
  return require('wink-eng-lite-web-model') as Model;
}
