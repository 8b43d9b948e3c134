import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../scripts/eval.ts');
const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', stdio: 'pipe' });

describe('scripts/eval.ts', () => {
  it('skips politely when there is no gold data', () => {
    expect(run('--data', join(tmpdir(), 'claimgraph-no-such-dir'))).toMatch(/no gold data at .*nothing to score/);
  });

  it('scores a JSONL file given on the command line, as a table and as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-eval-'));
    const file = join(dir, 'tiny.jsonl');
    const text = 'Angela Merkel met Emmanuel Macron in Berlin on Monday.';
    const record = {
      id: 'tiny-1',
      text,
      published: '2019-01-14',
      outlet: null,
      entities: [{ start: 0, end: 13, type: 'PER' }],
      timexes: [{ start: 47, end: 53, type: 'DATE', value: '2019-01-14' }],
    };
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    const table = run(file);
    expect(table).toMatch(/== tiny \(1 docs\) ==/);
    expect(table).toMatch(
      /summary tiny: NER micro F1 \d\.\d{3} .*\| timex relaxed F1 .*\| invariants \d+ violations \/ 1 docs \| crashes 0/,
    );
    const json = JSON.parse(run(file, '--json')) as { sets: { name: string; docs: number; ner?: unknown }[] };
    expect(json.sets[0]).toMatchObject({ name: 'tiny', docs: 1 });
    expect(json.sets[0]?.ner).toBeDefined();
  });
});
