import type { TextSpan } from '../types.js';
import { WIRE_AGENCIES } from './lexicon.js';

const BY = /^by\s+/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al|el|di)$/u;

/**
 * Authors from a byline paragraph ("By Cathy He", "By Jane Roe and John Doe", "By JANE ROE, Reuters"):
 * the names joined by commas, "and" or "&", each one to five name-like words; agencies and roles dropped.
 */
export function readByline(p: TextSpan): string[] | undefined {
  if (!BY.test(p.text) || p.text.length > 160) return undefined;
  const body = p.text.replace(BY, '').split(/\s[|–—-]\s|\bupdated\b|\bpublished\b/i)[0] ?? '';
  const parts = body
    .split(/,|&|\band\b/i)
    .map((s) => s.trim().replace(/[.;:]$/, ''))
    .filter(Boolean);
  const authors: string[] = [];
  for (const part of parts) {
    if (WIRE_AGENCIES.has(part)) continue;
    const words = part.split(/\s+/);
    if (words.length > 5 || !words.every((w) => NAME_WORD.test(w))) {
      if (authors.length) break;
      return undefined;
    }
    authors.push(words.map(titleCaseIfShouting).join(' '));
  }
  return authors.length ? authors : undefined;
}

function titleCaseIfShouting(w: string): string {
  return w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
}
