import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { commaFeatures } from '../../src/quotes/comma.js';
import { nounListGoesOn } from '../../src/quotes/noun-list.js';
import { prepareQuotes } from '../../src/quotes/stage.js';
import { expectQuoteRow, type QuoteRow } from './helpers.js';

/**
 * Whether a right-hand content ends at a comma (src/quotes/comma.ts): the shape of what follows the comma is a
 * feature of the learned model. Sentences written for these tests.
 */

/** The `sh=` feature of the first comma after the word `after` (the content starts right after it). */
function shapeAt(text: string, after: string): string | undefined {
  const doc = analyze(text);
  const { qc } = prepareQuotes(doc);
  const from = qc.words.indexOf(after) + 1;
  const x = qc.words.indexOf(',', from);
  const last = qc.doc.sentences[qc.sentenceOf[from]!]!.tokens[1];
  const features = commaFeatures(qc, from, x, last, { clausal: true, nounObject: false, verbSeen: true });
  return features.find((f) => f.startsWith('sh='))?.slice(3);
}

const shapes: [string, string, string][] = [
  ['The mayor said the bridge would reopen, the council voted against it.', 'said', 'clause'],
  ['The mayor said the bridge would reopen, but the council voted against it.', 'said', 'jclause'],
  ['The mayor said the bridge would reopen, but planned a review first.', 'said', 'jverb-ed'],
  ['The mayor said the bridge would reopen, but wants a review first.', 'said', 'jverb'],
  ['The firm said profits rose last year, the first gain since 2009.', 'said', 'np'],
  ['The firm said profits rose in Asia, but in no other market.', 'said', 'jother'],
  ['The firm said profits rose last year, which surprised analysts.', 'said', 'other'],
  ['The firm said profits rose last year, citing strong sales.', 'said', 'verb-ing'],
  ['The firm said profits rose last year, known as a record.', 'said', 'verb-ed'],
  // A noun right before a determiner or a name is a mistagged verb: "reports" here.
  ['The firm will sell its shares, reports The Ledger.', 'sell', 'verb'],
  ['The firm will sell its shares, profits having fallen.', 'sell', 'np'],
];

describe('the shape after a comma', () => {
  it.each(shapes)('%s', (text, after, shape) => {
    expect(shapeAt(text, after)).toBe(shape);
  });
});

const rows: QuoteRow[] = [
  // A participle after the clause is the writer's: the content ends before it.
  {
    text: 'The minister said prices had fallen, citing data from the statistics office.',
    cue: 'said',
    content: 'prices had fallen',
  },
  // An apposition on the clause's last noun phrase stays inside it.
  {
    text: 'The company said profits rose sharply last year, the first gain since 2009.',
    cue: 'said',
    content: 'profits rose sharply last year, the first gain since 2009',
  },
  // A new subject and verb after the comma start the writer's own clause.
  {
    text: 'Officials said the storm destroyed dozens of homes, the governor declared an emergency.',
    cue: 'said',
    content: 'the storm destroyed dozens of homes',
  },
  {
    text: 'The coach said the team had trained hard all winter, though few players agreed.',
    cue: 'said',
    content: 'the team had trained hard all winter',
  },
  // A naming participle on a noun object names it: the content ends before it.
  {
    text: 'The council rejected a new parking plan for the harbor, known as the Dockside Scheme.',
    cue: 'rejected',
    content: 'a new parking plan for the harbor',
  },
  // An inverted frame whose verb the tagger reads as a noun still closes the content.
  {
    text: 'The club is set to sign Tom Reyes, reports The Ledger.',
    cue: 'reports',
    content: 'The club is set to sign Tom Reyes',
  },
  // ", as" with a subject and a verb of its own sets the report in the writer's time.
  {
    text: 'The navy said it sank two patrol boats overnight, as the president urged allies to send more ships.',
    cue: 'said',
    content: 'it sank two patrol boats overnight',
  },
  {
    text: 'The ministry said nine people were hurt in the blast, as crews searched the wreckage for survivors.',
    cue: 'said',
    content: 'nine people were hurt in the blast',
  },
];

/** ", as" that opens no clause of its own, or one inside the statement, leaves the content whole. */
const asKept: QuoteRow[] = [
  {
    text: 'The union said the deal was fair, as well as overdue.',
    cue: 'said',
    content: 'the deal was fair, as well as overdue',
  },
  {
    text: 'The report cited the harbor plan, as an example of projects that ran over budget.',
    cue: 'cited',
    content: 'the harbor plan, as an example of projects that ran over budget',
  },
  {
    text: 'The film shows a farmer who, as the rain falls, walks slowly back to his barn.',
    cue: 'shows',
    content: 'a farmer who, as the rain falls, walks slowly back to his barn',
  },
  // No comma: the clause is read as the speaker's.
  {
    text: 'The company said sales rose in the quarter as demand recovered.',
    cue: 'said',
    content: 'sales rose in the quarter as demand recovered',
  },
];

describe('where a content ends at a comma', () => {
  it.each(rows)('$text', (row) => expectQuoteRow(row));
});

describe('a comma before "as" that does not end the content', () => {
  it.each(asKept)('$text', (row) => expectQuoteRow(row));
});

/**
 * A comma inside a list of noun objects (src/quotes/noun-list.ts) does not end the content; a comma after which a
 * clause of its own starts, or an appositive on a name, still may. Sentences written for these tests.
 */
const lists: [string, string, string, boolean][] = [
  ['The report criticized the mayor, two aides and a contractor for the delays.', 'criticized', 'mayor', true],
  ['The leak exposed the files of editor Ana Ruiz, author Ben Cole and actor Tim Ward.', 'exposed', 'Ruiz', true],
  ['The ad attacked Smith, Jones, and Brown over the tax plan.', 'attacked', 'Smith', true],
  ['She praised the nurses, the cooks or the drivers.', 'praised', 'nurses', true],
  // A verb after the last item: the words after the comma are a clause of their own.
  ['The group backed Smith, and Jones and Brown stayed neutral.', 'backed', 'Smith', false],
  ['The group backed Smith, but Jones won the vote.', 'backed', 'Smith', false],
  // An article after a name opens an appositive, not a list.
  ['He cited Orion Labs, a startup or a shell company, as the buyer.', 'cited', 'Labs', false],
  // No conjunction: no list.
  ['The firm hired Smith, a lawyer from Boston.', 'hired', 'Smith', false],
];

describe('a comma inside a list of noun objects', () => {
  it.each(lists)('%s', (text, cue, before, goesOn) => {
    const { qc } = prepareQuotes(analyze(text));
    const from = qc.words.indexOf(cue) + 1;
    const x = qc.words.indexOf(',', qc.words.indexOf(before.toLowerCase()));
    const last = qc.doc.sentences[qc.sentenceOf[from]!]!.tokens[1];
    expect(nounListGoesOn(qc, x, last)).toBe(goesOn);
  });

  it('the whole list is the content (full pipeline: the names are mentions)', () => {
    const text = 'The hacker exposed the files of editor Ana Ruiz, author Ben Cole and actor Tim Ward.';
    const q = analyze(text).quotes.find((x) => x.cue?.text === 'exposed');
    expect(q?.content.map((c) => c.text)).toEqual(['the files of editor Ana Ruiz, author Ben Cole and actor Tim Ward']);
  });
});
