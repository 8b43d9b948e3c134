import { describe, expect, it } from 'vitest';
import { attributionScores, scoreAttribution, surname } from '../../src/eval/attribution.js';
import type { GoldAttribution } from '../../src/eval/gold.js';
import type { Entity, Quote } from '../../src/types.js';
import { at, docWith, quote } from './helpers.js';

const TEXT = '“We never spied,” Ren said, “and we never will.” Officials said that the company lied.';

const G: GoldAttribution[] = [
  {
    source: [at(TEXT, 'Ren')],
    cue: [at(TEXT, 'said')],
    content: [at(TEXT, '“We never spied,”'), at(TEXT, '“and we never will.”')],
    speaker: 'Ren Zhengfei',
    direct: true,
  },
  {
    source: [at(TEXT, 'Officials')],
    cue: [at(TEXT, 'said', 1)],
    content: [at(TEXT, 'that the company lied')],
    speaker: null,
    direct: false,
  },
];

function score(quotes: Quote[], entities: Entity[] = [], thresholds?: number[]) {
  const doc = docWith(TEXT, { quotes, entities });
  return attributionScores(scoreAttribution({ id: 't', text: TEXT, attributions: G }, doc, thresholds));
}

describe('scoreAttribution, PolNeAR style', () => {
  it('compares a multi-fragment content as a whole', () => {
    const whole = quote('q1', [at(TEXT, '“We never spied,”'), at(TEXT, '“and we never will.”')]);
    expect(score([whole]).exact.content).toMatchObject({ tp: 1, pred: 1, gold: 2 });
    const half = quote('q1', [at(TEXT, '“We never spied,”')]);
    expect(score([half]).exact.content.tp).toBe(0);
    expect(score([half]).overlap.content.tp).toBe(1);
  });

  it('scores cue and source per role, unique spans only', () => {
    const said = { ...at(TEXT, 'said'), lemma: 'say' };
    const q = quote('q1', [at(TEXT, 'that the company lied')], {
      cue: said,
      speaker: { text: 'Ren', span: at(TEXT, 'Ren') },
    });
    const s = score([q, { ...q, id: 'q2' }]);
    expect(s.exact.cue).toMatchObject({ tp: 1, pred: 1, gold: 2 });
    expect(s.exact.source).toMatchObject({ tp: 1, pred: 1, gold: 2 });
  });
});

describe('scoreAttribution, Gender Gap Tracker style', () => {
  const content = TEXT.slice(at(TEXT, 'that').start, at(TEXT, 'lied').end);
  const goldLength = content.length; // 21
  it.each([
    ['6/21 ≈ 0.29 is not above 0.3', 'that t', false],
    ['7/21 ≈ 0.33 is above 0.3', 'that th', true],
  ])('%s', (_name, prefix, matched) => {
    expect(prefix.length / goldLength > 0.3).toBe(matched);
    const s = score([quote('q', [at(TEXT, prefix)])], [], [0.3]);
    expect(s.ggt['0.3']?.quotes.tp).toBe(matched ? 1 : 0);
  });

  it('reports the 0.8 threshold too', () => {
    const s = score([quote('q', [at(TEXT, 'that the company')])]);
    expect(s.ggt['0.3']?.quotes.tp).toBe(1);
    expect(s.ggt['0.8']?.quotes.tp).toBe(0);
  });

  it('counts the speaker right by span overlap or by the entity name holding the surname', () => {
    const bySpan = quote('a', [at(TEXT, 'that the company lied')], {
      speaker: { text: 'Officials', span: at(TEXT, 'Officials') },
    });
    const ren: Entity = { id: 'e1', type: 'person', name: 'Mr Ren Zhengfei', aliases: [], mentionIds: [] };
    const byName = quote('b', [at(TEXT, '“We never spied,”')], { speaker: { text: 'he', entityId: 'e1' } });
    const s = score([bySpan, byName], [ren]);
    expect(s.ggt['0.3']?.quotes.tp).toBe(2);
    expect(s.ggt['0.3']?.speakerAccuracy).toBe(1);
    const wrong = quote('c', [at(TEXT, 'that the company lied')], { speaker: { text: 'Ren', span: at(TEXT, 'Ren') } });
    expect(score([wrong]).ggt['0.3']?.speakerAccuracy).toBe(0);
  });

  it('takes the surname as the last word', () => {
    expect(surname('Ren Zhengfei')).toBe('zhengfei');
    expect(surname(' Cher ')).toBe('cher');
  });
});
