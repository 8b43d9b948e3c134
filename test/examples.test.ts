import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const scripts = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

// Extra arguments keep examples from writing outside the temp directory.
const htmlOut = join(tmpdir(), `claimgraph-example-${process.pid}.html`);
const args = new Map([['html-view.ts', [htmlOut]]]);

/** Every example runs as a user would run it (`npx tsx examples/X.ts`) and checks its own output. */
describe('examples', () => {
  it('has the examples the documentation promises', () => {
    expect(scripts).toEqual(
      expect.arrayContaining(['claim-graph.ts', 'html-view.ts', 'merge-articles.ts', 'who-said-what.ts']),
    );
  });
  it.each(scripts)('%s exits 0', { timeout: 120_000 }, (script) => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join('examples', script), ...(args.get(script) ?? [])],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 110_000,
      },
    );
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
    rmSync(htmlOut, { force: true });
  });
});
