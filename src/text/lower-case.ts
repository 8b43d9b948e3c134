/**
 * `s.toLowerCase()`, but `s` itself when no character would change: every character ASCII and none of them A-Z,
 * which is most words. Token texts are cut from the article, and an article with one curly quote is a two-byte
 * string, as is every slice of it; V8 lower-cases a two-byte string through ICU into a new string, which every
 * Map or Set lookup with it then hashes again. The stages lower-cased each token several times over (about 3,000
 * calls an article). The result may be a slice of the article: detach it before keeping it past the document.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && (c <= 0x5a || c >= 0x80)) return s.toLowerCase();
  }
  return s;
}
