/**
 * The only file that imports natural. Only submodules are loaded: natural's root module prints to stdout and
 * pulls in database clients. natural ships CommonJS without an exports map, so the submodules are required by path.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface PorterStemmerModule {
  stem(token: string): string;
}
type JaroWinkler = (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as PorterStemmerModule;
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as JaroWinkler;

/** Porter stem of one lower-case word ("requests" → "request"). */
export function porterStem(word: string): string {
  return porter.stem(word);
}

/** Jaro-Winkler similarity in [0, 1] (1 = identical); natural calls it a distance but higher means closer. */
export function jaroWinklerSimilarity(a: string, b: string): number {
  return jaroWinkler(a, b, { ignoreCase: true });
}
