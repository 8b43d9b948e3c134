import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const sentences = (text: string) =>
  analyze(text, { disable: ['article', 'entities', 'dates', 'quotes', 'claims'] }).sentences.map((s) => s.text);
const tokens = (text: string) => analyze(text).tokens.map((t) => t.text);

describe('tokens keep exact offsets', () => {
  it.each([
    ['plain', 'Ren said it.'],
    ['non-breaking space', 'Ren\u00a0said it.'],
    ['curly quotes', '“No law,” Ren said.'],
    ['CRLF', 'First line.\r\n\r\nSecond line.'],
    ['BOM', '\ufeffHuawei said no.'],
    ['zero-width space', 'Hua\u200bwei said no.'],
    ['HTML tags and entities', '<p>Smith &amp; Jones said <b>no</b>.</p>'],
    ['a character reference alone', '&#8220;'],
    ['a paragraph ending on a character reference', 'Smith said &ldquo;no&rdquo;\n\nJones &amp;'],
    ['emoji and lone surrogate', 'Fans 🎉 cheered \ud800 loudly.'],
  ])('%s', (_name, text) => {
    const doc = analyze(text);
    expect(doc.tokens.length).toBeGreaterThan(0);
    let last = 0;
    for (const t of doc.tokens) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.text.trim()).toBe(t.text);
      last = t.end;
    }
  });

  it('a character reference read as one character is one whole token', () => {
    const text = '<p>&ldquo;No law,&rdquo; Ren said &mdash; and left.</p>';
    expect(tokens(text)).toEqual([
      '&ldquo;',
      'No',
      'law',
      ',',
      '&rdquo;',
      'Ren',
      'said',
      '&mdash;',
      'and',
      'left',
      '.',
    ]);
  });

  it('a quotation in character references keeps its closing reference whole', () => {
    const text = '<p>The mayor said the city &ldquo;cannot keep paying.&rdquo;</p>';
    expect(analyze(text).quotes[0]?.content.map((c) => c.text)).toEqual(['the city &ldquo;cannot keep paying.&rdquo;']);
  });

  it('splits a date glued to a scraped section name', () => {
    expect(tokens('January 15, 2019China News')).toEqual(['January', '15', ',', '2019', 'China', 'News']);
  });

  it('keeps every token after a long run of spaces or blanked markup', () => {
    const tag = '<tweet pic="pic.twitter.com/" author="someone" timestamp="1474387200" tweet_id="778257943577919488">';
    for (const gap of [' '.repeat(300), tag, '\n\n' + ' '.repeat(90) + '\n\n']) {
      const text = `He said it.\n\n${gap}The blue arrow.\n\nIn the end, people said things.`;
      const doc = analyze(text);
      expect(doc.tokens.at(-1)?.end).toBe(text.length);
      expect(tokens(text)).toContain('people');
    }
  });

  it('does not tokenize HTML markup', () => {
    expect(tokens('<p>Smith said yes.</p>')).toEqual(['Smith', 'said', 'yes', '.']);
  });

  it('a block element ends a paragraph; an inline one does not', () => {
    const doc = analyze('<h1>Mayor quits</h1><p>The mayor <b>quit</b> on Monday.</p><p>He left.</p>');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Mayor quits', 'The mayor <b>quit</b> on Monday.', 'He left.']);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Mayor quits', 'The mayor <b>quit</b> on Monday.', 'He left.']);
  });

  it('keeps a word with mojibake inside one token, and leaves a real "Ã" alone', () => {
    expect(tokens('President FranÃÂ§ois Hollande said it.')).toEqual([
      'President',
      'FranÃÂ§ois',
      'Hollande',
      'said',
      'it',
      '.',
    ]);
    expect(tokens('SÃO PAULO')).toEqual(['SÃO', 'PAULO']);
  });

  it.each([
    ['Jānis Šmits said it.', ['Jānis', 'Šmits', 'said', 'it', '.']],
    ['Łukasz Wróbel agreed.', ['Łukasz', 'Wróbel', 'agreed', '.']],
    ['Andris Kalniņš and Nguyễn Văn An spoke.', ['Andris', 'Kalniņš', 'and', 'Nguyễn', 'Văn', 'An', 'spoke', '.']],
    [
      'Recep Tayyip Erdoğan and Đorđe Đoković won.',
      ['Recep', 'Tayyip', 'Erdoğan', 'and', 'Đorđe', 'Đoković', 'won', '.'],
    ],
  ])('keeps a word with Latin letters past Latin-1 one token: %s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });
});

describe('sentences', () => {
  it.each([
    [
      'titles and months do not end sentences',
      'Mr. Smith met Dr. Jones on Jan. 15 in Paris. They talked.',
      ['Mr. Smith met Dr. Jones on Jan. 15 in Paris.', 'They talked.'],
    ],
    ['U.S. inside a sentence', 'The U.S. market is large. It grew.', ['The U.S. market is large.', 'It grew.']],
    [
      'U.S. at the end of a sentence',
      'He moved to the U.S. The next day he left.',
      ['He moved to the U.S.', 'The next day he left.'],
    ],
    ['a closing quote stays with its sentence', '“It is over.” Then he left.', ['“It is over.”', 'Then he left.']],
    [
      'an abbreviation whose period wink splits off',
      'Rep. Trey Gowdy (R-S.C.) spoke. The Rev. Peter Wherry prayed.',
      ['Rep. Trey Gowdy (R-S.C.) spoke.', 'The Rev. Peter Wherry prayed.'],
    ],
    [
      'a name written with an exclamation mark',
      'The story ran on Yahoo! News today. It spread.',
      ['The story ran on Yahoo! News today.', 'It spread.'],
    ],
    ['an exclamation after any other word ends a sentence', 'They won! News spread.', ['They won!', 'News spread.']],
    ['an interjection used as a title ends one too', 'Hello! Is anyone there?', ['Hello!', 'Is anyone there?']],
    ['a paragraph break ends a sentence', 'No period here\nNext line', ['No period here', 'Next line']],
    [
      'one line per paragraph',
      'Title Line\nBy Jane Roe\nBody starts here.',
      ['Title Line', 'By Jane Roe', 'Body starts here.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('a quote spanning sentences is two sentences inside one paragraph', () => {
    const doc = analyze('“We are ready. We will win,” she said.');
    expect(doc.sentences).toHaveLength(2);
    expect(new Set(doc.sentences.map((s) => s.paragraph)).size).toBe(1);
  });

  it('sentence token ranges cover the tokens in order', () => {
    const doc = analyze('One. Two three.\n\nFour five six.');
    let next = 0;
    for (const s of doc.sentences) {
      expect(s.tokens[0]).toBe(next);
      next = s.tokens[1] + 1;
    }
    expect(next).toBe(doc.tokens.length);
  });
});

describe('paragraphs', () => {
  it('one per non-blank line, with CR, LF and CRLF', () => {
    const doc = analyze('A one.\r\nB two.\rC three.\n\n\nD four.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['A one.', 'B two.', 'C three.', 'D four.']);
  });
});

describe('sentences: wink splits that are repaired', () => {
  it.each([
    [
      'a question inside quotes followed by its attribution',
      '“Why not?” he asked. Nobody answered.',
      ['“Why not?” he asked.', 'Nobody answered.'],
    ],
    [
      'a state abbreviation in brackets',
      'Sen. Marco Rubio (R-Fla.) said the bill would fail. It did.',
      ['Sen. Marco Rubio (R-Fla.) said the bill would fail.', 'It did.'],
    ],
    [
      'no sentence opens with a comma',
      'Sen. Ted Cruz (R-Tex.), a candidate for president, tweeted a warning. It spread.',
      ['Sen. Ted Cruz (R-Tex.), a candidate for president, tweeted a warning.', 'It spread.'],
    ],
    [
      'a one-letter word before a title ends a sentence',
      'He called it a shameful day in a post on X. Sen. Jane Doe said it was fair.',
      ['He called it a shameful day in a post on X.', 'Sen. Jane Doe said it was fair.'],
    ],
    [
      'or before a function word',
      'The team needs a Plan B. The rest is luck.',
      ['The team needs a Plan B.', 'The rest is luck.'],
    ],
    [
      'but initials inside a name hold',
      'The book by J. K. Rowling sold well. George W. Bush read it.',
      ['The book by J. K. Rowling sold well.', 'George W. Bush read it.'],
    ],
    [
      'a state abbreviation before an opening quotation mark',
      'He spoke at a rally in Binghamton, N.Y. “We will win,” he said.',
      ['He spoke at a rally in Binghamton, N.Y.', '“We will win,” he said.'],
    ],
    [
      'but not before a quoted phrase inside the sentence',
      'The N.Y. “Times” desk said so. It did.',
      ['The N.Y. “Times” desk said so.', 'It did.'],
    ],
    ['"no." ends a sentence', 'I said no. She left.', ['I said no.', 'She left.']],
    [
      '"no." ends a sentence before a quotation',
      'He would vote no. "We have done this dance," Roy said.',
      ['He would vote no.', '"We have done this dance," Roy said.'],
    ],
    [
      '"in." ends a sentence before an opening quotation mark',
      'The mayor weighed in. “We were never asked,” she said.',
      ['The mayor weighed in.', '“We were never asked,” she said.'],
    ],
    [
      'and before a straight single quote opening British copy',
      "The union stepped in. 'Talks have failed,' its leader said.",
      ['The union stepped in.', "'Talks have failed,' its leader said."],
    ],
    [
      '"no." before a straight single quote',
      "He would vote no. 'We have done this dance,' Roy said.",
      ['He would vote no.', "'We have done this dance,' Roy said."],
    ],
    [
      'but a unit after a number does not',
      'The pipe was 6 in. “wide” at the end, she said. It burst.',
      ['The pipe was 6 in. “wide” at the end, she said.', 'It burst.'],
    ],
    [
      '"No." before a number does not',
      'He was No. 2 in the class. She left.',
      ['He was No. 2 in the class.', 'She left.'],
    ],
    [
      'a quotation ending "no." before the next sentence',
      'He said: “We will vote no.” She left.',
      ['He said: “We will vote no.”', 'She left.'],
    ],
    [
      'a company abbreviation closing a quotation',
      'They joined “Acme Inc.” She left.',
      ['They joined “Acme Inc.”', 'She left.'],
    ],
    ['a title inside a sentence still does not', 'He met Mr. Jones. She left.', ['He met Mr. Jones.', 'She left.']],
    [
      'nor does a period inside a ticker or an address',
      'Acme Inc (ACME.O) will cut jobs, see acme.com. It did.',
      ['Acme Inc (ACME.O) will cut jobs, see acme.com.', 'It did.'],
    ],
    [
      'nor does a police rank',
      'The alarm went off, Const. Nicole Marshall said. She left.',
      ['The alarm went off, Const. Nicole Marshall said.', 'She left.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('clitics are split whatever wink has read before', () => {
  it.each([
    ['a possessive at a sentence end', 'It was not the Party’s.', ['It', 'was', 'not', 'the', 'Party', '’s', '.']],
    ['negation and contractions', 'They didn’t say it’s over.', ['They', 'did', 'n’t', 'say', 'it', '’s', 'over', '.']],
  ])('%s', (_name, text, expected) => {
    // Read the text twice: wink's vocabulary has then seen every word of it.
    tokens(text);
    expect(tokens(text)).toEqual(expected);
  });
});
