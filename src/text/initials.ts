/**
 * The first characters of a fixed list of words, for a test cheaper than a lookup. Rules that ask a word list about
 * every token of a document ("is this a public figure's first word?") mostly ask about words that are in no list,
 * and most tokens are lower-case while most lists hold capitalized words: a read of a 128-byte table settles those
 * before the Set or Map is hashed into.
 */
export class Initials {
  private readonly ascii = new Uint8Array(128);

  /** The words must not change after this: a word added later would be missed. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const c = w.charCodeAt(0);
      if (c < 128) this.ascii[c] = 1;
    }
  }

  /**
   * False only when `s` is none of the words: its first character is ASCII and starts none of them. True otherwise
   * (a character outside ASCII, or the empty string, goes to the lookup).
   */
  mayBe(s: string): boolean {
    const c = s.charCodeAt(0);
    return !(c < 128) || this.ascii[c] === 1;
  }
}
