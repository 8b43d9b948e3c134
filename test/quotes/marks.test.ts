import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/quotes/marks.js';
import { splitParagraphs } from '../../src/text/paragraphs.js';

function quoted(text: string) {
  const { spans, warnings } = findQuotedSpans(text, splitParagraphs(text), () => false);
  return { spans: spans.map((s) => text.slice(s.start, s.end)), warnings, raw: spans };
}

describe('quotation marks', () => {
  it.each([
    ['curly', 'He said “we will win” today.', ['“we will win”']],
    ['straight', 'He said "we will win" today.', ['"we will win"']],
    ['guillemets', 'Il a dit « nous gagnerons » hier.', ['« nous gagnerons »']],
    ['low-high', 'Er sagte „wir gewinnen“ heute.', ['„wir gewinnen“']],
    ['doubled apostrophes', "''We will win,'' she said.", ["''We will win,''"]],
    ['nested single quotes stay inside', 'She said “he called it ‘a sham’ twice.”', ['“he called it ‘a sham’ twice.”']],
    ['top-level single quotes', 'Minister: ‘We will not resign’', ['‘We will not resign’']],
    ['apostrophes are not marks', 'The company’s chief didn’t say.', []],
    ['straight single quotes', "'We will not back down,' she said.", ["'We will not back down,'"]],
    [
      'a nested single quote closing right before the doubled closing apostrophes',
      "''They say, 'Go back home,''' said the mayor.",
      ["''They say, 'Go back home,'''"],
    ],
    ['an opening mark typed for the closing one', '“It is unusual,“ said the lawyer.', ['“It is unusual,“']],
    [
      'marks written as character references, the closing one with its semicolon',
      '&ldquo;I am done,&rdquo; the mayor said.',
      ['&ldquo;I am done,&rdquo;'],
    ],
    ['marks inside HTML tags', '<p>“I am done,” <i>the mayor</i> said.</p>', ['“I am done,”']],
    [
      'a plural possessive is no closing mark',
      "'The players' union is wrong,' he said.",
      ["'The players' union is wrong,'"],
    ],
    ['a dropped g is no closing mark', "'They were talkin' about it,' he said.", ["'They were talkin' about it,'"]],
    [
      'a word not ending in s closes its quote before a lower-case word',
      "He said it would leave 'with or without a deal' on Friday.",
      ["'with or without a deal'"],
    ],
    [
      'an "s\'" closes a single quote when no later mark in the paragraph does',
      "The minister says 'green shoots' are visible.",
      ["'green shoots'"],
    ],
    [
      'an "s\'" closes a single quote when another opens after it',
      "He called them 'green shoots' and 'a start' on Friday.",
      ["'green shoots'", "'a start'"],
    ],
    [
      'a plural possessive before a later closing mark stays an apostrophe',
      "'Voters' anger is real,' she said.",
      ["'Voters' anger is real,'"],
    ],
    [
      'a closed phrase does not run on into the next paragraph',
      "He would leave 'with or without a deal' on Friday.\n\n'We are ready,' an aide said.",
      ["'with or without a deal'", "'We are ready,'"],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text).spans).toEqual(expected);
  });

  it('a quoted paragraph that ends without a closing mark goes on when the next one opens with a mark', () => {
    const text = '“We will fight on.\n\n“And we will win,” he said.';
    const { spans, warnings } = quoted(text);
    // Each paragraph's part is its own span (the next may have a frame of its own); no warning.
    expect(spans).toEqual(['“We will fight on.', '“And we will win,”']);
    expect(warnings).toEqual([]);
  });

  it.each([
    ["'We apologise for the distress.\n\n'The bench was removed in error.'", 'straight'],
    ['‘We apologise for the distress.\n\n‘The bench was removed in error.’', 'curly'],
  ])('continues a single-quoted paragraph the same way (British style): %s', (text) => {
    expect(quoted(text).spans).toEqual([text]);
  });

  it.each([
    [
      'straight',
      'She said: \'They told me it was the "wrong shade" and drove off.\'',
      ['\'They told me it was the "wrong shade" and drove off.\''],
    ],
    [
      'curly',
      'She said: ‘He called it “too full to lift”, which is nonsense.’',
      ['‘He called it “too full to lift”, which is nonsense.’'],
    ],
    // An apostrophe that opened no quote ("the '90s") leaves a later double quote its own span.
    ['no single quote closes', 'In the \'90s he said "we will win" and left.', ['"we will win"']],
    ['the single quote closed before', 'She said \'no\' and he said "we will win" later.', ["'no'", '"we will win"']],
  ])('a double quote inside a single one is part of it (British style, %s)', (_, text, spans) => {
    expect(quoted(text).spans).toEqual(spans);
  });

  it('a single quote left open is not carried into a paragraph that does not re-open it', () => {
    const text = "She said 'we apologise for the distress.\n\nThe bench was removed in error.";
    expect(quoted(text).spans).toEqual([]);
  });

  it('warns about an unbalanced mark and never swallows the next paragraph', () => {
    const text = 'He said “we will win today.\n\nThe vote is on Monday. Nobody said “maybe” then.';
    const { spans, warnings, raw } = quoted(text);
    expect(spans[0]).toBe('“we will win today.');
    expect(raw[0]!.closed).toBe(false);
    expect(spans[1]).toBe('“maybe”');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.rule).toBe('quotes/marks:unbalanced');
    expect(warnings[0]!.span).toEqual({ start: 8, end: text.indexOf('\n') });
  });

  it('warns about a closing mark with no opening one', () => {
    const { spans, warnings } = quoted('It was over,” he said.');
    expect(spans).toEqual([]);
    expect(warnings.map((w) => w.rule)).toEqual(['quotes/marks:unbalanced']);
  });
});
