import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFor, compileBundle, esmLoader, loadBundle } from '../../src/bundle-loader.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside this checkout, one per run (test runs of several checkouts may share a machine).
const dir = `${ROOT}.test-output/bundle-loader-${process.pid}/`;
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A script shaped as scripts/bundle.ts writes them: the CommonJS wrapper plus the stand-in for import.meta.url,
// then the build id line. It uses each argument, so a wrong one shows.
const ID = '// claimgraph build 0123456789abcdef';
const source = `(function (exports, require, module, __filename, __dirname, importMetaUrl) {
"use strict";
const words = (text) => text.split(/\\s+/u).filter((w) => /\\p{L}/u.test(w));
exports.count = (text) => words(text).length;
exports.where = [importMetaUrl, __filename.endsWith('bundle.js'), typeof __dirname, typeof require('node:path').join];
const dependency = require('a-package');
exports.graph = () => dependency.name;
module.exports.strict = (function () { return this; })() === undefined;
})
${ID}
`;
// V8 keeps what it compiled per source and file name, and would not look at a cache for a script it has seen: each
// compile is of a file of its own.
let files = 0;
function bundleFile(): URL {
  const url = pathToFileURL(`${dir}${files++}/bundle.js`);
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, source);
  return url;
}
// The dependency's loader, and how often the bundle called it.
let loads = 0;
const esm = {
  'a-package': () => {
    loads++;
    return { name: 'a namespace' };
  },
};

function cacheFile(name: string, content: Buffer | string): URL {
  const url = pathToFileURL(`${dir}${name}`);
  writeFileSync(url, content);
  return url;
}

// V8's cache after a warm-up call, as the build makes it.
const made = compileBundle(bundleFile(), source, undefined, esm);
(made.exports.count as (t: string) => number)('warm up the words function');
const data = made.script.createCachedData();
const header = Buffer.from(`${ID}\n`, 'latin1');
const good = cacheFile('good.cache', Buffer.concat([header, data]));

const expected = (bundleUrl: URL) => ({
  count: 4,
  where: [bundleUrl.href, true, 'string', 'function'],
  graph: 'a namespace',
  strict: true,
});

function run(exports: Record<string, unknown>) {
  return {
    count: (exports.count as (t: string) => number)('two words, 42 and three'),
    where: exports.where,
    graph: (exports.graph as () => string)(),
    strict: exports.strict,
  };
}

describe('loadBundle (src/bundle-loader.ts)', () => {
  it('loads a dependency passed as an ES module on the first use of one of its exports, once', () => {
    const before = loads;
    const { exports } = compileBundle(bundleFile(), source, undefined, esm);
    expect(loads).toBe(before);
    expect(run(exports).graph).toBe('a namespace');
    expect(run(exports).graph).toBe('a namespace');
    expect(loads).toBe(before + 1);
  });

  it('loads the copy of an ES module dependency that `import` loads (esmLoader)', async () => {
    const load = esmLoader('graphology', import.meta.url, (spec) => import.meta.resolve(spec));
    const imported = await import('graphology');
    expect((load() as typeof imported).MultiDirectedGraph).toBe(imported.MultiDirectedGraph);
  });

  it('takes a cache made for this build of the script, and V8 accepts it', () => {
    const cached = cacheFor(source, good);
    expect(cached?.equals(data)).toBe(true);
    const url = bundleFile();
    const { script, exports } = compileBundle(url, source, cached, esm);
    expect(script.cachedDataRejected).toBe(false);
    expect(run(exports)).toEqual(expected(url));
    const again = bundleFile();
    expect(run(loadBundle(again, good, esm))).toEqual(expected(again));
  });

  // Each is compiled from the source instead, with the same results: the loader finds no cache for this build, or
  // V8 rejects the data it is given. (V8 checks the source's length only: it would take the cache of another build
  // of the same length, which the build id keeps from it.)
  const bad: [string, () => URL, 'none' | 'rejected'][] = [
    ['no cache file', () => pathToFileURL(`${dir}missing.cache`), 'none'],
    ['an empty file', () => cacheFile('empty.cache', ''), 'none'],
    ['no header line', () => cacheFile('no-header.cache', data), 'none'],
    ['another build id', () => cacheFile('other.cache', Buffer.concat([Buffer.from(`${ID}0\n`), data])), 'none'],
    ['an empty build id', () => cacheFile('blank.cache', Buffer.concat([Buffer.from('\n'), data])), 'none'],
    ['the header only', () => cacheFile('header.cache', header), 'rejected'],
    [
      'truncated data',
      () => cacheFile('cut.cache', Buffer.concat([header, data.subarray(0, data.length >> 1)])),
      'rejected',
    ],
    [
      'data that is not a cache',
      () => cacheFile('junk.cache', Buffer.concat([header, Buffer.alloc(4096, 7)])),
      'rejected',
    ],
  ];
  it.each(bad)('falls back to compiling the source: %s', (_, file, outcome) => {
    const url = file();
    const cached = cacheFor(source, url);
    if (outcome === 'none') {
      expect(cached).toBeUndefined();
    } else {
      expect(cached).toBeDefined();
      expect(compileBundle(bundleFile(), source, cached, esm).script.cachedDataRejected).toBe(true);
    }
    const bundleUrl = bundleFile();
    expect(run(loadBundle(bundleUrl, url, esm))).toEqual(expected(bundleUrl));
  });
});
