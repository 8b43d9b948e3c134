import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/types.js';
import { WIRE_STORY } from './fixtures.js';
import { runCli } from './run-main.js';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-cli-'));
const articlePath = join(dir, 'wire.txt');
writeFileSync(articlePath, WIRE_STORY);

describe('claimgraph analyze', () => {
  it('prints the JSON document of a file', async () => {
    const r = await runCli(['analyze', articlePath, '--published', '2021-03-03', '--outlet', 'Reuters']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as AnalyzedDocument;
    expect(doc.schemaVersion).toBe(1);
    expect(doc.text).toBe(WIRE_STORY);
    expect(doc.meta.published).toBe('2021-03-03');
    expect(doc.meta.publishedFrom).toBe('option');
    expect(doc.meta.outlet).toBe('Reuters');
  });

  it('reads stdin with "-" and prints a readable report with --format text', async () => {
    const r = await runCli(['analyze', '-', '--format', 'text'], WIRE_STORY);
    expect(r.code).toBe(0);
    for (const heading of ['Entities (', 'Dates (', 'Quotes (', 'Claims (', 'Published']) {
      expect(r.stdout).toContain(heading);
    }
  });

  it('accepts --option=value', async () => {
    const r = await runCli(['analyze', '-', '--published=2020-02-29'], 'Short text.');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as AnalyzedDocument).meta.published).toBe('2020-02-29');
  });
});

describe('claimgraph usage errors: exit code 2 and a message naming the option', () => {
  const cases: [name: string, argv: string[], mentions: string][] = [
    ['an unknown flag', ['analyze', '-', '--outlett', 'X'], '--outlett'],
    ['a bad --published', ['analyze', '-', '--published', '15/01/2019'], '--published'],
    ['an impossible date', ['analyze', '-', '--published', '2019-02-30'], '--published'],
    ['a bad --format', ['analyze', '-', '--format', 'xml'], '--format'],
    ['a missing option value', ['analyze', '-', '--published'], '--published'],
    ['no input', ['analyze'], 'needs an input'],
    ['two inputs', ['analyze', 'a.txt', 'b.txt'], 'takes one input'],
    ['--workers 0', ['batch', '-', '--workers', '0'], '--workers'],
    ['--workers -1', ['batch', '-', '--workers=-1'], '--workers'],
    ['--workers 1.5', ['batch', '-', '--workers', '1.5'], '--workers'],
    ['--workers abc', ['batch', '-', '--workers', 'abc'], '--workers'],
    ['--timeout 0', ['batch', '-', '--timeout', '0'], '--timeout'],
    ['--resume to stdout', ['batch', '-', '--resume'], '--resume'],
    ['an unknown batch flag', ['batch', '-', '--threads', '2'], '--threads'],
    ['an unknown command', ['analyse', 'x.txt'], 'analyse'],
  ];
  it.each(cases)('%s', async (_name, argv, mentions) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mentions);
    expect(r.stdout).toBe('');
  });

  it('a missing file is a failure (exit 1), not a usage error', async () => {
    const r = await runCli(['analyze', join(dir, 'absent.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('absent.txt');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('claimgraph batch');
  });
});
