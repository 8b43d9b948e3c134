import { describe, expect, it } from 'vitest';
import { entitiesOf, entityOf, mention } from './helpers.js';

describe('roles', () => {
  it.each<[string, string, string, string]>([
    [
      'Siemens chief executive Joe Kaeser said on Monday that profits fell.',
      'Joe Kaeser',
      'chief executive',
      'Siemens',
    ],
    [
      'Anna Berg, who is Tom Berg’s daughter and the chief financial officer of Nordbank, was arrested in Oslo.',
      'Anna Berg',
      'daughter',
      'Tom Berg',
    ],
    [
      'Anna Berg, who is Tom Berg’s daughter and the chief financial officer of Nordbank, was arrested in Oslo.',
      'Anna Berg',
      'chief financial officer',
      'Nordbank',
    ],
  ])('%s: %s is %s of %s', (text, person, title, of) => {
    const doc = entitiesOf(text);
    const e = entityOf(doc, mention(doc, person)!);
    const target = entityOf(doc, mention(doc, of)!);
    const role = e.roles?.find((r) => r.title === title);
    expect(role, JSON.stringify(e.roles)).toBeDefined();
    expect(role!.of).toBe(target.id);
    expect(text.slice(role!.evidence.start, role!.evidence.end)).toBe(role!.evidence.text);
  });

  it('gives no role to an appositive without a role word', () => {
    const doc = entitiesOf('Anna Berg, tired after the flight, spoke to reporters in Oslo.');
    expect(entityOf(doc, mention(doc, 'Anna Berg')!).roles).toBeUndefined();
  });
});
