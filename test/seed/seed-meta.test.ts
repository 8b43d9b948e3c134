import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { SEED_BASE } from '../shared-data.js';

const SEED = SEED_BASE;
const present = existsSync(`${SEED}.txt`);

interface ExpectedMeta {
  title: string;
  byline: string[];
  published: string;
  outlet: string;
  credits: string[];
  caption: string;
  boilerplate: string[];
}

describe.skipIf(!present)('seed article meta (../shared/seed, when present)', () => {
  const text = present ? readFileSync(`${SEED}.txt`, 'utf8') : '';
  const expected = present
    ? (JSON.parse(readFileSync(`${SEED}.expected.json`, 'utf8')) as { meta: ExpectedMeta }).meta
    : undefined;
  const meta = analyze(text).meta;

  it('matches expected.json with no options', () => {
    expect(meta.title?.text).toBe(expected!.title);
    expect(meta.authors).toEqual(expected!.byline);
    expect(meta.published).toBe(expected!.published);
    expect(meta.publishedFrom).toBe('text');
    expect(meta.outlet).toBe(expected!.outlet);
    expect(meta.captions.map((c) => c.text)).toEqual([expected!.caption]);
    expect(meta.boilerplate.map((b) => b.text)).toEqual(expected!.boilerplate);
    for (const credit of expected!.credits) expect(meta.credits.map((c) => c.text)).toContain(credit);
  });

  it('marks the repeated title', () => {
    expect(meta.repeatedTitles.map((t) => t.text)).toEqual([expected!.title]);
  });
});
