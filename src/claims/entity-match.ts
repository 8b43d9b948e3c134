import { jaroWinklerSimilarity } from '../adapters/natural.js';
import type { EntityType } from '../types.js';
import { normalizeName } from './claimant.js';

export interface NameRecord {
  type: EntityType;
  name: string;
  aliases: readonly string[];
  countryCode?: string;
  /** The document the record comes from: within one document an identical name is one entity whatever its type. */
  doc?: number;
}

/** Whole-name and differing-token similarity floors: "Meng Wanzhou"/"Meng Wenzhou" pass, "John"/"Jane" do not. */
const WHOLE_MIN = 0.94;
const TOKEN_MIN = 0.9;
const TOKEN_MIN_LENGTH = 4;

/**
 * Clusters name records that denote the same entity: the same name within one document, whatever the tagger
 * typed it (countries aside); the same name of two words or more across person, organization and location;
 * else the same type and (1) the same normalized name, (2) the same
 * country code, (3) one's name is the other's alias, when that alias belongs to one full name only ("Smith"
 * shared by John and Jane Smith links neither), or (4) a spelling variant: the same number of words, all equal
 * but one (so never single words), that one at least four letters, starting with the same letter and close by Jaro-Winkler, and the
 * whole names close too. Returns a cluster index per record. Candidate pairs for (4) are found through buckets
 * keyed by "all words but one", so the cost stays near-linear.
 */
export function clusterNames(records: readonly NameRecord[]): number[] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    let c = i;
    while (parent[c] !== r) {
      const next = parent[c]!;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byName = new Map<string, number>();
  const longNames = new Map<string, number>();
  const sameDoc = new Map<string, number>();
  const byCode = new Map<string, number>();
  const aliasOwners = new Map<string, Set<string>>();
  const names = records.map((r) => normalizeName(r.name));
  records.forEach((r, i) => {
    const key = `${r.type}|${names[i]}`;
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, i);
    else union(seen, i);
    // Within one article a name the tagger typed two ways ("Huawei" as organization and as location) is one.
    if (r.doc !== undefined && r.type !== 'country') {
      const k = `${r.doc}|${names[i]}`;
      const other = sameDoc.get(k);
      if (other === undefined) sameDoc.set(k, i);
      else union(other, i);
    }
    // Across articles taggers confuse types too ("Solvane Health" a place, "Ren Zhengfei" an organization):
    // the same name of two words or more joins across person, organization and location, never country.
    if (r.type !== 'country' && names[i]!.includes(' ')) {
      const other = longNames.get(names[i]!);
      if (other === undefined) longNames.set(names[i]!, i);
      else union(other, i);
    }
    if (r.countryCode !== undefined) {
      const code = `${r.type}|${r.countryCode}`;
      const first = byCode.get(code);
      if (first === undefined) byCode.set(code, i);
      else union(first, i);
    }
    for (const alias of r.aliases) {
      const a = `${r.type}|${normalizeName(alias)}`;
      if (a === key) continue;
      const owners = aliasOwners.get(a) ?? new Set<string>();
      owners.add(names[i]!);
      aliasOwners.set(a, owners);
    }
  });
  // A record named by another's alias joins it, when that alias belongs to one full name only.
  records.forEach((r, i) => {
    for (const alias of r.aliases) {
      const a = `${r.type}|${normalizeName(alias)}`;
      const target = byName.get(a);
      if (target !== undefined && aliasOwners.get(a)?.size === 1) union(target, i);
    }
  });

  const buckets = new Map<string, number[]>();
  records.forEach((r, i) => {
    const words = names[i]!.split(' ');
    // Single words ("Huawei", "Ren") are too short to tell a misspelling from another name.
    if (words.length < 2) return;
    for (let k = 0; k < words.length; k++) {
      const key = `${r.type}|${words.length}|${k}|${words.filter((_, j) => j !== k).join(' ')}`;
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    }
  });
  for (const [key, list] of buckets) {
    const k = Number(key.split('|')[2]);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        if (find(a) === find(b)) continue;
        if (spellingVariant(names[a]!, names[b]!, k)) union(a, b);
      }
    }
  }
  return records.map((_, i) => find(i));
}

function spellingVariant(a: string, b: string, k: number): boolean {
  const wa = a.split(' ')[k] ?? '';
  const wb = b.split(' ')[k] ?? '';
  if (wa.length < TOKEN_MIN_LENGTH || wb.length < TOKEN_MIN_LENGTH || wa[0] !== wb[0]) return false;
  return jaroWinklerSimilarity(wa, wb) >= TOKEN_MIN && jaroWinklerSimilarity(a, b) >= WHOLE_MIN;
}
