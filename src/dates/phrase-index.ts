import type { Parsed, Scanner } from './scanner.js';

/**
 * Multi-word phrases indexed by their first token, so a lookup costs one Map get and a few comparisons. The key
 * is the first word cut at an apostrophe ("mother's day" under "mother"), as the tokenizer splits it.
 */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, [string[], V][]>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      const key = firstKey(words[0]!);
      let list = this.byFirst.get(key);
      if (!list) {
        list = [];
        this.byFirst.set(key, list);
      }
      list.push([words, value]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  /** The longest phrase starting at token k: its value and the index after it. */
  match(s: Scanner, k: number): Parsed<V> | null {
    const list = this.byFirst.get(s.w(k));
    if (!list) return null;
    for (const [words, value] of list) {
      const next = s.phrase(k, words);
      if (next > 0) return { value, next };
    }
    return null;
  }

  /** Every first token, for the trigger set. */
  firstTokens(): Iterable<string> {
    return this.byFirst.keys();
  }
}

/** The token a phrase word starts with: the word cut at an apostrophe ("mother's" → "mother"). */
export function firstKey(word: string): string {
  const cut = word.search(/['’]/);
  return cut > 0 ? word.slice(0, cut) : word;
}
