import { Initials } from '../text/initials.js';
import { spanText } from './candidates.js';
import type { NerToken } from './features.js';

/** A curated list of multi-word names, indexed for lookup at a token. */
export interface NameList {
  names: ReadonlySet<string>;
  /** The first words of the names, as the tokenizer cuts them ("Rolls" of "Rolls-Royce", "Al" of "Al-Shabaab"). */
  firstWords: ReadonlySet<string>;
  /** The first characters of firstWords. */
  initials: Initials;
  /** The longest name, in tokens. */
  maxTokens: number;
}

export function nameList(names: ReadonlySet<string>, maxTokens: number): NameList {
  const firstWords = new Set([...names].map((name) => name.split(/[\s'-]/)[0]!));
  return { names, firstWords, initials: new Initials(firstWords), maxTokens };
}

/**
 * The last token of the longest listed name that starts at token `i` and ends in its sentence. The lists write the
 * apostrophe straight, so a typographic one in the text ("McDonald’s") matches too.
 */
export function listedNameAt(list: NameList, tokens: readonly NerToken[], i: number, text: string): number | undefined {
  if (!list.initials.mayBe(tokens[i]!.text) || !list.firstWords.has(tokens[i]!.text)) return undefined;
  const sentence = tokens[i]!.sentence;
  for (let last = Math.min(tokens.length - 1, i + list.maxTokens - 1); last >= i; last--) {
    if (tokens[last]!.sentence !== sentence) continue;
    if (list.names.has(spanText(tokens, i, last, text).replace('\u2019', "'"))) return last;
  }
  return undefined;
}
