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

/** Lower-cased token texts by token list (see lowerTexts); weak, so a document's table goes with its tokens. */
const loweredByTokens = new WeakMap<readonly { readonly text: string }[], readonly string[]>();

/**
 * `lowerCase(t.text)` for each token of `tokens`, made once per token list and shared: the dates, quotes and claims
 * stages each lower-cased every token of the document (about 1% of the pipeline's time between them), and a
 * shared string also keeps the hash V8 computed for it at its first lookup. The list must not change afterwards,
 * as a document's tokens do not once the tokens stage has made them.
 */
export function lowerTexts(tokens: readonly { readonly text: string }[]): readonly string[] {
  let lowered = loweredByTokens.get(tokens);
  if (lowered === undefined) {
    lowered = tokens.map((t) => lowerCase(t.text));
    loweredByTokens.set(tokens, lowered);
  }
  return lowered;
}
