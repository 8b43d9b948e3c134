/**
 * The trained tagger weights (data/ner-model.json, written by scripts/train-ner.ts), loaded once into a flat table
 * indexed by feature template. The file holds one line per feature: `feature\ttag:weight tag:weight`, weights as
 * integers scaled by `scale`.
 */
import modelData from '../../data/ner-model.json' with { type: 'json' };
import { TAG_COUNT, TAGS } from './tagger.js';

/**
 * The weights indexed by feature template, so that run-time scoring looks values up without building the feature
 * string: `values('w').get('huawei')` is the offset of `w=huawei` in `table`, and `pairs('w-1w').get(a)!.get(b)`
 * the offset of `w-1w=a|b`. Features without a value (`b`, `fn`, `doc-cap`) are in `values('')` by name.
 */
export interface CompiledModel {
  readonly table: Float32Array;
  values(name: string): Map<string, number>;
  pairs(name: string): Map<string, Map<string, number>>;
}

export function templateOf(model: CompiledModel, name: string): Map<string, number> {
  return model.values(name);
}

export function pairsOf(model: CompiledModel, name: string): Map<string, Map<string, number>> {
  return model.pairs(name);
}

/**
 * Reads the text form of the weights into the flat table, in one pass over the string: no array of lines or pairs,
 * integers read digit by digit. The per-template maps are built when the scorer first asks for a template, and only
 * in the form it asks for: most pair templates (`w-1w`, `ww+1`, `T-1w`) are never looked up by whole value. This ran
 * in every cold start, and the split-then-map version was about a third of the first `analyze`.
 */
export function compileWeights(lines: string, scale: number): CompiledModel {
  const table = new Float32Array(countLines(lines) * TAG_COUNT);
  const features = new TemplateIndex(lines);
  let next = 0;
  for (let lineStart = 0; lineStart < lines.length; ) {
    let lineEnd = lines.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = lines.length;
    const tab = lines.lastIndexOf('\t', lineEnd - 1);
    if (tab >= lineStart) {
      readWeights(lines, tab + 1, lineEnd, table, next, scale);
      features.add(lineStart, tab, next);
      next += TAG_COUNT;
    }
    lineStart = lineEnd + 1;
  }
  return { table, values: (name) => features.values(name), pairs: (name) => features.pairs(name) };
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Reads `tag:weight tag:weight …` from text[from, to) into table[at + tag]. */
function readWeights(text: string, from: number, to: number, table: Float32Array, at: number, scale: number): void {
  for (let i = from; i < to; ) {
    const colon = text.indexOf(':', i);
    let end = text.indexOf(' ', colon + 1);
    if (end < 0 || end > to) end = to;
    table[at + readInteger(text, i, colon)] = readInteger(text, colon + 1, end) / scale;
    i = end + 1;
  }
}

/** The integer written in text[from, to), maybe with a minus sign: the same value as Number() gives (even -0). */
function readInteger(text: string, from: number, to: number): number {
  const negative = text.charCodeAt(from) === 0x2d; /* - */
  let n = 0;
  for (let i = negative ? from + 1 : from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 0x30);
  return negative ? -n : n;
}

/**
 * Where each template's features are in the source text, and their maps once built. Template names never hold
 * '=', so the first one ends the name; a value may hold more ('w==').
 */
class TemplateIndex {
  /** Per template name: value start, value end and table offset of each of its features, flat. */
  private readonly where = new Map<string, number[]>();
  private readonly byValue = new Map<string, Map<string, number>>();
  private readonly byPair = new Map<string, Map<string, Map<string, number>>>();

  constructor(private readonly text: string) {}

  add(start: number, end: number, at: number): void {
    const eq = this.text.indexOf('=', start);
    const hasValue = eq >= 0 && eq < end;
    const name = hasValue ? this.text.slice(start, eq) : '';
    let list = this.where.get(name);
    if (!list) {
      list = [];
      this.where.set(name, list);
    }
    list.push(hasValue ? eq + 1 : start, end, at);
  }

  values(name: string): Map<string, number> {
    let out = this.byValue.get(name);
    if (!out) {
      out = new Map();
      const list = this.where.get(name) ?? [];
      for (let k = 0; k < list.length; k += 3) out.set(this.text.slice(list[k]!, list[k + 1]!), list[k + 2]!);
      this.byValue.set(name, out);
    }
    return out;
  }

  /**
   * A value may be split at any of its bars (a word may hold one); every split is indexed, and a lookup of (a, b)
   * finds exactly the string `a|b`, so the extra splits never match anything else.
   */
  pairs(name: string): Map<string, Map<string, number>> {
    let out = this.byPair.get(name);
    if (!out) {
      out = new Map();
      const list = this.where.get(name) ?? [];
      const text = this.text;
      for (let k = 0; k < list.length; k += 3) {
        const from = list[k]!;
        const to = list[k + 1]!;
        for (let bar = text.indexOf('|', from); bar >= 0 && bar < to; bar = text.indexOf('|', bar + 1)) {
          const a = text.slice(from, bar);
          let second = out.get(a);
          if (!second) {
            second = new Map();
            out.set(a, second);
          }
          second.set(text.slice(bar + 1, to), list[k + 2]!);
        }
      }
      this.byPair.set(name, out);
    }
    return out;
  }
}

let compiled: CompiledModel | undefined;

/** The shipped model, indexed by template (read on first use). */
export function defaultCompiledModel(): CompiledModel {
  if (!compiled) {
    if (modelData.tags.join(' ') !== TAGS.join(' '))
      throw new Error('data/ner-model.json: tag set differs from the code');
    compiled = compileWeights(modelData.weights, modelData.scale);
  }
  return compiled;
}
