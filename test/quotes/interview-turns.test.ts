import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Q&A interviews: the questions are the interviewer's, the answers the interviewee's. Texts written for these tests. */
const INTERVIEW =
  'Farmers speak on the drought\n\nBy Tom Reyes\n\n' +
  'Grain grower Helen Marsh, who chairs the Western Growers Council, spoke to us about the new aid package.\n\n' +
  'Q: Is the money enough for the season?\n\n' +
  'A: No. It covers feed for six weeks, and the dry spell could last a year.\n\n' +
  'Q: What would you ask the minister to change?\n\n' +
  'A: A long-term plan, because one-off cheques change nothing on the ground.';

describe('Q&A interview turns', () => {
  it.each([
    ['Q:/A:', INTERVIEW],
    ['Question:/Answer:', INTERVIEW.replace(/\bQ:/g, 'Question:').replace(/\bA:/g, 'Answer:')],
  ])('a question has no speaker called Q; an answer is the interviewee’s, not the byline’s (%s)', (_, text) => {
    const doc = analyze(text, { outlet: 'The Ledger' });
    const questions = doc.quotes.filter((q) => q.content[0]?.text.endsWith('?'));
    const answers = doc.quotes.filter((q) => q.rule === 'quotes/direct:interview-answer');
    expect(questions.map((q) => q.speaker?.text)).toEqual(['the interviewer', 'the interviewer']);
    expect(questions.map((q) => q.speaker?.entityId)).toEqual([undefined, undefined]);
    expect(questions.map((q) => q.speaker?.span?.text)).toEqual([
      text.includes('Question:') ? 'Question' : 'Q',
      text.includes('Question:') ? 'Question' : 'Q',
    ]);
    expect(questions.map((q) => q.reportedBy?.text)).toEqual(['The Ledger', 'The Ledger']);
    expect(answers.map((q) => q.speaker?.text)).toEqual(['Helen Marsh', 'Helen Marsh']);
    expect(answers.map((q) => q.kind)).toEqual(['direct', 'direct']);
  });

  it('a statement the interviewer’s question reports is reported by the outlet, not by “Q”', () => {
    const text = INTERVIEW.replace('Is the money enough for the season?', 'Do you think the money is enough?');
    const doc = analyze(text, { outlet: 'The Ledger' });
    const nested = doc.quotes.find((q) => q.cue?.text === 'think');
    expect(nested?.reportedBy?.text).toBe('The Ledger');
    expect(doc.quotes.filter((q) => q.speaker?.text === 'Q' || q.reportedBy?.text === 'Q')).toEqual([]);
  });

  it.each([
    // A label that is a word of the sentence, and a name label, are no interview turns.
    ['Answers: few, the council said.', 'quotes/direct:interview-answer'],
    ['MARSH: We need a plan that lasts longer than a season.', 'quotes/direct:interview-answer'],
  ])('no Q&A turn: %s', (body, rule) => {
    const doc = analyze(`Drought\n\n${body}`);
    expect(doc.quotes.filter((q) => q.rule === rule && q.content[0]?.text.startsWith('few'))).toEqual([]);
    if (body.startsWith('MARSH')) expect(doc.quotes[0]?.speaker?.text).not.toBe('Q');
  });
});
