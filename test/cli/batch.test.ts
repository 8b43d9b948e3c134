import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORT_STORY, WIRE_STORY } from './fixtures.js';
import { runCli } from './run-main.js';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-batch-'));

const INPUT_LINES = [
  JSON.stringify({ id: 'a', text: WIRE_STORY, published: '2021-03-03', outlet: 'Reuters', gold: [1, 2] }),
  '{"id": "broken", "text": "unterminated',
  JSON.stringify({ id: 'b', text: SHORT_STORY, published: null, outlet: null }),
  JSON.stringify({ id: 'no-text' }),
  JSON.stringify({ id: 'bad-date', text: SHORT_STORY, published: 'yesterday' }),
  '',
  JSON.stringify({ text: 'An article without an id said nothing.' }),
  JSON.stringify({ id: 'c', text: '' }),
];

interface OutLine {
  id?: string;
  line?: number;
  error?: string;
  schemaVersion?: number;
  text?: string;
}

function lines(path: string): OutLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as OutLine);
}

describe('claimgraph batch', () => {
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, `${INPUT_LINES.join('\n')}\n`);

  it('writes one line per non-blank input line, in input order, with error records for bad lines', async () => {
    const output = join(dir, 'out.jsonl');
    const r = await runCli(['batch', input, '-o', output, '--workers', '2']);
    expect(r.code).toBe(0);
    const out = lines(output);
    expect(out).toHaveLength(7);
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 'b', 'no-text', 'bad-date', undefined, 'c']);
    expect(out.map((o) => (o.error ? 'error' : 'doc'))).toEqual([
      'doc',
      'error',
      'doc',
      'error',
      'error',
      'doc',
      'doc',
    ]);
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[1]!.error).toMatch(/not JSON/);
    expect(out[3]).toMatchObject({ id: 'no-text', line: 4 });
    expect(out[4]).toMatchObject({ id: 'bad-date', line: 5 });
    expect(out[4]!.error).toMatch(/published/);
    expect(out[0]!.text).toBe(WIRE_STORY);
    expect(r.stderr).toContain('3 error records');
  });

  it('reads stdin and writes stdout', async () => {
    const r = await runCli(['batch', '-', '--workers', '1'], `${INPUT_LINES.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutLine);
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 'b', 'no-text', 'bad-date', undefined, 'c']);
  });

  it('--resume skips ids already written and repairs a torn last line', async () => {
    const output = join(dir, 'resume.jsonl');
    const full = join(dir, 'full.jsonl');
    await runCli(['batch', input, '-o', full, '--workers', '1']);
    const complete = readFileSync(full, 'utf8').split('\n');
    // A run that died after the third record, halfway through writing the fourth.
    writeFileSync(output, `${complete.slice(0, 3).join('\n')}\n${complete[3]!.slice(0, 10)}`);
    const r = await runCli(['batch', input, '-o', output, '--workers', '1', '--resume']);
    expect(r.code).toBe(0);
    const out = lines(output);
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 'b', 'no-text', 'bad-date', undefined, 'c']);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(full, 'utf8'));
  });

  it('streams a long input through a bounded window and keeps the order', async () => {
    const many = join(dir, 'many.jsonl');
    const n = 300;
    const body = Array.from({ length: n }, (_, i) =>
      i % 37 === 5 ? `garbage ${i}` : JSON.stringify({ id: `d${i}`, text: `Officer ${i} said the road was closed.` }),
    );
    writeFileSync(many, `${body.join('\n')}\n`);
    const output = join(dir, 'many-out.jsonl');
    const r = await runCli(['batch', many, '-o', output, '--workers', '2']);
    expect(r.code).toBe(0);
    const out = lines(output);
    expect(out).toHaveLength(n);
    out.forEach((o, i) => {
      if (i % 37 === 5) expect(o).toMatchObject({ line: i + 1 });
      else expect(o.id).toBe(`d${i}`);
    });
  });

  it('a document over --timeout becomes an error record and the batch goes on', async () => {
    const output = join(dir, 'timeout.jsonl');
    const r = await runCli(['batch', input, '-o', output, '--workers', '1', '--timeout', '0.001']);
    expect(r.code).toBe(0);
    const out = lines(output);
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({ id: 'a', line: 1 });
    expect(out[0]!.error).toMatch(/timed out/);
  });
});
