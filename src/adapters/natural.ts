/**
 * The only file that imports natural. Only submodules are loaded: natural's root module prints to stdout and
 * pulls in database clients. natural ships CommonJS without an exports map, so the submodules are imported by path
 * (src/adapters/deep-imports.d.ts types them), and the build puts them into the bundle.
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** Porter stem of one lower-case word ("requests" → "request"). */
export function porterStem(word: string): string {
  return porter.stem(word);
}

/** Jaro-Winkler similarity in [0, 1] (1 = identical); natural calls it a distance but higher means closer. */
export function jaroWinklerSimilarity(a: string, b: string): number {
  return jaroWinkler(a, b, { ignoreCase: true });
}
