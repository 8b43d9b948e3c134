import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const names = (text: string) =>
  analyze(text)
    .mentions.filter((m) => m.form === 'name')
    .map((m) => m.text);

describe('a first word cut off a name where its capital proves nothing', () => {
  it.each([
    [
      'a headline word, when the body writes the whole name mid-sentence',
      'Home Office admits asylum backlog\n\nOn Thursday the Home Office admitted that the backlog had grown.',
      'Home Office',
    ],
    [
      "a sentence's first word",
      'Home Office figures showed a rise. Later, a spokesman for the Home Office said the data were new.',
      'Home Office',
    ],
  ])('%s joins it back', (_name, text, whole) => {
    expect(names(text).filter((n) => n === whole).length).toBe(2);
  });

  it.each([
    ['a title or honorific', 'Mr. Obama spoke first. Later, Mr. Obama and Ms. Rice met the press.', 'Obama'],
    [
      'an adjective mid-sentence, which the tagger saw and left out',
      'A Democratic Senate would act. Aides said a Democratic Senate was likely.',
      'Senate',
    ],
  ])('%s stays off', (_name, text, part) => {
    expect(names(text)).not.toContain(`Mr. ${part}`);
    expect(names(text).filter((n) => n.endsWith(part) && n !== part && !n.startsWith('Democratic'))).toEqual([]);
  });
});
