import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/bundle.js';
import { analyze } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const texts = [
  readFileSync(`${ROOT}examples/articles/port-authority-2021-03-04.txt`, 'utf8'),
  'WASHINGTON (Reuters) - The Federal Reserve held rates on Wednesday. "We are patient," Chair Jerome Powell said, ' +
    'adding that the Fed would act "as appropriate" if prices rose again next month.',
  // Curly marks, dashes and accented names: the patterns that hold them are escaped in the bundle.
  'DUBLIN — Seán O’Brien’s union said on Tuesday it would “fight every cut”. ‘We won’t move,’ Ms Ní Bhriain said.',
];

describe('the bundled dist/index.js (scripts/bundle.ts)', () => {
  it('analyzes exactly as the sources do, reading its data files from data/', async () => {
    // Deeper than dist/index.js, so the data directory is found by walking up; inside this checkout (node_modules
    // may be a link to another one's) and one per run (test runs of several checkouts may share a machine).
    const dir = `${ROOT}.test-output/bundle-${process.pid}/`;
    const outfile = `${dir}index.js`;
    await bundle(outfile);
    // A process of its own: one wink instance per process, and this one already runs the sources' pipeline.
    const script =
      'const { analyze } = await import(process.argv[1]); const texts = JSON.parse(process.argv[2]);' +
      'process.stdout.write(JSON.stringify(texts.map((t) => analyze(t, { published: "2021-03-04" }))));';
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, pathToFileURL(outfile).href, JSON.stringify(texts)],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    );
    const ascii = !/[^\x00-\x7f]/.test(readFileSync(outfile, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    // One character past ASCII would make V8 hold and scan the whole source as two-byte text.
    expect(ascii).toBe(true);
    expect(out).toBe(JSON.stringify(texts.map((t) => analyze(t, { published: '2021-03-04' }))));
  }, 60_000);
});
