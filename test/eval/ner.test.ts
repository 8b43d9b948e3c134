import { describe, expect, it } from 'vitest';
import type { GoldEntity, GoldEntityType } from '../../src/eval/gold.js';
import { nerScores, scoreNer } from '../../src/eval/ner.js';
import type { Mention } from '../../src/types.js';
import { at, docWith, mention } from './helpers.js';

const TEXT = 'Spokeswoman Sandy Angers said the U.S. Air Force chose Airbus in Paris, an Olympic city.';

function gold(...items: [string, GoldEntityType][]): GoldEntity[] {
  return items.map(([needle, type]) => ({ ...at(TEXT, needle), type }));
}

function score(golds: GoldEntity[], mentions: Mention[], regions?: { start: number; end: number }[]) {
  const record = { id: 't', text: TEXT, entities: golds, ...(regions ? { annotated_regions: regions } : {}) };
  return nerScores(scoreNer(record, docWith(TEXT, { mentions })));
}

describe('scoreNer', () => {
  const G = gold(
    ['Sandy Angers', 'PER'],
    ['the U.S. Air Force', 'ORG'],
    ['Airbus', 'ORG'],
    ['Paris', 'LOC'],
    ['Olympic', 'MISC'],
  );

  it('counts exact span and type as a true positive, per type and micro', () => {
    const s = score(G, [mention(TEXT, 'Sandy Angers', 'person'), mention(TEXT, 'Paris', 'location')]);
    expect(s.perType.PER).toMatchObject({ tp: 1, pred: 1, gold: 1, f1: 1 });
    expect(s.perType.LOC).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(s.perType.ORG).toMatchObject({ tp: 0, pred: 0, gold: 2 });
    expect(s.micro).toMatchObject({ tp: 2, pred: 2, gold: 4 });
  });

  it('gives overlap credit only in overlap+type, and span-only ignores the type', () => {
    const s = score(G, [mention(TEXT, 'U.S. Air Force', 'organization'), mention(TEXT, 'Airbus', 'person')]);
    expect(s.micro.tp).toBe(0);
    expect(s.overlapMicro).toMatchObject({ tp: 1, pred: 2, gold: 4 });
    expect(s.spanOnly).toMatchObject({ tp: 1, pred: 2, gold: 4 });
  });

  it('maps country to LOC', () => {
    const s = score(G, [mention(TEXT, 'Paris', 'country')]);
    expect(s.perType.LOC.tp).toBe(1);
  });

  it('does not score gold MISC: a prediction on it is a false positive', () => {
    const s = score(G, [mention(TEXT, 'Olympic', 'organization')]);
    expect(s.micro).toMatchObject({ tp: 0, pred: 1, gold: 4 });
    expect(s.overlapMicro.tp).toBe(0);
  });

  it('matches one-to-one: a duplicate prediction is a false positive', () => {
    const m = mention(TEXT, 'Paris', 'location');
    const s = score(G, [m, { ...m, id: 'dup' }]);
    expect(s.perType.LOC).toMatchObject({ tp: 1, pred: 2, gold: 1 });
  });

  it('ignores pronoun, description and demonym mentions', () => {
    const s = score(G, [mention(TEXT, 'Spokeswoman', 'person', 'description')]);
    expect(s.micro.pred).toBe(0);
  });

  it('compares spans after trimming whitespace', () => {
    const m = mention(TEXT, 'Paris', 'location');
    const padded = { ...m, start: m.start - 1, end: m.end + 0, text: TEXT.slice(m.start - 1, m.end) };
    expect(score(G, [padded]).perType.LOC.tp).toBe(1);
  });

  it('ignores predictions outside annotated_regions', () => {
    const region = [{ start: 0, end: at(TEXT, 'chose').start }];
    const s = score(
      gold(['Sandy Angers', 'PER']),
      [mention(TEXT, 'Sandy Angers', 'person'), mention(TEXT, 'Paris', 'location')],
      region,
    );
    expect(s.micro).toMatchObject({ tp: 1, pred: 1, gold: 1 });
  });
});
