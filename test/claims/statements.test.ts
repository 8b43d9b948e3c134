import { describe, expect, it } from 'vitest';
import { buildClaims, splitStatements } from '../../src/claims/claims-stage.js';
import { nestedQuotes } from '../../src/claims/nesting.js';
import { docBuilder } from './fixtures.js';

describe('statements of a quote', () => {
  it('splits fragments that open a new sentence, keeps a continuing fragment', () => {
    const text =
      '“No rule forbids it,” Park said on Monday. “We never lied.” “We are ready,” she said, “and we will win.”';
    const b = docBuilder(text);
    const park = b.entity('person', 'Park');
    b.quote({
      kind: 'direct',
      content: ['“No rule forbids it,”', '“We never lied.”'],
      cue: ['said', 'say'],
      speaker: park,
    });
    b.quote({
      kind: 'direct',
      content: ['“We are ready,”', '“and we will win.”'],
      cue: ['said', 'say'],
      speaker: park,
    });
    const doc = b.doc();
    const starts = new Set(doc.sentences.map((s) => s.start));
    expect(splitStatements(doc.quotes[0]!.content, starts)).toHaveLength(2);
    expect(splitStatements(doc.quotes[1]!.content, starts)).toHaveLength(1);
    const claims = buildClaims(doc);
    expect(claims.map((c) => [c.quoteId, c.text, c.rule])).toEqual([
      ['q1', 'No rule forbids it', 'claims/quote:direct:sentence'],
      ['q1', 'We never lied.', 'claims/quote:direct:sentence'],
      ['q2', 'We are ready and we will win.', 'claims/quote:direct'],
    ]);
  });
});

describe('nested quotes', () => {
  it('folds a report of a quote into the quote, and drops an unattributed inner quote', () => {
    const text =
      'Park said the plant will close, the Ledger reported. Officials cited files that showed the plant lost money.';
    const b = docBuilder(text);
    const park = b.entity('person', 'Park');
    const ledger = b.entity('organization', 'Ledger');
    // The outer report holds the whole inner attribution: speaker, cue and content.
    b.quote({ content: ['Park said the plant will close'], cue: ['reported', 'report'], speaker: ledger });
    b.quote({
      content: ['the plant will close'],
      cue: ['said', 'say'],
      speaker: park,
      speakerAt: ['Park', 0],
      reportedBy: ledger,
    });
    b.quote({ content: ['files that showed the plant lost money'], cue: ['cited', 'cite'], speaker: 'Officials' });
    b.quote({ content: ['the plant lost money'], cue: ['showed', 'show'], speaker: 'that', speakerAt: ['that', 0] });
    const doc = b.doc();
    expect(nestedQuotes(doc.quotes)).toEqual(
      new Map([
        ['q1', 'report-of-quote'],
        ['q4', 'nested-unattributed'],
      ]),
    );
    expect(buildClaims(doc).map((c) => [c.quoteId, c.claimant, c.reportedBy])).toEqual([
      ['q2', 'Park', 'Ledger'],
      ['q3', 'Officials', undefined],
    ]);
  });
});
