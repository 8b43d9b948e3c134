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
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function bundle(outfile: string): Promise<void> {
  await build({
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
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle(process.argv[2] ?? `${ROOT}dist/index.js`);
