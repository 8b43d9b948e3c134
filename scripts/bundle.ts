/**
 * Bundles the library's entry (src/index.ts) into dist/index.js, over the file tsc wrote there: one module instead
 * of about 130. Node's ES module loader resolves, reads, compiles and links every module separately; a fresh
 * process spent about 300M of its 2,100M instructions on that (import + first analyze, cachegrind), which the
 * bundle saves. tsc still writes the type declarations and the other modules of dist/ (the CLI and the adapters the
 * benchmark's peers run), which import the library through dist/index.js. Dependencies stay external: they are
 * loaded from node_modules as before. The data/*.json files imported with `with { type: 'json' }` become part of
 * the bundle; the binary tables are read from data/ at run time (src/data-file.ts finds the directory).
 *
 *   npx tsx scripts/bundle.ts [OUTFILE]   (default dist/index.js; `npm run build` runs it after tsc)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function bundle(outfile: string): Promise<void> {
  const { outputFiles } = await build({
    entryPoints: [`${ROOT}src/index.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild's table marks `\p{…}` escapes as unsupported on every Node version and rewrites each such literal into
    // `new RegExp(source, flags)`, which runs at every evaluation: ~35 hot functions parsed a pattern and looked up the
    // regexp cache on every call. Node has had them since version 10, and the rewrite kept the same pattern anyway.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    logLevel: 'warning',
    write: false,
  });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, asciiOnly(file.text));
  }
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
