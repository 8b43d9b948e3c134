import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import modelData from '../../data/ner-model.json' with { type: 'json' };
import { pairPrefix } from '../../src/entities/feature-index.js';
import { compileWeights } from '../../src/entities/model.js';
import { TAG_COUNT } from '../../src/entities/tagger.js';

const data = (file: string) => readFileSync(new URL(`../../data/${file}`, import.meta.url));
const weights = data('ner-weights.bin');
const index = data('ner-index.bin');

describe('data/ner-index.bin', () => {
  it('finds every value at its row, and as a pair at every bar, with the file and without it', () => {
    const models = [compileWeights(modelData, weights, index), compileWeights(modelData, weights)];
    let row = 0;
    for (const [name, values] of modelData.templates as [string, string][]) {
      const lookups = models.map((m) => m.lookup(name));
      for (const value of values.split('\n')) {
        const at = row * TAG_COUNT;
        for (const l of lookups) {
          if (l.get(value) !== at) expect.fail(`${name}=${value}: ${l.get(value)} ≠ ${at}`);
          for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
            const [a, b] = [value.slice(0, bar), value.slice(bar + 1)];
            if (l.pair(a, b) !== at || l.pairFrom(a, pairPrefix(a), b) !== at) expect.fail(`${name}=${a}|${b}`);
          }
        }
        row++;
      }
    }
    expect(row * TAG_COUNT * 4).toBe(weights.length);
  });

  it('finds nothing else', () => {
    const model = compileWeights(modelData, weights, index);
    const w = model.lookup('w');
    const [v0, v1] = (modelData.templates.find((t) => t[0] === 'w')![1] as string).split('\n') as [string, string];
    expect(w.get(v0)).toBeDefined();
    expect(w.get(v1)! - w.get(v0)!).toBe(TAG_COUNT);
    for (const miss of ['', v0.slice(1), `${v0}x`, `${v0}\n`, `\n${v0}`, `${v0}\n${v1}`, 'claimgraphzz', '__proto__']) {
      expect(w.get(miss)).toBeUndefined();
    }
    const pairs = model.lookup('w-1w');
    const [a, b] = (modelData.templates.find((t) => t[0] === 'w-1w')![1] as string).split('\n')[0]!.split('|') as [
      string,
      string,
    ];
    expect(pairs.pair(a, b)).toBeDefined();
    expect(pairs.pair(b, a === b ? `${a}x` : a)).toBeUndefined();
    expect(pairs.pair(`${a}|`, b)).toBeUndefined();
    expect(pairs.pair(a, `${b}|`)).toBeUndefined();
    expect(model.lookup('no such template').get('huawei')).toBeUndefined();
  });

  it('is not used when it does not fit the model', () => {
    const other = modelData.templates.map(([name, values]) => [name!, `${values}\nzzz`]);
    const stale = compileWeights(
      { templates: other },
      Buffer.alloc(weights.length + other.length * TAG_COUNT * 4),
      index,
    );
    expect(stale.lookup('w').get('zzz')).toBeDefined();
  });
});
