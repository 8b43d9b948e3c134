import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
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
  it('analyzes exactly as the sources do, with its code cache and without, reading its data files from data/', async () => {
    // Deeper than dist/index.js, so the data directory is found by walking up; inside this checkout (node_modules
    // may be a link to another one's) and one per run (test runs of several checkouts may share a machine).
    const dir = `${ROOT}.test-output/bundle-${process.pid}/`;
    const outfile = `${dir}index.js`;
    await bundle(outfile);
    // A process of its own: one wink instance per process, and this one already runs the sources' pipeline. It
    // also says whether V8 took the cache, with the flags the build made it under (none: NODE_OPTIONS is dropped).
    const script =
      'import { readFileSync } from "node:fs"; import { Script } from "node:vm";' +
      'const [entry, bundleFile, cacheFile, texts] = process.argv.slice(1);' +
      'const { analyze, toGraphology } = await import(entry);' +
      'let rejected = null;' +
      'try { const c = readFileSync(cacheFile); const s = new Script(readFileSync(bundleFile, "utf8"),' +
      ' { filename: "another-name.js", cachedData: c.subarray(c.indexOf(10) + 1) }); rejected = s.cachedDataRejected; }' +
      ' catch {}' +
      'const docs = JSON.parse(texts).map((t) => analyze(t, { published: "2021-03-04" }));' +
      // graphology is loaded on first use, and must be the copy a user imports.
      'const { default: Graph } = await import("graphology");' +
      'const shared = toGraphology(docs[0].graph) instanceof Graph;' +
      'process.stdout.write(JSON.stringify({ rejected, docs, shared }));';
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            script,
            pathToFileURL(outfile).href,
            `${dir}bundle.js`,
            `${dir}bundle.cache`,
            JSON.stringify(texts),
          ],
          { encoding: 'utf8', env, maxBuffer: 64 * 2 ** 20 },
        ),
      );
    const withCache = run();
    renameSync(`${dir}bundle.cache`, `${dir}bundle.cache.off`);
    const withoutCache = run();
    const ascii = !/[^\x00-\x7f]/.test(readFileSync(`${dir}bundle.js`, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    // One character past ASCII would make V8 hold and scan the whole source as two-byte text.
    expect(ascii).toBe(true);
    expect(withCache.rejected).toBe(false);
    expect(withCache.shared).toBe(true);
    expect(withoutCache.rejected).toBe(null);
    const expected = JSON.parse(JSON.stringify(texts.map((t) => analyze(t, { published: '2021-03-04' }))));
    expect(withCache.docs).toEqual(expected);
    expect(withoutCache.docs).toEqual(expected);
  }, 120_000);
});
