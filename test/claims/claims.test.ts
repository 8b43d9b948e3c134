import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimText } from '../../src/claims/claim-text.js';
import { buildClaims } from '../../src/claims/claims-stage.js';
import { polarityOf } from '../../src/claims/polarity.js';
import { isHedged, stanceOf } from '../../src/claims/stance.js';
import { tokenIndex, wordsOf } from '../../src/claims/words.js';
import { analyze } from '../../src/index.js';
import { docBuilder, sampleDoc } from './fixtures.js';

/** Words with wink's lemmas and POS, as the pipeline gives them. */
function words(text: string) {
  return wordsOf([{ start: 0, end: text.length, text }], tokenIndex(docBuilder(text).doc().tokens));
}

describe('claim text', () => {
  it.each([
    ['“No contract requires it,”', 'No contract requires it'],
    ['that the plant will close', 'the plant will close'],
    ['his firm “would not answer to” requests', 'his firm would not answer to requests'],
    ['"Fine."', 'Fine.'],
    // White space comes out as single spaces, whatever its runs hold.
    ['the plan  will\nwork \u00a0 in time', 'the plan will work in time'],
    ['the\tplan \r\n will work', 'the plan will work'],
    ['one space only', 'one space only'],
  ])('%s → %s', (input, expected) => {
    expect(claimText([{ start: 0, end: input.length, text: input }])).toBe(expected);
  });
  it('collapses white space as /\\s+/g to one space does', () => {
    const space = fc.constantFrom(' ', '  ', '\n', ' \n ', '\t', '\u00a0', '\r\n', '\u2009');
    fc.assert(
      fc.property(fc.array(fc.oneof(space, fc.constantFrom('a', 'plan', 'b.')), { maxLength: 12 }), (parts) => {
        const input = `x${parts.join('')}y`;
        const expected = input.replace(/\s+/g, ' ').replace(/^that\s+/i, '');
        expect(claimText([{ start: 0, end: input.length, text: input }])).toBe(expected);
      }),
    );
  });
  it('joins fragments of a discontinuous quote', () => {
    const a = '“We are ready,”';
    const b = '“and we will win.”';
    expect(
      claimText([
        { start: 0, end: a.length, text: a },
        { start: 30, end: 30 + b.length, text: b },
      ]),
    ).toBe('We are ready and we will win.');
  });
});

describe('polarity', () => {
  it.each([
    ['his company has never spied for anyone', 'negative'],
    ['No law requires any company to install backdoors', 'negative'],
    ['the firm would not answer to such requests', 'negative'],
    ['it wouldn’t use the supplier for its network', 'negative'],
    ['Nobody asked us for data', 'negative'],
    ['the company sold data to an agency', 'positive'],
    ['the plan is not only cheap but fast', 'positive'],
    ['there is no doubt the deal will close', 'positive'],
    ['it is not true that we never paid', 'positive'],
    ['we did not refuse, and we did not leave', 'negative'],
    ['No rule forbids it. We have never lied.', 'negative'],
    ['It is not cheap. It is not slow.', 'negative'],
    ['the report, which says nothing new, is accurate', 'positive'],
    ['the minister who never spoke resigned', 'positive'],
    ['the report that he never paid is false', 'positive'],
  ])('%s → %s', (text, expected) => {
    expect(polarityOf(words(text), text).polarity).toBe(expected);
  });
});

describe('stance and hedging', () => {
  it.each([
    ['deny', 'denies'],
    ['rejected', 'asserts'],
    ['reject', 'denies'],
    ['dismiss', 'denies'],
    ['allege', 'alleges'],
    ['accuse', 'alleges'],
    ['confirm', 'confirms'],
    ['admit', 'confirms'],
    ['report', 'reports'],
    ['cite', 'reports'],
    ['warn', 'predicts'],
    ['expect', 'predicts'],
    ['ask', 'questions'],
    ['say', 'asserts'],
  ] as const)('cue lemma %s → %s', (lemma, stance) => {
    expect(stanceOf(lemma, words('prices rise'))).toBe(stance);
  });
  it('a future statement predicts', () => {
    expect(stanceOf('say', words('prices will rise'))).toBe('predicts');
    expect(stanceOf(undefined, words('prices rose'))).toBe('asserts');
  });
  it.each([
    ['it may consider a ban', true],
    ['the products could pose a threat', true],
    ['the firm reportedly paid', true],
    ['the deal closed in May', false],
    ['the firm paid', false],
  ])('hedged(%s) = %s', (text, hedged) => {
    expect(isHedged('say', words(text))).toBe(hedged);
  });
  it('a hedging cue hedges', () => {
    expect(isHedged('suggest', words('the firm paid'))).toBe(true);
  });
});

describe('claims from a hand-made document', () => {
  const doc = sampleDoc();
  const claims = buildClaims(doc);
  const byText = (t: string) => claims.find((c) => c.text.startsWith(t))!;

  it('makes one claim per quote with stable ids', () => {
    expect(claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(claims.map((c) => c.quoteId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('resolves claimant, reporter and date', () => {
    const c1 = byText('her company');
    expect(c1).toMatchObject({
      claimant: 'Lena Park',
      claimantId: 'e2',
      reportedBy: 'Daily Ledger',
      reportedById: 'e3',
    });
    expect(c1.date).toBe('2024-03-05');
    const c2 = byText('No contract');
    expect(c2.date).toBe('2024-03-03');
    expect(c2.reportedBy).toBe('The Harbour Times');
    expect(c2.reportedById).toBeUndefined();
    expect(byText('Acme Robotics sold')).toMatchObject({ claimant: 'Regulators', stance: 'alleges' });
    expect(byText('Acme Robotics sold').claimantId).toBeUndefined();
  });

  it('reads polarity, stance and hedging', () => {
    expect(byText('her company').polarity).toBe('negative');
    expect(byText('No contract').polarity).toBe('negative');
    expect(byText('its robots')).toMatchObject({ stance: 'denies', polarity: 'positive', hedged: true });
    expect(byText('the firm will')).toMatchObject({ stance: 'predicts', hedged: false });
  });

  it('finds what each claim is about, dropping the claimant seen only as a pronoun', () => {
    expect(byText('her company').aboutIds).toEqual(['e1']);
    expect(byText('its robots').aboutIds).toEqual(['e1']);
    // "the firm" in Park's mouth is her own company (the role fallback), and Ohio is named.
    expect(byText('the firm will').aboutIds).toEqual(['e5', 'e1']);
    expect(byText('No contract').aboutIds).toEqual([]);
  });

  it('keeps evidence spans exact and records rule and confidence', () => {
    for (const c of claims) {
      for (const s of c.evidence) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(c.rule).toMatch(/^claims\/quote:/);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('falls back to the claimant’s organization for "his company" when unresolved', () => {
    const b = docBuilder('Tom Reed, chief of Vexa, said his company never paid bribes.');
    const tom = b.entity('person', 'Tom Reed');
    const vexa = b.entity('organization', 'Vexa');
    b.role(tom, 'chief', vexa, 'chief of Vexa');
    b.quote({ content: ['his company never paid bribes'], cue: ['said', 'say'], speaker: tom });
    const [claim] = buildClaims(b.doc());
    expect(claim?.aboutIds).toEqual([vexa.id]);
  });

  it('keeps a quote without a speaker, with low confidence', () => {
    const b = docBuilder('“It is over,” the statement read.');
    b.quote({ kind: 'direct', content: ['“It is over,”'] });
    const [claim] = buildClaims(b.doc());
    expect(claim).toMatchObject({ claimant: 'unknown', text: 'It is over', rule: 'claims/quote:direct:no-speaker' });
    expect(claim!.confidence).toBeLessThan(0.5);
  });
});

describe('about-entities and the claimant', () => {
  it('keeps an organization’s "its" but drops a person’s "his"', () => {
    const b = docBuilder('Vexa denied that its robots spy on Ohio. Tom Reed said his robots never spy on Ohio.');
    const vexa = b.entity('organization', 'Vexa');
    const tom = b.entity('person', 'Tom Reed');
    const ohio = b.entity('location', 'Ohio', {
      at: [
        ['Ohio', 0],
        ['Ohio', 1],
      ],
    });
    b.mention(vexa, 'its', { form: 'pronoun' });
    b.mention(tom, 'his', { form: 'pronoun' });
    b.quote({ content: ['that its robots spy on Ohio'], cue: ['denied', 'deny'], speaker: vexa });
    b.quote({ content: ['his robots never spy on Ohio'], cue: ['said', 'say'], speaker: tom });
    const [a, c] = buildClaims(b.doc());
    expect(a?.aboutIds.sort()).toEqual([vexa.id, ohio.id].sort());
    expect(c?.aboutIds).toEqual([ohio.id]);
  });
});

describe('a few words with no verb state a claim only after a naming cue', () => {
  it('“called it a disgrace”', () => {
    expect(analyze('Row\n\nThe mayor called it a disgrace.').claims.map((c) => c.text)).toHaveLength(1);
  });
});

describe('a name that modifies the speaker', () => {
  it.each([
    ['Keir Starmer visited Leeds. “We will win,” the Labour leader said.', 'the Labour leader'],
    ['“We are ready,” the Apple spokesman said.', 'Apple'],
  ])('%s → %s', (text, claimant) => {
    expect(analyze(text).claims[0]?.claimant).toBe(claimant);
  });
});

describe('saying nothing is no claim', () => {
  it.each([
    'A spokesman for Apple declined to comment on the report.',
    'The company did not immediately respond to a request for comment.',
    'Brightline cut\n\nA company spokesman declined to comment on the report.',
    'Brightline cut\n\nHalvorsen declined to give specific figures.',
    'Brightline cut\n\nThat tells you something.',
    'Brightline cut\n\nSuch language would have sounded alarmist a decade ago.',
  ])('%s', (text) => {
    const doc = analyze(text);
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(doc.claims).toEqual([]);
  });
});
