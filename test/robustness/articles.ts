/**
 * Real-looking articles written for these tests (no text copied from anywhere), in three house styles, and the
 * mutations scraped text suffers. Quote marks, cue verbs, names and dates are dense on purpose: they are what the
 * quote and claim stages key on.
 */
export const ARTICLES: readonly string[] = [
  `Water Board Denies Report of Contaminated Wells

By Clara Ndiaye and James Whitfield

LYON, Feb. 11 (Reuters) - The regional water board on Monday denied a newspaper report that three village wells
had been contaminated with nitrates, saying its own tests showed "nothing out of the ordinary."

"We sampled every well twice in January, and the results were well within the limits," board director Henri Lefort
told reporters. "People can keep drinking the water."

Le Progrès reported on Sunday that tests commissioned by a farmers' group had found nitrate levels twice the legal
maximum. The group's spokeswoman, Odile Marchand, said the board was "hiding behind averages."

Lefort said the board would publish the raw figures by Friday. Environment Minister Paul Girard declined to comment.

(Reporting by Clara Ndiaye; Editing by James Whitfield)`,

  `City Council Votes to Delay Stadium Project
Published 4:12 p.m. ET March 9, 2022

The city council voted 7-4 on Wednesday to delay a $300 million stadium project for at least a year, a decision the
team's owner called “a betrayal of the fans.”

“We negotiated in good faith for three years,” owner Diane Foster said in a statement. “This vote throws all of that
away.”

Council member Raj Patel, who voted for the delay, said the city could not afford the project while schools were
short of teachers. He added that the council would revisit the plan next spring.

Mayor Elena Ruiz, who supported the stadium, said she was “disappointed but not surprised,” according to her office.

Sign up for our daily newsletter to get the latest news. By registering you agree to our Privacy Policy.
Share this article: Facebook Twitter Email`,

  `FOR IMMEDIATE RELEASE

Northwind Robotics Announces Record Quarter

SEATTLE – October 3, 2023 – Northwind Robotics Inc. today reported revenue of $48.2 million for the third quarter,
up 31% from a year earlier.

"Our warehouse robots are now running in 140 sites across North America and Europe," said Chief Executive Officer
Samuel Okoye. "We expect demand to keep growing through 2024."

Chief Financial Officer Mei Tanaka said the company had no plans to raise new capital and that margins would improve
next year as production moved to its new plant in Ohio.

About Northwind Robotics
Northwind Robotics builds autonomous mobile robots for logistics. Media contact: press@northwind.example`,
];

/** A named, deterministic change to a text. */
export type Mutation = readonly [name: string, apply: (text: string) => string];

const every = (text: string, re: RegExp, replacement: string) => text.replace(re, replacement);
/** Inserts `what` after every `n`-th character. */
const sprinkle = (text: string, what: string, n: number) => {
  let out = '';
  for (let i = 0; i < text.length; i++) out += (i > 0 && i % n === 0 ? what : '') + text[i];
  return out;
};

export const MUTATIONS: readonly Mutation[] = [
  ['unchanged', (t) => t],
  ['straight quotes deleted', (t) => every(t, /"/g, '')],
  ['curly quotes deleted', (t) => every(t, /[“”]/g, '')],
  ['opening quotes deleted', (t) => every(every(t, /“/g, ''), /(^|[\s(])"/g, '$1')],
  ['closing quotes deleted', (t) => every(every(t, /”/g, ''), /"(?=[\s.,;:!?)]|$)/g, '')],
  ['quote marks doubled', (t) => every(t, /["“”]/g, '$&$&')],
  ['straight to curly and back', (t) => every(every(t, /“|”/g, '"'), /"/g, '“')],
  ['all spaces to NBSP', (t) => every(t, / /g, '\u00a0')],
  ['zero-width spaces everywhere', (t) => sprinkle(t, '\u200b', 7)],
  ['zero-width joiners in words', (t) => sprinkle(t, '\u200d', 3)],
  ['bidi overrides', (t) => every(t, /\b(said|told|added)\b/g, '\u202e$1\u202c')],
  ['bidi isolates around names', (t) => every(t, /\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g, '\u2067$1\u2069')],
  ['emoji', (t) => every(t, /\. /g, '. 🙂👍🏽 ')],
  ['lone high surrogates', (t) => sprinkle(t, '\ud83d', 41)],
  ['lone low surrogates', (t) => sprinkle(t, '\ude00', 37)],
  ['split surrogate pairs', (t) => every(t, /\. /g, '.\ud83d \ude00 ')],
  ['HTML paragraphs', (t) => `<html><body><p>${every(t, /\n\n/g, '</p>\n<p class="x">')}</p></body></html>`],
  ['HTML entities', (t) => every(every(every(t, /"/g, '&quot;'), /“/g, '&ldquo;'), /”/g, '&rdquo;')],
  ['broken HTML', (t) => every(t, /\n/g, '<br\n<p><<&amp&#99999999;&#x;</')],
  ['CRLF line ends', (t) => every(t, /\n/g, '\r\n')],
  ['CR line ends', (t) => every(t, /\n/g, '\r')],
  ['no line breaks', (t) => every(t, /\n+/g, ' ')],
  ['glued sentences', (t) => every(t, /\. /g, '.')],
  ['upper case', (t) => t.toUpperCase()],
  ['lower case', (t) => t.toLowerCase()],
  ['BOM and trailing controls', (t) => `\ufeff${t}\u0000\u0007\u001b[0m`],
  ['tabs for spaces', (t) => every(t, / /g, '\t')],
  ['truncated mid-quote', (t) => t.slice(0, Math.max(0, t.indexOf('"') + 25))],
  ['repeated twice', (t) => `${t}\n\n${t}`],
  ['reversed', (t) => [...t].reverse().join('')],
];
