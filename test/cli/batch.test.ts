import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
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

  it('a bad line in the middle of a chunk gives exactly one error record, in its place', async () => {
    // 40 short lines make one chunk (after the first, which goes out alone to the idle worker).
    const body = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Officer ${i} said so.` }));
    body[14] = '{"id": "d14", "text": "cut short';
    body[15] = '';
    body[21] = JSON.stringify({ id: 'd21', title: 'no text' });
    const chunked = join(dir, 'chunk.jsonl');
    writeFileSync(chunked, `${body.join('\n')}\n`);
    const output = join(dir, 'chunk-out.jsonl');
    const r = await runCli(['batch', chunked, '-o', output, '--workers', '1']);
    expect(r.code).toBe(0);
    const out = lines(output);
    expect(out).toHaveLength(39);
    const errors = out.flatMap((o, i) => (o.error ? [{ i, line: o.line, id: o.id }] : []));
    expect(errors).toEqual([
      { i: 14, line: 15, id: undefined },
      { i: 20, line: 22, id: 'd21' },
    ]);
    const ids = out.map((o) => o.id);
    expect(ids.slice(0, 14)).toEqual(Array.from({ length: 14 }, (_, i) => `d${i}`));
    expect(ids.slice(15)).toEqual(Array.from({ length: 24 }, (_, i) => `d${i + 16}`));
    expect(r.stderr).toContain('37 documents, 2 error records');
  });

  it('writes a line from a slow stream without waiting for a full chunk', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let text = '';
    const firstLine = new Promise<void>((resolve) =>
      stdout.on('data', (b: Buffer) => {
        text += b.toString('utf8');
        if (text.includes('\n')) resolve();
      }),
    );
    const run = main(['batch', '-', '--workers', '1'], { stdin, stdout, stderr });
    stdin.write(`${JSON.stringify({ id: 'first', text: SHORT_STORY })}\n`);
    // The second line comes only once the first is written: a batch that held the first back would never end.
    await firstLine;
    stdin.end(`${JSON.stringify({ id: 'second', text: SHORT_STORY })}\n`);
    expect(await run).toBe(0);
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as OutLine).id),
    ).toEqual(['first', 'second']);
  });

  // Every document times out here and each one costs a fresh worker (a few seconds from the TypeScript sources):
  // the default minute is too tight on a loaded machine.
  it('a document over --timeout becomes an error record and the batch goes on', { timeout: 240_000 }, async () => {
    const output = join(dir, 'timeout.jsonl');
    const r = await runCli(['batch', input, '-o', output, '--workers', '1', '--timeout', '0.001']);
    expect(r.code).toBe(0);
    const out = lines(output);
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({ id: 'a', line: 1 });
    expect(out[0]!.error).toMatch(/timed out/);
  });
});
