import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

describe('wire sign-offs', () => {
  it.each([
    ['The first chips will be rolled out by December next year. PTI AB RT', 'PTI'],
    ['The talks will resume on Monday. IANS SK KR\n\nMore to follow.', 'IANS'],
  ])("the agency's name ends before its editors' initials: %s", (text, agency) => {
    const names = entitiesOf(text)
      .mentions.filter((m) => m.form === 'name')
      .map((m) => m.text);
    expect(names).toContain(agency);
    expect(names.some((n) => n.startsWith(`${agency} `))).toBe(false);
  });

  it('a name that goes on in the paragraph is left alone', () => {
    const doc = entitiesOf('The talks will resume on Monday. AP NBC News polling found support fell.');
    expect(doc.mentions.some((m) => m.rule === 'entities/wire-signoff')).toBe(false);
  });
});
