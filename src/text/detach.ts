/**
 * `s` as a string that keeps nothing else alive, for keys and values of caches that outlive a document. V8 makes a
 * slice of 13 or more characters a view into the string it was cut from, so a mention's text kept as a memo key
 * kept its whole article: 3-30 KB per distinct name, about 9 KB of heap per distinct document over a long run.
 * Flattening the concatenation copies the characters into a fresh string, and the slice returned points into that
 * copy only. Called on a cache miss, never per lookup.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
