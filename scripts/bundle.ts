/**
 * Bundles the library's entry (src/index.ts) into one script, dist/bundle.js, with a V8 code cache for it,
 * dist/bundle.cache, and writes dist/index.js, over the file tsc wrote there: a small ES module that loads the
 * script with its cache (src/bundle-loader.ts) and exports the library's names.
 *
 * One bundle instead of about 130 modules: Node's ES module loader resolves, reads, compiles and links every module
 * separately; a fresh process spent about 300M of its 2,100M instructions on that (import + first analyze,
 * cachegrind). A script, and not an ES module, because Node 20 lets a `vm.Script` use a code cache and gives ES
 * modules none: with the cache, taken after a warm-up analyze, V8 neither parses the 2.3 MB source nor compiles
 * the functions the first analyze runs (2,095M -> 1,683M instructions for import + first analyze of an article in
 * a fresh process; plain wink-nlp takes 1,510M).
 *
 * tsc still writes the type declarations (dist/index.d.ts describes the entry's exports) and the other modules of
 * dist/ (the CLI and the adapters the benchmark's peers run), which import the library through dist/index.js.
 * Dependencies stay external, loaded from node_modules by `require`, or, when `require` would load another copy
 * than `import`, by a loader the entry passes, on first use (see `EsmDependencies`). The data/*.json files imported with
 * `with { type: 'json' }` become part of the bundle (as object literals: as `JSON.parse` of strings the cold start
 * took 1,734M instructions instead of 1,683M); the binary tables are read from data/ at run time (src/data-file.ts
 * finds the directory).
 *
 *   npx tsx scripts/bundle.ts [OUTFILE]   (default dist/index.js; `npm run build` runs it after tsc)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, buildSync, type Plugin } from 'esbuild';

/** The build options of the two small ES modules written from source text (the entry and the cache maker). */
const ESM_STUB = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  write: false,
} as const;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The dependencies whose code goes into the bundle, and so into its code cache, instead of being required from
 * node_modules at run time: code that the first analyze runs, for which Node's loader cost more than the code did
 * (resolving each name, reading, wrapping and compiling each file). Measured alone (cachegrind): date-fns' nine
 * functions ~47M instructions (half of it resolving them through its exports map), wink-nlp ~58M, the parts of
 * wink-eng-lite-web-model our pipe runs ~90M (with their small JSON machines), natural's stemmer and Jaro-Winkler
 * ~10M. Only the files the sources import are taken (the wink core model, 3 MB of JSON, is still read from the
 * package); package.json pins each version, and the bundle names each package's version and licence at its top.
 */
const BUNDLED = ['date-fns', 'natural', 'wink-eng-lite-web-model', 'wink-nlp'];

/** Every other package stays external (esbuild's `packages: 'external'`, with the exceptions above). */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      BUNDLED.some((name) => path === name || path.startsWith(`${name}/`)) ? undefined : { path, external: true },
    );
  },
};

/** What stands for `import.meta.url` in the script, which has no `import.meta`: the loader passes it. */
const IMPORT_META_URL = '__claimgraphImportMetaUrl';

/** Writes OUTFILE (the ES module entry) and, beside it, bundle.js and bundle.cache. */
export async function bundle(outfile: string): Promise<void> {
  const dir = dirname(outfile);
  mkdirSync(dir, { recursive: true });
  const bundleFile = join(dir, 'bundle.js');
  const cacheFile = join(dir, 'bundle.cache');
  // A cache must not outlive the build it was made for, even when this one fails.
  rmSync(cacheFile, { force: true });
  const { outputFiles, metafile } = await build({
    entryPoints: [`${ROOT}src/index.ts`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // esbuild's table marks `\p{…}` escapes as unsupported on every Node version and rewrites each such literal into
    // `new RegExp(source, flags)`, which runs at every evaluation: ~35 hot functions parsed a pattern and looked up the
    // regexp cache on every call. Node has had them since version 10, and the rewrite kept the same pattern anyway.
    supported: { 'regexp-unicode-property-escapes': true },
    define: { 'import.meta.url': IMPORT_META_URL },
    plugins: [externalPackages],
    metafile: true,
    logLevel: 'warning',
    write: false,
  });
  const body = asciiOnly(outputFiles[0]!.text);
  // The sources are ES modules, so strict: esbuild says so at the top, which stays the function's first statement.
  if (!body.startsWith('"use strict";'))
    throw new Error('bundle: esbuild no longer starts its output with "use strict"');
  const script = `${bundledNotices()}(function (exports, require, module, __filename, __dirname, ${IMPORT_META_URL}) {\n${body}\n})\n`;
  const id = `// claimgraph build ${createHash('sha256').update(script).digest('hex').slice(0, 32)}`;
  writeFileSync(bundleFile, `${script}${id}\n`);

  const esm = esmOnlyForRequire(metafile.inputs);
  for (const spec of esm) {
    // A default import becomes `__toESM(require(spec), 1)`, whose `default` is what `require` returns: a namespace
    // would not do there. Only named imports of such packages are passed through.
    if (body.includes(`__toESM(require(${JSON.stringify(spec)})`)) {
      throw new Error(`bundle: import ${spec}'s exports by name (its require and import builds differ)`);
    }
  }
  const exportNames = warmUpAndCache(bundleFile, cacheFile, id, esm);
  const entry = await build({
    stdin: {
      contents: [
        `import { esmLoader, loadBundle } from './src/bundle-loader.ts';`,
        'const resolve = (spec) => import.meta.resolve(spec);',
        'const lib = loadBundle(',
        `  new URL('./bundle.js', import.meta.url),`,
        `  new URL('./bundle.cache', import.meta.url),`,
        `  { ${esm.map((spec) => `${JSON.stringify(spec)}: esmLoader(${JSON.stringify(spec)}, import.meta.url, resolve)`).join(', ')} },`,
        ');',
        `export const { ${exportNames.join(', ')} } = lib;`,
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'index.js',
      loader: 'ts',
    },
    ...ESM_STUB,
  });
  writeFileSync(
    outfile,
    `// Generated by scripts/bundle.ts: loads ./bundle.js with its code cache.\n${entry.outputFiles[0]!.text}`,
  );
}

/** One comment line per package in `BUNDLED`: its name, version and licence, as its package.json gives them. */
function bundledNotices(): string {
  return BUNDLED.map((name) => {
    const { version, license } = JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')) as {
      version: string;
      license: string;
    };
    return `// Includes ${name} ${version} (${license} licence; see its LICENSE file).\n`;
  }).join('');
}

/**
 * The packages the sources import (not `require`) for which `require` would load another file than `import` (or
 * fail: a package with no CommonJS build). The others are CommonJS, where `import` loads the `require` copy.
 */
function esmOnlyForRequire(
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>,
): string[] {
  const specs = new Set<string>();
  for (const input of Object.values(inputs)) {
    for (const imp of input.imports) {
      if (imp.external && imp.kind === 'import-statement' && !imp.path.startsWith('node:')) specs.add(imp.path);
    }
  }
  const require = createRequire(`${ROOT}src/index.ts`);
  return [...specs].sort().filter((spec) => {
    let required: string;
    try {
      required = pathToFileURL(require.resolve(spec)).href;
    } catch {
      return true;
    }
    return import.meta.resolve(spec) !== required;
  });
}

/**
 * Runs the bundle on the example articles in a fresh Node process, so that the functions a first analyze compiles
 * are compiled, then writes V8's code cache for the script (after the build id line) and returns the library's
 * export names. A process of its own, with no flags from ours (V8 rejects a cache made under other flags), in which
 * nothing else has run.
 */
function warmUpAndCache(bundleFile: string, cacheFile: string, id: string, esm: string[]): string[] {
  const dir = `${ROOT}examples/articles`;
  // A sentence of its own, for a checkout without the examples: a smaller cache, the same results.
  const texts = existsSync(dir)
    ? readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
    : ['"We will reopen the bridge in June," the mayor of Springfield, Ann Lee, said on Monday.'];
  const child = buildSync({
    stdin: {
      contents: `
import { readFileSync, writeFileSync } from 'node:fs';
import { compileBundle } from './src/bundle-loader.ts';
const [bundleUrl, cacheFile, id, texts, esmSpecs] = process.argv.slice(1);
const esm = {};
for (const spec of JSON.parse(esmSpecs)) {
  const namespace = await import(spec);
  esm[spec] = () => namespace;
}
const url = new URL(bundleUrl);
const { script, exports } = compileBundle(url, readFileSync(url, 'utf8'), undefined, esm);
for (const text of JSON.parse(texts)) exports.analyze(text);
writeFileSync(cacheFile, Buffer.concat([Buffer.from(id + '\\n', 'latin1'), script.createCachedData()]));
process.stdout.write(JSON.stringify(Object.keys(exports)));
`,
      resolveDir: ROOT,
      sourcefile: 'bundle-cache.ts',
      loader: 'ts',
    },
    ...ESM_STUB,
  }).outputFiles[0]!.text;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      child,
      pathToFileURL(bundleFile).href,
      cacheFile,
      id,
      JSON.stringify(texts),
      JSON.stringify(esm),
    ],
    { cwd: dirname(bundleFile), encoding: 'utf8', env, maxBuffer: 2 ** 20 },
  );
  return JSON.parse(out) as string[];
}

/**
 * esbuild escapes strings and templates, but leaves regular expression literals (and comments) as written, and one
 * "’" in a pattern made the whole 2.3 MB bundle a two-byte string: Node decoded it from UTF-8 and V8 scanned it at
 * twice the width (48M of the 1,460M instructions of import + first analyze, cachegrind). A `\uXXXX` escape stands
 * for the same code unit in a string, a template and a pattern, with or without the u flag (an escaped surrogate pair
 * is one code point under u, as the pair written out is), so every code unit past ASCII is escaped. An identity
 * escape before one ("\’", allowed without the u flag) loses its backslash: "\\u2019" would be a backslash.
 */
function asciiOnly(js: string): string {
  return js.replace(
    /(?<!\\)((?:\\\\)*)\\?([^\x00-\x7f])/g,
    (_, pairs: string, c: string) => `${pairs}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle(process.argv[2] ?? `${ROOT}dist/index.js`);
