import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * Loads the library bundle that scripts/bundle.ts writes (dist/bundle.js, the library as one function expression)
 * with the V8 code cache written beside it at build time (dist/bundle.cache), and returns the library's exports.
 *
 * Why: in a fresh process (import + first analyze, cachegrind) V8 spent ~240M instructions parsing the 2.3 MB
 * bundle and ~210M compiling the functions the first analyze calls, where plain wink-nlp, our peer in the cold-start
 * benchmark, has little code of its own to compile. Node 22 caches compiled code for ES modules
 * (`module.enableCompileCache`); Node 20 offers a code cache only to `vm.Script`, so the library is a script, and
 * its cache, taken after a warm-up analyze, holds the bytecode of every function that analyze compiled.
 *
 * The cache is an optimization only: when it is missing, unreadable, from another build of the bundle, or rejected
 * by V8 (another Node or V8 version, other V8 flags), the script is compiled from its source as any module would
 * be, with the same results. Nothing is written at run time.
 *
 * The cache's first line is the build id that ends the bundle (see scripts/bundle.ts): V8 checks only the source's
 * length, so a cache left from another build of the same length would otherwise be taken for this one.
 */
export function loadBundle(bundleUrl: URL, cacheUrl: URL, esm: EsmDependencies = {}): Record<string, unknown> {
  const source = readFileSync(bundleUrl, 'utf8');
  return compileBundle(bundleUrl, source, cacheFor(source, cacheUrl), esm).exports;
}

/**
 * The namespaces of the dependencies that `require` would load from another file than `import` does (a package with
 * a CommonJS and an ES module build, or one with no CommonJS build): the entry imports them, as the sources do, so
 * that the library and its users share one copy (a graphology graph stays an `instanceof` the user's `Graph`).
 */
export type EsmDependencies = Readonly<Record<string, unknown>>;

/**
 * Compiles the bundle (from `cachedData` when given and V8 takes it: `script.cachedDataRejected` says) and runs it.
 * The build calls this too, to make the cache from the same kind of script the loader compiles.
 */
export function compileBundle(
  bundleUrl: URL,
  source: string,
  cachedData?: Buffer,
  esm: EsmDependencies = {},
): { script: Script; exports: Record<string, unknown> } {
  const filename = fileURLToPath(bundleUrl);
  const script = new Script(source, { filename, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const factory = script.runInThisContext() as BundleFactory;
  // The URL stands for the bundle's `import.meta.url`: data/ and the dependencies are found from it.
  const nodeRequire = createRequire(bundleUrl);
  const require = Object.assign((id: string) => (Object.hasOwn(esm, id) ? esm[id] : nodeRequire(id)), nodeRequire);
  factory.call(module.exports, module.exports, require, module, filename, dirname(filename), bundleUrl.href);
  return { script, exports: module.exports };
}

/** The bundle's function: CommonJS's module wrapper, plus the URL that stands for `import.meta.url`. */
type BundleFactory = (
  this: unknown,
  exports: Record<string, unknown>,
  require: NodeJS.Require,
  module: { exports: Record<string, unknown> },
  __filename: string,
  __dirname: string,
  importMetaUrl: string,
) => void;

/**
 * The cached data in the file at `cacheUrl` for `source`, or undefined when there is none for this build of it.
 * V8 itself rejects data from another V8 or with other flags, and truncated data; it checks no checksum (outside
 * debug builds), so a cache damaged inside is as harmful as a damaged bundle.js, and as unlikely.
 */
export function cacheFor(source: string, cacheUrl: URL): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cacheUrl);
  } catch {
    return undefined;
  }
  const newline = file.indexOf(10);
  if (newline < 0) return undefined;
  const id = file.toString('latin1', 0, newline);
  if (id === '' || !source.endsWith(`\n${id}\n`)) return undefined;
  return file.subarray(newline + 1);
}
