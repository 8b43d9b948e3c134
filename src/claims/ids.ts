import { normalizeName } from './claimant.js';

/** A readable id fragment from a name: "The Wall Street Journal" → "wall-street-journal". */
export function slug(name: string): string {
  const s = normalizeName(name).replace(/ /g, '-').slice(0, 60);
  return s === '' ? `x${fnv1a(name)}` : s;
}

/** FNV-1a 32-bit hash as 8 hex digits: a short id that is the same on every run and machine. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A node label of bounded length for drawings; the full text stays on the claim. */
export function shortLabel(text: string, max = 72): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
