import { describe, expect, it } from 'vitest';
import { articleStage } from '../../src/article/article-stage.js';
import { analyze } from '../../src/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { speakerBefore } from '../../src/quotes/speaker.js';
import { prepareQuotes } from '../../src/quotes/stage.js';
import { tokenizeStage } from '../../src/text/tokenize.js';

const textOnly = createPipeline([tokenizeStage, articleStage]);

/** The speaker phrase the rules find left of the first cue whose words are `cue`. */
function speakerLeftOf(text: string, cue: string): string | undefined {
  const { qc, cues } = prepareQuotes(textOnly.analyze(text));
  const c = cues.find((x) => qc.words.slice(x.first, x.last + 1).join(' ') === cue);
  if (!c) return undefined;
  const sentence = qc.doc.sentences[c.sentence]!;
  const r = speakerBefore(qc, c.first, sentence.tokens[0]);
  return r ? text.slice(qc.tokens[r[0]]!.start, qc.tokens[r[1]]!.end) : undefined;
}

describe('speaker phrases left of a cue', () => {
  it.each([
    ['The company denied it, which regulators had alleged in March.', 'had alleged', 'regulators'],
    ['People close to the vice president said the talks failed.', 'said', 'People close to the vice president'],
    ['The plan, an inside source said, is to hand out reprints.', 'said', 'an inside source'],
    ['A Boeing spokeswoman said the talks were over.', 'said', 'A Boeing spokeswoman'],
    ['The mayor will step down, a source close to him said.', 'said', 'a source close to him'],
    ['Most of them said they had enjoyed the work.', 'said', 'Most of them'],
    ['Some of the delegates said the vote was rigged.', 'said', 'Some of the delegates'],
    ['Her aides said the meeting ran late.', 'said', 'Her aides'],
    ['She and her husband said they would vote.', 'said', 'She and her husband'],
    ['Most said they were worried about the economy.', 'said', 'Most'],
    ['The voters were angry, and many have said so.', 'have said', 'many'],
    ['A grieving mother-of-three has slammed the council.', 'has slammed', 'A grieving mother-of-three'],
    ['A well-known analyst said the deal was off.', 'said', 'A well-known analyst'],
    ['Lawyers representing the family said the verdict was unjust.', 'said', 'Lawyers representing the family'],
    [
      'The chair of the party’s platform committee said the draft was ready.',
      'said',
      'The chair of the party’s platform committee',
    ],
    ['More than six in 10 said they were worried.', 'said', 'More than six in 10'],
    ['Nearly half of the voters said the economy was weak.', 'said', 'Nearly half of the voters'],
    ['People who attended the meeting said it was tense.', 'said', 'People who attended the meeting'],
    ['Voters who backed him in 2016 say they regret it.', 'say', 'Voters who backed him in 2016'],
    ['Kasich, who has refused to endorse him, said the party was split.', 'has refused to endorse', 'who'],
    ['Those who oppose the plan argue that it is costly.', 'oppose', 'who'],
    ['Those who oppose the plan argue that it is costly.', 'argue', 'Those who oppose the plan'],
    ['Groups that endorsed him say the race is over.', 'say', 'Groups that endorsed him'],
    [
      'A 2014 study that appeared in a journal found that the pills failed.',
      'found',
      'A 2014 study that appeared in a journal',
    ],
    // A that-clause on a noun is no relative clause: its own subject follows "that".
    ['He cited news that the senator had admitted the error.', 'had admitted', 'the senator'],
    // A noun cue after the relative clause's verb is that verb's object.
    ['He must avoid crossing a line that might bring accusations of bias.', 'accusations', undefined],
    ['The groups backing the senator said they would appeal.', 'backing', 'The groups'],
    [
      'A senior nurse accused of falsifying patient records told colleagues she was tired.',
      'told',
      'A senior nurse accused of falsifying patient records',
    ],
    ['People briefed on the situation say the deal is close.', 'say', 'People briefed on the situation'],
    // A "whose" relative clause is part of its noun's phrase.
    [
      "Hundreds of residents whose homes were damaged in February's floods say they are still waiting.",
      'say',
      "Hundreds of residents whose homes were damaged in February's floods",
    ],
    // A count of times stands where the participle's preposition would.
    [
      'A post shared thousands of times on Facebook claims that the government cut spending.',
      'claims',
      'A post shared thousands of times on Facebook',
    ],
    ["Mary Jones, Ohio's lead negotiator, said the deal was legal.", 'said', "Mary Jones, Ohio's lead negotiator,"],
    [
      'Kholood Khair, a political analyst at the Confluence Advisory think tank, said the deal was legal.',
      'said',
      'Kholood Khair, a political analyst at the Confluence Advisory think tank,',
    ],
    [
      'Residents of El Fasher reached by phone said they had little faith in the truce.',
      'said',
      'Residents of El Fasher reached by phone',
    ],

    [
      'Senators Anna Berg and Paul Stone, and Governor Jay Nixon, tweeted their approval.',
      'tweeted',
      'Senators Anna Berg and Paul Stone, and Governor Jay Nixon,',
    ],
    [
      'Doug Andres, a spokesman for the speaker told the Post that no one called.',
      'told',
      'Doug Andres, a spokesman for the speaker',
    ],
    [
      '"This is madness," a diplomat from one of the founding members said.',
      'said',
      'a diplomat from one of the founding members',
    ],
    ['Two of the victims said the police came late.', 'said', 'Two of the victims'],
    ['Balázs Kiss — a close ally — wrote that the plan was dead.', 'wrote', 'Balázs Kiss'],
    ['The ship was hit on Tuesday, the chief said.', 'said', 'the chief'],
    ['The general said the ship was hit.', 'said', 'The general'],
    ['Documents reviewed by Reuters show the company knew.', 'show', 'Documents reviewed by Reuters'],
    ['The latest Reuters/Ipsos poll showed Smith leading.', 'showed', 'The latest Reuters/Ipsos poll'],
    ['All the attendees said they would vote.', 'said', 'All the attendees'],
    ['At least 10 people said they saw the car.', 'said', 'At least 10 people'],
    ['Someone in the audience shouted that the vote was rigged.', 'shouted', 'Someone in the audience'],
    ['Many in the party said the plan was dead.', 'said', 'Many in the party'],
    [
      "The deputy head of China's delegation to the forum said talks failed.",
      'said',
      "The deputy head of China's delegation to the forum",
    ],
    [
      'A report commissioned by the city council found that the bridge was unsafe.',
      'found',
      'A report commissioned by the city council',
    ],
  ])('%s', (text, cue, speaker) => {
    expect(speakerLeftOf(text, cue)).toBe(speaker);
  });
});

describe('a speaker phrase carries a post-modifier of place or relation', () => {
  it.each([
    [
      'A hospital trust under investigation said it had followed the rules.',
      'said',
      'A hospital trust under investigation',
    ],
    ['The group behind the petition said it had 10,000 signatures.', 'said', 'The group behind the petition'],
    ['Residents near the airport said the noise was unbearable.', 'said', 'Residents near the airport'],
    ['Voters outside the capital said the count was slow.', 'said', 'Voters outside the capital'],
    ['Doctors around the country warned that beds were short.', 'warned', 'Doctors around the country'],
    ['Talks between the union and the council said nothing new.', 'said', 'Talks between the union and the council'],
  ])('%s (%s) → %s', (text, cue, speaker) => {
    expect(speakerLeftOf(text, cue)).toBe(speaker);
  });
});

describe('negatives: no post-modifier', () => {
  it.each([
    // An adjective, not a preposition, stays at the phrase's start.
    ['Outside experts said the plan would fail.', 'said', 'Outside experts'],
    // An opening adverbial phrase is no part of the speaker.
    ['Under pressure, the minister said he would resign.', 'said', 'the minister'],
    // "among", "over", "against": after a noun of the predicate they open no speaker phrase.
    ['Support grew among voters who said the tax was unfair.', 'said', 'who'],
    ['He filed a lawsuit against the firm, which said the claim had no merit.', 'said', 'which'],
  ])('%s (%s) → %s', (text, cue, speaker) => {
    expect(speakerLeftOf(text, cue)).toBe(speaker);
  });
});

/**
 * A pronoun goes on with the unnamed speaker of the quote just before it, not with the last named person the entity
 * layer knows (src/quotes/stage.ts, unnamedAntecedent). Sentences written for these tests.
 */
describe('a pronoun after an unnamed speaker', () => {
  const opening = [
    'Crash on Mill Road',
    'Officer Jenna Ruiz said the driver was arrested. "We thank the public," Ruiz said.',
  ];

  it.each([
    [
      'A neighbor, who asked not to be named, said she heard a crash. "I just ran out there," she said.',
      'A neighbor, who asked not to be named,',
    ],
    [
      "The boy's mother told reporters he was recovering. \"I'm just thankful he's alive,\" she said.",
      "The boy's mother",
    ],
  ])('%s', (paragraph, speaker) => {
    const doc = analyze([...opening, paragraph].join('\n\n'));
    const q = doc.quotes.at(-1);
    expect(q?.speaker?.text).toBe(speaker);
    expect(q?.speaker?.entityId).toBeUndefined();
  });

  it.each([
    // The description's noun has the other gender.
    'A man, who asked not to be named, said he heard a crash. "I just ran out there," she said.',
    // The named woman comes between.
    'A neighbor said she heard a crash. Ruiz nodded. "We are looking for witnesses," she said.',
  ])('the named speaker stays: %s', (paragraph) => {
    const doc = analyze([...opening, paragraph].join('\n\n'));
    const q = doc.quotes.at(-1);
    expect(q?.speaker?.text).toBe('Jenna Ruiz');
  });
});

/** The full pipeline, so the dates layer marks the dates these rows hold. */
describe('a date inside the subject of a passive cue', () => {
  it.each([
    // A date after "for" or "of" completes the noun before it: the subject keeps it.
    ['The shortfall for this fiscal year is forecast to reach $40 billion.', 'The shortfall for this fiscal year'],
    ['The budget for 2027, which starts in April, is expected to grow.', 'The budget for 2027, which starts in April,'],
  ])('%s', (text, subject) => {
    const doc = analyze(text, { published: '2026-06-10' });
    expect(doc.quotes[0]?.content[0]?.text).toBe(subject);
  });

  it.each([
    // A date led by "on" is the cue's own time: the subject is the noun before it.
    ['The senator on Tuesday said the vote was close.', 'the vote was close'],
  ])('%s', (text, content) => {
    const doc = analyze(text, { published: '2026-06-10' });
    expect(doc.quotes[0]?.content.map((c) => c.text).join(' … ')).toBe(content);
  });
});
