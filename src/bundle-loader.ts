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
 * The dependencies that `require` would load from another file than `import` does (a package with a CommonJS and an
 * ES module build, or one with no CommonJS build), each as a function that returns the namespace `import` gives, so
 * that the library and its users share one copy (a graphology graph stays an `instanceof` the user's `Graph`).
 *
 * The bundle gets a stand-in for each, and the function is called on the first use of one of its exports: only
 * `toGraphology` uses graphology, whose ES module build took ~35M instructions to load and evaluate, 2% of a
 * cold start (import + first analyze, cachegrind), when the entry imported it up front.
 */
export type EsmDependencies = Readonly<Record<string, () => unknown>>;

/**
 * A loader for `EsmDependencies`: the ES module that `import(spec)` from `entryUrl` loads, by `require` of its file,
 * which Node (20.19 and later, 22.12 and later) answers with the module instance `import` shares. Where Node cannot
 * `require` an ES module, the package's CommonJS build: the same functions, but a graph from it is no `instanceof`
 * the class a user imports. `resolve` is the entry's `import.meta.resolve`.
 */
export function esmLoader(spec: string, entryUrl: string, resolve: (spec: string) => string): () => unknown {
  return () => {
    const require = createRequire(entryUrl);
    return process.features.require_module ? require(fileURLToPath(resolve(spec))) : require(spec);
  };
}

/**
 * A stand-in for the namespace `load` returns, which calls it on first use (esbuild's CommonJS output reads each
 * imported name from the namespace object where it is used, so a property read is the first use).
 */
function lazyNamespace(load: () => unknown): object {
  let namespace: object | undefined;
  const target = () => (namespace ??= load() as object);
  return new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(target(), key),
      has: (_, key) => Reflect.has(target(), key),
      ownKeys: () => Reflect.ownKeys(target()),
      // A namespace's properties are not configurable, which a proxy may not report for its empty target.
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}

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
  const require = Object.assign(
    (id: string) => (Object.hasOwn(esm, id) ? lazyNamespace(esm[id]!) : nodeRequire(id)),
    nodeRequire,
  );
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
