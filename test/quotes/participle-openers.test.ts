import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** "Sentencing her, Judge X said …": the opening participle frames the statement. Sentences written for these tests. */
describe('an opening participle whose object is a pronoun is no quote', () => {
  it.each([
    [
      'Sentencing her, Judge Mary Hollis said the crimes were a grave breach of trust.',
      'the crimes were a grave breach of trust',
    ],
    ['Praising them, the coach said the players had earned their places.', 'the players had earned their places'],
    ['Thanking him, the mayor told volunteers that the town owed them a debt.', 'that the town owed them a debt'],
  ])('%s', (text, content) => {
    const doc = analyze(`Court\n\n${text}`);
    expect(doc.quotes.map((q) => q.content.map((c) => c.text).join(' … '))).toEqual([content]);
  });

  it.each([
    // A pronoun after a stance verb in a clause of its own is what PolNeAR annotates.
    ['Three senators endorsed her.', 'endorsed', 'her'],
    // A noun phrase after an opening participle stays.
    ['Criticizing the police tactics, the mayor said the raid went too far.', 'Criticizing', 'the police tactics'],
  ])('kept: %s', (text, cue, content) => {
    const q = analyze(`Court\n\n${text}`).quotes.find((x) => x.cue?.text === cue);
    expect(q?.content.map((c) => c.text)).toEqual([content]);
  });
});
