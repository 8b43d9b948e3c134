import { existsSync } from 'node:fs';

let dataDir: URL | undefined;

/**
 * The URL of a file in the package's data/ directory. The code runs from src/ (tests, tsx), from dist/ file by
 * file (the CLI), and bundled into dist/index.js (scripts/bundle.ts), so a path relative to the calling module
 * fits only one of them: the directory is found by walking up from this module to the one holding data/README.md.
 */
export function dataFile(name: string): URL {
  dataDir ??= findDataDir();
  return new URL(name, dataDir);
}

function findDataDir(): URL {
  let dir = new URL('.', import.meta.url);
  for (let up = 0; up < 5; up++) {
    const candidate = new URL('data/', dir);
    if (existsSync(new URL('README.md', candidate))) return candidate;
    dir = new URL('..', dir);
  }
  throw new Error(`claimgraph: no data/ directory found above ${import.meta.url}`);
}
