import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../data/', import.meta.url);

/**
 * Node decodes a file with one character past ASCII into a two-byte string, which JSON.parse then scans at twice
 * the cost: every lexicon writes such characters as \u escapes (scripts/ascii-json.ts for the generated ones).
 */
describe('data files are ASCII', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s', (file) => {
    const bytes = readFileSync(new URL(file, dir));
    expect(bytes.findIndex((b) => b > 127)).toBe(-1);
  });
});
