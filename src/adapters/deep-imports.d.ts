/**
 * Types for the files that the adapters import by path from packages that declare types for their root only
 * (wink-eng-lite-web-model 1.8.1 and natural 8.1.1, both CommonJS without an exports map). Imported, not required,
 * so that the build puts them into the bundle (scripts/bundle.ts, `BUNDLED`).
 */
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-cer-meta-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const feature: unknown;
  export default feature;
}
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: unknown;
  export default stem;
}
declare module 'wink-eng-lite-web-model/dist/lemmatize.js' {
  const lemmatize: unknown;
  export default lemmatize;
}
declare module 'wink-eng-lite-web-model/dist/readability-stats.js' {
  const readabilityStats: unknown;
  export default readabilityStats;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porter: { stem(token: string): string };
  export default porter;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const jaroWinkler: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  export default jaroWinkler;
}
