import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, checkInvariants } from '../src/index.js';

const dirs = [new URL('./fixtures/', import.meta.url), new URL('../examples/articles/', import.meta.url)];
const articles = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const),
);

describe('every layer of every fixture holds the invariants', () => {
  it('has fixtures', () => expect(articles.length).toBeGreaterThanOrEqual(4));

  it.each(articles)('%s', (_name, text) => {
    const doc = analyze(text);
    expect(checkInvariants(doc)).toEqual([]);
    expect(doc.tokens.length).toBeGreaterThan(0);
    expect(doc.warnings.filter((w) => w.rule.startsWith('stage-error'))).toEqual([]);
  });

  it.each(articles)('%s with CRLF line ends and NBSPs keeps its offsets', (_name, text) => {
    const mangled = text.replace(/\n/g, '\r\n').replace(/ (?=said)/g, '\u00a0');
    const doc = analyze(mangled);
    expect(checkInvariants(doc)).toEqual([]);
    expect(doc.paragraphs.length).toBe(analyze(text).paragraphs.length);
  });
});

describe('character references, which the view reads as one character padded with spaces', () => {
  it.each([
    '&#8220;',
    '&quot;',
    'Smith said &ldquo;no&rdquo;\n\nJones &amp;',
    '<p>&ldquo;We will win,&rdquo; she said.</p>',
  ])('%j holds the invariants', (text) => {
    expect(checkInvariants(analyze(text))).toEqual([]);
  });
});
