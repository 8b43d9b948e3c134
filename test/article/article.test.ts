import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const meta = (text: string, options?: Parameters<typeof analyze>[1]) => analyze(text, options).meta;
const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe('wire story with a dateline', () => {
  const m = meta(fixture('wire-dateline.txt'));
  it('reads the title and the agency as outlet', () => {
    expect(m.title?.text).toBe('Grain Exports Slow as Drought Bites');
    expect(m.outlet).toBe('Reuters');
  });
  it('does not invent a year for a dateline without one', () => {
    expect(m.published).toBeUndefined();
    expect(m.publishedFrom).toBe('none');
  });
  it('keeps the reporting credit', () => {
    expect(texts(m.credits)).toEqual(['Additional reporting by Duncan Miriri; Editing by Jane Wardell']);
  });
});

describe('a wire footer with outlet and date', () => {
  it('gives the publication date and the outlet', () => {
    const m = meta(
      'Union to hold strike vote\n\nMONTREAL — The union says it will hold a strike vote next month.\n\n' +
        'This report by The Canadian Press was first published May 14, 2024.',
    );
    expect(m.published).toBe('2024-05-14');
    expect(m.publishedFrom).toBe('text');
    expect(m.outlet).toBe('The Canadian Press');
    expect(texts(m.credits)).toEqual(['This report by The Canadian Press was first published May 14, 2024.']);
  });
});

describe('a wire dateline with several places', () => {
  it('names its agency as the outlet', () => {
    const m = meta('Oil jumps\n\nNEW YORK/LONDON, June 3 (Reuters) - Oil prices rose more than 2% on Monday.');
    expect(m.outlet).toBe('Reuters');
  });
});

describe('publication lines in other house styles', () => {
  it.each([
    ['Published on 20/11/2026 - 14:32 GMT+1', '2026-11-20'],
    ['Nov 20, 2026 - Politics & Policy', '2026-11-20'],
    ['Article Publication Date: 20-Nov-2026', '2026-11-20'],
  ])('%s', (line, published) => {
    expect(meta(`Ports strike spreads\n\n${line}\n\nDockers walked out on Thursday.`).published).toBe(published);
  });
  it('a broadcaster’s call letters in a dateline name the outlet', () => {
    expect(meta('Warehouse fire\n\nPORTLAND, Ore. (KOIN) — Two firefighters were hurt.').outlet).toBe('KOIN');
  });
});

describe('a dateline with a full date and no agency', () => {
  it.each([
    ['WASHINGTON, Dec. 31, 2026 — The Senate passed the budget on Tuesday.', '2026-12-31'],
    ['LAGOS, 4 March 2025 - The central bank held rates on Tuesday.', '2025-03-04'],
  ])('%s', (line, published) => {
    const m = meta(`Budget passes\n\n${line}`);
    expect(m.published).toBe(published);
    expect(m.outlet).toBeUndefined();
  });
  it('but not a sentence in capitals with a year in it', () => {
    expect(
      meta('Budget passes\n\nWASHINGTON, where the 2026 budget stalled for weeks, waited.').published,
    ).toBeUndefined();
  });
});

describe('datelines and header date lines in other house styles', () => {
  it('a place in title case, an agency and an en dash, no comma', () => {
    const m = meta("Peru vote\n\nLima (AFP) – Peru's Congress voted on Thursday to remove the president.");
    expect(m.outlet).toBe('AFP');
  });
  it('a wire dateline without a year gives its date, though no publication date', () => {
    const m = meta('Missile launch\n\nSEOUL, Sept. 9 (Yonhap) -- North Korea fired a missile on Tuesday.');
    expect(m.outlet).toBe('Yonhap');
    expect(m.dateline?.text).toBe('Sept. 9');
    expect(m.published).toBeUndefined();
  });
  it.each([
    ['Ahmet Yilmaz |14.08.2025 - Update : 14.08.2025', ['Ahmet Yilmaz'], '2025-08-14'],
    ['Jane Roe | 3 March 2025', ['Jane Roe'], '2025-03-03'],
  ])('a name and dates after a bar are byline and dateline: %s', (line, authors, published) => {
    const m = meta(`Bill approved\n\n${line}\n\nANKARA\n\nThe parliament approved the bill on Tuesday.`);
    expect(m.authors).toEqual(authors);
    expect(m.byline?.text).toBe(line);
    expect(m.published).toBe(published);
  });
  it('a published-and-updated line is furniture as a whole', () => {
    const line = 'Published: 22:14 BST, 14 June 2025 | Updated: 08:02 BST, 15 June 2025';
    const doc = analyze(`Star weds\n\nBy Jane Roe\n\n${line}\n\nThe star married on Saturday.`);
    expect(doc.meta.published).toBe('2025-06-14');
    expect(doc.meta.dateline?.text).toBe('14 June 2025');
    expect(texts(doc.meta.boilerplate)).toEqual([line]);
    // The dateline's own date is a mention (the date the text writes); the rest of the line is not.
    expect(doc.dates.map((d) => d.text)).toEqual(['14 June 2025', 'Saturday']);
  });
  it('a posted-and-updated line with times glued to am/pm is furniture, and no entity comes from its weekdays', () => {
    const line = 'Posted Tue 5 Nov 2024 at 2:30pm, updated Tue 5 Nov 2024 at 4:12pm';
    const doc = analyze(`Rates held\n\nBy Jane Roe\n\n${line}\n\nThe bank held rates on Tuesday.`);
    expect(doc.meta.published).toBe('2024-11-05');
    expect(texts(doc.meta.boilerplate)).toEqual([line]);
    expect(doc.mentions.filter((m) => m.text === 'Tue')).toEqual([]);
  });
  it('a place before a bar and an updated date is the dateline, not an author', () => {
    const line = 'New Delhi | Updated: November 20, 2024 09:15 IST';
    const m = meta(
      `Court pulls up Centre\n\nExpress News Service\n\n${line}\n\nThe court on Tuesday asked for a reply.`,
    );
    expect(m.authors).toEqual([]);
    expect(m.published).toBe('2024-11-20');
  });
  it.each<[string, string]>([
    ['PUBLISHED NOV 18, 2026, 06:35 PM SGT', '2026-11-18'],
    ['UPDATED 3 MAR 2025 10:02AM', '2025-03-03'],
  ])('a date line in capitals gives the publication date: %s', (line, published) => {
    const m = meta(`Rail link agreed\n\nJane Roe\n\n${line}\n\nThe leaders agreed on the link on Tuesday.`);
    expect(m.published).toBe(published);
  });
  it('a name, a bar and words that are not dates is no byline', () => {
    expect(meta('Bill approved\n\nJane Roe | Politics 2025\n\nThe parliament approved it.').byline).toBeUndefined();
  });
});

describe('a wire dateline in title case with no dash', () => {
  it('names its agency as the outlet', () => {
    const m = meta('Centre rejects demand\n\nNew Delhi, Feb 6 (PTI) The government on Monday rejected the demand.');
    expect(m.outlet).toBe('PTI');
  });
  it('but not an unknown parenthesis', () => {
    const m = meta('Centre rejects demand\n\nNew Delhi, Feb 6 (Monday) The government rejected the demand.');
    expect(m.outlet).toBeUndefined();
  });
});

describe('web article with byline and newsletter footer', () => {
  const m = meta(fixture('web-byline-newsletter.txt'));
  it('reads byline, authors and the published line', () => {
    expect(m.byline?.text).toBe('By Jordan Hale');
    expect(m.authors).toEqual(['Jordan Hale']);
    expect(m.published).toBe('2022-10-12');
    expect(m.publishedFrom).toBe('text');
    expect(m.dateline?.text).toBe('Oct. 12, 2022');
  });
  it('marks the header date line and the footer as boilerplate and nothing of the body', () => {
    expect(texts(m.boilerplate)).toEqual([
      'Published 3:04 p.m. ET Oct. 12, 2022',
      'Share this article',
      'Sign up for our morning briefing',
      'The news you need, before your first coffee.',
      'We respect your privacy. Unsubscribe at any time.',
    ]);
  });
  it('finds the title repeated in the body', () => {
    expect(texts(m.repeatedTitles)).toEqual(['City Council Approves New Bike Lanes After Heated Debate']);
    expect(m.repeatedTitles[0]!.start).toBeGreaterThan(m.title!.end);
  });
});

describe('press release', () => {
  const m = meta(fixture('press-release.txt'));
  it('reads the date from a PR-wire dateline', () => {
    expect(m.published).toBe('2023-07-28');
  });
  it('takes the copyright and contact lines as boilerplate', () => {
    expect(texts(m.boilerplate)).toContain('Copyright 2023 Acme Robotics Inc. All rights reserved.');
    expect(texts(m.boilerplate).some((b) => b.includes('Demand for our warehouse'))).toBe(false);
  });
  it('takes an "About <company>" section near the end, and all after it, as boilerplate', () => {
    const text = [
      'Acme raises $40 million',
      'Acme Robotics announced on Monday that it had raised $40 million to expand its warehouse business.',
      '"This investment lets us grow," said Priya Natarajan, the chief executive.',
      'The company will open an office in Austin.',
      'About Acme Robotics',
      'Acme Robotics builds autonomous forklifts for warehouses and distribution centers.',
      'Media contact: press@acme.example',
    ].join('\n\n');
    const b = texts(meta(text).boilerplate);
    expect(b).toEqual([
      'About Acme Robotics',
      'Acme Robotics builds autonomous forklifts for warehouses and distribution centers.',
      'Media contact: press@acme.example',
    ]);
  });
  it('an "About" line in the first half is no company boilerplate', () => {
    const text = ['About Town', 'The mayor said the fair would open on Friday.', 'It will run for a week.'].join(
      '\n\n',
    );
    expect(texts(meta(text).boilerplate)).toEqual([]);
  });
});

describe('calls to the reader', () => {
  it.each([
    'Got a story? Email news@example.co.uk or call 0207 782 4104.',
    'Anyone with information about the crash is asked to call Thames Valley Police on 101, quoting reference 43240012345.',
    'Anyone with information is urged to contact Crime Stoppers anonymously.',
  ])('%s is boilerplate and gives no quote', (line) => {
    const doc = analyze(`Crash kills two\n\nTwo people died in a crash on Monday, police said.\n\n${line}`);
    expect(texts(doc.meta.boilerplate)).toEqual([line]);
    expect(doc.quotes.filter((q) => q.content.some((c) => line.includes(c.text)))).toEqual([]);
  });
  it('but not when a speaker says it', () => {
    const line = 'Anyone with information is asked to call police, the department said.';
    expect(texts(meta(`Crash kills two\n\nTwo people died.\n\n${line}`).boilerplate)).toEqual([]);
  });
});

describe('copyright notices', () => {
  it.each([
    'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    '© 2025 Northfield Media Group Ltd. Reproduction in whole or in part without written permission is prohibited by law.',
    'Copyright © 2024 Harbour Times',
  ])('%s is boilerplate, and no entity or date comes from it', (line) => {
    const doc = analyze(`Budget signed\n\nThe governor signed the budget on Friday, her office said.\n\n${line}`);
    expect(texts(doc.meta.boilerplate)).toEqual([line]);
    expect(doc.mentions.filter((m) => m.start >= doc.text.indexOf(line))).toEqual([]);
    expect(doc.dates.map((d) => d.text)).toEqual(['Friday']);
  });
  it('a story about copyright is no notice', () => {
    const line = 'Copyright lawsuits against publishers doubled in 2024, court records show.';
    expect(texts(meta(`Suits rise\n\nPublishers face more suits.\n\n${line}`).boilerplate)).toEqual([]);
  });
});

describe('wire furniture around the body', () => {
  const body = 'Shares in Acme fell 4% on Monday after the regulator opened an inquiry, the company said.';
  it.each([
    '(Updates with analyst comment in fifth paragraph.)',
    '(Adds details, quotes from the chief executive)',
    '(Corrects spelling of company name in third paragraph)',
  ])('%s is an update note: boilerplate, and no quote or entity comes from it', (line) => {
    const doc = analyze(`Acme slides\n\n${body}\n\n${line}`);
    expect(texts(doc.meta.boilerplate)).toEqual([line]);
    expect(doc.quotes.filter((q) => q.content[0]!.start >= doc.text.indexOf(line))).toEqual([]);
  });
  it.each(['(The company said it would appeal.)', '(Additional details were not available.)'])(
    'a bracketed sentence of the story is no update note: %s',
    (line) => {
      expect(texts(meta(`Acme slides\n\n${body}\n\n${line}`).boilerplate)).toEqual([]);
    },
  );
  it('"--With assistance from" names contributors in a credit line', () => {
    const m = meta(`Acme slides\n\n${body}\n\n--With assistance from Jane Roe and Ian Park.`);
    expect(texts(m.credits)).toEqual(['--With assistance from Jane Roe and Ian Park.']);
  });
  it.each([
    ['(Bloomberg) -- Shares in Acme fell on Monday.', 'Bloomberg'],
    ['(Reuters) - Shares in Acme fell on Monday.', 'Reuters'],
  ])('an agency in brackets opening the body names the outlet: %s', (first, outlet) => {
    expect(meta(`Acme slides\n\n${first}\n\n${body}`).outlet).toBe(outlet);
  });
  it.each([
    ['on a line of its own under the byline', 'By Jane Roe\n(Bloomberg) --'],
    ['in a paragraph of its own', '(Bloomberg) --'],
  ])('an agency in brackets before a dash %s names the outlet', (_name, lines) => {
    expect(meta(`Acme slides\n\n${lines}\n\n${body}`).outlet).toBe('Bloomberg');
  });
  it('a bracketed aside that is no agency names no outlet', () => {
    expect(meta(`Acme slides\n\n(Video) -- Shares in Acme fell on Monday.\n\n${body}`).outlet).toBeUndefined();
  });
});

describe('captions and outlet credits', () => {
  const text = [
    'Minister Resigns Over Spending Row',
    'By Ana Silva',
    'The minister arrives at parliament on Monday. (Jane Roe/AFP/Getty Images)',
    'The minister resigned on Monday after weeks of criticism over travel expenses, her office said in a statement released late in the evening.',
    'From The Daily Courier',
  ].join('\n\n');
  const m = meta(text);
  it('finds the caption with its photo credit', () => {
    expect(texts(m.captions)).toEqual(['The minister arrives at parliament on Monday. (Jane Roe/AFP/Getty Images)']);
  });
  it('takes the outlet from a source credit', () => {
    expect(m.outlet).toBe('The Daily Courier');
    expect(texts(m.credits)).toEqual(['From The Daily Courier']);
  });
  it('prefers the outlet option', () => {
    expect(meta(text, { outlet: 'Example News' }).outlet).toBe('Example News');
  });
});

describe('options win over the text', () => {
  it('published option', () => {
    const m = meta('Headline Here\n\nJanuary 15, 2019\n\nBody text follows here.', { published: '2020-02-29' });
    expect(m.published).toBe('2020-02-29');
    expect(m.publishedFrom).toBe('option');
  });
});

describe('negative cases', () => {
  it.each([
    [
      'a date inside a body sentence is not a dateline',
      'Talks Resume\n\nThe talks, first held on January 15, 2019 in Geneva, resumed on Monday after a long pause.',
    ],
    ['an impossible date', 'Headline\n\nFebruary 30, 2019\n\nBody text.'],
  ])('%s', (_name, text) => {
    expect(meta(text).published).toBeUndefined();
  });

  it.each([
    [
      'a sentence that starts with "From"',
      'From there, the company moved its headquarters to a larger office downtown.',
    ],
    [
      'a body line mentioning sign-ups in passing',
      'More than 2,000 voters came to sign up on the first day of the drive, organisers said in a statement on Friday, adding that they expected more.',
    ],
  ])('%s is not furniture', (_name, line) => {
    const m = meta(`Headline\n\n${line}\n\nAnother paragraph of the story.`);
    expect(m.credits).toEqual([]);
    expect(m.boilerplate).toEqual([]);
    expect(m.outlet).toBeUndefined();
  });

  it.each([
    ['title case with a closing period', 'Mayor Ruiz Says the Harbour Will Stay With the City After a Long Fight.'],
    [
      'a "Name: claim" lead with a closing period',
      'Ruiz: the city will keep the harbour whatever the council decides next year.',
    ],
  ])('%s is a title', (_name, line) => {
    expect(meta(`${line}\n\nThe story starts here.`).title?.text).toBe(line);
  });
  it('a long first sentence in sentence case is not a title', () => {
    const lead =
      'The mayor said on Monday that the city would keep the harbour whatever the council decides next year.';
    expect(meta(`${lead}\n\nThe story goes on.`).title).toBeUndefined();
  });

  it('a single paragraph is not a title', () => {
    expect(meta('Just one short line').title).toBeUndefined();
  });
  it('a byline line that is a sentence is not a byline', () => {
    expect(meta('Headline\n\nBy the end of the year, prices had doubled across the region.').byline).toBeUndefined();
  });
});

describe('an outlet named in the byline', () => {
  it.each([
    ['By Jane Doe, CBC News', ['Jane Doe'], 'CBC News'],
    ['By JANE ROE and John Poe, Reuters', ['Jane Roe', 'John Poe'], 'Reuters'],
    ['By Jane Doe', ['Jane Doe'], undefined],
    ['By DANA WHITFIELD AP Sports Writer', ['Dana Whitfield'], 'AP'],
    ['By DELIA MARQUEZ and RYAN STOLTZ Associated Press', ['Delia Marquez', 'Ryan Stoltz'], 'Associated Press'],
    ['By Adebayo Oladipupo, Ibadan', ['Adebayo Oladipupo'], undefined],
    // A news service names no person.
    ['By Express News Service', [], 'Express News Service'],
    ['By Meera Iyer, Express News Service', ['Meera Iyer'], 'Express News Service'],
    // A known place of two words after a name is where the author writes from; a name of two words is an author.
    ['By Meera Iyer, New Delhi', ['Meera Iyer'], undefined],
    ['By Meera Iyer, Georgia Hall', ['Meera Iyer', 'Georgia Hall'], undefined],
    ['By Jane Roe in Washington and John Poe in London', ['Jane Roe', 'John Poe'], undefined],
    ['By state political reporter Ashleigh Raper', ['Ashleigh Raper'], undefined],
    // Parts after a bar or a dash: an outlet among them, a place or a date is none.
    ['By Priya Sharma | The Hindu | New Delhi', ['Priya Sharma'], 'The Hindu'],
    ['By Omar Aziz - Al Jazeera', ['Omar Aziz'], 'Al Jazeera'],
    ['By Priya Sharma | New Delhi', ['Priya Sharma'], undefined],
    ['By Jane Doe | Updated 14 March 2024', ['Jane Doe'], undefined],
  ])('%s', (byline, authors, outlet) => {
    const m = meta(`Harbour sale goes ahead\n\n${byline}\n\nThe council voted on Monday to sell the harbour.`);
    expect(m.authors).toEqual(authors);
    expect(m.outlet).toBe(outlet);
  });

  it('an outlet given as an option wins', () => {
    const m = meta('Harbour sale\n\nBy Jane Doe, CBC News\n\nThe council voted.', { outlet: 'The Ledger' });
    expect(m.outlet).toBe('The Ledger');
  });
});

describe('a British date line', () => {
  it('"Mon 4 Mar 2024 18.00 GMT" gives the publication date', () => {
    const m = meta(
      'Harbour sale goes ahead\n\nMon 4 Mar 2024 18.00 GMT\n\nThe council voted on Monday to sell the harbour.',
    );
    expect(m.published).toBe('2024-03-04');
    expect(m.dateline?.text).toBe('4 Mar 2024');
  });
});

describe('a byline without "By"', () => {
  it('a name over a journalist’s role', () => {
    const m = meta(
      'Harbour sale goes ahead\n\nRachel Hall\nSocial affairs correspondent\n\nThe council voted to sell.',
    );
    expect(m.authors).toEqual(['Rachel Hall']);
  });
  it('a name and a role on one line, the role’s capitalized first word kept off the name', () => {
    const text =
      'Doctors vow to strike again\n\nDenis Campbell Health policy editor\n\nJunior doctors said they would strike again.';
    const doc = analyze(text);
    expect(doc.meta.authors).toEqual(['Denis Campbell']);
    expect(doc.entities.map((e) => e.name)).toContain('Denis Campbell');
    expect(doc.entities.map((e) => e.name)).not.toContain('Denis Campbell Health');
  });

  it.each([
    ['Nadia Rahman, Health Correspondent', ['Nadia Rahman']],
    ['Nadia Rahman, senior political reporter', ['Nadia Rahman']],
  ])('a name, a comma and a role: %s', (line, authors) => {
    const doc = analyze(`Clinics face cuts\n\n${line}\n\nThe clinics said they would close.`);
    expect(doc.meta.authors).toEqual(authors);
    expect(doc.entities.map((e) => e.name)).not.toContain('Health Correspondent');
  });

  it.each([
    ['Lena Marsh', 'BRUSSELS, Nov 26 (Reuters) - The Commission fined a bank on Wednesday.', ['Lena Marsh']],
    ['Lena Marsh', 'WASHINGTON — The court ruled on Friday.', ['Lena Marsh']],
    // No dateline after it: a line of names may be a subheading.
    ['Lena Marsh', 'The court ruled on Friday that the town may enforce its ban.', []],
    // A place alone is a dateline of its own, no author.
    ['New Delhi', 'NEW DELHI — The court ruled on Friday.', []],
  ])('a bare name between the headline and a dateline: %s / %s', (line, lead, authors) => {
    const doc = analyze(`Court backs town\n\n${line}\n\n${lead}\n\nIt said more.`);
    expect(doc.meta.authors).toEqual(authors);
  });

  it('a sentence with a comma is no byline', () => {
    const doc = analyze('Clinics face cuts\n\nNadia Rahman, the director, said clinics would close.');
    expect(doc.meta.authors).toEqual([]);
  });
  it('a header line of parts between middle dots: the author and the outlet', () => {
    const text =
      'Ontario caps rent increases\n\nShanifa Nasser · CBC News · Posted: Aug 30, 2024 4:00 AM EDT\n\nOntario will cap rent increases, the province said.\n\nWith files from The Canadian Press';
    const doc = analyze(text);
    expect(doc.meta.authors).toEqual(['Shanifa Nasser']);
    expect(doc.meta.outlet).toBe('CBC News');
    expect(doc.meta.credits.map((c) => c.text)).toEqual(['With files from The Canadian Press']);
    expect(doc.entities.find((e) => e.name === 'Shanifa Nasser')?.type).toBe('person');
    // The byline's date is the publication date, and the one date mention of the byline.
    expect(doc.meta.published).toBe('2024-08-30');
    expect(doc.meta.dateline?.text).toBe('Aug 30, 2024');
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([['Aug 30, 2024', '2024-08-30']]);
  });
  it('a title-case role after the name in a "By" line is no author and no entity', () => {
    const text =
      'Council tax to rise\n\nBy Sarah Jones, Local Democracy Reporter\n\nPublished: 14:32 GMT, 3 March 2025\n\nThe council said bills would rise.';
    const doc = analyze(text, { published: '2025-03-03' });
    expect(doc.meta.authors).toEqual(['Sarah Jones']);
    expect(doc.entities.map((e) => e.name)).not.toContain('Local Democracy Reporter');
    // The header date line is furniture even when the publication date is given: no quote.
    expect(doc.meta.dateline?.text).toBe('3 March 2025');
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(['said']);
  });
  it('the role line under a "By" line is the byline’s, and no entity', () => {
    const text =
      'Council approves budget\n\nBy Jane Smith\nSenior Political Correspondent\n\nThe council approved the budget on Monday, Mayor Tom Reid said.';
    const doc = analyze(text, { published: '2026-11-30' });
    expect(doc.meta.authors).toEqual(['Jane Smith']);
    expect(doc.meta.byline?.text).toBe('By Jane Smith\nSenior Political Correspondent');
    expect(doc.entities.map((e) => e.name)).not.toContain('Political Correspondent');
    expect(doc.entities.map((e) => e.name)).toContain('Tom Reid');
  });
  it.each([
    ['PolitiFact', 'PolitiFact'],
    ['Reuters', 'Reuters'],
    ['The Harbour Gazette', 'The Harbour Gazette'],
  ])('a line under the byline naming only the outlet (%s) is the byline’s and the outlet', (line, outlet) => {
    const text = `Did the mayor cut the budget?\n\nBy Maria Delgado\n${line}\nMarch 14, 2025\n\nThe mayor said the budget rose.`;
    const m = meta(text);
    expect(m.authors).toEqual(['Maria Delgado']);
    expect(m.outlet).toBe(outlet);
    expect(m.byline?.text).toBe(`By Maria Delgado\n${line}`);
    expect(m.published).toBe('2025-03-14');
  });
  it('a line under the byline that is no outlet stays out of the byline', () => {
    const m = meta(
      'Did the mayor cut the budget?\n\nBy Maria Delgado\nHarbour Town\n\nThe mayor said the budget rose.',
    );
    expect(m.outlet).toBeUndefined();
    expect(m.byline?.text).toBe('By Maria Delgado');
  });
  it('a label line above the headline is furniture and the headline the title', () => {
    const text =
      'FOR IMMEDIATE RELEASE\n\nAgency Opens New Office in Denver\n\nDENVER — The agency opened a new office on Monday.\n\nAgency Opens New Office in Denver';
    const m = meta(text);
    expect(m.title?.text).toBe('Agency Opens New Office in Denver');
    expect(m.boilerplate.map((b) => b.text)).toContain('FOR IMMEDIATE RELEASE');
    expect(m.repeatedTitles).toHaveLength(1);
  });
  it('a day-first dotted date line is the dateline', () => {
    const m = meta('Berlin plans new tax\n\n30.11.2026\n\nThe government said the tax would start in 2027.');
    expect(m.published).toBe('2026-11-30');
    expect(m.dateline?.text).toBe('30.11.2026');
  });
  it('not a name over any other line', () => {
    const m = meta('Harbour sale goes ahead\n\nRachel Hall\nThe council voted to sell the harbour on Monday.');
    expect(m.authors).toEqual([]);
  });
});

describe('a byline of a desk or a wire, not a person', () => {
  it.each([
    ['By Staff Reports', undefined],
    ['By The Associated Press', 'Associated Press'],
    ['By Reuters Staff', 'Reuters'],
    ['By News Desk', undefined],
    ['By Reuters', 'Reuters'],
  ])('"%s" names no author', (byline, outlet) => {
    const doc = analyze(`Man charged after chase\n\n${byline}\n\nA man was charged on Saturday, police said.`);
    expect(doc.meta.byline?.text).toBe(byline);
    expect(doc.meta.authors).toEqual([]);
    expect(doc.meta.outlet).toBe(outlet);
    expect(doc.entities.some((e) => e.type === 'person')).toBe(false);
  });

  it('a person with a desk word for a family name is still an author', () => {
    const doc = analyze('Man charged after chase\n\nBy Ken Board\n\nA man was charged on Saturday, police said.');
    expect(doc.meta.authors).toEqual(['Ken Board']);
  });
});

describe('a source line that names the outlet and the wires', () => {
  it.each([
    ['Source: Al Jazeera and news agencies', 'Al Jazeera'],
    ['Source: Reuters', 'Reuters'],
  ])('"%s" gives the outlet', (line, outlet) => {
    const m = meta(`Strikes kill dozens\n\nStrikes killed dozens overnight, officials said.\n\n${line}`);
    expect(m.outlet).toBe(outlet);
    expect(texts(m.credits)).toEqual([line]);
  });

  it('a source line of prose names none', () => {
    const m = meta(
      'Strikes kill dozens\n\nStrikes killed dozens.\n\nSource: officials in the region and news agencies',
    );
    expect(m.outlet).toBeUndefined();
  });
});

describe('an article as HTML', () => {
  const html = [
    '<h1>Mayor defends bus cuts</h1>',
    '<p class="byline">By <a href="/staff/jlee">Jordan Lee</a> | March 4, 2025</p>',
    '<p>Mayor Karen Bass on Monday defended plans to cut 12 bus routes, saying the city &ldquo;cannot keep paying for empty buses.&rdquo;</p>',
  ].join('\n');
  const m = meta(html);
  it('reads the byline and its date through the markup', () => {
    expect(m.authors).toEqual(['Jordan Lee']);
    expect(m.published).toBe('2025-03-04');
  });
  it('keeps the spans of the input, markup and all', () => {
    expect(m.byline?.text).toBe('By <a href="/staff/jlee">Jordan Lee</a> | March 4, 2025');
    expect(html.slice(m.title!.start, m.title!.end)).toBe(m.title!.text);
  });
});
