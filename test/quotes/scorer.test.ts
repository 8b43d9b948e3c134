import { describe, expect, it } from 'vitest';
import commaModel from '../../data/comma-stops.json' with { type: 'json' };
import model from '../../data/quote-scorer.json' with { type: 'json' };
import { createTrace } from '../../src/pipeline/trace.js';
import { defaultScorer, KeptFeature, scorerFrom, storedWeights } from '../../src/quotes/scorer.js';
import { analyzeQuotes as quotesOf } from '../../src/quotes/stage.js';
import { quotesOnly } from './helpers.js';

const ctx = { options: {}, trace: createTrace(false), isDisabled: () => false };

function scored(text: string): { rule: string; features: readonly string[]; p: number }[] {
  const doc = quotesOnly.analyze(text, { disable: ['quotes'] });
  const out: { rule: string; features: readonly string[]; p: number }[] = [];
  quotesOf(doc, ctx, defaultScorer, (c, features, p) => out.push({ rule: c.rule, features, p }));
  return out;
}

describe('quote candidate scorer', () => {
  it('is a trained logistic model with a cut strictly between 0 and 1', () => {
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    const weights = model.weights;
    expect(weights.length).toBeGreaterThan(1000);
    expect(model.features.split('\n')).toHaveLength(weights.length);
    expect(weights.every((w) => Number.isFinite(w))).toBe(true);
    expect(model.trainedOn).toMatch(/documents/);
  });

  it('sums the weights of the features it knows and ignores the others', () => {
    const s = scorerFrom({ threshold: 0.5, ...storedWeights({ a: 2, b: -1 }) });
    expect(s.probability(['a', 'b', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(s.probability([])).toBe(0.5);
  });

  it('scores kept features as their names, and never with the weights another scorer left on them', () => {
    const first = scorerFrom({ threshold: 0.5, ...storedWeights({ a: 2, b: -1 }) });
    const second = scorerFrom({ threshold: 0.5, ...storedWeights({ a: -3, c: 1 }) });
    const kept = ['a', 'b', 'c', 'unknown'].map((name) => new KeptFeature(name));
    for (const round of [1, 2]) {
      for (const s of [first, second]) {
        expect(s.probabilityOfKept?.(kept), `round ${round}`).toBe(s.probability(['a', 'b', 'c', 'unknown']));
      }
    }
    expect(first.probabilityOfKept?.([])).toBe(0.5);
  });

  it('finds the weight of every feature of the shipped model (through data/quote-scorer-index.bin)', () => {
    const names = model.features.split('\n');
    const fresh = scorerFrom(model);
    names.forEach((f, i) => {
      const p = 1 / (1 + Math.exp(-model.weights[i]!));
      if (defaultScorer.probability([f]) !== p || fresh.probability([f]) !== p) expect.fail(f);
    });
    expect(defaultScorer.probability([`${names[0]}\n${names[1]}`, `${names[0]}x`])).toBe(0.5);
  });

  it('keeps a plain "X said that Y" and gives the same features for the same text', () => {
    const text = 'The governor said that the budget would be balanced by June.';
    const first = scored(text);
    expect(first).toHaveLength(1);
    expect(first[0]!.p).toBeGreaterThan(defaultScorer.threshold);
    expect(scored(text)).toEqual(first);
  });

  it('scores a weak cue lower than a strong one in the same frame', () => {
    const strong = scored('The governor said that the budget would be balanced by June.')[0]!;
    const weak = scored('The governor hoped that the budget would be balanced by June.')[0];
    expect(weak === undefined || weak.p < strong.p).toBe(true);
  });

  it('sets a kept quote’s confidence from the model’s probability', () => {
    const doc = quotesOnly.analyze('The governor said that the budget would be balanced by June.');
    const p = scored('The governor said that the budget would be balanced by June.')[0]!.p;
    expect(doc.quotes[0]?.confidence).toBeCloseTo(p, 2);
  });

  it('the comma model is trained and beats the two rules it replaced, in cross-validation', () => {
    expect(commaModel.weights.length).toBeGreaterThan(50);
    expect(commaModel.crossValidatedAccuracy).toBeGreaterThan(commaModel.rulesAccuracy);
    expect(commaModel.trainedOn).toMatch(/commas/);
  });
});
